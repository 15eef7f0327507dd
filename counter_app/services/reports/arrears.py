"""欠费清单: every unit with charges past their due date, oldest first, with the late fee to date
and the aging of its oldest charge. Read through the open-charge index, so years of paid charges
are never touched."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.collection import AGING_BUCKETS, bucket_of
from ...core.latefees import late_fee, overdue_days
from ...core.permissions import mask_phone
from ...store.queries import charges as charge_queries
from ...store.queries.charges import items_by_id
from ...store.queries.occupants import occupants_by_unit, unit_codes
from ..admin.estate import estate_of, find_building
from ..billing.standards import late_rule
from ..common import clock
from ..common.context import Actor


@dataclass(frozen=True)
class ArrearsLine:
    code: str
    owner: str
    phone: str                 # masked unless the reader may see it in full
    items: str                 # the fee items owed, by name
    first_period: date         # the oldest period owed
    charges: int
    principal_fen: int
    late_fee_fen: int
    oldest_days: int           # days past the due date of the oldest charge owed
    bucket: str

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.late_fee_fen


@dataclass(frozen=True)
class ArrearsReport:
    as_of: date
    building: str              # "" for the whole estate
    title: str
    company: str
    lines: tuple[ArrearsLine, ...]
    buckets: tuple[tuple[str, int, int], ...]      # (label, units, principal) in AGING_BUCKETS order
    by_item: tuple[tuple[str, int, int], ...]      # (item, units, principal)

    @property
    def principal_fen(self) -> int:
        return sum(line.principal_fen for line in self.lines)

    @property
    def late_fee_fen(self) -> int:
        return sum(line.late_fee_fen for line in self.lines)


def arrears_list(actor: Actor, as_of: date | None = None, building_code: str = "") -> ArrearsReport:
    actor.require("report.management")
    estate = estate_of(actor)
    as_of = as_of or clock.business_date(estate.timezone)
    building_id = find_building(actor, building_code).id if building_code else None
    items = items_by_id()
    rules = {i: late_rule(item) for i, item in items.items()}
    charging = {i for i, rule in rules.items() if rule.charges}
    days_of: dict[tuple[int, str], int] = {}
    per_unit: dict[int, list] = {}   # unit -> [{item: owed}, first period, charges, principal, late, oldest due]
    # A plain cursor and a tight loop: a large estate has hundreds of thousands of overdue charges,
    # and converting each value through the model layer would be most of the time.
    for unit_id, item_id, start, due, amount, paid in charge_queries.overdue(as_of, building_id):
        owed = amount - paid
        entry = per_unit.get(unit_id)
        if entry is None:
            entry = per_unit[unit_id] = [{}, start, 0, 0, 0, due]
        by_item = entry[0]
        by_item[item_id] = by_item.get(item_id, 0) + owed
        entry[2] += 1
        entry[3] += owed
        if item_id in charging:
            days = days_of.get((item_id, due))
            if days is None:
                days = days_of[(item_id, due)] = overdue_days(due, as_of, rules[item_id])
            if days:
                entry[4] += late_fee(owed, days, rules[item_id])
        if due < entry[5]:
            entry[5] = due
    # The first person named for each unit (an owner when there is one): one read for the estate.
    people = {unit: found[0][1:] for unit, found in occupants_by_unit().items()}
    full = actor.may("personal.view_full")
    codes = unit_codes()
    lines = []
    item_totals: dict[int, list[int]] = {}   # item -> [units, principal]
    for unit_id, (owed_by_item, start, count, principal, late, oldest) in per_unit.items():
        for item_id, owed in owed_by_item.items():
            totals = item_totals.setdefault(item_id, [0, 0])
            totals[0] += 1
            totals[1] += owed
        name, phone = people.get(unit_id, ("", ""))
        days = (as_of - oldest).days
        lines.append(ArrearsLine(codes[unit_id], name, phone if full else mask_phone(phone),
                                 "、".join(items[i].name for i in sorted(owed_by_item)), start, count,
                                 principal, late, days, bucket_of(days)))
    lines.sort(key=lambda line: (-line.oldest_days, line.code))
    buckets = tuple((label, sum(1 for ln in lines if ln.bucket == label),
                     sum(ln.principal_fen for ln in lines if ln.bucket == label)) for _, _, label in AGING_BUCKETS)
    by_item = tuple((items[i].name, units, owed) for i, (units, owed) in sorted(item_totals.items()))
    return ArrearsReport(as_of, building_code, estate.receipt_title, estate.company, tuple(lines), buckets, by_item)
