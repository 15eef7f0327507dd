"""Charges: what a unit owes, fee items as light rows, overdue charges for the arrears list."""
from __future__ import annotations

from collections import namedtuple
from datetime import date

from ...core import charge_keys
from ...core.figures import Owing
from ...core.latefees import MAX_DAILY_PPM, PPM, LateFeeRule
from ..bulk import insert_rows, insert_values
from ..convert import stored_date
from ..db import changed, read_split, rows, unit_ranges
from ..dialect import days_since, indexed_by, least, marks, month_number
from ..models import Charge, FeeItem, FeeStandard, Unit, open_charges

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


def zone_and_items(estate_id: int) -> tuple[str | None, dict[int, ItemRow]]:
    """The estate's time zone (None: no such estate) and its fee items (items_by_id), in one read:
    what working out a few units' dues on the estate's today needs, at every keystroke."""
    found = rows("SELECT e.timezone, f.id, f.code, f.name, f.late_ppm, f.late_grace_days, f.late_cap_percent "
                 "FROM estate e LEFT JOIN fee_item f ON f.estate_id = e.id WHERE e.id = ?", (estate_id,))
    return (found[0][0] if found else None), {r[1]: ItemRow(*r[1:]) for r in found if r[1] is not None}


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


_OWED = "(amount_fen - paid_fen)"


def _late_sum(rules: dict[int, LateFeeRule], as_of: date) -> tuple[str, list]:
    """sum(late fee to `as_of`) of the charges a statement reads, by their items' rules."""
    charging = [(item, rule) for item, rule in sorted(rules.items()) if rule.charges]
    if not charging:
        return "0", []
    days = days_since("?", "due_date")
    late = "CASE item_id " + " ".join(f"WHEN {int(item)} THEN {late_fee_sql(rule, _OWED, days)}"
                                      for item, rule in charging) + " ELSE 0 END"
    return f"sum({late})", [as_of.isoformat()] * late.count("?")


# overdue_months: bit n set when a charge of the month n months before `as_of`'s month is overdue
# (n < 63): the late payers' months unpaid (store/queries/owing.py keeps it with the rest).
UnitOwing = namedtuple("UnitOwing", "unit_id owing first_period overdue_charges overdue_by_item overdue_months",
                       defaults=(0,))
MONTHS_KEPT = 63


def owing_by_unit(as_of: date, rules: dict[int, LateFeeRule], *, unit_ids: list[int] | None = None,
                  building_id: int | None = None, overdue_only: bool = False) -> list[UnitOwing]:
    """What _owing_by_unit says; of a whole large estate, its parts of the unit ids at once, one
    connection each (store.db.read_split): each unit is added up whole in one part, so the parts
    say exactly what one pass would."""
    if unit_ids is None and building_id is None:
        return read_split(lambda low, high: _owing_by_unit(as_of, rules, overdue_only=overdue_only,
                                                           id_range=(low, high)), unit_ranges())
    return _owing_by_unit(as_of, rules, unit_ids=unit_ids, building_id=building_id, overdue_only=overdue_only)


def _owing_by_unit(as_of: date, rules: dict[int, LateFeeRule], *, unit_ids: list[int] | None = None,
                   building_id: int | None = None, overdue_only: bool = False,
                   id_range: tuple[int, int] | None = None) -> list[UnitOwing]:
    """Per unit, what it owes on `as_of` by core.figures' rules (overdue, due that day, not yet
    due, the late fee to date, the oldest overdue due date), with the oldest period overdue, how
    many charges are overdue and the overdue principal of each item; of the items in `rules` (an
    estate's: a charge belongs to its item's estate). Added up by the database in one pass over
    the open-charge index in its unit order, for some units, a building or the estate (only units
    with something overdue when `overdue_only`): a large estate's hundreds of thousands of open
    charges never reach Python one by one."""
    items = sorted(rules)
    if not items or unit_ids == []:
        return []
    day = as_of.isoformat()
    late, params = _late_sum(rules, as_of)
    overdue = "due_date < ?"
    by_item = "".join(f", sum(CASE WHEN item_id = {int(item)} AND {overdue} THEN {_OWED} END)" for item in items)
    month = as_of.year * 12 + as_of.month - 1          # core.periods.Month.index()
    params = [day, day, day, *params, day, day, day, day, month, month] + [day] * len(items) + list(items)
    scope = ""
    if overdue_only:
        scope += f" AND {overdue}"
        params.append(day)
    if unit_ids is not None:
        scope += f" AND unit_id IN ({marks(unit_ids)})"
        params += list(unit_ids)
    if building_id is not None:
        scope += " AND unit_id IN (SELECT id FROM unit WHERE building_id = ?)"
        params.append(building_id)
    if id_range is not None:
        scope += " AND unit_id >= ? AND unit_id < ?"
        params += list(id_range)
    back = f"(? - {month_number('period_start')})"
    months = (f"sum(DISTINCT CASE WHEN {overdue} AND {back} BETWEEN 0 AND {MONTHS_KEPT - 1} "
              f"THEN CAST(1 AS BIGINT) << {back} ELSE 0 END)")
    found = rows(f"SELECT unit_id, sum(CASE WHEN {overdue} THEN {_OWED} ELSE 0 END), "
                 f"sum(CASE WHEN due_date = ? THEN {_OWED} ELSE 0 END), "
                 f"sum(CASE WHEN due_date > ? THEN {_OWED} ELSE 0 END), {late}, "
                 f"min(CASE WHEN {overdue} THEN due_date END), min(CASE WHEN {overdue} THEN period_start END), "
                 f"sum(CASE WHEN {overdue} THEN 1 ELSE 0 END), {months}{by_item} "
                 f"FROM charge {indexed_by('charge_open')} WHERE {OPEN} AND item_id IN ({marks(items)}){scope} "
                 "GROUP BY unit_id ORDER BY unit_id", params)
    dates: dict = {None: None}   # a few hundred distinct dates: each converted once
    for r in found:
        for value in r[5:7]:
            if value not in dates:
                dates[value] = stored_date(value)
    return [UnitOwing(r[0], Owing(as_of, int(r[1]), int(r[2]), int(r[3]), int(r[4]), dates[r[5]]), dates[r[6]],
                      int(r[7]), {item: int(v) for item, v in zip(items, r[9:]) if v}, int(r[8]))
            for r in found]


def overdue_by_unit(as_of: date, rules: dict[int, LateFeeRule], building_id: int | None = None) -> list[OverdueUnit]:
    """Per unit with charges past due on `as_of`: the oldest period and due date, how many, the
    overdue principal, the late fee to date, and what is overdue of each item (the arrears list's
    scope, from owing_by_unit)."""
    return [OverdueUnit(u.unit_id, u.first_period, u.owing.oldest_due, u.overdue_charges, u.owing.overdue_fen,
                        u.owing.late_fee_fen, u.overdue_by_item)
            for u in owing_by_unit(as_of, rules, building_id=building_id, overdue_only=True)]


def stamp_columns(unit: str = "u") -> str:
    """unit_stamp's five figures as columns of a statement reading the unit as `unit`."""
    open_charges = f"FROM charge {indexed_by('charge_open')} WHERE unit_id = {unit}.id AND {OPEN}"
    return (f"{unit}.prepaid_fen, (SELECT count(*) {open_charges}), (SELECT coalesce(sum(amount_fen - paid_fen), 0) "
            f"{open_charges}), (SELECT coalesce(max(id), 0) FROM payment WHERE unit_id = {unit}.id), "
            f"(SELECT count(*) FROM payment WHERE unit_id = {unit}.id AND status <> 'valid')")


def unit_stamp(unit_id: int) -> tuple:
    """(prepaid balance, open charges, still owed, latest receipt, latest refund) of a unit: cheap
    (the open-charge index and two index maxima) and changed by every payment, void or refund."""
    found = rows(f"SELECT {stamp_columns()} FROM unit u WHERE u.id = ?", (unit_id,))
    return tuple(found[0]) if found else ()


def open_untouched_of_run(run_id: int) -> list[tuple[int, int, date, int]]:
    """(id, item, period start, amount) of a run's charges nothing has been paid of and that are
    not cancelled, through the open-charge index (a run's charges start open)."""
    return [(cid, item, stored_date(start), amount) for cid, item, start, amount in rows(
        f"SELECT id, item_id, period_start, amount_fen FROM charge {indexed_by('charge_open')} WHERE {OPEN} "
        "AND run_id = ? AND paid_fen = 0", (run_id,))]


def last_billed_day(unit_id: int, item_id: int) -> date | None:
    """The last day a unit's charges of an item cover (cancelled ones aside); None: none yet."""
    found = rows("SELECT max(period_end) FROM charge WHERE unit_id = ? AND item_id = ? AND cancelled_at IS NULL",
                 (unit_id, item_id))
    return stored_date(found[0][0]) if found and found[0][0] is not None else None


def cancel_charges_of_run(run_id: int, at: str) -> int:
    """Cancel a run's charges, freeing their keys (so the period can be billed again), as a void
    frees the keys of the charges its payment created. Returns how many."""
    return changed(f"UPDATE charge SET cancelled_at = ?, dedupe_key = {charge_keys.cancelled_sql()} "
                   "WHERE run_id = ? AND cancelled_at IS NULL", (at, run_id))


def give_back_paid(charge_id: int, principal_fen: int) -> int:
    """Take a principal back off a charge's paid amount, guarded: never below zero. Returns how
    many charges changed (1, or 0 when the charge has less paid than that)."""
    return (Charge.update(paid_fen=Charge.paid_fen - principal_fen)
            .where((Charge.id == charge_id) & (Charge.paid_fen >= principal_fen)).execute())


def reopen_paid(charge_id: int, principal_fen: int) -> None:
    """A refunded principal owed again: taken off the charge's paid amount."""
    Charge.update(paid_fen=Charge.paid_fen - principal_fen).where(Charge.id == charge_id).execute()


def unpaid_created_by_payment(payment_id: int) -> list:
    """The charge rows a payment created (advance months, ad hoc, deposits) nothing is paid of."""
    return list(Charge.select().where((Charge.source_payment == payment_id) & (Charge.paid_fen == 0)))


def cancel_charge(charge_id: int, dedupe_key: str, at) -> None:
    """Cancel one charge, freeing its key (core.charge_keys.cancelled) so its period can be billed again."""
    Charge.update(cancelled_at=at, dedupe_key=charge_keys.cancelled(charge_id, dedupe_key)) \
        .where(Charge.id == charge_id).execute()


def mark_created_by(charge_ids: list[int], payment_id: int) -> None:
    """Charges a payment created go with it if it is voided."""
    Charge.update(source_payment=payment_id).where(Charge.id.in_(charge_ids)).execute()


def lines_shown(charge_ids: list[int]) -> list[tuple]:
    """(id, item id, period start, period end, origin, basis) of these charges."""
    if not charge_ids:
        return []
    return list(Charge.select(Charge.id, Charge.item, Charge.period_start, Charge.period_end, Charge.origin,
                              Charge.basis).where(Charge.id.in_(charge_ids)).tuples())


def set_item_tax(item_id: int, tax_code: str, tax_rate_e4: int) -> None:
    """A fee item's 税收分类编码 and VAT rate (in 0.01 %)."""
    FeeItem.update(tax_code=tax_code, tax_rate_e4=tax_rate_e4).where(FeeItem.id == item_id).execute()


def active_item_names(estate_id: int) -> list:
    """(code, name, kind) of the estate's active fee items, in their order (named tuples)."""
    return list(FeeItem.select(FeeItem.code, FeeItem.name, FeeItem.kind)
                .where((FeeItem.estate == estate_id) & (FeeItem.active == True))  # noqa: E712
                .order_by(FeeItem.sort_order, FeeItem.id).namedtuples())


def deposits_columns(unit: str = "u") -> str:
    """What deposits_held adds up, as three columns of a statement reading the unit as `unit`: the
    opening deposits not returned, what valid receipts paid of its deposit charges, what refunds
    gave back of them. The deposit charges are read through the partial deposit index (its
    condition written as the index's literal, models.deposit_charges)."""
    deposits = f"c.unit_id = {unit}.id AND c.origin = 'deposit'"
    return (f"(SELECT coalesce(sum(amount_fen), 0) FROM opening_deposit WHERE unit_id = {unit}.id AND returned_at IS "
            "NULL), (SELECT coalesce(sum(l.principal_fen), 0) FROM charge c JOIN payment_line l ON l.charge_id = c.id "
            f"JOIN payment p ON p.id = l.payment_id WHERE {deposits} AND p.status = 'valid'), "
            "(SELECT coalesce(sum(r.principal_fen), 0) FROM charge c JOIN payment_line l ON l.charge_id = c.id JOIN "
            f"refund_line r ON r.payment_line_id = l.id WHERE {deposits})")


def deposits_of(opening, paid, refunded) -> int:
    """押金 held from deposits_columns' three figures."""
    return int(opening) + int(paid) - int(refunded)


def deposits_held(unit_id: int) -> int:
    """押金 held by a unit: deposits paid on valid receipts, less what was refunded of them, and
    those held from before the program (期初押金) not yet returned; one read."""
    found = rows(f"SELECT {deposits_columns()} FROM unit u WHERE u.id = ?", (unit_id,))
    return deposits_of(*found[0]) if found else 0


# A charge's columns in the order of a billing run's bulk insert (insert_charges).
CHARGE_COLUMNS = ("unit_id", "item_id", "standard_id", "period_start", "period_end", "months", "amount_fen",
                  "paid_fen", "due_date", "basis", "rounding", "origin", "dedupe_key", "reading_id", "run_id",
                  "created_at", "note")


def charge_fields(*, unit: int, item: int, standard: int | None, period_start: date, period_end: date,
                  months: int, amount_fen: int, paid_fen: int = 0, due_date: date, basis: str, rounding: str,
                  origin: str, dedupe_key: str, reading: int | None = None, run: int | None = None, created_at,
                  note: str = "", source_payment: int | None = None, cancelled_at=None) -> dict:
    """A charge's every column by field name (ids for the rows it refers to): what new_charge
    saves and add_charges inserts many of."""
    return dict(unit=unit, item=item, standard=standard, period_start=period_start, period_end=period_end,
                months=months, amount_fen=amount_fen, paid_fen=paid_fen, due_date=due_date, basis=basis,
                rounding=rounding, origin=origin, dedupe_key=dedupe_key, reading=reading, run=run,
                created_at=created_at, note=note, source_payment=source_payment, cancelled_at=cancelled_at)


def new_charge(*, save: bool = True, **columns):
    """The one way a single charge is made (a billing run writes many at once: insert_charges):
    every column by keyword, as charge_fields takes them. Saved inside the caller's transaction,
    or left unsaved (save=False) for a preview. Returns the Charge."""
    charge = Charge(**charge_fields(**columns))
    if save:
        charge.save(force_insert=True)
    return charge


def insert_charges(values: list[tuple]) -> int:
    """A billing run's charges at once: values in CHARGE_COLUMNS' order, as the database stores
    them (dates as ISO text). A billing run writes them inside kept_bulk.charges_in_bulk, so the
    kept figures are brought up to date once for all of them."""
    return insert_values(Charge, CHARGE_COLUMNS, values)


def active_items(estate_id: int) -> list:
    """An estate's active fee items (FeeItem rows) in their display order."""
    return list(FeeItem.select().where((FeeItem.estate == estate_id) & (FeeItem.active == True))  # noqa: E712
                .order_by(FeeItem.sort_order, FeeItem.id))


def covered_units(item_id: int, first: date, last: date) -> set[int]:
    """Units that already have a charge of this item overlapping [first, last]."""
    # The upper bound on period_end (no charge runs longer than the longest advance payment) makes
    # this a bounded range on the (item, period_end) index, which planners then prefer.
    horizon = date(first.year + 11, 1, 1)
    query = (Charge.select(Charge.unit).where((Charge.item == item_id) & (Charge.period_end >= first) &
                                              (Charge.period_end <= horizon) & (Charge.period_start <= last) &
                                              Charge.cancelled_at.is_null(True))
             .distinct())
    return {row.unit_id for row in query}


def meter_charge_readings(unit_id: int, item_id: int, period_start: date) -> set[int]:
    """The readings a unit's metered charges of an item for the month starting `period_start`
    name (each bills its month's readings up to its own), cancelled ones aside."""
    return {rid for rid, in Charge.select(Charge.reading).where(
        (Charge.unit == unit_id) & (Charge.item == item_id) & (Charge.period_start == period_start) &
        (Charge.origin == "meter") & Charge.cancelled_at.is_null(True)).tuples()}


def any_key_with_prefix(prefix: str) -> bool:
    """Whether a charge's dedupe key starts with `prefix` (charge_keys.shared_prefix …), through
    the key's unique index."""
    return Charge.select().where((Charge.dedupe_key >= prefix) &
                                 (Charge.dedupe_key < charge_keys.after_prefix(prefix))).exists()


def fee_standards(item_id: int) -> list:
    """An item's standards (FeeStandard rows), oldest first."""
    return list(FeeStandard.select().where(FeeStandard.item == item_id).order_by(FeeStandard.effective_from))


def every_fee_item() -> list:
    """Every estate's fee items (FeeItem rows)."""
    return list(FeeItem.select())


def every_fee_standard() -> list:
    """Every item's standards (FeeStandard rows), oldest first."""
    return list(FeeStandard.select().order_by(FeeStandard.effective_from))


def estate_items(estate_id: int) -> list:
    """Every fee item of an estate (FeeItem rows), active or not."""
    return list(FeeItem.select().where(FeeItem.estate == estate_id))


def active_items_of_kinds(estate_id: int, kinds) -> list:
    """An estate's active fee items of these kinds (FeeItem rows)."""
    return list(FeeItem.select().where((FeeItem.estate == estate_id) & (FeeItem.active == True) &  # noqa: E712
                                       FeeItem.kind.in_(kinds)))


def charge_by_id(charge_id: int):
    """A charge (its Charge row); peewee's DoesNotExist when there is none."""
    return Charge.get_by_id(charge_id)


def charge_or_none(charge_id: int):
    """A charge (its Charge row), or None."""
    return Charge.get_or_none(Charge.id == charge_id)


def item_codes(estate) -> dict[int, str]:
    """fee item id -> its code, of the estate's items."""
    return dict(FeeItem.select(FeeItem.id, FeeItem.code).where(FeeItem.estate == estate).tuples())


# -- opening arrears (期初欠费) as their import reads and writes them --------------------------------

def opening_charges(estate) -> dict[tuple, dict]:
    """(unit id, item id, period start) -> the estate's opening charges not cancelled, as dicts
    (id, unit, item, period_start, period_end, amount_fen, paid_fen, due_date, note)."""
    return {(row["unit"], row["item"], row["period_start"]): row for row in
            Charge.select(Charge.id, Charge.unit, Charge.item, Charge.period_start, Charge.period_end,
                          Charge.amount_fen, Charge.paid_fen, Charge.due_date, Charge.note)
            .join(Unit, on=(Charge.unit == Unit.id))
            .where((Unit.estate == estate) & (Charge.origin == "opening") & Charge.cancelled_at.is_null(True))
            .dicts()}


def overlaps(unit_id: int, item_id: int, start: date, end: date, except_id: int = 0) -> bool:
    """Whether a charge of the unit and item (not cancelled, not `except_id`) covers a day of
    [start, end]."""
    return (Charge.select(Charge.id).where(
        (Charge.unit == unit_id) & (Charge.item == item_id) & (Charge.period_start <= end) &
        (Charge.period_end >= start) & Charge.cancelled_at.is_null(True) &
        (Charge.id != except_id)).limit(1).exists())


def change_charge(charge_id: int, change: dict) -> None:
    """A charge's changed columns (change: column -> (before, after))."""
    Charge.update({getattr(Charge, c): after for c, (_, after) in change.items()}).where(Charge.id == charge_id).execute()


def add_charges(rows: list[dict]) -> int:
    """Charges at once (rows made by charge_fields), with one prepared statement."""
    return insert_rows(Charge, rows)


def opening_still_owed(estate) -> list[tuple]:
    """(unit number, item code, period start, period end, still owed, due date, note) of the
    estate's opening charges still open, in the order they were made."""
    return list(Charge.select(Unit.code, FeeItem.code, Charge.period_start, Charge.period_end,
                              Charge.amount_fen - Charge.paid_fen, Charge.due_date, Charge.note)
                .join(Unit, on=(Charge.unit == Unit.id)).switch(Charge).join(FeeItem, on=(Charge.item == FeeItem.id))
                .where((Unit.estate == estate) & (Charge.origin == "opening") & open_charges())
                .order_by(Charge.id).tuples())
