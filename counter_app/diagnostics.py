"""What support needs to know about this installation, as text (the About box copies it)."""
from __future__ import annotations

import platform
import sys

from . import __version__, logs, paths


def diagnostics(database: str = "") -> str:
    try:
        from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR   # why: the report still runs without Qt
        qt = f"PyQt {PYQT_VERSION_STR} / Qt {QT_VERSION_STR}"
    except ImportError:  # pragma: no cover - Qt is a dependency
        qt = "Qt not available"
    lines = [
        f"counter-app {__version__}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        qt,
        f"frozen: {bool(getattr(sys, 'frozen', False))}",
        f"program: {paths.install_root()}",
        f"data folder: {paths.data_dir()}",
        f"database: {database or paths.default_db()}",
        f"log: {logs.log_file()}",
        "--- last log lines ---",
        logs.tail(),
    ]
    return "\n".join(lines)
