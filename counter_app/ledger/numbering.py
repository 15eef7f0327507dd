"""Gapless document numbers, taken inside the transaction of the document they number.

The counter row is read and incremented in the caller's write transaction (BEGIN IMMEDIATE on
SQLite, SELECT ... FOR UPDATE elsewhere), so a rolled-back payment gives its number back and two
counters can never take the same one.
"""
from __future__ import annotations

from ..store import locks
from ..store.queries import numbering as counters
from .receiptkey import training

# The gapless series and the estate setting that formats each.
RECEIPT_SERIES, DEDUCTION_SERIES, REFUND_SERIES = "SJ", "KK", "TK"
# Cash moved in and out of a drawer (paid-in, paid-out, drops, reversals): one series, a fixed format.
CASH_SERIES, CASH_FORMAT = "XJ", "XJ{year}-{seq:06d}"
# 银行代扣 payments posted from a bank's return file (services/debit): one series, a fixed format.
DEBIT_SERIES, DEBIT_FORMAT = "DK", "DK{year}-{seq:06d}"
# A training copy's numbers (练习模式) carry this before the office's format: a practice receipt's
# number is never the one the next real receipt takes, on paper or as a printout's file name.
TRAINING_PREFIX = "LX-"
SERIES_OF_FORMAT = {"receipt_format": RECEIPT_SERIES, "deduction_format": DEDUCTION_SERIES,
                    "refund_format": REFUND_SERIES}


def next_number(estate, series: str, year: int, fmt: str) -> tuple[int, str]:
    return next_numbers(estate, series, year, fmt, 1)[0]


def next_numbers(estate, series: str, year: int, fmt: str, count: int) -> list[tuple[int, str]]:
    """`count` consecutive numbers of a series, taken at once (a billing run's deductions)."""
    prefix = TRAINING_PREFIX if training() else ""      # read before the series' row is locked
    first = locks.next_seq(estate.id, series, year, count)
    return [(seq, prefix + fmt.format(year=year, seq=seq, series=series)) for seq in range(first, first + count)]


def next_seq_to_take(estate_id: int, series: str, year: int) -> int:
    """The sequence number the next document of a series would take this year (read, not taken:
    what the settings screen shows its format making next)."""
    return counters.last_seq(estate_id, series, year) + 1
