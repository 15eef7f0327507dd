"""`counter-app COMMAND …`: the headless command line over the same services the window uses.

Every command takes --db PATH and prints JSON with --json. Commands that change the ledger take
--user NAME; the password comes from COUNTER_APP_PASSWORD or a prompt.

One module per subject (payments, corrections, shifts, reports, estate, admin, users, data,
backups, keys, server, invoices, demo, billing); common.py holds what commands share (the
ledger --db names, the signed-in user, a request id), output.py what they print, exits.py the
sentence and exit status of a failure, parser.py the shared options, run.py the error boundary.

Adding a command is one file: counter_app/cli/<subject>.py with

    def cmd_thing(args):
        from ..services.x import y   # why: a command loads only its own services
        C.open_ledger(args)
        out.emit(args, data, "text")

    def register(sub, common) -> None:
        p = sub.add_parser("thing", parents=[common], help="…")
        p.add_argument(...)          # values through cli_args' typed readers
        p.set_defaults(func=cmd_thing)

parser.py names every module of this package that has `register` (SUBJECTS; a test holds the list
complete), so the frozen bundle finds them too.
"""
from .parser import build_parser
from .run import main

__all__ = ["build_parser", "main"]
