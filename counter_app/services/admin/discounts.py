"""The estate's 折扣 / 减免 policies (core/discounts.py), kept by an administrator: listed, added, and
ended from a day. A policy is never otherwise edited or deleted, so every receipt that applied one
still reads it as it was; each change is one transaction with its audit row."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core import discounts as rule, text
from ...core.errors import Conflict, Invalid, NotFound, Refused
from ...store.db import write_transaction
from ...store.queries import discounts as discount_queries
from ...store.queries.charges import items_by_id
from ...ledger import audit, clock
from ...ledger.context import Actor
from ...ledger.discounts import policy_of
from ...ledger.estate import estate_id_of, estate_of, find_item


@dataclass(frozen=True)
class PolicyRow:
    name: str
    kind: str
    value: int
    items: tuple[str, ...]          # the fee items' names
    valid_from: date
    valid_until: date | None

    @property
    def rule_text(self) -> str:
        return rule.describe(self.kind, self.value)

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


def list_policies(actor: Actor) -> list[PolicyRow]:
    """Every policy of the estate, in force or not (the counter offers those in force today)."""
    actor.require("charge.view")
    estate_id = estate_id_of(actor)
    names = {i: row.name for i, row in items_by_id(estate_id).items()}
    out = []
    for found in discount_queries.policies_of(estate_id):
        p = policy_of(found)
        out.append(PolicyRow(p.name, p.kind, p.value, tuple(names.get(i, str(i)) for i in sorted(p.item_ids)),
                             p.valid_from, p.valid_until))
    return out


def policies_in_force(actor: Actor) -> list[PolicyRow]:
    """The policies a cashier may apply today (the estate's business day)."""
    actor.require("charge.view")
    today = clock.business_date(estate_of(actor).timezone)
    return [p for p in list_policies(actor) if p.in_force(today)]


def add_policy(actor: Actor, name: str, kind: str, value: int, item_codes: list[str], valid_from: date,
               valid_until: date | None = None) -> PolicyRow:
    """A new policy: a percentage off (value in basis points: 2000 = 8折) or a sum off a month
    (value in 分), for the fee items named, in force from valid_from (to valid_until, or open)."""
    actor.require("discount.manage")
    name = text.clean(name, "优惠政策名称", text.NAME).strip()
    if not name:
        raise Invalid("优惠政策必须有名称")
    rule.check_value(kind, value)
    if valid_until is not None and valid_until < valid_from:
        raise Invalid("结束日期 {end} 早于开始日期 {start}", end=valid_until, start=valid_from)
    if not item_codes:
        raise Invalid("优惠政策至少要适用于一个收费项目")
    items = sorted({find_item(actor, code).id for code in item_codes})
    with write_transaction():
        estate_id = estate_id_of(actor)
        if discount_queries.policy_by_name(estate_id, name) is not None:
            raise Conflict("已有名为 {name} 的优惠政策", name=name)
        discount_queries.new_policy(estate=estate_id, name=name, kind=kind, value=value,
                                    items=",".join(str(i) for i in items), valid_from=valid_from,
                                    valid_until=valid_until, created_at=clock.to_db(clock.now_utc()),
                                    created_by=actor.user_id)
        audit.record(actor.username, "discount.policy.add", "discount_policy", name,
                     after={"kind": kind, "value": value, "items": items, "valid_from": valid_from.isoformat(),
                            "valid_until": valid_until.isoformat() if valid_until else None})
    return next(p for p in list_policies(actor) if p.name == name)


def end_policy(actor: Actor, name: str, last_day: date) -> PolicyRow:
    """The policy stops after `last_day` (only brought forward: a policy is never extended or
    revived, since receipts were worked under the dates it had)."""
    actor.require("discount.manage")
    with write_transaction():
        row = discount_queries.policy_by_name(estate_id_of(actor), (name or "").strip())
        if row is None:
            raise NotFound("没有名为 {name} 的优惠政策", name=name)
        if last_day < row.valid_from:
            raise Invalid("结束日期 {end} 早于开始日期 {start}", end=last_day, start=row.valid_from)
        if row.valid_until is not None and last_day >= row.valid_until:
            raise Refused("优惠政策 {name} 已于 {end} 结束", name=row.name, end=row.valid_until)
        discount_queries.end_policy(row.id, last_day)
        audit.record(actor.username, "discount.policy.end", "discount_policy", row.name,
                     before={"valid_until": row.valid_until.isoformat() if row.valid_until else None},
                     after={"valid_until": last_day.isoformat()})
    return next(p for p in list_policies(actor) if p.name == name.strip())
