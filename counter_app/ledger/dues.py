"""What a unit owes: its open charges oldest first, each with the late fee it would carry on a
day, and the figures (core.figures) of a unit or of a few units added up by the database. One
reading for the counter, the reports, the notices and the consultation desk."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.allocation import DueCharge, oldest_first
from ..core.figures import Owing, days_overdue, owing
from ..core.latefees import late_fee, overdue_days
from ..store.queries import charges as charge_queries, owing as kept
from ..store.queries.charges import OutstandingRow, items_by_id
from . import clock
from .estate import missing_estate
from .context import Actor
from .standards import late_rule, late_rules, rules_of


def outstanding_charges(unit) -> list[OutstandingRow]:
    """Unpaid or part-paid charges, oldest first, as light rows (no model objects: this is hot)."""
    return charge_queries.outstanding(unit if isinstance(unit, int) else unit.id)


def due_charges_core(unit) -> list[DueCharge]:
    items = items_by_id()
    return oldest_first([DueCharge(c.id, c.period_start, c.due_date, c.amount_fen - c.paid_fen,
                                   late_rule(items[c.item]))
                         for c in outstanding_charges(unit)])


@dataclass(frozen=True)
class DueLine:
    charge_id: int
    item_code: str
    item_name: str
    period_start: date
    period_end: date
    basis: str
    amount_fen: int
    paid_fen: int
    outstanding_fen: int
    late_days: int             # 滞纳天数: the days its late fee runs (days overdue less the grace days)
    late_fee_fen: int
    due_date: date
    rounding: str
    days_overdue: int = 0      # 逾期天数: from the day after the due date (core.figures)

    @property
    def status(self) -> str:
        if self.paid_fen == 0:
            return "逾期" if self.days_overdue > 0 else "未缴"
        return "部分已缴"


def owing_of_lines(lines, as_of: date) -> Owing:
    """The figures (core.figures) of a unit's due lines on the date they were read for."""
    return owing(((line.outstanding_fen, line.due_date, line.late_fee_fen) for line in lines), as_of)


def owed(actor: Actor, unit, as_of: date | None = None) -> list[DueLine]:
    """Charges due, oldest first, with the late fee each would carry if paid on `as_of`."""
    actor.require("charge.view")
    as_of = as_of or clock.business_date(unit.building.estate.timezone)
    out = []
    items = items_by_id()
    for c in outstanding_charges(unit):
        item = items[c.item]
        rule = late_rule(item)
        days = overdue_days(c.due_date, as_of, rule)
        outstanding = c.amount_fen - c.paid_fen
        out.append(DueLine(c.id, item.code, item.name, c.period_start, c.period_end, c.basis, c.amount_fen,
                           c.paid_fen, outstanding, days, late_fee(outstanding, days, rule), c.due_date,
                           c.rounding, days_overdue(c.due_date, as_of)))
    return out


def owed_with_figures(actor: Actor, unit, as_of: date | None = None) -> tuple[date, list[DueLine], Owing]:
    """(the date, the charges due on it, their figures): what `owed` and core.figures say together."""
    actor.require("charge.view")
    as_of = as_of or clock.business_date(unit.building.estate.timezone)
    lines = owed(actor, unit, as_of)
    return as_of, lines, owing_of_lines(lines, as_of)


def owing_of_units(estate_id: int, unit_ids: list[int], as_of: date) -> dict[int, Owing]:
    """What each of a few units owes on `as_of` (core.figures), added up by the database: units
    owing nothing are not in it (their figures are all zero: `Owing(as_of)`)."""
    return {u.unit_id: u.owing for u in charge_queries.owing_by_unit(as_of, late_rules(estate_id), unit_ids=unit_ids)}


def owing_today(estate_id: int, unit_ids: list[int]) -> tuple[date, dict[int, Owing]]:
    """The estate's today and what each of a few units owes on it (owing_of_units): the search's
    figures at every keystroke, the estate's time zone and late-fee rules read together."""
    timezone, items = charge_queries.zone_and_items(estate_id)
    if timezone is None:
        raise missing_estate(estate_id)
    today = clock.business_date(timezone)
    return today, {u.unit_id: u.owing for u in charge_queries.owing_by_unit(today, rules_of(items), unit_ids=unit_ids)}


def owing_of_estate(estate_id: int, as_of: date, *, keep: bool = False) -> dict:
    """unit -> what it owes on `as_of` (store.queries.charges.UnitOwing: core.figures' parts, the
    months overdue) of every unit of the estate owing something, from the kept figures where
    they hold (store/queries/owing.py), kept again where worked out with `keep`."""
    return {u.unit_id: u for u in kept.owing_of_estate(estate_id, as_of, late_rules(estate_id), keep=keep)}


def months_of_estate(estate_id: int, as_of: date, *, keep: bool = False) -> tuple[dict[int, int], dict[int, Owing]]:
    """({unit: the months it has overdue, as bits}, {unit: what it owes}) of the estate's units
    owing something on `as_of` (store/queries/owing.py months_of_estate)."""
    return kept.months_of_estate(estate_id, as_of, late_rules(estate_id), keep=keep)
