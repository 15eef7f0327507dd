"""The billing run (生成应收) and the line-by-line working of any charge, from the same code."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...core import charge_keys, fees
from ...core.errors import Refused
from ...core.estate_words import ENDED
from ...core.periods import CYCLE_MONTHS, Month, cycle_starts_at
from ...store.db import cursor_of, write_transaction
from ...store.queries import billed
from ...store.queries.charges import (CHARGE_COLUMNS, active_items, any_key_with_prefix, covered_units, insert_charges,
                                      items_by_id)
from ...store.queries.kept_bulk import charges_in_bulk
from ...store.queries.readings import unbilled_readings
from ...store.queries.runs import create_run, set_run_totals, shared_costs
from ...store.queries.units import light_units, space_counts
from ...store.queries.occupants import unit_codes
from ...ledger.estate import estate_id_of, estate_of, find_building
from ...ledger import audit, clock
from ...ledger.context import Actor
from .deduction import auto_deduct
from ...ledger.planner import (PERIODIC, Reading as _Reading, ScopeUnit as _ScopeUnit, charge_values, explanation,
                               month_plans, plan_periodic, plan_shared, shared_scope, unit_facts)
from ...ledger.standards import all_standards, unit_types_of


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




_UNIT, _ITEM, _START, _AMOUNT, _KEY = (CHARGE_COLUMNS.index(c) for c in ("unit_id", "item_id", "period_start",
                                                                            "amount_fen", "dedupe_key"))

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
        with charges_in_bulk():      # one PC: the kept figures once for the run, not per charge
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


def explain(actor: Actor, unit, item, month_text: str):
    """The line-by-line working of a unit's charge for a month, by the code that bills it."""
    actor.require("charge.view")
    return explanation(unit, item, month_text)
