"""The close-out's and the manager's reports' reads: documents of shifts and of a month, what was
paid or refunded after a date. Hand-written because a day has thousands of receipts and the
planner, without statistics, must be told where to start (store/dialect.py)."""
from __future__ import annotations

from collections import namedtuple
from datetime import date


from ..db import rows
from ..dialect import marks, ordered_join, unindexed
from . import month_units

from ...core.tenders import NOT_MONEY

# -- a shift's documents (close-out) -------------------------------------------------------------

ShiftDocument = namedtuple("ShiftDocument", "id number status total_fen late_fee_fen waived_fen topup_fen void_reason "
                                            "void_authoriser")
_as_document = tuple.__new__    # why: a day's thousands of receipts made without namedtuple's Python-level __new__


def _counter_documents(shift_ids: list[int]) -> str:
    return f"SELECT id FROM payment WHERE shift_id IN ({marks(shift_ids)}) AND kind = 'counter'"


def _within(receipts: list[ShiftDocument]) -> tuple[int, int]:
    """The range of ids the shifts' receipts lie in (numbered as they are taken): told it, a
    server's planner reads their tenders and lines by index instead of every tender there is."""
    return (receipts[0].id, receipts[-1].id) if receipts else (0, -1)


def shift_receipts(shift_ids: list[int]) -> list[ShiftDocument]:
    return [_as_document(ShiftDocument, r) for r in rows(
        "SELECT id, number, status, total_fen, late_fee_fen, waived_fen, topup_fen, void_reason, void_authoriser_id "
        f"FROM payment WHERE shift_id IN ({marks(shift_ids)}) AND kind = 'counter' ORDER BY id", shift_ids)]


def shift_tenders(shift_ids: list[int], receipts: list[ShiftDocument]) -> list[tuple[int, str, int]]:
    """(payment, method, amount) of the shifts' counter receipts (shift_receipts(shift_ids))."""
    return rows(f"SELECT payment_id, method, amount_fen FROM tender WHERE payment_id >= ? AND payment_id <= ? "
                f"AND payment_id IN ({_counter_documents(shift_ids)}) ORDER BY id", (*_within(receipts), *shift_ids))


def shift_lines(shift_ids: list[int], receipts: list[ShiftDocument]) -> list[tuple[int, int, int, str]]:
    """(payment, principal, item, origin) of the shifts' counter receipts
    (shift_receipts(shift_ids)). Item names come from the few items, not a join: with fee_item in
    the query, a planner starts from it and walks every charge of each item (the ordered join keeps
    the charge after its line)."""
    return rows(f"SELECT l.payment_id, l.principal_fen, c.item_id, c.origin FROM "
                f"payment_line l {ordered_join()} charge c ON c.id = l.charge_id WHERE l.payment_id >= ? AND "
                f"l.payment_id <= ? AND l.payment_id IN ({_counter_documents(shift_ids)}) ORDER BY l.id",
                (*_within(receipts), *shift_ids))


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


MonthDocuments = namedtuple("MonthDocuments", "condition params low high")


def month_documents(estate_id: int, first: date, last: date) -> MonthDocuments | None:
    """The estate's valid documents of the month (None when it has none): the condition on `p` that
    keeps them, bounded by their range of ids (numbered as they are taken). Told the range, a
    server's planner reads a few thousand rows by index, where with the subquery alone it guesses
    half the receipts and reads every tender and charge."""
    span = _span(estate_id, first, last)
    low, high = rows(f"SELECT min(id), max(id) FROM ({_month_documents()}) d", span)[0]
    if low is None:
        return None
    return MonthDocuments(f"p.id >= ? AND p.id <= ? AND p.id IN ({_month_documents()}) AND {VALID}",
                          (low, high, *span), low, high)


def month_totals(documents: MonthDocuments | None) -> dict[str, tuple[int, int, int, int, int, int]]:
    """kind -> (documents, total, late fee, waived, top-up, lines) added up, of the month's documents."""
    if documents is None:
        return {}
    return {kind: tuple(int(v) for v in sums) for kind, *sums in rows(
        "SELECT kind, count(*), sum(total_fen), sum(late_fee_fen), sum(waived_fen), sum(topup_fen), sum(lines_fen) "
        f"FROM payment p WHERE {documents.condition} GROUP BY kind", documents.params)}


def month_lines(documents: MonthDocuments | None, first: date, last: date) -> list[tuple[str, int, int, int]]:
    """(kind, item, when, principal) added up, of the lines of the month's documents, `when` the
    period paid for in the order of the collection report's columns: 0 the month's own, 1 earlier
    months (清欠), 2 later months (预收)."""
    if documents is None:
        return []
    return [(kind, int(item), int(when), int(principal)) for kind, item, when, principal in rows(
        "SELECT p.kind, c.item_id, CASE WHEN c.period_start < ? THEN 1 WHEN c.period_start <= ? THEN 0 ELSE 2 END, "
        f"sum(l.principal_fen) FROM payment p {ordered_join()} payment_line l ON l.payment_id = p.id "
        f"{ordered_join()} charge c ON c.id = l.charge_id WHERE {documents.condition} AND l.payment_id >= ? "
        "AND l.payment_id <= ? GROUP BY 1, 2, 3",
        (first.isoformat(), last.isoformat(), *documents.params, documents.low, documents.high))]


def month_tenders(documents: MonthDocuments | None) -> list[tuple[str, int, str, int]]:
    """(kind, user, method, amount) added up, of the tender rows of the month's documents: what each
    cashier's receipts took by tender, and what the 抹零, 折扣/减免 and 赠送 rows settled
    (core.tenders.NOT_MONEY). One read for the collection report and the dashboard."""
    if documents is None:
        return []
    return [(kind, int(user), method, int(amount)) for kind, user, method, amount in rows(
        f"SELECT p.kind, p.user_id, t.method, sum(t.amount_fen) FROM payment p {ordered_join()} tender t ON "
        f"t.payment_id = p.id WHERE {documents.condition} AND t.payment_id >= ? AND t.payment_id <= ? "
        "GROUP BY p.kind, p.user_id, t.method", (*documents.params, documents.low, documents.high))]


def settled_by(tenders: list[tuple[str, int, str, int]], method: str) -> int:
    """What the rows of `method` settled, of month_tenders(): a 抹零's (core/rounding.py, the
    negation of the rounding as printed), a 折扣/减免's (core/discounts.py, what the policies took
    off) or an offer's 赠送 (core/offers.py)."""
    return sum(amount for _kind, _user, m, amount in tenders if m == method)


def month_refunds_total(estate_id: int, first: date, last: date) -> int:
    """The estate's refunds of the month, by their shift's business day (or their own date outside
    a shift)."""
    return int(rows("SELECT coalesce(sum(f.total_fen), 0) FROM refund f LEFT JOIN shift s ON s.id = f.shift_id "
                    "WHERE coalesce(s.business_date, f.business_date) BETWEEN ? AND ? AND f.estate_id = ?",
                    (first.isoformat(), last.isoformat(), estate_id))[0][0])


def month_collection(estate_id: int, item_ids: list[int], first: date, last: date,
                     as_of: date) -> tuple[list[tuple[int, int, int, int, int]], tuple[int, int]]:
    """The month's charges added up: per item (item, billed, collected by `as_of`, units billed,
    units whose charges of the item are all collected), and over all items (units billed, units
    paid up). From the figures kept beside the charges (billed_month, owed_month, month_units: a
    dozen rows), then, for a report date before today, corrected by the few charges receipts after
    it paid or refunds after it gave back: collected by a date is paid now, less what receipts
    after the date paid, plus what refunds since took back; and a unit those charges belong to is
    counted as it stood on the date (its charges of the month read again)."""
    if not item_ids:
        return [], (0, 0)
    month = first.year * 12 + first.month - 1         # core.periods.Month.index()
    marked = marks(item_ids)
    billed = {int(i): int(b) for i, b in rows(
        f"SELECT item_id, sum(billed_fen) FROM billed_month WHERE item_id IN ({marked}) AND month = ? "
        "GROUP BY item_id", (*item_ids, first.isoformat()[:7]))}
    owed = {int(i): int(o) for i, o in rows(
        f"SELECT item_id, sum(owed_fen) FROM owed_month WHERE item_id IN ({marked}) AND month = ? GROUP BY item_id",
        (*item_ids, month))}
    counts = month_units.of_month([*item_ids, -estate_id], month)
    got = {item: billed.get(item, 0) - owed.get(item, 0) for item in item_ids}
    owing = {key: found[1] for key, found in counts.items()}
    for item, moved in _owing_as_of(estate_id, item_ids, first, last, as_of, got).items():
        owing[item] = owing.get(item, 0) + moved
    items = [(item, billed.get(item, 0), got[item], counts[item][0], counts[item][0] - owing.get(item, 0))
             for item in sorted(item_ids) if counts.get(item, (0, 0))[0]]
    units = counts.get(-estate_id, (0, 0))[0]
    return items, (units, units - owing.get(-estate_id, 0))


def _owing_as_of(estate_id: int, item_ids: list[int], first: date, last: date, as_of: date,
                 got: dict[int, int]) -> dict[int, int]:
    """The month's charges receipts after `as_of` paid or refunds after it gave back: their items'
    collected amounts in `got` taken back to the date, and (item or −estate) -> how many more units
    owed on the date than owe now."""
    span = (first.isoformat(), last.isoformat())
    moved: dict[int, int] = {}           # charge -> what it had less on the date than now
    touched: set[int] = set()            # the units of those charges
    for sign, sql in ((1, f"SELECT l.charge_id, c.unit_id, sum(l.principal_fen) FROM {_paid_after()} AND {VALID} AND "
                          f"c.period_start >= ? AND c.period_start <= ? AND c.item_id IN ({marks(item_ids)}) "
                          "GROUP BY l.charge_id, c.unit_id"),
                      (-1, f"SELECT l.charge_id, c.unit_id, sum(r.principal_fen) FROM {_refunded_after()} AND "
                           f"c.period_start >= ? AND c.period_start <= ? AND c.item_id IN ({marks(item_ids)}) "
                           "GROUP BY l.charge_id, c.unit_id")):
        for charge, unit, fen in rows(sql, (as_of.isoformat(), *span, *item_ids)):
            moved[int(charge)] = moved.get(int(charge), 0) + sign * int(fen)
            touched.add(int(unit))
    if not moved:
        return {}
    now: dict[tuple[int, int], bool] = {}      # (unit, item or −estate) -> owes now
    then: dict[tuple[int, int], bool] = {}     # -> owed on the date
    units = sorted(touched)
    for charge, unit, item, amount, paid in (r for n in range(0, len(units), 500) for r in rows(
            f"SELECT id, unit_id, item_id, amount_fen, paid_fen FROM charge WHERE unit_id IN ({marks(units[n:n + 500])}) "
            f"AND item_id IN ({marks(item_ids)}) AND period_start >= ? AND period_start <= ? AND cancelled_at IS NULL",
            (*units[n:n + 500], *item_ids, *span))):
        less = moved.get(int(charge), 0)
        got[int(item)] -= less
        for key in ((int(unit), int(item)), (int(unit), -estate_id)):
            now[key] = now.get(key, False) or int(paid) < int(amount)
            then[key] = then.get(key, False) or int(paid) - less < int(amount)
    out: dict[int, int] = {}
    for (unit, key), owes in then.items():
        out[key] = out.get(key, 0) + int(owes) - int(now[unit, key])
    return out


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
    """takings_by() of the estate's valid documents from `first` to `last`."""
    return takings_by(month_tenders(month_documents(estate_id, first, last)))


def takings_by(tenders) -> tuple[dict[str, int], dict[int, int]]:
    """({tender method: kept}, {user: what their receipts took}) of the counter receipts among
    month_tenders() (a receipt on its shift's business day, as the collection report counts it). A
    抹零, 折扣/减免 or 赠送 row is no money taken (core.tenders.NOT_MONEY): left out of both (the
    collection report has them apart)."""
    by_method: dict[str, int] = {}
    users: dict[int, int] = {}
    for kind, user, method, amount in tenders:
        if kind != "counter" or method in NOT_MONEY:
            continue
        by_method[method] = by_method.get(method, 0) + amount
        users[user] = users.get(user, 0) + amount
    return by_method, users


