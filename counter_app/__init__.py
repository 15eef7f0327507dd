"""物业收费前台 — the cashier's counter of a property management office."""
from importlib import metadata as _metadata


def _version() -> str:
    """The one version, from pyproject.toml (installed metadata, bundled by the PyInstaller spec)."""
    try:
        return _metadata.version("counter-app")
    except _metadata.PackageNotFoundError:
        import re
        from pathlib import Path
        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        if pyproject.exists():
            match = re.search(r'^version = "([^"]+)"', pyproject.read_text(encoding="utf-8"), re.M)
            if match:
                return match.group(1)
        return "0.0.0"


__version__ = _version()
