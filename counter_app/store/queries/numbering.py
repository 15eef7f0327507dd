"""The gapless series' counter rows, as read without taking a number (ledger/numbering.py takes
them through store/locks.next_seq)."""
from __future__ import annotations

from ..models import DocumentCounter


def last_seq(estate_id: int, series: str, year: int) -> int:
    """The last sequence number a series has issued this year (0: none yet)."""
    row = DocumentCounter.get_or_none((DocumentCounter.estate == estate_id) & (DocumentCounter.series == series) &
                                      (DocumentCounter.year == year))
    return row.last_seq if row else 0
