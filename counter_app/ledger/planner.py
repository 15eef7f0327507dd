"""The run planner: what a unit's charges of an item would be for a period (periodic, metered,
shared), each as a Plan, and the one way a charge's row is built from its plan. Shared by
billing's runs and rate changes, the counter's advance and one-off charges, and the consultation
desk's calculator, so none of them imports another."""
from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from datetime import date

from ..core import charge_keys, fees
from ..core.errors import Invalid, Refused, Word
from ..core.estate_words import VACANT
from ..core.periods import CYCLE_MONTHS, Month, cycle_containing, due_date_for, month_after_billed
from ..store.convert import stored_date
from ..store.queries import billed
from ..store.queries.charges import last_billed_day, meter_charge_readings, new_charge
from ..store.queries.readings import unit_month_readings
from ..store.queries.runs import shared_costs
from ..store.queries.units import space_count, units_in_use
from . import clock
from .standards import applies_to, late_rule, standards_of, unit_types_of

PERIODIC = ("area", "fixed", "per_space")


@dataclass(frozen=True)
class Plan:
    """A charge about to be created: what billing inserts and what explanations show."""
    unit_id: int
    item_id: int
    period_start: date
    period_end: date
    months: int
    computation: fees.Computation
    dedupe_key: str
    origin: str = "bill"
    reading_id: int | None = None
    due_date: date | None = None       # None: the item's due days after the period starts
    note: str = ""



def unit_facts(unit, spaces: int | None = None) -> fees.UnitFacts:
    """unit: a Unit or a light row with id, area_centi and occupancy."""
    if spaces is None:
        spaces = space_count(unit.id)
    return fees.UnitFacts(area_centi=unit.area_centi, vacant=unit.occupancy == VACANT, spaces=spaces)


def plan_periodic(unit_id: int, item, stds: list[fees.Standard], facts: fees.UnitFacts,
                  first: Month, months: int, origin: str = "bill") -> list[Plan]:
    """Charges for `months` months from `first`: one per run of months under one standard."""
    plans = []
    for std, start, count in fees.segments(stds, first, months):
        comp = fees.compute_periodic(std, facts, count)
        period_start = start.first_day()
        plans.append(Plan(unit_id, item.id, period_start, start.add(count - 1).last_day(), count, comp,
                          charge_keys.periodic(unit_id, item.id, period_start), origin))
    return plans


def plan_metered(reading, unit_id: int, multiplier: int, item, stds: list[fees.Standard]) -> Plan:
    """reading: anything with id, read_on, prev_centi and value_centi (a model or a light row)."""
    return plan_metered_month([reading], unit_id, multiplier, item, stds)


def plan_metered_month(readings, unit_id: int, multiplier: int | dict, item, stds: list[fees.Standard],
                       before_centi: int = 0) -> Plan:
    """One charge for a unit's readings of a month not yet billed (in the order they were
    recorded), priced by the tiers on the month's usage (core.fees.compute_metered_month) under
    the standard in force on the last reading's day; `before_centi` of the month's usage is
    already billed. readings: anything with id, read_on, prev_centi and value_centi (and
    is_replacement, meter_id when `multiplier` is a dict by meter)."""
    last = readings[-1]
    read_on = stored_date(last.read_on)
    std = fees.standard_in_force(stds, read_on)
    if std is None:
        raise Refused("{item} 在 {read_on} 没有生效的收费标准", item=item.name, read_on=read_on)
    segments = [fees.Segment(r.prev_centi, r.value_centi,
                             multiplier[r.meter_id] if isinstance(multiplier, dict) else multiplier,
                             bool(getattr(r, "is_replacement", False))) for r in readings]
    comp = fees.compute_metered_month(std, segments, before_centi)
    month = Month.of(read_on)
    return Plan(unit_id, item.id, month.first_day(), read_on, 1, comp, charge_keys.reading(last.id), "meter", last.id)


def month_plans(readings, item, stds: list[fees.Standard]) -> list[Plan]:
    """The charges a month's readings of one unit and item make: readings (in id order, each with
    billed_through: the last reading a charge of the month already billed) not yet billed become
    one charge, priced on the month's total (a reading entered after the month was billed is
    priced at the margin, so the month's charges add up to the price of the month's usage).
    Nothing when the unbilled readings used nothing."""
    billed = [r for r in readings if r.id <= r.billed_through]
    new = [r for r in readings if r.id > r.billed_through]
    multipliers = {r.meter_id: r.multiplier for r in readings}
    if not new or sum((r.value_centi - r.prev_centi) * r.multiplier for r in new) == 0:
        return []
    before = sum((r.value_centi - r.prev_centi) * r.multiplier for r in billed)
    return [plan_metered_month(new, new[-1].unit_id, multipliers, item, stds, before)]


ScopeUnit = namedtuple("ScopeUnit", "id area_centi unit_type occupancy", defaults=("",))


def shared_scope(cost, item) -> list:
    """The units that share a cost, as light rows (id, area_centi, unit_type), in id order."""
    types = unit_types_of(item)
    return [ScopeUnit(*row) for row in units_in_use(item.estate_id, cost.building_id)
            if types is None or row[2] in types]


def plan_shared(cost, item, stds: list[fees.Standard], units: list) -> list[Plan]:
    month = Month.parse(cost.month)
    std = fees.standard_in_force(stds, month.first_day())
    if std is None:
        raise Refused("{item} 在 {month} 没有生效的收费标准", item=item.name, month=month)
    comps = fees.compute_shared(std, cost.total_fen, [u.area_centi for u in units])
    return [Plan(u.id, item.id, month.first_day(), month.last_day(), 1, c, charge_keys.shared(cost.id, u.id), "shared")
            for u, c in zip(units, comps)]


# A charge's fields in the order of a billing run's bulk insert (CHARGE_COLUMNS, the same fields
# as the table names them).
CHARGE_FIELDS = ("unit", "item", "standard", "period_start", "period_end", "months", "amount_fen", "paid_fen",
                 "due_date", "basis", "rounding", "origin", "dedupe_key", "reading", "run", "created_at", "note")
_DATES = tuple(CHARGE_FIELDS.index(f) for f in ("period_start", "period_end", "due_date"))


def _charge(plan: Plan, due_days: int, run_id: int | None, created) -> list:
    """The one way a charge is built from its plan: its values in CHARGE_FIELDS' order."""
    comp = plan.computation
    return [plan.unit_id, plan.item_id, comp.standard_id, plan.period_start, plan.period_end, plan.months,
            comp.amount_fen, 0, plan.due_date or due_date_for(plan.period_start, due_days), comp.basis,
            comp.rounding, plan.origin, plan.dedupe_key, plan.reading_id, run_id, created, plan.note]


def charge_row(plan: Plan, due_days: int, run_id: int | None, created) -> dict:
    """A charge's fields by name, for store.queries.charges.new_charge(**row)."""
    return dict(zip(CHARGE_FIELDS, _charge(plan, due_days, run_id, created)))


def charge_values(plan: Plan, due_days: int, run_id: int | None, created: str) -> tuple:
    """The values of a billing run's bulk insert, as SQLite stores them (dates as ISO text), so a
    hundred thousand rows need no per-value conversion."""
    values = _charge(plan, due_days, run_id, created)
    for i in _DATES:
        values[i] = values[i].isoformat()
    return tuple(values)



Reading = namedtuple("Reading", "id read_on prev_centi value_centi is_replacement unit_id multiplier meter_id "
                                  "billed_through")


def create_future_charges(unit, item, months: int, origin: str = "advance", *, save: bool = True,
                          first: Month | None = None) -> list:
    """Charges for the next `months` months after the last one billed (预交), or from `first` (an
    offer's free months follow the paid ones, which a preview has not saved), inside the caller's
    transaction (or unsaved, for a preview). They carry the same keys a billing run would, so
    nothing is billed twice."""
    if item.kind not in PERIODIC:
        raise Refused("{item} 不能预交", item=item.name)
    if months <= 0 or months > 120:
        raise Invalid("预交月数应在 1 到 120 之间")
    first = first or next_month_to_bill(unit, item, clock.business_date(unit.building.estate.timezone))
    stds = standards_of(item)
    plans = plan_periodic(unit.id, item, stds, unit_facts(unit), first, months, origin)
    now = clock.to_db(clock.now_utc())
    return _saved([new_charge(**charge_row(p, item.due_days, None, now), save=save) for p in plans], save)


def next_month_to_bill(unit, item, today: date) -> Month:
    """The month after the last one billed of a unit's periodic fee (this month when none is): where
    an advance payment starts and what the consultation desk quotes from."""
    return month_after_billed(last_billed_day(unit.id, item.id), today)


def _saved(charges: list, save: bool) -> list:
    """Charges made here (by new_charge, saved unless a preview), added to the months they are
    billed in."""
    if save:
        billed.add((c.item_id, c.period_start, c.amount_fen) for c in charges)
    return charges


def create_adhoc_charge(unit, item, amount_fen: int | None, note: str = "", *, save: bool = True):
    """A one-off charge (押金, 工本费 …) created at the counter, inside the caller's transaction."""
    if item.kind != "one_off":
        raise Refused("{item} 不是临时/一次性收费项目", item=item.name)
    stds = standards_of(item)
    today = clock.business_date(unit.building.estate.timezone)
    std = fees.standard_in_force(stds, today)
    if std is None and amount_fen is None:
        raise Invalid("{item} 没有生效的标准，请输入金额", item=item.name)
    if amount_fen is not None and amount_fen <= 0:
        raise Invalid("金额必须大于零")
    std = std or fees.Standard(kind="one_off", rate_e4=0)
    comp = fees.compute_one_off(std, amount_fen)
    plan = Plan(unit.id, item.id, today, today, 1, comp, charge_keys.adhoc(),
                "deposit" if item.is_deposit else "adhoc", due_date=today, note=note)
    return _saved([new_charge(**charge_row(plan, item.due_days, None, clock.to_db(clock.now_utc())), save=save)],
                  save)[0]


@dataclass(frozen=True)
class Explanation:
    unit_code: str
    item_name: str
    period: str
    amount_fen: int
    basis: str
    lines: tuple[str, ...]
    standard_basis: str
    rounding: str
    late_rule: str


def metered_explained(unit, item, stds: list[fees.Standard], month: Month) -> list[Plan]:
    """A unit's month of a metered item as its charges bill it: the readings in the order they were
    recorded, cut after each reading a charge names (and what no charge has billed yet, as the
    next run would), each part priced at its place in the month's usage."""
    readings = unit_month_readings(unit.id, item.id, month)
    cuts = meter_charge_readings(unit.id, item.id, month.first_day())
    plans, part, before = [], [], 0
    for n, row in enumerate(readings):
        part.append(Reading(*row[:5], unit.id, row[5], row[6], 0))
        if row[0] in cuts or n == len(readings) - 1:
            usage = sum((r.value_centi - r.prev_centi) * r.multiplier for r in part)
            if usage:
                plans.append(plan_metered_month(part, unit.id, {r.meter_id: r.multiplier for r in part}, item, stds,
                                                before))
            before += usage
            part = []
    return plans


def explanation(unit, item, month_text: str) -> Explanation:
    """The line-by-line working of a unit's charge for a month, by the code that bills it (the
    caller has checked the actor may see charges)."""
    month = Month.parse(month_text)
    stds = standards_of(item)
    if item.kind in PERIODIC:
        first = month
        length = CYCLE_MONTHS[item.cycle]
        if length > 1:
            first, length = cycle_containing(item.cycle, month)
        if fees.standard_in_force(stds, first.first_day()) is None and \
                fees.standard_in_force(stds, month.first_day()) is None:
            raise Refused("{item} 在 {month} 没有生效的收费标准", item=item.name, month=month)
        if not applies_to(item, unit):
            raise Refused("{item} 不适用于{kind} {unit}", item=item.name, kind=Word(unit.unit_type), unit=unit.code)
        plans = plan_periodic(unit.id, item, stds, unit_facts(unit), first, length)
    elif item.kind == "metered":
        plans = metered_explained(unit, item, stds, month)
        if not plans:
            raise Refused("{unit} 在 {month} 没有{item}的抄表记录", unit=unit.code, month=month, item=item.name)
    elif item.kind == "shared":
        plans = []
        for cost in shared_costs(item.id, str(month)):
            scope = shared_scope(cost, item)
            plans += [p for p in plan_shared(cost, item, stds, scope) if p.unit_id == unit.id]
        if not plans:
            raise Refused("{unit} 在 {month} 没有{item}的分摊", unit=unit.code, month=month, item=item.name)
    else:
        raise Refused("{item} 为一次性收费，金额在收费时确定", item=item.name)
    lines: list[str] = []
    for plan in plans:
        std_row = next((s for s in stds if s.id == plan.computation.standard_id), None)
        lines.append(f"【{plan.period_start:%Y.%m.%d}-{plan.period_end:%Y.%m.%d}，标准自 "
                     f"{std_row.effective_from if std_row else '—'} 起执行】")
        lines.extend(plan.computation.steps)
    total = sum(p.computation.amount_fen for p in plans)
    bases = "；".join(sorted({s.basis for s in stds if s.id in {p.computation.standard_id for p in plans}}))
    return Explanation(unit.code, item.name, f"{plans[0].period_start:%Y.%m.%d}-{plans[-1].period_end:%Y.%m.%d}",
                       total, " + ".join(p.computation.basis for p in plans), tuple(lines), bases,
                       plans[0].computation.rounding, late_rule(item).describe())
