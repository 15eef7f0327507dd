"""The office's lists: units paid up to a date (续费提醒), units without an owner (data quality),
and per building the day's paying units and the year's cleared arrears."""
from __future__ import annotations

from datetime import date, timedelta

from ..convert import stored_date
from ..db import rows
from ..dialect import indexed_by, marks, ordered_join, unindexed
from .charges import OPEN
from .occupants import OWNER

# A charge never runs longer than this past the day asked about: the bound keeps the
# (item, period_end) index's range finite.
_LONGEST = timedelta(days=3660)


def paid_through(item_ids: list[int], first: date, last: date) -> list[tuple[int, int, date, int]]:
    """(unit, item, paid-through date, the last paid charge's amount) of the units whose charges of
    an item are paid up to a day in [first, last]: the end of their last fully paid charge with no
    charge of the item open before it, and none paid beyond `last`. Open charges come from the
    open-charge index, paid ones from the (item, period_end) index from `first` on."""
    if not item_ids:
        return []
    found = rows(
        "SELECT c.unit_id, c.item_id, max(c.period_end) FROM charge c LEFT JOIN ("
        f"SELECT unit_id, item_id, min(period_start) AS first_open FROM charge {indexed_by('charge_open')} "
        f"WHERE {OPEN} AND item_id IN ({marks(item_ids)}) GROUP BY unit_id, item_id) o "
        "ON o.unit_id = c.unit_id AND o.item_id = c.item_id "
        f"WHERE c.item_id IN ({marks(item_ids)}) AND c.period_end >= ? AND c.period_end <= ? "
        "AND c.cancelled_at IS NULL AND c.amount_fen > 0 AND c.paid_fen >= c.amount_fen "
        "AND (o.first_open IS NULL OR c.period_end < o.first_open) "
        "GROUP BY c.unit_id, c.item_id HAVING max(c.period_end) <= ?",
        (*item_ids, *item_ids, first.isoformat(), (last + _LONGEST).isoformat(), last.isoformat()))
    ends = {(unit, item): stored_date(end) for unit, item, end in found}
    if not ends:
        return []
    units = sorted({unit for unit, _ in ends})
    amounts = {}
    for unit, item, end, amount in rows(
            f"SELECT unit_id, item_id, period_end, amount_fen FROM charge WHERE unit_id IN ({marks(units)}) "
            f"AND {unindexed('period_end')} >= ? AND {unindexed('period_end')} <= ? AND cancelled_at IS NULL",
            (*units, first.isoformat(), last.isoformat())):
        if ends.get((unit, item)) == stored_date(end):
            amounts[(unit, item)] = amounts.get((unit, item), 0) + int(amount)
    return sorted((unit, item, end, amounts.get((unit, item), 0)) for (unit, item), end in ends.items())


def units_without_owner(estate_id: int, ended: str) -> list[int]:
    """The estate's units in use (occupancy not `ended`) with no owner named now."""
    return [u for u, in rows(
        "SELECT u.id FROM unit u WHERE u.estate_id = ? AND u.occupancy <> ? AND NOT EXISTS (SELECT 1 FROM occupant o "
        "WHERE o.unit_id = u.id AND o.role = ? AND o.end_date IS NULL) ORDER BY u.id", (estate_id, ended, OWNER))]


def unit_buildings(estate_id: int) -> dict[int, int]:
    """unit -> its building, of the estate's units."""
    return dict(rows("SELECT id, building_id FROM unit WHERE estate_id = ?", (estate_id,)))


def paying_units_on(estate_id: int, day: date) -> dict[int, int]:
    """unit -> its valid counter receipts of the business day (training receipts aside)."""
    return {unit: int(n) for unit, n in rows(
        "SELECT unit_id, count(*) FROM payment WHERE business_date = ? AND status = 'valid' AND NOT training "
        f"AND kind = 'counter' AND {unindexed('estate_id')} = ? GROUP BY unit_id", (day.isoformat(), estate_id))}


def _paid_of_old(after: str) -> str:
    """Per unit: principal valid receipts paid, in a span of business days, of charges whose periods
    start before a day; refunds in the span take theirs back. Parameters: _old_params()."""
    return (f"SELECT unit_id, sum(s) FROM (SELECT c.unit_id AS unit_id, l.principal_fen AS s FROM payment p "
            f"{ordered_join()} payment_line l ON l.payment_id = p.id {ordered_join()} charge c ON c.id = l.charge_id "
            f"WHERE p.business_date {after} AND p.status = 'valid' AND NOT p.training AND {unindexed('p.estate_id')} = ? "
            "AND c.period_start < ? UNION ALL SELECT c.unit_id, -r.principal_fen FROM refund f "
            f"{ordered_join()} refund_line r ON r.refund_id = f.id {ordered_join()} payment_line l "
            f"ON l.id = r.payment_line_id {ordered_join()} charge c ON c.id = l.charge_id "
            f"WHERE f.business_date {after} AND {unindexed('f.estate_id')} = ? AND c.period_start < ?) x GROUP BY unit_id")


def old_arrears_paid(estate_id: int, year_start: date, day: date) -> dict[int, int]:
    """unit -> principal paid from `year_start` to `day` (less refunds) of charges starting before
    `year_start`."""
    span = (year_start.isoformat(), day.isoformat())
    return {u: int(s) for u, s in rows(_paid_of_old("BETWEEN ? AND ?"),
                                       (*span, estate_id, year_start.isoformat(), *span, estate_id,
                                        year_start.isoformat())) if int(s)}


def old_arrears_owed(estate_id: int, unit_ids: list[int], year_start: date, day: date) -> dict[int, int]:
    """unit -> what it owed at the end of `day` of charges starting before `year_start`: owed now
    (open-charge index), plus what was paid after `day`, less what was refunded after it."""
    if not unit_ids:
        return {}
    owed = {u: int(s) for u, s in rows(
        f"SELECT unit_id, sum(amount_fen - paid_fen) FROM charge {indexed_by('charge_open')} WHERE {OPEN} "
        f"AND period_start < ? AND unit_id IN ({marks(unit_ids)}) GROUP BY unit_id",
        (year_start.isoformat(), *unit_ids))}
    chosen = set(unit_ids)
    for unit, paid in rows(_paid_of_old("> ?"), (day.isoformat(), estate_id, year_start.isoformat(),
                                                 day.isoformat(), estate_id, year_start.isoformat())):
        if unit in chosen:
            owed[unit] = owed.get(unit, 0) + int(paid)
    return owed
