"""A rotating log file in the data folder: errors with their traces, for support calls."""
from __future__ import annotations

import logging
import logging.handlers
import sys

from . import paths

LOG_NAME = "counter.log"
_configured = False


def log_file():
    return paths.logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    paths.logs_dir().mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(log_file(), maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    previous = sys.excepthook

    def log_uncaught(kind, value, trace):
        logging.getLogger("counter_app").critical("uncaught exception", exc_info=(kind, value, trace))
        previous(kind, value, trace)

    sys.excepthook = log_uncaught
    _configured = True


def tail(lines: int = 60) -> str:
    try:
        return "\n".join(log_file().read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
