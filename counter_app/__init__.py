"""物业收费前台 — the cashier's counter of a property management office."""
from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("counter-app")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.0.0"
