"""收费预测's reads: what each unit was billed per item and month, and what receipts paid of it in
which month, added up by the database (a row per unit, item and month, not per charge)."""
from __future__ import annotations

from datetime import date

from ..convert import stored_date
from ..db import rows
from ..dialect import marks, month_number, ordered_join, unindexed


def billed_by_month(item_ids: list[int], first: date, last: date) -> list[tuple[int, int, int, int, date]]:
    """(unit, item, month number, billed, latest due date) of the items' charges (not cancelled)
    whose periods start in [first, last]."""
    if not item_ids:
        return []
    return [(u, i, int(m), int(a), stored_date(d)) for u, i, m, a, d in rows(
        f"SELECT unit_id, item_id, {month_number('period_start')}, sum(amount_fen), max(due_date) FROM charge "
        f"WHERE item_id IN ({marks(item_ids)}) AND period_start >= ? AND period_start <= ? AND cancelled_at IS NULL "
        f"GROUP BY unit_id, item_id, {month_number('period_start')}",
        (*item_ids, first.isoformat(), last.isoformat()))]


def paid_by_month(estate_id: int, item_ids: list[int], first: date, last: date,
                  until: date) -> list[tuple[int, int, int, int, int, bool]]:
    """(unit, item, charges' month number, receipts' month number, principal, paid after the due
    date) of what valid receipts (training aside) up to `until` paid of the items' charges whose
    periods start in [first, last]."""
    if not item_ids:
        return []
    late = "CASE WHEN p.business_date > c.due_date THEN 1 ELSE 0 END"
    return [(u, i, int(m), int(t), int(s), bool(lt)) for u, i, m, t, s, lt in rows(
        f"SELECT c.unit_id, c.item_id, {month_number('c.period_start')}, {month_number('p.business_date')}, "
        f"sum(l.principal_fen), {late} FROM payment p {ordered_join()} payment_line l ON l.payment_id = p.id "
        f"{ordered_join()} charge c ON c.id = l.charge_id WHERE p.business_date >= ? AND p.business_date <= ? "
        f"AND p.status = 'valid' AND NOT p.training AND {unindexed('p.estate_id')} = ? "
        f"AND c.item_id IN ({marks(item_ids)}) AND c.period_start >= ? AND c.period_start <= ? "
        f"GROUP BY c.unit_id, c.item_id, {month_number('c.period_start')}, {month_number('p.business_date')}, {late}",
        # paid ahead a year at most: receipts from a year before the first month on
        (date(first.year - 1, first.month, 1).isoformat(), until.isoformat(), estate_id, *item_ids,
         first.isoformat(), last.isoformat()))]
