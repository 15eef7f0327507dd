"""The command line's grammar: the options every command shares, and each subject module's
sub-commands, found in this package (any module with a `register(sub, common)`)."""
from __future__ import annotations

import argparse
import importlib

from .. import __version__, cli_args as A, paths


# Named, not discovered: a frozen program keeps its modules in an archive that a folder listing
# does not see. tests/e2e/test_cli_modules.py fails when a module with `register` is missing here.
SUBJECTS = ("admin", "backups", "billing", "books", "cash", "corrections", "data", "debit", "demo", "devices", "discounts",
            "estate", "invoices", "keys", "lists", "mail", "offers", "payments", "reports", "server", "shifts", "users",
            "vouchers")


def subjects() -> list[str]:
    """The modules of this package that register sub-commands, by name."""
    return list(SUBJECTS)


def build_parser() -> argparse.ArgumentParser:
    parser = A.Parser(prog="counter-app", description="物业收费前台")
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the window on the demo database")
    parser.add_argument("--database", help="open the window on this database file")
    parser.add_argument("--selftest", action="store_true", help="check this installation headless and exit")
    common = A.Parser(add_help=False)
    common.add_argument("--db", default=str(paths.default_db()), type=A.database,
                        help="SQLite database file, or postgresql://user@server/database")
    common.add_argument("--json", action="store_true", help="print JSON")
    common.add_argument("--user", help="user name (password: COUNTER_APP_PASSWORD or prompt)")
    common.add_argument("--estate", help="the estate (name or number) when the database holds several")
    sub = parser.add_subparsers(dest="command", parser_class=A.Parser)
    for name in subjects():
        importlib.import_module(f"{__package__}.{name}").register(sub, common)
    return parser
