"""`counter-app COMMAND …`: parse, run the command, and the one error boundary: a refusal or a
database failure is a sentence and an exit status, never a traceback (that goes to the log)."""
from __future__ import annotations

import argparse
import os
import sys

from ..core.errors import CounterError, Word
from ..logs import setup_logging
from ..store import db
from . import exits
from .parser import build_parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:       # --help, or a value refused in one line (exit status 2)
        return stop.code if isinstance(stop.code, int) else 2
    if args.selftest:
        # why: the self-test loads Qt and the documents; only it needs them
        from ..selftest import run_selftest
        report = os.environ.get("COUNTER_APP_SELFTEST_LOG")
        if report or sys.stdout is None:  # a windowed .exe has no console to print to
            sys.stdout = sys.stderr = open(report or os.devnull, "w", encoding="utf-8")
        return run_selftest()
    setup_logging()
    if args.command is None:
        # why: the window (Qt) loads only when it is asked for
        from ..ui.app import run_app
        return run_app(demo=args.demo, db_path=args.database)
    try:
        code = args.func(args) or 0
        sys.stdout.flush()           # a closed pipe is found here, inside the boundary
        return code
    except CounterError as exc:
        exits.say(exits.sentence(exc))
        return 2
    except argparse.ArgumentTypeError as exc:    # a value read after parsing (e.g. by the action it goes with)
        exits.say(f"{args.command}: {exc}")
        return 2
    except KeyboardInterrupt:
        print(exits.in_language(Word("已取消")), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return exits.output_lost(args)
    except OSError as exc:
        return exits.file_failed(args, exc)
    except Exception as exc:
        return exits.failed(args, exc)
    finally:
        db.close()
