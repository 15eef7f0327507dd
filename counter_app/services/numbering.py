"""Gapless document numbers, taken inside the transaction of the document they number.

The counter row is read and incremented in the caller's write transaction (BEGIN IMMEDIATE on
SQLite, SELECT ... FOR UPDATE elsewhere), so a rolled-back payment gives its number back and two
counters can never take the same one.
"""
from __future__ import annotations

from ..store import db as dbmod
from ..store.models import DocumentCounter, Estate


def next_number(estate: Estate, series: str, year: int, fmt: str) -> tuple[int, str]:
    db = dbmod.database.obj
    if db.transaction_depth() == 0:
        raise RuntimeError("document numbers are taken only inside a write transaction")
    DocumentCounter.insert(estate=estate, series=series, year=year, last_seq=0).on_conflict_ignore().execute()
    query = DocumentCounter.select().where((DocumentCounter.estate == estate) &
                                           (DocumentCounter.series == series) &
                                           (DocumentCounter.year == year))
    if not dbmod.is_sqlite(db):
        query = query.for_update()
    row = query.get()
    seq = row.last_seq + 1
    DocumentCounter.update(last_seq=seq).where(DocumentCounter.id == row.id).execute()
    return seq, fmt.format(year=year, seq=seq, series=series)
