"""`python -m counter_app` and the `counter-app` program: the window, or the command line.

The window (no command: nothing, --demo, --database FILE) starts without building the command
line's grammar, so the sign-in window is up sooner; anything else is the command line.
"""
from __future__ import annotations

import sys
from .logs import setup_logging


def _window_options(argv: list[str]) -> dict | None:
    """The window's options when argv asks only for the window; None when it is a command."""
    options: dict = {"demo": False, "db_path": None}
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--demo":
            options["demo"] = True
        elif word == "--database" and rest and not rest[0].startswith("-"):
            options["db_path"] = rest.pop(0)
        elif word.startswith("--database="):
            options["db_path"] = word.split("=", 1)[1]
        else:
            return None
    return options


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    window = _window_options(argv)
    if window is None:
        from .cli import main as command_line   # why: the window's start never builds the command line
        return command_line(argv)
    from .ui.app import run_app   # why: start-up: kept out of the command line's start
    setup_logging()
    return run_app(**window)


if __name__ == "__main__":
    sys.exit(main())
