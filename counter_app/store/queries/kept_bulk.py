"""A billing run's charges written at once on one PC: SQLite has only row triggers, and keeping
the kept figures row by row (owing_touch, owed_month, month_units) cost more than writing the
ninety thousand charges themselves. Inside the run's write transaction the charge table's insert
triggers are set aside, the charges written, each kept table brought up to date by one statement
over the rows written (what the triggers would have added, row by row), and the triggers made
again. DDL is part of SQLite's transaction: whatever stops the run, its rollback brings the
triggers back with everything else, and no other connection ever sees the ledger without them
(one writer at a time; a reader's snapshot is of before). A server's triggers already run once per
statement."""
from __future__ import annotations

import contextlib

from ..db import database, is_sqlite, rows
from . import month_units, owed_months, owing
from .kept_sql import created_name


def _insert_triggers() -> dict[str, str]:
    """name -> CREATE statement of the charge table's insert triggers on one PC."""
    return {created_name(statement): statement
            for statement in owing.triggers(True) + owed_months.triggers(True) + month_units.triggers(True)
            if " AFTER INSERT ON charge " in statement and created_name(statement)}


@contextlib.contextmanager
def charges_in_bulk():
    """Write many charges inside: on one PC, with the kept figures brought up to date once at the
    end (inside the caller's write transaction)."""
    db = database.obj
    if not is_sqlite(db):
        yield
        return
    assert db.transaction_depth() > 0, "the triggers are set aside only inside a write transaction"
    since = rows("SELECT coalesce(max(id), 0) FROM charge")[0][0]     # new rows' ids follow the largest
    triggers = _insert_triggers()
    for name in triggers:
        rows(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
        for statement in (owing.touched_since(), owed_months.added_since(), month_units.added_since()):
            rows(statement, (since,) * statement.count("?"))
    finally:
        for statement in triggers.values():
            rows(statement)
