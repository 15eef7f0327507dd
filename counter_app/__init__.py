"""物业收费前台 — the cashier's counter of a property management office."""
import re
from pathlib import Path


def _version() -> str:
    """The one version, from pyproject.toml (installed metadata, bundled by the PyInstaller spec)."""
    from importlib import metadata   # why: importlib.metadata is a tenth of a start; read when asked
    try:
        return metadata.version("counter-app")
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.exists():
            match = re.search(r'^version = "([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
            if match:
                return match.group(1)
        return "0.0.0"


def __getattr__(name: str):
    """`__version__`, read the first time it is asked for (the sign-in window does not need it)."""
    if name == "__version__":
        globals()["__version__"] = value = _version()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
