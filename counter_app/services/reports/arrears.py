"""欠费清单: every unit with charges past their due date, oldest first, with the late fee to date
and the aging of its oldest charge: the overdue part of what a unit owes (core.figures: 逾期本金,
滞纳金, 逾期合计, 逾期天数), charges not yet overdue left out and said to be. Read through the
open-charge index, so years of paid charges are never touched, and added up per unit by the
database."""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from datetime import date
from typing import NamedTuple

from ...core.collection import AGING_BUCKETS, bucket_of
from ...core.figures import days_overdue
from ...core.errors import Invalid
from ...core.permissions import mask_phone
from ...store.db import read_at_once
from ...store.queries import owing
from ...store.queries.charges import items_by_id
from ...store.queries.occupants import first_people
from ...store.nogc import nogc
from ...ledger.estate import estate_of, find_building
from ...ledger.standards import rules_of
from ...ledger import clock, personal
from ...ledger.context import Actor


class ArrearsLine(NamedTuple):
    """A unit on the list (a tuple: an estate's fifteen thousand are made in one go)."""
    code: str
    owner: str
    phone: str                 # masked unless the reader may see it in full
    items: str                 # the fee items owed, by name
    first_period: date         # the oldest period overdue
    charges: int               # charges overdue
    principal_fen: int         # 逾期本金
    late_fee_fen: int          # 滞纳金 to the list's date
    oldest_days: int           # 逾期天数 of the oldest charge overdue (from the day after its due date)
    bucket: str

    @property
    def total_fen(self) -> int:
        """逾期合计: the overdue principal with its late fee."""
        return self.principal_fen + self.late_fee_fen


_as_line = tuple.__new__    # why: an estate's lines made without NamedTuple's Python-level __new__


@dataclass(frozen=True)
class ArrearsReport:
    as_of: date
    building: str              # "" for the whole estate
    title: str                 # the estate's name, as the reports' subtitle says whose figures they are
    company: str
    lines: tuple[ArrearsLine, ...]
    buckets: tuple[tuple[str, int, int], ...]      # (label, units, principal) in AGING_BUCKETS order
    by_item: tuple[tuple[str, int, int], ...]      # (item, units, principal)
    full_phones: bool = False                      # asked for, by someone allowed to see them

    @property
    def principal_fen(self) -> int:
        return sum(line.principal_fen for line in self.lines)

    @property
    def late_fee_fen(self) -> int:
        return sum(line.late_fee_fen for line in self.lines)


@nogc
def arrears_list(actor: Actor, as_of: date | None = None, building_code: str = "", *,
                 full_phones: bool = False, purpose: str = "", how: str = "report") -> ArrearsReport:
    """Phones are masked on the list, its paper and its exports alike (the list leaves the office
    in the hands of whoever goes door to door); full numbers only when asked for, by a role that
    may see them, saying why (logged with the units listed: common/personal.py)."""
    actor.require("report.management")
    if full_phones:
        actor.require("personal.view_full")
        if not purpose.strip():
            raise Invalid("完整电话须说明用途（如：催缴联系业主）")
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    as_of = as_of or today
    building_id = find_building(actor, building_code).id if building_code else None
    items = items_by_id(estate.id)
    rules = rules_of(items)
    # What each unit owes today is kept (store/queries/owing.py): a row per unit, worked out from
    # its charges again (late fees charge by charge, as the counter charges them) only where one
    # changed since, or for another day.
    # The first person named for each unit (an owner when there is one): one read for the estate,
    # at once with the figures and the units' numbers on a server (store.db.read_at_once).
    (overdue, item_totals), people = read_at_once(
        lambda: owing.overdue_of_estate(estate.id, as_of, rules, building_id=building_id, keep=as_of == today),
        first_people)
    full = full_phones
    lines = []
    names: dict[str, str] = {}                # each combination of items owed named once
    bucket_totals = {label: [0, 0] for _, _, label in AGING_BUCKETS}   # label -> [units, principal]
    aging: dict = {}                         # oldest due date -> (days overdue, bucket, its totals)
    no_one = ("", "")
    # Fifteen thousand units: their tuples unpacked, each combination of items and each due date
    # looked up once rather than worked out for every unit (the items are added up by the store).
    for unit_id, code, first_period, oldest_due, charges, principal, late_fee, owed_items in overdue:
        name_of_items = names.get(owed_items)
        if name_of_items is None:
            name_of_items = names[owed_items] = "、".join(items[int(i)].name for i in owed_items.split(","))
        name, phone = people.get(unit_id, no_one)
        aged = aging.get(oldest_due)
        if aged is None:                     # a few hundred due dates: each aged once
            days = days_overdue(oldest_due, as_of)
            bucket = bucket_of(days)
            aged = aging[oldest_due] = (days, bucket, bucket_totals[bucket])
        days, bucket, bucket_total = aged
        bucket_total[0] += 1
        bucket_total[1] += principal
        lines.append(_as_line(ArrearsLine, (code, name, phone if full else mask_phone(phone), name_of_items,
                                            first_period, charges, principal, late_fee, days, bucket)))
    # Oldest first, then by unit number: two stable sorts on a field each, no key tuple per line.
    lines.sort(key=itemgetter(0))
    lines.sort(key=itemgetter(8), reverse=True)
    buckets = tuple((label, *bucket_totals[label]) for label in bucket_totals)
    by_item = tuple((items[i].name, units, owed) for i, (units, owed) in sorted(item_totals.items()))
    if full_phones:
        personal.showing(actor, [line.code for line in lines if line.phone], (personal.PHONE,), purpose, how)
    return ArrearsReport(as_of, building_code, estate.name, estate.company, tuple(lines), buckets, by_item,
                         full_phones)
