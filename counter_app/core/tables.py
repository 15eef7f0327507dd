"""Report tables as plain data: every printed report, export and screen reads the same rows.

A `Fen` cell is money (an int of 分) so that PDF and CSV print it as 1,234.56 and Excel stores a
number; any other cell is printed as it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .money import format_yuan
from .discounts import NAME as DISCOUNT_NAME
from .offers import NAME as OFFER_NAME
from .rounding import NAME as ROUNDING_NAME


TOTAL = "合计"     # the label of a section's last row when its rows add up to it


class Fen(int):
    """An amount of 分 in a report cell."""


@dataclass(frozen=True)
class Section:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple, ...]


def money_rows(pairs, total: int | None = None) -> tuple:
    """(label, amount) pairs as rows of a money section; with `total`, a 合计 row of it last."""
    rows = tuple((name, Fen(amount)) for name, amount in pairs)
    return rows + ((TOTAL, Fen(total)),) if total is not None else rows


def beyond_principal(late_fee_fen: int, waived_fen: int, prepaid_fen: int, rounding_fen: int = 0,
                     discount_fen: int = 0, offer_fen: int = 0) -> list[tuple[str, int]]:
    """The parts of takings that are no item's principal, as lines after the items' (waivers
    negative, 抹零 as it changed the cash taken, 折扣/减免 negative: the items' principal is whole,
    赠送 negative: an offer's free months are among the items' principal but were never taken),
    so that items and these add up to what was received. Lines of nothing are left out."""
    return [(name, amount) for name, amount in (("滞纳金", late_fee_fen), ("减免", -waived_fen),
                                                 ("预存（含多付转预存）", prepaid_fen), (DISCOUNT_NAME, -discount_fen),
                                                 (OFFER_NAME, -offer_fen), (ROUNDING_NAME, rounding_fen))
            if amount]


def takings_by_item(f) -> tuple:
    """What close-out figures (core.closeout.Figures) took, item by item, then the late fees,
    waivers, prepayments and 抹零 that are no item's principal: the rows add up to 实收合计, shown as
    the last row."""
    return money_rows(sorted(f.by_item.items()) + beyond_principal(f.late_fees_fen, f.waivers_fen, f.prepayments_fen,
                                                                   f.rounding_fen, f.discount_fen, f.offer_fen),
                     f.received_fen)


def text_of(cell, grouping: bool = True) -> str:
    if isinstance(cell, Fen):
        return format_yuan(int(cell), grouping=grouping)
    return "" if cell is None else str(cell)


_NUMBER = re.compile(r"-?[\d,]+(\.\d+)?\s*[%％]?")


def numeric_value(cell) -> Decimal | None:
    """An amount, a count or a percentage as a number (money in 分, a percentage in per cent):
    what a column reads right-aligned and sorts by; None for text."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, (int, Fen)):
        return Decimal(int(cell))
    text = text_of(cell).strip()
    if _NUMBER.fullmatch(text):
        return Decimal(text.rstrip("%％").replace(",", "").strip())
    return None


def number_of(cell):
    """What a spreadsheet stores: money as an exact Decimal of 元, ints as ints, the rest as text."""
    if isinstance(cell, Fen):
        return Decimal(int(cell)).scaleb(-2)
    return cell
