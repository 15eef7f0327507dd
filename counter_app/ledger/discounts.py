"""折扣 / 减免 policies in force (core/discounts.py): which policy a payment names, what it takes off
each charge the payment settles, and who may authorise it. Shared by the counter (applying a
policy) and the administrator's window (keeping them), so neither imports the other."""
from __future__ import annotations

from datetime import date

from ..core import discounts as rule
from ..core.errors import Invalid, NotFound, PermissionDenied, Refused
from ..store.queries import discounts as discount_queries
from .context import Actor


def policy_of(row) -> rule.Policy:
    """The rule's view of a stored policy row or a policies_of tuple."""
    if isinstance(row, tuple):
        _id, name, kind, value, items, start, end = row
    else:
        name, kind, value, items, start, end = row.name, row.kind, row.value, row.items, row.valid_from, row.valid_until
    return rule.Policy(name, kind, int(value), frozenset(int(i) for i in items.split(",") if i), start, end)


def policy_in_force(estate_id: int, name: str, day: date):
    """(row, Policy) of the estate's policy `name`, refused unless it is in force on `day`."""
    row = discount_queries.policy_by_name(estate_id, (name or "").strip())
    if row is None:
        raise NotFound("没有名为 {name} 的优惠政策", name=name)
    policy = policy_of(row)
    if not policy.in_force(day):
        raise Refused("优惠政策 {name} 在 {day} 不适用（有效期 {start} 至 {end}）", name=policy.name, day=day,
                      start=policy.valid_from, end=policy.valid_until or "长期")
    return row, policy


def discounts_for(policy: rule.Policy, charges: list[tuple[int, int, int, date, date]]) -> dict[int, int]:
    """{charge: 分 off} of the charges a payment settles, given as (charge, item, principal paid now,
    period start, period end): each charge of an item the policy covers, by the rule; refused when
    the policy covers none of them."""
    off = {cid: rule.charge_discount(policy.kind, policy.value, principal, rule.months_of(start, end))
           for cid, item, principal, start, end in charges if policy.covers(item)}
    off = {cid: amount for cid, amount in off.items() if amount}
    if not off:
        raise Refused("优惠政策 {name} 不适用于本次收款的任何费用", name=policy.name)
    return off


def check_authority(cashier: Actor, authoriser: Actor | None, reason: str) -> None:
    """A discount needs a reason and a manager other than the cashier (whatever the cashier's role:
    the person at the window does not grant their own allowances)."""
    if not reason.strip():
        raise Invalid("折扣/减免必须填写原因")
    if authoriser is None:
        raise PermissionDenied("折扣/减免需要主管授权")
    authoriser.require("discount.authorise")
    if authoriser.user_id == cashier.user_id:
        raise PermissionDenied("不能自己为自己授权，请由另一位主管授权")
