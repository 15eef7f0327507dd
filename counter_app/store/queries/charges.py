"""Charges: what a unit owes, fee items as light rows, overdue charges for the arrears list."""
from __future__ import annotations

from collections import namedtuple
from datetime import date

from ..convert import stored_date
from ..db import cursor_of, rows
from ..dialect import indexed_by, marks
from ..models import Charge, Unit, open_charges

OutstandingRow = namedtuple("OutstandingRow", "id item period_start period_end amount_fen paid_fen due_date basis "
                                             "rounding")
ItemRow = namedtuple("ItemRow", "id code name late_ppm late_grace_days late_cap_percent")


# The condition of the partial index charge_open (models.open_charges), written as the index has it.
OPEN = "paid_fen < amount_fen AND cancelled_at IS NULL"


def _outstanding_sql() -> str:
    return ("SELECT id, item_id, period_start, period_end, amount_fen, paid_fen, due_date, basis, rounding "
            f"FROM charge {indexed_by('charge_open')} WHERE unit_id = ? AND {OPEN} "
            "ORDER BY period_start, due_date, id")


def outstanding(unit_id: int) -> list[OutstandingRow]:
    """Unpaid or part-paid charges, oldest first, read through the open-charge index: years of
    paid charges are never touched to find what is owed."""
    return [OutstandingRow(cid, item, stored_date(start), stored_date(end), amount, paid, stored_date(due), basis,
                           rounding)
            for cid, item, start, end, amount, paid, due, basis, rounding in rows(_outstanding_sql(), (unit_id,))]


def new_of_run(run_id: int, unit_ids: list[int], since: date) -> list[tuple[int, int, int, date, date, int]]:
    """(id, unit, item, period start, due date, amount) of a run's untouched charges of these units
    whose periods start on or after `since`: a short range of the open-charge index per unit, not
    every charge the run created nor every charge the units owe."""
    if not unit_ids:
        return []
    return [(cid, unit, item, stored_date(start), stored_date(due), amount) for cid, unit, item, start, due, amount in rows(
        f"SELECT id, unit_id, item_id, period_start, due_date, amount_fen FROM charge {indexed_by('charge_open')} "
        f"WHERE unit_id IN ({marks(unit_ids)}) AND {OPEN} AND period_start >= ? AND run_id = ? AND paid_fen = 0 "
        "ORDER BY unit_id, period_start, id", (*unit_ids, since.isoformat(), run_id))]


def items_by_id() -> dict[int, ItemRow]:
    """Fee items as light rows keyed by id (a handful of rows, read per use: never stale)."""
    return {r[0]: ItemRow(*r) for r in rows("SELECT id, code, name, late_ppm, late_grace_days, late_cap_percent "
                                            "FROM fee_item")}


def overdue(as_of: date, building_id: int | None = None):
    """(unit, item, period start, due date, amount, paid) of every charge past due on `as_of`, by
    unit and period; dates converted. A plain cursor: a large estate has hundreds of thousands."""
    query = (Charge.select(Charge.unit, Charge.item, Charge.period_start, Charge.due_date, Charge.amount_fen,
                           Charge.paid_fen)
             .where(open_charges() & (Charge.due_date < as_of))
             .order_by(Charge.unit, Charge.period_start))
    if building_id is not None:
        query = query.where(Charge.unit.in_(Unit.select(Unit.id).where(Unit.building == building_id)))
    dates: dict = {}   # a few hundred distinct dates: convert each once

    def day(value):
        got = dates.get(value)
        if got is None:
            got = dates[value] = stored_date(value)
        return got
    for unit_id, item_id, start, due, amount, paid in cursor_of(query):
        yield unit_id, item_id, day(start), day(due), amount, paid


def unit_stamp(unit_id: int) -> tuple:
    """(prepaid balance, open charges, still owed, latest receipt, latest refund) of a unit: cheap
    (the open-charge index and two index maxima) and changed by every payment, void or refund."""
    found = rows(f"SELECT u.prepaid_fen, (SELECT count(*) FROM charge {indexed_by('charge_open')} WHERE unit_id = ? "
                 f"AND {OPEN}), (SELECT coalesce(sum(amount_fen - paid_fen), 0) FROM charge "
                 f"{indexed_by('charge_open')} WHERE unit_id = ? AND {OPEN}), (SELECT coalesce(max(id), 0) FROM "
                 "payment WHERE unit_id = ?), (SELECT count(*) FROM payment WHERE unit_id = ? AND status <> 'valid') "
                 "FROM unit u WHERE u.id = ?", (unit_id,) * 5)
    return tuple(found[0]) if found else ()
