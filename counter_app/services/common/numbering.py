"""Gapless document numbers, taken inside the transaction of the document they number.

The counter row is read and incremented in the caller's write transaction (BEGIN IMMEDIATE on
SQLite, SELECT ... FOR UPDATE elsewhere), so a rolled-back payment gives its number back and two
counters can never take the same one.
"""
from __future__ import annotations

from ...store import db as dbmod
from ...store.models import Estate


def next_number(estate: Estate, series: str, year: int, fmt: str) -> tuple[int, str]:
    db = dbmod.database.obj
    if db.transaction_depth() == 0:
        raise RuntimeError("document numbers are taken only inside a write transaction")
    # Hand-written statements: taken on every payment (ON CONFLICT DO NOTHING is SQLite's and
    # PostgreSQL's alike).
    key = (estate.id, series, year)
    dbmod.rows("INSERT INTO document_counter (estate_id, series, year, last_seq) VALUES (?, ?, ?, 0) "
               "ON CONFLICT DO NOTHING", key)
    lock = "" if dbmod.is_sqlite(db) else " FOR UPDATE"
    (row_id, last), = dbmod.rows("SELECT id, last_seq FROM document_counter WHERE estate_id = ? AND series = ? "
                                 "AND year = ?" + lock, key)
    seq = last + 1
    dbmod.rows("UPDATE document_counter SET last_seq = ? WHERE id = ?", (seq, row_id))
    return seq, fmt.format(year=year, seq=seq, series=series)
