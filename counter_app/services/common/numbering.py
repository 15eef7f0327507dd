"""Gapless document numbers, taken inside the transaction of the document they number.

The counter row is read and incremented in the caller's write transaction (BEGIN IMMEDIATE on
SQLite, SELECT ... FOR UPDATE elsewhere), so a rolled-back payment gives its number back and two
counters can never take the same one.
"""
from __future__ import annotations

from ...store import locks
from ...store.models import Estate


def next_number(estate: Estate, series: str, year: int, fmt: str) -> tuple[int, str]:
    seq = locks.next_seq(estate.id, series, year)
    return seq, fmt.format(year=year, seq=seq, series=series)
