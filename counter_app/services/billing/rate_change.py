"""Before a new standard is saved (调价), what it does: for the first month it applies, the month's
total under the standard in force and under the new one, for every unit the item bills, and a
sample of units side by side (one of each kind of unit: its area, vacancy, parking spaces). From
the billing run's own planning (plan_periodic, plan_metered_month), so the preview is what the run will
bill. A metered item is priced on the last month's readings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...core import fees
from ...core.estate_words import ENDED, VACANT
from ...core.periods import Month, cycle_starts_at, CYCLE_MONTHS
from ...store.queries.readings import month_readings_by_unit_code
from ...ledger.estate import billed_through, candidate_standard, check_effective_from, estate_of, find_item
from ...ledger import clock
from ...ledger.context import Actor
from ...store.queries.units import coded_units, space_counts
from ...ledger.planner import PERIODIC, plan_metered_month, plan_periodic, unit_facts
from ...ledger.standards import standards_of, unit_types_of

SAMPLE = 8


@dataclass(frozen=True)
class SampleUnit:
    code: str
    facts: str               # what the amount depends on, in words
    old_fen: int
    new_fen: int


@dataclass(frozen=True)
class RateChangePreview:
    item: str
    month: str               # the first month the new standard bills
    old_standard: str        # the rate in force then ("" when none)
    new_standard: str
    units: int               # units billed that month
    old_total_fen: int
    new_total_fen: int
    sample: tuple[SampleUnit, ...]
    note: str = ""           # why there is no total (a shared or one-off item)

    @property
    def change_fen(self) -> int:
        return self.new_total_fen - self.old_total_fen


def earliest_effective_date(actor: Actor, item_code: str) -> date:
    """The first day a new standard of the item may take effect: the day after what billing runs
    have billed of it, or the first of next month when nothing is billed yet."""
    actor.require("standard.edit")
    item = find_item(actor, item_code)
    through = billed_through(item)
    if through is None:
        return Month.of(clock.business_date(estate_of(actor).timezone)).add(1).first_day()
    return through + timedelta(days=1)


def preview_rate_change(actor: Actor, item_code: str, effective_from: date, rate: str, *, rounding_unit=None,
                        rounding_scope=None, vacancy_percent=None, tiers=(), basis="") -> RateChangePreview:
    actor.require("standard.edit")
    item = find_item(actor, item_code)
    new, _ = candidate_standard(item, effective_from, rate, rounding_unit=rounding_unit,
                                rounding_scope=rounding_scope, vacancy_percent=vacancy_percent, tiers=tiers,
                                basis=basis)
    check_effective_from(item, effective_from)
    old_stds = [s for s in standards_of(item) if s.effective_from != effective_from]
    new_stds = sorted(old_stds + [new], key=lambda s: s.effective_from)
    month = Month.of(effective_from)
    if effective_from.day != 1:
        month = month.add(1)           # a standard from mid-month bills from the next month's charge
    in_force = fees.standard_in_force(old_stds, month.first_day())
    head = dict(item=item.name, old_standard=in_force.rate_text() if in_force else "", new_standard=new.rate_text())
    if item.kind in PERIODIC:
        while not cycle_starts_at(item.cycle, month):
            month = month.add(1)
        rows = _periodic(item, old_stds, new_stds, month)
    elif item.kind == "metered":
        rows = _metered(item, old_stds, new_stds, month)
    else:
        return RateChangePreview(month=str(month), units=0, old_total_fen=0, new_total_fen=0, sample=(),
                                 note="公摊和一次性项目按每次的总额或金额收取，没有按户的月度合计", **head)
    sample = tuple(sorted(rows.values(), key=lambda r: r[0].code)[:SAMPLE])
    return RateChangePreview(month=str(month), units=sum(n for _, n, _, _ in rows.values()),
                             old_total_fen=sum(o for _, _, o, _ in rows.values()),
                             new_total_fen=sum(n for _, _, _, n in rows.values()),
                             sample=tuple(s for s, _, _, _ in sample), **head)


def _periodic(item, old_stds, new_stds, month: Month) -> dict:
    """kind of unit -> (its first unit as a sample, units of the kind, old total, new total)."""
    length = CYCLE_MONTHS[item.cycle]
    types = unit_types_of(item)
    spaces = space_counts()
    out: dict = {}
    for unit_id, code, area, unit_type, occupancy in coded_units(item.estate_id):
        if occupancy == ENDED or (types is not None and unit_type not in types):
            continue
        count = spaces.get(unit_id, 0)
        if item.kind == "per_space" and count == 0:
            continue
        key = (area, occupancy, count)
        found = out.get(key)
        if found is None:
            facts = unit_facts(_Light(area, occupancy), count)
            old = sum(p.computation.amount_fen for p in plan_periodic(0, item, old_stds, facts, month, length)) \
                if fees.standard_in_force(old_stds, month.first_day()) else 0
            new = sum(p.computation.amount_fen for p in plan_periodic(0, item, new_stds, facts, month, length))
            words = f"{fees.qty_text(area)} m²" + (f" {VACANT}" if occupancy == VACANT else "") + \
                (f" {count} 个车位" if item.kind == "per_space" else "")
            out[key] = [SampleUnit(code, words, old, new), 1, old, new]
        else:
            found[1] += 1
            found[2] += found[0].old_fen
            found[3] += found[0].new_fen
    return out


def _metered(item, old_stds, new_stds, month: Month) -> dict:
    """The last month's usage of each unit priced under both (each unit its own kind), as a run
    prices a month: the tiers on the month's total, a replaced meter's two parts together."""
    last = month.add(-1)
    by_unit: dict[str, list] = {}
    when = month.first_day()
    for rid, prev, value, replaced, multiplier, meter, code in month_readings_by_unit_code(item.id, last):
        by_unit.setdefault(code, []).append(_Reading(rid, when, prev, value, replaced, multiplier, meter))
    out: dict = {}
    for code, readings in by_unit.items():
        usage = sum((r.value_centi - r.prev_centi) * r.multiplier for r in readings)
        if not usage:
            continue
        multipliers = {r.meter_id: r.multiplier for r in readings}
        old = plan_metered_month(readings, 0, multipliers, item, old_stds).computation.amount_fen \
            if fees.standard_in_force(old_stds, when) else 0
        new = plan_metered_month(readings, 0, multipliers, item, new_stds).computation.amount_fen
        out[code] = [SampleUnit(code, f"用量 {fees.qty_text(usage)}", old, new), 1, old, new]
    return out


@dataclass(frozen=True)
class _Light:
    area_centi: int
    occupancy: str


@dataclass(frozen=True)
class _Reading:
    id: int
    read_on: date
    prev_centi: int
    value_centi: int
    is_replacement: bool
    multiplier: int
    meter_id: int
