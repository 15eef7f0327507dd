"""Report tables as plain data: every printed report, export and screen reads the same rows.

A `Fen` cell is money (an int of 分) so that PDF and CSV print it as 1,234.56 and Excel stores a
number; any other cell is printed as it is.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .money import format_yuan


TOTAL = "合计"     # the label of a section's last row when its rows add up to it


class Fen(int):
    """An amount of 分 in a report cell."""


@dataclass(frozen=True)
class Section:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple, ...]


def text_of(cell, grouping: bool = True) -> str:
    if isinstance(cell, Fen):
        return format_yuan(int(cell), grouping=grouping)
    return "" if cell is None else str(cell)


def number_of(cell):
    """What a spreadsheet stores: money as an exact Decimal of 元, ints as ints, the rest as text."""
    if isinstance(cell, Fen):
        return Decimal(int(cell)).scaleb(-2)
    return cell
