"""Prepay offers (交一年送一个月, 交 N 月送 M 月): the arithmetic of which rule is in force on a
day and how many months it gives. Pure: rules in, months out.

A rule belongs to a periodic fee item and runs from `valid_from` to `valid_to` (inclusive; open
when None), judged by the payment's business date. A payment that pays `months` of the item ahead
earns `months_free` for every full `months_paid` of them (24 months under 交12送1: 2 free months);
fewer than `months_paid` earn nothing.

The free months are real charges of the months after the paid ones, settled by a settlement row of
method OFFER under the rule's name (like 抹零's row, core/rounding.py): no money, not a waiver, and
never in 实收. Their charges carry the origin ORIGIN, so a refund knows which months to take back
first.

Two rules in force for one item (an office overlapping a new campaign with an old one): the one
that gives the most free months for this payment; on a tie, the one that started latest, then the
one made last. One rule only ever applies to a payment's months of an item: offers do not stack.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import Invalid

OFFER = "offer"          # the method of the settlement row a free month is settled by
ORIGIN = "offer"         # the origin of a free month's charge
NAME = "赠送"             # how a receipt, a report and the window call that row
REPORT_LINE = "赠送（不计实收）"  # its line in the takings: given, so never counted as taken
MAX_MONTHS = 120         # as an advance payment: nobody pays or is given more than ten years


@dataclass(frozen=True)
class OfferRule:
    id: int
    item_id: int
    name: str
    months_paid: int
    months_free: int
    valid_from: date
    valid_to: date | None = None

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def free_for(self, months_ahead: int) -> int:
        """The free months a payment of `months_ahead` months earns (0 below the threshold)."""
        return (max(months_ahead, 0) // self.months_paid) * self.months_free

    @property
    def terms(self) -> str:
        """交12个月送1个月: the rule's terms in the office's words."""
        return f"交{self.months_paid}个月送{self.months_free}个月"


def check_terms(name: str, months_paid: int, months_free: int, valid_from: date, valid_to: date | None) -> None:
    """Invalid for a rule no office could mean: no name, months out of range, or ending before it starts."""
    if not name.strip():
        raise Invalid("优惠规则需要名称")
    if not 1 <= months_paid <= MAX_MONTHS or not 1 <= months_free <= MAX_MONTHS:
        raise Invalid("交费月数和赠送月数应在 1 到 {most} 之间", most=MAX_MONTHS)
    if valid_to is not None and valid_to < valid_from:
        raise Invalid("优惠结束日期 {to} 早于开始日期 {start}", to=valid_to, start=valid_from)


def choose(rules: list[OfferRule], day: date, months_ahead: int) -> tuple[OfferRule, int] | None:
    """The rule that applies to a payment on `day` of `months_ahead` months of one item, with the
    free months it gives; None when no rule in force gives any (the module's doc says which wins)."""
    best = None
    for rule in rules:
        free = rule.free_for(months_ahead) if rule.in_force(day) else 0
        if free and (best is None or (free, rule.valid_from, rule.id) > (best[1], best[0].valid_from, best[0].id)):
            best = (rule, free)
    return best


def announcement(rule: OfferRule, free_months: list[str]) -> str:
    """交12个月送1个月，将赠送 2027-01: what the calculator and the payment window say before paying."""
    months = free_months[0] if len(free_months) == 1 else f"{free_months[0]} 至 {free_months[-1]}"
    return f"{rule.terms}，将赠送 {months}"
