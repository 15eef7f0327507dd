"""折扣 / 减免 by policy: an allowance granted at the counter on a payment's charges, under a policy
the administrator keeps per estate (a vacancy rule, a hardship rule …), with a reason and a
manager's authority.

Two kinds: PERCENT, a share of the principal off (打折: 8折 is 2000 basis points off), and AMOUNT, a
fixed sum off per month of the charge's period (减免 50 元/月), never more than the charge.

The arithmetic is per charge, in 分: a percentage is rounded half-up on each charge, and the
payment's discount is the sum of its charges' (so 8折 on three months of 140.34 is 3 × 28.07 =
84.21 off, not 20 % of 421.02 = 84.20). Only principal is discounted: a late fee is charged on the
principal that was overdue (core/latefees.py), and a discount granted on the day of payment does
not make that principal any less late, so the late fee stands on the full principal.

The discount is its own settlement row of the receipt (a tender row of method DISCOUNT, like 抹零's):
the charges are paid whole, the row settles what the discount took off, Σ tenders = total, and 实收
in every report is what was taken, the discount its own line NAME.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import Invalid
from .money import MAX_AMOUNT_FEN, div_round_half_up, format_yuan, parse_scaled

PERCENT, AMOUNT = "percent", "amount"
KINDS = {PERCENT: "打折", AMOUNT: "减免（每月定额）"}
DISCOUNT = "discount"                  # the method of the settlement row a discount is stored as
NAME = "折扣/减免（不收款）"            # how a receipt, a report and the window call that row
BASIS_POINTS = 10_000


@dataclass(frozen=True)
class Policy:
    """A discount policy as the rule reads it: kind, value (basis points off, or 分 off a month),
    the fee items it covers and the dates it is in force (valid_until None: open-ended)."""
    name: str
    kind: str
    value: int
    item_ids: frozenset[int]
    valid_from: date
    valid_until: date | None = None

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    def covers(self, item_id: int) -> bool:
        return item_id in self.item_ids


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise Invalid("未知的优惠方式：{kind}（可用：{kinds}）", kind=kind, kinds=", ".join(KINDS))
    return kind


def check_value(kind: str, value: int) -> int:
    """A percentage strictly between 0 and 100 %; an amount above nothing and within reason."""
    if check_kind(kind) == PERCENT and not 0 < value < BASIS_POINTS:
        raise Invalid("折扣比例必须大于 0% 且小于 100%")
    if kind == AMOUNT and not 0 < value <= MAX_AMOUNT_FEN:
        raise Invalid("每月减免金额必须大于零且在合理范围内")
    return value


def parse_off(text: str) -> int:
    """What a person types for a percentage off, as basis points off: "20" or "20%" (20 % off) and
    "8折" or "8.5折" (pay 80 % / 85 %) -> 2000 / 1500."""
    typed = (text or "").strip()
    if typed.endswith("折"):
        paid = parse_scaled(typed[:-1], 3, "折扣", allow_zero=False)    # 8.5折: 8500 of 10 000
        return check_value(PERCENT, BASIS_POINTS - paid)
    return check_value(PERCENT, parse_scaled(typed.rstrip("%").rstrip("％"), 2, "折扣比例", allow_zero=False))


def months_of(start: date, end: date) -> int:
    """Calendar months a charge's period touches (2026-01-01..2026-03-31: 3; a one-off: 1)."""
    return max(1, (end.year - start.year) * 12 + end.month - start.month + 1)


def charge_discount(kind: str, value: int, principal_fen: int, months: int) -> int:
    """What a policy takes off one charge whose principal paid now is `principal_fen` over a period
    of `months`: a percentage rounded half-up to the 分, or the monthly sum × months, capped at the
    principal (nothing is ever discounted below zero)."""
    if principal_fen <= 0:
        return 0
    if kind == PERCENT:
        return div_round_half_up(principal_fen * value, BASIS_POINTS)
    return min(principal_fen, value * max(1, months))


def describe(kind: str, value: int) -> str:
    """8折（减 20%）; 每月减免 50.00 元."""
    if kind == PERCENT:
        paid = BASIS_POINTS - value
        zhe = f"{paid // 1000}" + (f".{str(paid % 1000).rjust(3, '0').rstrip('0')}" if paid % 1000 else "")
        off = f"{value // 100}" + (f".{str(value % 100).rjust(2, '0').rstrip('0')}" if value % 100 else "")
        return f"{zhe}折（减 {off}%）"
    return f"每月减免 {format_yuan(value)} 元"
