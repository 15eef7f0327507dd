"""Gapless document numbers, taken inside the transaction of the document they number.

The counter row is read and incremented in the caller's write transaction (BEGIN IMMEDIATE on
SQLite, SELECT ... FOR UPDATE elsewhere), so a rolled-back payment gives its number back and two
counters can never take the same one.
"""
from __future__ import annotations

from ...store import locks
from ...store.models import Estate


def next_number(estate: Estate, series: str, year: int, fmt: str) -> tuple[int, str]:
    return next_numbers(estate, series, year, fmt, 1)[0]


def next_numbers(estate: Estate, series: str, year: int, fmt: str, count: int) -> list[tuple[int, str]]:
    """`count` consecutive numbers of a series, taken at once (a billing run's deductions)."""
    first = locks.next_seq(estate.id, series, year, count)
    return [(seq, fmt.format(year=year, seq=seq, series=series)) for seq in range(first, first + count)]
