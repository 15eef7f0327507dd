"""The few hot writes that are worth a hand-written statement (portable SQL, any backend)."""
from __future__ import annotations

from .db import database, is_sqlite


def add_to_paid(allocations: list[tuple[int, int]]) -> int:
    """Add principal to each charge's paid amount, never past its amount. Returns rows updated:
    fewer than len(allocations) means some charge was already paid (the caller rolls back)."""
    db = database.obj
    p = db.param
    sql = f"UPDATE charge SET paid_fen = paid_fen + {p} WHERE id = {p} AND paid_fen + {p} <= amount_fen"
    params = [(amount, charge_id, amount) for charge_id, amount in allocations]
    cursor = db.cursor()
    if is_sqlite(db):
        cursor.executemany(sql, params)  # sqlite3 sums rowcount over executemany
        return cursor.rowcount
    updated = 0
    for row in params:
        cursor.execute(sql, row)
        updated += cursor.rowcount
    return updated
