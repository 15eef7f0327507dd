"""The billing run (生成应收) and the line-by-line working of any charge, from the same code."""
from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass, field
from datetime import date

from ...core import charge_keys, fees
from ...core.errors import Invalid, Refused, Word
from ...core.estate_words import ENDED, VACANT
from ...core.periods import CYCLE_MONTHS, Month, cycle_containing, cycle_starts_at, due_date_for, month_after_billed
from ...store.convert import stored_date
from ...store.db import cursor_of, write_transaction
from ...store.queries import billed
from ...store.queries.charges import (CHARGE_COLUMNS, active_items, any_key_with_prefix, covered_units,
                                      insert_charges, items_by_id, last_billed_day, meter_charge_readings,
                                      new_charge)
from ...store.queries.readings import unbilled_readings, unit_month_readings
from ...store.queries.runs import create_run, set_run_totals, shared_costs
from ...store.queries.units import light_units, space_count, space_counts, units_in_use
from ...store.queries.occupants import unit_codes
from ...ledger.estate import estate_id_of, estate_of, find_building
from ...ledger import audit, clock
from ...ledger.context import Actor
from .deduction import auto_deduct
from ...ledger.standards import all_standards, applies_to, late_rule, standards_of, unit_types_of

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


@dataclass
class RunResult:
    month: str
    created: int = 0
    total_fen: int = 0
    skipped_existing: int = 0
    deductions: int = 0
    deducted_fen: int = 0
    warnings: list[str] = field(default_factory=list)
    run_id: int | None = None
    by_item: dict[str, list[int]] = field(default_factory=dict)    # item name -> [charges, total]
    skipped: dict[str, list] = field(default_factory=dict)         # why -> the units passed over (their numbers)


# Why a unit gets no charge of an item in a run (what the preview and the result list).
SKIP_EXISTING, SKIP_TYPE, SKIP_NO_SPACE, SKIP_ENDED = "本期已有应收", "房屋类型不在收费范围", "没有车位", "房屋已停用"
# A period further ahead than this many months is billed only when the caller confirms it: its
# charges would be collected by the next "pay all due" at the counter.
AHEAD_MONTHS = 1


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


_ScopeUnit = namedtuple("_ScopeUnit", "id area_centi unit_type occupancy", defaults=("",))


def shared_scope(cost, item) -> list:
    """The units that share a cost, as light rows (id, area_centi, unit_type), in id order."""
    types = unit_types_of(item)
    return [_ScopeUnit(*row) for row in units_in_use(item.estate_id, cost.building_id)
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
_UNIT, _ITEM, _START, _AMOUNT, _KEY = (CHARGE_COLUMNS.index(c) for c in ("unit_id", "item_id", "period_start",
                                                                            "amount_fen", "dedupe_key"))
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


def _rows_for_month(estate_id: int, month: Month, building, result: RunResult, run_id: int,
                    created: str, progress=None) -> list[tuple]:
    """The values of every charge the month's run creates (see CHARGE_COLUMNS); progress(step,
    items) before each item (it may raise to stop the run)."""
    stds = all_standards()
    units = [_ScopeUnit(*row) for row in light_units(estate_id, building.id if building is not None else None)]
    spaces = space_counts()
    computed: dict = {}
    out: list[tuple] = []
    items = active_items(estate_id)
    for step, item in enumerate(items):
        if progress is not None:
            progress(step, len(items))
        if item.kind in PERIODIC:
            if not cycle_starts_at(item.cycle, month):
                continue
            length = CYCLE_MONTHS[item.cycle]
            if fees.standard_in_force(stds[item.id], month.first_day()) is None:
                result.warnings.append(f"{item.name}：{month} 没有生效的收费标准，未计费")
                continue
            covered = covered_units(item.id, month.first_day(), month.add(length - 1).last_day())
            per_space = item.kind == "per_space"
            types = unit_types_of(item)
            skipped = result.skipped
            for unit in units:
                if unit.occupancy == ENDED:
                    skipped.setdefault(SKIP_ENDED, []).append(unit.id)
                    continue
                if types is not None and unit.unit_type not in types:
                    skipped.setdefault(SKIP_TYPE, []).append(unit.id)
                    continue
                if unit.id in covered:
                    result.skipped_existing += 1
                    skipped.setdefault(SKIP_EXISTING, []).append(unit.id)
                    continue
                count = spaces.get(unit.id, 0)
                if per_space and count == 0:
                    skipped.setdefault(SKIP_NO_SPACE, []).append(unit.id)
                    continue
                # Units with the same facts get the same computation: work it out once, then
                # only the unit and its key differ. (The key is a plain tuple: hashing a
                # dataclass per unit was a tenth of a run.)
                key = (item.id, unit.area_centi, unit.occupancy, count)
                charges = computed.get(key)
                if charges is None:
                    facts = unit_facts(unit, count)
                    charges = computed[key] = [
                        (values[_UNIT + 1:_KEY], values[_START], values[_KEY + 1:])
                        for values in (charge_values(p, item.due_days, run_id, created)
                                       for p in plan_periodic(0, item, stds[item.id], facts, month, length))]
                for middle, start, tail in charges:
                    out.append((unit.id, *middle, charge_keys.periodic(unit.id, item.id, start), *tail))
        elif item.kind == "metered":
            out.extend(charge_values(plan, item.due_days, run_id, created)
                       for plan in _metered_plans(item, stds[item.id], month, building))
        elif item.kind == "shared":
            out.extend(charge_values(plan, item.due_days, run_id, created)
                       for plan in _shared_plans(item, stds[item.id], month, building, result))
    return out


_Reading = namedtuple("_Reading", "id read_on prev_centi value_centi is_replacement unit_id multiplier meter_id "
                                  "billed_through")


def _metered_plans(item, stds, month, building):
    # Rows as the engine returns them (a month has a reading per meter: tens of thousands), a
    # unit's readings together.
    unit, readings = None, []
    for row in cursor_of(unbilled_readings(item.id, month, building.id if building is not None else None)):
        reading = _Reading(*row)
        if reading.unit_id != unit and readings:
            yield from month_plans(readings, item, stds)
            readings = []
        unit = reading.unit_id
        readings.append(reading)
    if readings:
        yield from month_plans(readings, item, stds)


def _shared_plans(item, stds, month, building, result):
    for cost in shared_costs(item.id, str(month)):
        if building is not None and cost.building_id not in (None, building.id):
            continue
        prefix = charge_keys.shared_prefix(cost.id)
        if any_key_with_prefix(prefix):
            result.skipped_existing += 1
            continue
        yield from plan_shared(cost, item, stds, shared_scope(cost, item))


def _ahead_check(actor: Actor, month: Month, confirm_ahead: bool) -> None:
    ahead = months_ahead(actor, str(month))
    if ahead > AHEAD_MONTHS and not confirm_ahead:
        raise Refused("{month} 比本月提前 {ahead} 个月：这些应收会出现在下一次“缴清全部欠费”里。"
                      "确需提前计费，请确认后再生成（命令行加 --confirm-ahead）", month=month, ahead=ahead)


def _summarise(result: RunResult, rows: list[tuple]) -> None:
    """Per item, the charges and their total; the units passed over named by their numbers."""
    named = {u for units in result.skipped.values() for u in units}
    codes = unit_codes(sorted(named) if len(named) <= 500 else None)    # many: every unit's, not a huge IN list
    result.skipped = {why: sorted(codes[u] for u in units) for why, units in result.skipped.items()}
    items = items_by_id()
    for r in rows:
        totals = result.by_item.setdefault(items[r[_ITEM]].name, [0, 0])
        totals[0] += 1
        totals[1] += r[_AMOUNT]
    result.created = len(rows)
    result.total_fen = sum(r[_AMOUNT] for r in rows)


def months_ahead(actor: Actor, month_text: str) -> int:
    """How many months `month_text` lies ahead of the estate's current month (0 this month, negative
    for a past one): more than AHEAD_MONTHS needs a confirmation."""
    actor.require("billing.run")
    return Month.parse(month_text).index() - Month.of(clock.business_date(estate_of(actor).timezone)).index()


def preview_billing(actor: Actor, month_text: str, building_code: str | None = None, progress=None) -> RunResult:
    """What run_billing would create, from the same planning, writing nothing: the charges and
    totals per item, and the units passed over and why."""
    actor.require("billing.run")
    month = Month.parse(month_text)
    result = RunResult(str(month))
    building = find_building(actor, building_code) if building_code else None
    now = clock.to_db(clock.now_utc())
    rows = [r for r in _rows_for_month(estate_id_of(actor), month, building, result, 0, str(now), progress)
            if r[_AMOUNT] > 0]
    _summarise(result, rows)
    return result


def run_billing(actor: Actor, month_text: str, building_code: str | None = None, *, confirm_ahead: bool = False,
                progress=None) -> RunResult:
    """生成应收 for a month. Running it again for the same month creates nothing twice. A month
    more than AHEAD_MONTHS ahead needs confirm_ahead. progress(step, total) is called as it goes;
    whatever it raises stops the run and leaves nothing of it (one transaction)."""
    actor.require("billing.run")
    month = Month.parse(month_text)
    _ahead_check(actor, month, confirm_ahead)
    result = RunResult(str(month))
    with write_transaction():
        building = find_building(actor, building_code) if building_code else None
        now = clock.to_db(clock.now_utc())
        run_id = create_run(estate=estate_id_of(actor), month=str(month),
                            building=building.id if building is not None else None, created_at=now, user=actor.user_id)
        # The items planned, then the charges written, then the prepaid deductions: a step each.
        stages = [2]

        def planned(step: int, items: int) -> None:
            stages[0] = items + 2
            if progress is not None:
                progress(step, stages[0])
        rows = [r for r in _rows_for_month(estate_id_of(actor), month, building, result, run_id, str(now), planned)
                if r[_AMOUNT] > 0]
        # Unit by unit: each page of the unit-keyed indexes is then written once, not once per item.
        rows.sort(key=lambda r: r[_UNIT])
        insert_charges(rows)
        billed.add((r[_ITEM], r[_START], r[_AMOUNT]) for r in rows)
        _summarise(result, rows)
        result.run_id = run_id
        set_run_totals(run_id, result.created, result.total_fen)
        audit.record(actor.username, "billing.run", "billing_run", run_id,
                     after={"month": str(month), "building": building_code, "created": result.created,
                            "total_fen": result.total_fen, "skipped": result.skipped_existing,
                            "ahead_confirmed": confirm_ahead})
        if progress is not None:
            progress(stages[0] - 1, stages[0])
        result.deductions, result.deducted_fen = auto_deduct(actor, run_id)
        if progress is not None:
            progress(stages[0], stages[0])
    return result


def create_future_charges(unit, item, months: int, origin: str = "advance", *, save: bool = True) -> list:
    """Charges for the next `months` months after the last one billed (预交), inside the caller's
    transaction (or unsaved, for a preview). They carry the same keys a billing run would, so
    nothing is billed twice."""
    if item.kind not in PERIODIC:
        raise Refused("{item} 不能预交", item=item.name)
    if months <= 0 or months > 120:
        raise Invalid("预交月数应在 1 到 120 之间")
    first = next_month_to_bill(unit, item, clock.business_date(unit.building.estate.timezone))
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
        part.append(_Reading(*row[:5], unit.id, row[5], row[6], 0))
        if row[0] in cuts or n == len(readings) - 1:
            usage = sum((r.value_centi - r.prev_centi) * r.multiplier for r in part)
            if usage:
                plans.append(plan_metered_month(part, unit.id, {r.meter_id: r.multiplier for r in part}, item, stds,
                                                before))
            before += usage
            part = []
    return plans


def explain(actor: Actor, unit, item, month_text: str) -> Explanation:
    """The line-by-line working of a unit's charge for a month, by the code that bills it."""
    actor.require("charge.view")
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
