"""The close-out's and the manager's reports' reads: documents of shifts and of a month, what was
paid or refunded after a date. Hand-written because a day has thousands of receipts and the
planner, without statistics, must be told where to start (store/dialect.py)."""
from __future__ import annotations

from collections import namedtuple
from datetime import date


from ..convert import stored_date
from ..db import rows
from ..dialect import marks, ordered_join, unindexed

from ...core.tenders import NOT_MONEY

# -- a shift's documents (close-out) -------------------------------------------------------------

ShiftDocument = namedtuple("ShiftDocument", "id number status total_fen late_fee_fen waived_fen topup_fen void_reason "
                                            "void_authoriser")


def _counter_documents(shift_ids: list[int]) -> str:
    return f"SELECT id FROM payment WHERE shift_id IN ({marks(shift_ids)}) AND kind = 'counter'"


def shift_receipts(shift_ids: list[int]) -> list[ShiftDocument]:
    return [ShiftDocument(*r) for r in rows(
        "SELECT id, number, status, total_fen, late_fee_fen, waived_fen, topup_fen, void_reason, void_authoriser_id "
        f"FROM payment WHERE shift_id IN ({marks(shift_ids)}) AND kind = 'counter' ORDER BY id", shift_ids)]


def shift_tenders(shift_ids: list[int]) -> list[tuple[int, str, int]]:
    """(payment, method, amount) of the shifts' counter receipts."""
    return rows(f"SELECT payment_id, method, amount_fen FROM tender WHERE payment_id IN "
                f"({_counter_documents(shift_ids)}) ORDER BY id", shift_ids)


def shift_lines(shift_ids: list[int]) -> list[tuple[int, int, int, int, int, str]]:
    """(payment, principal, late fee, waived, item, origin) of the shifts' counter receipts. Item
    names come from the few items, not a join: with fee_item in the query, a planner starts from
    it and walks every charge of each item (the ordered join keeps the charge after its line)."""
    return rows(f"SELECT l.payment_id, l.principal_fen, l.late_fee_fen, l.waived_fen, c.item_id, c.origin FROM "
                f"payment_line l {ordered_join()} charge c ON c.id = l.charge_id WHERE l.payment_id IN "
                f"({_counter_documents(shift_ids)}) ORDER BY l.id", shift_ids)


def shift_refunded_deposits(shift_ids: list[int]) -> dict[int, int]:
    """refund -> deposit principal it paid back, for the shifts' refunds."""
    return {rid: int(total) for rid, total in rows(
        "SELECT r.refund_id, sum(r.principal_fen) FROM refund_line r JOIN refund f ON f.id = r.refund_id "
        "JOIN payment_line l ON l.id = r.payment_line_id JOIN charge c ON c.id = l.charge_id "
        f"WHERE f.shift_id IN ({marks(shift_ids)}) AND c.origin = 'deposit' GROUP BY r.refund_id", shift_ids)}


def shift_refunds(shift_ids: list[int]) -> list[tuple[int, str, str, int, str, str, int]]:
    """(refund, number, original receipt, total, method, reason, authoriser) of the shifts."""
    return rows("SELECT f.id, f.number, p.number, f.total_fen, f.method, f.reason, f.authoriser_id FROM refund f "
                f"JOIN payment p ON p.id = f.payment_id WHERE f.shift_id IN ({marks(shift_ids)}) ORDER BY f.id",
                shift_ids)


def deductions_on(estate_id: int, day: date) -> list[tuple[str, str, int, str]]:
    """(number, unit, amount, status) of the automatic prepaid deductions (KK, outside any shift)
    of a business day, in number order: from the day's index range (not the estate's numbers,
    which would read every receipt of the estate)."""
    return rows(f"SELECT p.number, u.code, p.total_fen, p.status FROM payment p JOIN unit u ON u.id = p.unit_id "
                f"WHERE p.business_date = ? AND {unindexed('p.estate_id')} = ? AND {unindexed('p.shift_id')} IS NULL "
                "AND p.kind = 'deduction' ORDER BY p.series, p.year, p.seq", (day.isoformat(), estate_id))


# -- a month's documents (collection report) -----------------------------------------------------

VALID = "p.status = 'valid' AND NOT p.training"


def _month_documents() -> str:
    """A receipt belongs to the business day of its shift, as in the day reports (so the month adds
    up to its days); a document outside any shift (an automatic deduction) to its own date. Two
    index ranges, not an OR that no index serves; a receipt outside a shift is found by its date,
    never by scanning the null shifts. Of one estate (its parameters: _span)."""
    return ("SELECT id FROM payment WHERE shift_id IN (SELECT id FROM shift WHERE business_date >= ? AND "
            f"business_date <= ? AND {unindexed('estate_id')} = ?) UNION ALL SELECT id FROM payment WHERE "
            f"{unindexed('shift_id')} IS NULL AND business_date >= ? AND business_date <= ? AND "
            f"{unindexed('estate_id')} = ?")


def _span(estate_id: int, first: date, last: date) -> tuple:
    """The parameters of _month_documents()."""
    return (first.isoformat(), last.isoformat(), estate_id) * 2


def _paid_after() -> str:
    """Receipts after a date, their lines and charges, from the date's index range."""
    return (f"payment p {ordered_join()} payment_line l ON l.payment_id = p.id {ordered_join()} charge c "
            "ON c.id = l.charge_id WHERE p.business_date > ?")


def _refunded_after() -> str:
    """Refunds after a date, with the charges they took money back from: from the date's range of
    refunds (not every refund line ever written)."""
    return (f"refund f {ordered_join()} refund_line r ON r.refund_id = f.id {ordered_join()} payment_line l "
            f"ON l.id = r.payment_line_id {ordered_join()} charge c ON c.id = l.charge_id WHERE f.business_date > ?")


def month_documents(estate_id: int, first: date, last: date) -> list[tuple[int, str, int, int, int, int, int]]:
    """(id, kind, total, late fee, waived, top-up, lines) of the estate's valid documents of the month."""
    return rows(f"SELECT id, kind, total_fen, late_fee_fen, waived_fen, topup_fen, lines_fen FROM payment p "
                f"WHERE id IN ({_month_documents()}) AND {VALID}", _span(estate_id, first, last))


def lines_of_documents(first_id: int, last_id: int) -> list[tuple[int, int, date, int]]:
    """(payment, item, period start, principal) of the lines of documents first_id..last_id: a
    month's documents are a range of ids (numbered as they are taken), read as one range of the
    lines' index; the caller keeps the lines of the documents it wants. (Asked for the month's
    documents through a subquery, a server's planner cannot tell how few they are and reads every
    charge.)"""
    return [(pid, item, stored_date(start), principal) for pid, item, start, principal in rows(
        f"SELECT l.payment_id, c.item_id, c.period_start, l.principal_fen FROM payment_line l {ordered_join()} "
        "charge c ON c.id = l.charge_id WHERE l.payment_id >= ? AND l.payment_id <= ?", (first_id, last_id))]


def month_settled_by(estate_id: int, first: date, last: date, method: str) -> int:
    """What the settlement rows of `method` of the estate's valid receipts of the month settled: a
    抹零's (core/rounding.py, the negation of the rounding as printed), a 折扣/减免's
    (core/discounts.py, what the policies took off) or an offer's 赠送 (core/offers.py)."""
    return int(rows(f"SELECT coalesce(sum(t.amount_fen), 0) FROM tender t JOIN payment p ON p.id = t.payment_id "
                    f"WHERE p.id IN ({_month_documents()}) AND {VALID} AND t.method = ?",
                    (*_span(estate_id, first, last), method))[0][0])


def month_refunds_total(estate_id: int, first: date, last: date) -> int:
    """The estate's refunds of the month, by their shift's business day (or their own date outside
    a shift)."""
    return int(rows("SELECT coalesce(sum(f.total_fen), 0) FROM refund f LEFT JOIN shift s ON s.id = f.shift_id "
                    "WHERE coalesce(s.business_date, f.business_date) BETWEEN ? AND ? AND f.estate_id = ?",
                    (first.isoformat(), last.isoformat(), estate_id))[0][0])


def _collected_per_unit_item(item_ids: list[int]) -> str:
    """Per item and unit, of the charges whose periods start in the month: billed, and collected by
    the report date (paid now, less what receipts after the date paid, plus what refunds since took
    back; both from the date's range of documents, a few rows joined to the month's charges). The
    period end is bounded by a horizon so the (item, period_end) index reads a bounded range.
    Parameters: _collected_params()."""
    return (
        "SELECT ch.item_id AS item_id, ch.unit_id AS unit_id, sum(ch.amount_fen) AS billed, "
        "sum(ch.paid_fen - coalesce(pa.s, 0) + coalesce(rb.s, 0)) AS got FROM charge ch "
        f"LEFT JOIN (SELECT l.charge_id AS charge_id, sum(l.principal_fen) AS s FROM {_paid_after()} AND {VALID} "
        "AND c.period_start >= ? AND c.period_start <= ? GROUP BY l.charge_id) pa ON pa.charge_id = ch.id "
        f"LEFT JOIN (SELECT l.charge_id AS charge_id, sum(r.principal_fen) AS s FROM {_refunded_after()} "
        "AND c.period_start >= ? AND c.period_start <= ? GROUP BY l.charge_id) rb ON rb.charge_id = ch.id "
        f"WHERE ch.item_id IN ({marks(item_ids)}) AND ch.period_end >= ? AND ch.period_end <= ? "
        "AND ch.period_start >= ? AND ch.period_start <= ? AND ch.cancelled_at IS NULL GROUP BY ch.item_id, ch.unit_id")


def _collected_params(item_ids, first: date, last: date, horizon: date, as_of: date) -> tuple:
    span = (first.isoformat(), last.isoformat())
    return ((as_of.isoformat(),) + span + (as_of.isoformat(),) + span + tuple(item_ids) +
            (first.isoformat(), horizon.isoformat()) + span)


def month_collection(item_ids: list[int], first: date, last: date, horizon: date,
                     as_of: date) -> tuple[list[tuple[int, int, int, int, int]], tuple[int, int]]:
    """The month's charges added up by the database: per item (item, billed, collected by `as_of`,
    units billed, units whose charges of the item are all collected), and over all items (units
    billed, units paid up): a dozen rows back, not a row per charge."""
    if not item_ids:
        return [], (0, 0)
    per = _collected_per_unit_item(item_ids)
    params = _collected_params(item_ids, first, last, horizon, as_of)
    # One pass over the month's charges (the CTE, used twice, is computed once on both engines):
    # a row per item, then a last row (item 0) over all items, of units and units paid up.
    found = [tuple(int(v) for v in r) for r in rows(
        f"WITH per AS ({per}) SELECT item_id, sum(billed), sum(got), count(*), "
        "sum(CASE WHEN got >= billed THEN 1 ELSE 0 END) FROM per GROUP BY item_id UNION ALL "
        "SELECT 0, 0, 0, count(*), coalesce(sum(CASE WHEN got >= billed THEN 1 ELSE 0 END), 0) FROM "
        "(SELECT unit_id, sum(billed) AS billed, sum(got) AS got FROM per GROUP BY unit_id) y", params)]
    items = sorted(r for r in found if r[0] != 0)
    units, paid_up = next(r[3:] for r in found if r[0] == 0)
    return items, (int(units), int(paid_up))


def paid_after_before(estate_id: int, day: date, first: date) -> int:
    """Principal the estate's valid receipts after `day` paid of charges starting before `first`."""
    return int(rows(f"SELECT coalesce(sum(l.principal_fen), 0) FROM {_paid_after()} AND {VALID} AND "
                    f"{unindexed('p.estate_id')} = ? AND c.period_start < ?",
                    (day.isoformat(), estate_id, first.isoformat()))[0][0])


def refunded_after_before(estate_id: int, day: date, first: date) -> int:
    """Principal the estate's refunds after `day` took back of charges starting before `first`."""
    return int(rows(f"SELECT coalesce(sum(r.principal_fen), 0) FROM {_refunded_after()} AND "
                    f"{unindexed('f.estate_id')} = ? AND c.period_start < ?",
                    (day.isoformat(), estate_id, first.isoformat()))[0][0])


# -- what the office holds for owners (prepaid balances and deposits) ------------------------------

def prepaid_balances(estate_id: int, building_id: int | None = None) -> dict[int, int]:
    """unit -> prepaid balance, of the units holding one."""
    scope = " AND building_id = ?" if building_id is not None else ""
    return {unit: int(balance) for unit, balance in rows(
        f"SELECT id, prepaid_fen FROM unit WHERE estate_id = ? AND prepaid_fen <> 0{scope}",
        (estate_id,) + ((building_id,) if building_id is not None else ()))}


def deposits_by_unit(estate_id: int, building_id: int | None = None) -> dict[int, int]:
    """unit -> deposits held: deposit charges paid on valid receipts, less what refunds took back of
    them, plus the opening deposits (期初押金) not yet returned. The same rule as a unit's view
    (services.counter.ledger.deposits_held), for every unit at once, through the deposit index."""
    scope = " AND u.building_id = ?" if building_id is not None else ""
    args = (estate_id,) + ((building_id,) if building_id is not None else ())
    held: dict[int, int] = {}
    for sign, sql in (
            (1, "SELECT c.unit_id, sum(l.principal_fen) FROM charge c JOIN payment_line l ON l.charge_id = c.id "
                "JOIN payment p ON p.id = l.payment_id JOIN unit u ON u.id = c.unit_id WHERE c.origin = 'deposit' "
                f"AND p.status = 'valid' AND u.estate_id = ?{scope} GROUP BY c.unit_id"),
            (-1, "SELECT c.unit_id, sum(r.principal_fen) FROM refund_line r JOIN payment_line l "
                 "ON l.id = r.payment_line_id JOIN charge c ON c.id = l.charge_id JOIN unit u ON u.id = c.unit_id "
                 f"WHERE c.origin = 'deposit' AND u.estate_id = ?{scope} GROUP BY c.unit_id"),
            (1, "SELECT o.unit_id, sum(o.amount_fen) FROM opening_deposit o JOIN unit u ON u.id = o.unit_id "
                f"WHERE o.estate_id = ? AND o.returned_at IS NULL{scope} GROUP BY o.unit_id")):
        for unit, amount in rows(sql, args):
            held[unit] = held.get(unit, 0) + sign * int(amount)
    return {unit: amount for unit, amount in held.items() if amount}


# -- the manager's dashboard --------------------------------------------------------------------

def month_takings_by(estate_id: int, first: date, last: date) -> tuple[dict[str, int], dict[int, int]]:
    """({tender method: kept}, {user: what their receipts took}) of the estate's valid counter receipts
    of the month, by the same documents as the collection report (a receipt on its shift's business
    day). A 抹零, 折扣/减免 or 赠送 row is no money taken (core.tenders.NOT_MONEY): left out of both (the
    collection report has them apart)."""
    span = _span(estate_id, first, last)
    tenders = {m: int(a) for m, a in rows(
        f"SELECT t.method, sum(t.amount_fen) FROM tender t JOIN payment p ON p.id = t.payment_id WHERE p.id IN "
        f"({_month_documents()}) AND {VALID} AND p.kind = 'counter' AND t.method NOT IN ({marks(NOT_MONEY)}) "
        "GROUP BY t.method", (*span, *NOT_MONEY))}
    users = {u: int(a) for u, a in rows(
        f"SELECT p.user_id, sum(p.total_fen) FROM payment p WHERE p.id IN ({_month_documents()}) AND {VALID} "
        "AND p.kind = 'counter' GROUP BY p.user_id", span)}
    for u, settled in rows(
            f"SELECT p.user_id, sum(t.amount_fen) FROM tender t JOIN payment p ON p.id = t.payment_id WHERE p.id IN "
            f"({_month_documents()}) AND {VALID} AND p.kind = 'counter' AND t.method IN ({marks(NOT_MONEY)}) "
            "GROUP BY p.user_id", (*span, *NOT_MONEY)):
        users[u] -= int(settled)
    return tenders, users


