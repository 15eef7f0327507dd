"""Close-out arithmetic (交班 / 日结): pure functions over the documents of a shift or a day.

Expected cash = float + cash received − cash refunded + paid-in − paid-out − drops. Cash received
is the cash a receipt kept (tendered minus change): change is never income. Voided receipts are
listed, not counted. A reversed cash movement counts with its reversal (the opposite amount), so
the two net to nothing and both are listed.
A 抹零 (core/rounding.py) is counted apart: the cash kept is the rounded cash, and 实收 is what
was taken.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from .cashmoves import DROP, PAID_IN, PAID_OUT
from .discounts import DISCOUNT
from .errors import Invalid, Word
from .money import format_yuan, parse_yuan
from .offers import OFFER
from .rounding import ROUNDING

# 100, 50, 20, 10, 5, 1 元; 5 角, 1 角 — in 分
# The drawer is counted to the 分: late fees are to the 分, so the expected cash can be too, and the
# 5, 2 and 1 分 coins let the count equal it exactly.
DENOMINATIONS = (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 2, 1)


class ReceiptFact(NamedTuple):
    """A receipt as the close-out counts it (a tuple: a day's twenty thousand are made in one go)."""
    number: str
    status: str                                   # valid / voided
    total_fen: int
    tenders: tuple[tuple[str, int], ...]          # (method, amount kept)
    items: tuple[tuple[str, int], ...]            # (item name, principal)
    deposit_fen: int
    late_fee_fen: int
    waived_fen: int
    topup_fen: int
    void_reason: str = ""
    void_authoriser: str = ""


@dataclass(frozen=True)
class RefundFact:
    number: str
    original: str
    total_fen: int
    method: str
    deposit_fen: int
    reason: str
    authoriser: str


@dataclass(frozen=True)
class CashMoveFact:
    number: str
    kind: str                 # core.cashmoves.KINDS
    amount_fen: int           # a reversal's is negative
    reason: str = ""          # a paid-out's reason (core.cashmoves.REASONS)
    voucher: str = ""
    note: str = ""
    authoriser: str = ""
    reverses: str = ""        # the number a reversal undoes


@dataclass(frozen=True)
class Figures:
    receipt_count: int
    first_number: str
    last_number: str
    voids: tuple[tuple[str, int, str, str], ...]      # number, amount, reason, authoriser
    by_tender: dict[str, int]
    by_item: dict[str, int]
    received_fen: int                                 # Σ valid receipt totals
    prepayments_fen: int
    deposits_received_fen: int
    deposits_refunded_fen: int
    refunds: tuple[tuple[str, str, int, str, str, str], ...]  # number, original, amount, method, reason, authoriser
    refunds_by_method: dict[str, int]
    refunds_fen: int
    late_fees_fen: int
    waivers_fen: int
    cash_in_fen: int
    cash_out_fen: int
    float_fen: int
    expected_cash_fen: int
    rounding_fen: int = 0      # 抹零 of the valid receipts, as printed (−: less cash taken); not a tender
    offer_fen: int = 0         # 赠送 of the valid receipts (core/offers.py): free months, not 实收
    # since cash movements (a report stored before them reads back with none)
    paid_in_fen: int = 0
    paid_out_fen: int = 0
    drops_fen: int = 0
    cash_moves: tuple[tuple[str, str, int, str, str, str, str, str], ...] = ()  # as CashMoveFact's fields
    # receipt books' forms used, spoiled and skipped, a row per book (ledger/books.FORM_HEADERS)
    forms: tuple[tuple, ...] = ()
    discount_fen: int = 0      # 折扣/减免 by policy of the valid receipts (core/discounts.py); not received


def summarise(float_fen: int, receipts: list[ReceiptFact], refunds: list[RefundFact],
              moves: list[CashMoveFact] = ()) -> Figures:
    valid = [r for r in receipts if r.status == "valid"]
    by_tender: dict[str, int] = defaultdict(int)
    by_item: dict[str, int] = defaultdict(int)
    for r in valid:
        for method, amount in r.tenders:
            by_tender[method] += amount
        for name, amount in r.items:
            by_item[name] += amount
    refunds_by_method: dict[str, int] = defaultdict(int)
    for f in refunds:
        refunds_by_method[f.method] += f.total_fen
    # 抹零 is a receipt's settlement row but no money: its own figure, and 实收 is what was taken.
    rounding = -by_tender.pop(ROUNDING, 0)
    discount = by_tender.pop(DISCOUNT, 0)    # 折扣/减免 likewise: not taken, its own line
    offered = by_tender.pop(OFFER, 0)        # 赠送 likewise: free months settled by no one
    numbers = sorted(r.number for r in receipts)
    cash_in = by_tender.get("cash", 0)
    cash_out = refunds_by_method.get("cash", 0)
    moved = {kind: sum(m.amount_fen for m in moves if m.kind == kind) for kind in (PAID_IN, PAID_OUT, DROP)}
    return Figures(
        receipt_count=len(receipts), first_number=numbers[0] if numbers else "", last_number=numbers[-1] if numbers else "",
        voids=tuple((r.number, r.total_fen, r.void_reason, r.void_authoriser) for r in receipts if r.status == "voided"),
        by_tender=dict(by_tender), by_item=dict(by_item),
        received_fen=sum(r.total_fen for r in valid) + rounding - discount - offered,
        prepayments_fen=sum(r.topup_fen for r in valid), deposits_received_fen=sum(r.deposit_fen for r in valid),
        deposits_refunded_fen=sum(f.deposit_fen for f in refunds),
        refunds=tuple((f.number, f.original, f.total_fen, f.method, f.reason, f.authoriser) for f in refunds),
        refunds_by_method=dict(refunds_by_method), refunds_fen=sum(f.total_fen for f in refunds),
        late_fees_fen=sum(r.late_fee_fen for r in valid), waivers_fen=sum(r.waived_fen for r in valid),
        cash_in_fen=cash_in, cash_out_fen=cash_out, float_fen=float_fen,
        expected_cash_fen=float_fen + cash_in - cash_out + moved[PAID_IN] - moved[PAID_OUT] - moved[DROP],
        discount_fen=discount, paid_in_fen=moved[PAID_IN], paid_out_fen=moved[PAID_OUT], drops_fen=moved[DROP],
        cash_moves=tuple((m.number, m.kind, m.amount_fen, m.reason, m.voucher, m.note, m.authoriser, m.reverses)
                         for m in moves), rounding_fen=rounding, offer_fen=offered)


def parse_count(text: str) -> dict[int, int]:
    """'100x5,50x2,0.5x3' -> {10000: 5, 5000: 2, 50: 3} (denomination in 元 × number of notes)."""
    counts: dict[int, int] = {}
    for part in [p.strip() for p in (text or "").split(",") if p.strip()]:
        m = re.fullmatch(r"([\d.]+)\s*[x×*]\s*(-?\d+)", part)
        if not m:
            raise Invalid("点钞“{part}”应写成 面额x张数，如 100x5", part=part)
        denomination, pieces = parse_yuan(m.group(1)), int(m.group(2))
        if denomination not in DENOMINATIONS:
            raise Invalid("没有 {yuan} 元的面额", yuan=m.group(1))
        counts[denomination] = counts.get(denomination, 0) + pieces
    return validate_count(counts)


def validate_count(counts: dict[int, int]) -> dict[int, int]:
    for denomination, pieces in counts.items():
        if denomination not in DENOMINATIONS:
            raise Invalid("没有 {fen} 分的面额", fen=denomination)
        if not isinstance(pieces, int) or pieces < 0:
            raise Invalid("张数不能为负数")
        if pieces > 100_000:
            raise Invalid("张数过大，请核对")
    return {d: counts.get(d, 0) for d in DENOMINATIONS}


def counted_total(counts: dict[int, int]) -> int:
    return sum(d * n for d, n in validate_count(counts).items())


def denomination_name(fen: int) -> str:
    """100 元, 5 角, 2 分: as a drawer's note or coin is called."""
    return f"{fen // 100} 元" if fen >= 100 else f"{fen // 10} 角" if fen >= 10 else f"{fen} 分"


def greedy_count(amount_fen: int) -> tuple[dict[int, int], int]:
    """The fewest notes and coins making up amount_fen, and what is left (nothing, with 分 coins)."""
    counts = {}
    rest = amount_fen
    for d in DENOMINATIONS:
        counts[d], rest = divmod(rest, d)
    return counts, rest


def explained(difference_fen: int, note: str) -> None:
    """A drawer that differs from its expected cash (长款 or 短款) closes only with a note saying
    why; Invalid naming the difference otherwise. The window asks this before its question."""
    if difference_fen and not note.strip():
        word = Word("长款") if difference_fen > 0 else Word("短款")
        raise Invalid("{word} {amount} 元：请填写说明后再交班", word=word, amount=format_yuan(abs(difference_fen)))
