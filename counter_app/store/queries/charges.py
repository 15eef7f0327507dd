"""Charges: what a unit owes, fee items as light rows, overdue charges for the arrears list."""
from __future__ import annotations

from collections import namedtuple
from datetime import date

from ...core.latefees import MAX_DAILY_PPM, PPM, LateFeeRule
from ..convert import stored_date
from ..db import changed, rows
from ..dialect import days_since, indexed_by, least, marks

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


def items_by_id(estate_id: int | None = None) -> dict[int, ItemRow]:
    """Fee items as light rows keyed by id (a handful of rows, read per use: never stale). A report
    that chooses charges by their items passes its estate: charges belong to an estate through
    their item. Without one, every estate's, to name the items of charges already chosen."""
    sql = "SELECT id, code, name, late_ppm, late_grace_days, late_cap_percent FROM fee_item"
    if estate_id is None:
        return {r[0]: ItemRow(*r) for r in rows(sql)}
    return {r[0]: ItemRow(*r) for r in rows(sql + " WHERE estate_id = ?", (estate_id,))}


def owed_by_units(unit_ids: list[int], as_of: date) -> dict[int, tuple[int, int]]:
    """unit -> (still owed, of which past due on `as_of`), for the few units a search shows:
    ranges of the open-charge index, one per unit."""
    if not unit_ids:
        return {}
    return {unit: (int(owed), int(overdue)) for unit, owed, overdue in rows(
        f"SELECT unit_id, sum(amount_fen - paid_fen), sum(CASE WHEN due_date < ? THEN amount_fen - paid_fen ELSE 0 END) "
        f"FROM charge {indexed_by('charge_open')} WHERE unit_id IN ({marks(unit_ids)}) AND {OPEN} GROUP BY unit_id",
        (as_of.isoformat(), *unit_ids))}


OverdueUnit = namedtuple("OverdueUnit", "unit_id first_period oldest_due charges principal_fen late_fee_fen "
                                       "owed_by_item")


def late_fee_sql(rule: LateFeeRule, owed: str, days: str) -> str:
    """One charge's late fee as SQL: the same integers as core.latefees.late_fee (half-up to the
    分, capped at a share of the principal), for a positive principal. Past the day the cap is
    reached the fee no longer changes, so the days are counted no further: the product stays far
    inside 64 bits whatever the age of the charge."""
    ppm, grace = int(rule.daily_ppm), int(rule.grace_days)
    if ppm > MAX_DAILY_PPM:    # refused when an item is set up; never silently wrong here
        raise ValueError(f"a daily late-fee rate of {ppm} ppm is beyond {MAX_DAILY_PPM}")
    late = f"({days} - {grace})"
    if rule.cap_percent is None:
        return f"CASE WHEN {late} > 0 THEN ({owed} * {ppm} * {late} + {PPM // 2}) / {PPM} ELSE 0 END"
    cap = int(rule.cap_percent)
    cap_days = -(-cap * (PPM // 100) // ppm)     # the first day the capped amount is reached
    fee = f"({owed} * {ppm} * {least(late, str(cap_days))} + {PPM // 2}) / {PPM}"
    return f"CASE WHEN {late} > 0 THEN {least(fee, f'{owed} * {cap} / 100')} ELSE 0 END"


def overdue_by_unit(as_of: date, rules: dict[int, LateFeeRule], building_id: int | None = None) -> list[OverdueUnit]:
    """Per unit, its charges past due on `as_of`: the oldest period and due date, how many, the
    principal, the late fee to date, and what is owed of each item, of the items in `rules` (an
    estate's: a charge belongs to its item's estate). Added up by the database in
    one pass over the open-charge index (in the index's unit order: no sorting), so a large
    estate's hundreds of thousands of overdue charges never reach Python one by one."""
    owed = "(amount_fen - paid_fen)"
    days = days_since("?", "due_date")
    charging = [(item, rule) for item, rule in sorted(rules.items()) if rule.charges]
    params: list = []
    late = "0"
    if charging:
        late = "CASE item_id " + " ".join(f"WHEN {int(item)} THEN {late_fee_sql(rule, owed, days)}"
                                          for item, rule in charging) + " ELSE 0 END"
        params += [as_of.isoformat()] * (late.count("?"))
    items = sorted(rules)
    if not items:
        return []
    by_item = "".join(f", sum(CASE item_id WHEN {int(item)} THEN {owed} END)" for item in items)
    scope = ""
    params += [as_of.isoformat(), *items]
    if building_id is not None:
        scope = " AND unit_id IN (SELECT id FROM unit WHERE building_id = ?)"
        params.append(building_id)
    found = rows(f"SELECT unit_id, min(period_start), min(due_date), count(*), sum({owed}), sum({late}){by_item} "
                 f"FROM charge {indexed_by('charge_open')} WHERE {OPEN} AND due_date < ? AND item_id IN ({marks(items)})"
                 f"{scope} GROUP BY unit_id "
                 "ORDER BY unit_id", params)
    dates: dict = {}   # a few hundred distinct dates: each converted once
    for r in found:
        for value in r[1:3]:
            if value not in dates:
                dates[value] = stored_date(value)
    return [OverdueUnit(r[0], dates[r[1]], dates[r[2]], r[3], int(r[4]), int(r[5]),
                        {item: int(v) for item, v in zip(items, r[6:]) if v})
            for r in found]


def unit_stamp(unit_id: int) -> tuple:
    """(prepaid balance, open charges, still owed, latest receipt, latest refund) of a unit: cheap
    (the open-charge index and two index maxima) and changed by every payment, void or refund."""
    found = rows(f"SELECT u.prepaid_fen, (SELECT count(*) FROM charge {indexed_by('charge_open')} WHERE unit_id = ? "
                 f"AND {OPEN}), (SELECT coalesce(sum(amount_fen - paid_fen), 0) FROM charge "
                 f"{indexed_by('charge_open')} WHERE unit_id = ? AND {OPEN}), (SELECT coalesce(max(id), 0) FROM "
                 "payment WHERE unit_id = ?), (SELECT count(*) FROM payment WHERE unit_id = ? AND status <> 'valid') "
                 "FROM unit u WHERE u.id = ?", (unit_id,) * 5)
    return tuple(found[0]) if found else ()


def open_untouched_of_run(run_id: int) -> list[tuple[int, int, date, int]]:
    """(id, item, period start, amount) of a run's charges nothing has been paid of and that are
    not cancelled, through the open-charge index (a run's charges start open)."""
    return [(cid, item, stored_date(start), amount) for cid, item, start, amount in rows(
        f"SELECT id, item_id, period_start, amount_fen FROM charge {indexed_by('charge_open')} WHERE {OPEN} "
        "AND run_id = ? AND paid_fen = 0", (run_id,))]


def cancel_charges_of_run(run_id: int, at: str) -> int:
    """Cancel a run's charges, freeing their keys (so the period can be billed again), as a void
    frees the keys of the charges its payment created. Returns how many."""
    return changed("UPDATE charge SET cancelled_at = ?, dedupe_key = 'x:' || id || ':' || dedupe_key "
                   "WHERE run_id = ? AND cancelled_at IS NULL", (at, run_id))
