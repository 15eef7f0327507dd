"""Receipts read back, a unit's history, the seal of a payment."""
from __future__ import annotations

import json
from collections import defaultdict, namedtuple

from ...core.rounding import ROUNDING
from .. import written
from ..bulk import insert_rows, new_ids_of
from ..convert import stored_date, stored_time
from ..db import database, rows
from ..dialect import among, marks, ordered_join
from ..models import (Payment, PaymentLine, PrepaidMovement, TenderRow, Refund, RefundLine, Charge, FeeItem,
                      AuditLog, Reprint)
from ...core.tenders import NOT_MONEY, NEEDS_REFERENCE
from peewee import fn


def receipt_header(estate_id: int, number: str) -> tuple | None:
    """The payment, its estate's letterhead, its unit and cashier, in one row (None if no such)."""
    found = rows("SELECT p.id, p.number, p.kind, p.status, p.created_at, p.business_date, p.payer, p.lines_fen, "
                 "p.late_fee_fen, p.waived_fen, p.topup_fen, p.total_fen, p.cash_tendered_fen, p.change_fen, "
                 "p.prepaid_after_fen, p.remarks, p.training, p.content_hash, e.receipt_title, e.company, e.name, "
                 "e.timezone, e.phone, e.address, u.code, u.area_centi, s.display_name FROM payment p "
                 "JOIN estate e ON e.id = p.estate_id JOIN unit u ON u.id = p.unit_id "
                 "JOIN \"user\" s ON s.id = p.user_id WHERE p.estate_id = ? AND p.number = ?", (estate_id, number))
    if not found:
        return None
    row = list(found[0])
    row[4], row[5], row[16] = stored_time(row[4]), stored_date(row[5]), bool(row[16])
    return tuple(row)


def receipt_lines(payment_id: int) -> list[tuple]:
    """(principal, late fee, waived, late days, waiver reason, period start, end, origin, basis, item name)."""
    # The item name is joined after the charge: started from fee_item, a planner walks its charges.
    return [(p, lf, w, d, r, stored_date(s), stored_date(e), o, b, n) for p, lf, w, d, r, s, e, o, b, n in rows(
        "SELECT l.principal_fen, l.late_fee_fen, l.waived_fen, l.late_days, l.waiver_reason, c.period_start, "
        f"c.period_end, c.origin, c.basis, f.name FROM payment_line l JOIN charge c ON c.id = l.charge_id "
        f"{ordered_join()} fee_item f ON f.id = c.item_id WHERE l.payment_id = ? ORDER BY l.id", (payment_id,))]


def receipt_tenders(payment_id: int) -> list[tuple[str, int, str]]:
    return rows("SELECT method, amount_fen, reference FROM tender WHERE payment_id = ? ORDER BY id", (payment_id,))


def seal_rows(number: str) -> list[tuple]:
    """The audit rows that sealed a payment numbered `number` (one per estate using the number),
    as the chain check reads them: id, created_at, username, action, entity, entity_id, before,
    after, prev_hash, hash."""
    return [(i, stored_time(c).replace(tzinfo=None), *rest) for i, c, *rest in rows(
        "SELECT id, created_at, username, action, entity, entity_id, before, after, prev_hash, hash FROM audit_log "
        "WHERE entity = 'payment' AND entity_id = ? AND action LIKE ? ORDER BY id", (number, "payment.%"))]


def key_of_row(audit_id: int) -> str:
    """The key an audit row was sealed under: the last key period's before it ("" before keys)."""
    found = rows("SELECT entity_id FROM audit_log WHERE action = 'key.period' AND id <= ? ORDER BY id DESC LIMIT 1",
                 (audit_id,))
    return found[0][0] if found else ""


def unit_payments(unit_id: int, limit: int) -> list[tuple]:
    """(id, number, kind, created_at, total, the cashier's display name, status, estate id), newest
    first."""
    return [(i, n, k, stored_time(c), t, u or "", s, e) for i, n, k, c, t, u, s, e in rows(
        'SELECT p.id, p.number, p.kind, p.created_at, p.total_fen, w.display_name, p.status, p.estate_id FROM payment p '
        'LEFT JOIN "user" w ON w.id = p.user_id WHERE p.unit_id = ? ORDER BY p.created_at DESC LIMIT ?',
        (unit_id, limit))]


def methods_and_unpaid(payment_ids: list[int]) -> tuple[dict[int, list[str]], dict[int, int]]:
    """(payment -> its tender methods in order, payment -> unpaid_settled's figure), from one read
    of their tender rows (a payment has a few): a unit's history shows both."""
    methods: dict[int, list[str]] = {}
    unpaid: dict[int, int] = {}
    if payment_ids:
        which, params = among("payment_id", payment_ids)     # one text for any count: prepared on a server
        for pid, method, fen in rows(f"SELECT payment_id, method, amount_fen FROM tender WHERE {which} "
                                     "ORDER BY id", params):
            methods.setdefault(pid, []).append(method)
            if method in NOT_MONEY:
                unpaid[pid] = unpaid.get(pid, 0) + int(fen)
    return methods, unpaid


def rounding_settled(payment_ids: list[int]) -> dict[int, int]:
    """payment -> what its 抹零 row settled of its total (+7: the cash taken 0.07 less); payments
    without one left out (core.rounding)."""
    return settled_by(payment_ids, (ROUNDING,))


def unpaid_settled(payment_ids: list[int]) -> dict[int, int]:
    """payment -> what its rows no one paid with settled (core.tenders.NOT_MONEY: 抹零, 折扣/减免,
    赠送); a receipt's amount paid is its total less this. Payments without one left out."""
    return methods_and_unpaid(payment_ids)[1]


def settled_by(payment_ids: list[int], methods) -> dict[int, int]:
    """payment -> the sum of its settlement rows of `methods`; payments without one left out."""
    if not payment_ids:
        return {}
    which, params = among("payment_id", payment_ids)
    return {pid: int(fen) for pid, fen in rows(
        f"SELECT payment_id, SUM(amount_fen) FROM tender WHERE method IN ({marks(methods)}) "
        f"AND {which} GROUP BY payment_id", [*methods, *params])}


def last_receipt_of_charge(charge_id: int) -> tuple[str, object, str] | None:
    """(number, time, cashier) of the latest valid receipt that paid towards a charge: who just
    paid what another counter was about to collect."""
    found = rows("SELECT p.number, p.created_at, s.display_name FROM payment_line l JOIN payment p ON p.id = l.payment_id "
                 "JOIN \"user\" s ON s.id = p.user_id WHERE l.charge_id = ? AND p.status = 'valid' "
                 "ORDER BY p.id DESC LIMIT 1", (charge_id,))
    if not found:
        return None
    number, created, cashier = found[0]
    return number, stored_time(created), cashier


def last_receipt_of_unit(unit_id: int) -> tuple[str, object, str] | None:
    """(number, time, cashier) of a unit's latest valid receipt."""
    found = rows("SELECT p.number, p.created_at, s.display_name FROM payment p JOIN \"user\" s ON s.id = p.user_id "
                 "WHERE p.unit_id = ? AND p.status = 'valid' ORDER BY p.id DESC LIMIT 1", (unit_id,))
    if not found:
        return None
    number, created, cashier = found[0]
    return number, stored_time(created), cashier


# A receipt's own columns that its content hash covers, as stored (ledger.posting.content_of).
StoredReceipt = namedtuple("StoredReceipt", "id number unit_id kind lines_fen late_fee_fen waived_fen topup_fen "
                           "total_fen cash_tendered_fen change_fen prepaid_after_fen created_at user_id request_id "
                           "content_hash")


def stored_receipts(batch: int = 500):
    """Every receipt as its rows store it, in id order, `batch` at a time: (receipts, {id: lines},
    {id: tenders}, {number: content hashes its audit records sealed}). Plain rows, no models, and
    one batch held at a time: what verify recomputes for half a million receipts, in steady memory."""
    to_time = Payment.created_at.python_value
    last = 0
    while True:
        found = rows("SELECT id, number, unit_id, kind, lines_fen, late_fee_fen, waived_fen, topup_fen, total_fen, "
                     "cash_tendered_fen, change_fen, prepaid_after_fen, created_at, user_id, request_id, content_hash "
                     f"FROM payment WHERE id > ? ORDER BY id LIMIT {int(batch)}", (last,))
        if not found:
            return
        receipts = [StoredReceipt(*r[:12], to_time(r[12]), *r[13:]) for r in found]
        first, last = receipts[0].id, receipts[-1].id      # every receipt of ids first..last is in this batch
        lines, tenders = defaultdict(list), defaultdict(list)
        for pid, *row in rows("SELECT payment_id, charge_id, principal_fen, late_fee_fen, waived_fen FROM payment_line "
                              "WHERE payment_id BETWEEN ? AND ? ORDER BY id", (first, last)):
            lines[pid].append(row)
        for pid, *row in rows("SELECT payment_id, method, amount_fen, reference FROM tender "
                              "WHERE payment_id BETWEEN ? AND ? ORDER BY id", (first, last)):
            tenders[pid].append(row)
        numbers = sorted({r.number for r in receipts})
        sealed = defaultdict(set)
        for number, after in rows("SELECT entity_id, after FROM audit_log WHERE entity = 'payment' AND action LIKE ? "
                                  f"AND entity_id IN ({marks(numbers)})", ("payment.%", *numbers)):
            sealed[number].add(json.loads(after).get("content_hash"))
        yield receipts, lines, tenders, sealed


# How a row of a money table is named when verify finds a problem in it: what a person looks up.
_IN_WORDS = {
    "payment": "SELECT number FROM payment WHERE id = ?",
    "payment_line": "SELECT p.number || ' 第 ' || l.id || ' 行' FROM payment_line l JOIN payment p ON p.id = l.payment_id "
                    "WHERE l.id = ?",
    "tender": "SELECT p.number || ' 的 ' || t.method || '（id ' || t.id || '）' FROM tender t "
              "JOIN payment p ON p.id = t.payment_id WHERE t.id = ?",
    "refund": "SELECT number FROM refund WHERE id = ?",
    "refund_line": "SELECT r.number || ' 第 ' || l.id || ' 行' FROM refund_line l JOIN refund r ON r.id = l.refund_id "
                   "WHERE l.id = ?",
    "prepaid_movement": "SELECT m.id || '（' || u.code || '）' FROM prepaid_movement m JOIN unit u ON u.id = m.unit_id "
                        "WHERE m.id = ?",
    "charge": "SELECT c.id || '（' || u.code || ' ' || i.name || ' ' || c.period_start || '）' FROM charge c "
              "JOIN unit u ON u.id = c.unit_id JOIN fee_item i ON i.id = c.item_id WHERE c.id = ?",
    "billing_run": "SELECT id || '（' || month || '）' FROM billing_run WHERE id = ?",
    "meter_reading": "SELECT r.id || '（' || m.code || ' ' || r.read_on || '）' FROM meter_reading r "
                     "JOIN meter m ON m.id = r.meter_id WHERE r.id = ?",
    "opening_deposit": "SELECT d.id || '（' || u.code || '）' FROM opening_deposit d JOIN unit u ON u.id = d.unit_id "
                       "WHERE d.id = ?",
    "shared_cost": "SELECT s.id || '（' || i.name || ' ' || s.month || '）' FROM shared_cost s "
                   "JOIN fee_item i ON i.id = s.item_id WHERE s.id = ?",
    "number_skip": "SELECT series || ' ' || first_seq || '-' || last_seq FROM number_skip WHERE id = ?",
    "cash_movement": "SELECT number FROM cash_movement WHERE id = ?",
    "receipt_book": "SELECT series || ' ' || first_no || '-' || last_no FROM receipt_book WHERE id = ?",
    "book_issue": "SELECT b.series || ' ' || b.first_no || '-' || b.last_no FROM book_issue i "
                  "JOIN receipt_book b ON b.id = i.book_id WHERE i.id = ?",
    "receipt_form": "SELECT b.series || ' ' || f.number FROM receipt_form f JOIN receipt_book b ON b.id = f.book_id "
                    "WHERE f.id = ?",
}


def row_in_words(table: str, row_id: int) -> str:
    """A row of a money table as a person finds it (a receipt's number, a charge's unit, item and
    month), or "" when it is not there."""
    found = rows(_IN_WORDS[table], (row_id,))
    return str(found[0][0]) if found else ""


def key_periods():
    """(action, entity id, why) of every audit row in chain order, the key periods' rows with their
    reason: how many rows each key sealed (a cursor: the chain may be long)."""
    return rows("SELECT action, entity_id, CASE WHEN action = 'key.period' THEN after ELSE '' END FROM audit_log "
                "ORDER BY id")


# -- model rows the counter's corrections read and write, inside the use case's transaction --------

def payment_by_id(payment_id: int):
    return Payment.get_by_id(payment_id)


def has_refund(payment_id: int) -> bool:
    """Whether any refund was made of this payment."""
    return Refund.select().where(Refund.payment == payment_id).exists()


def lines_of(payment_id: int) -> list:
    """A payment's line rows (charge, principal, late fee, waived)."""
    return list(PaymentLine.select().where(PaymentLine.payment == payment_id))


def line_by_id(line_id: int):
    return PaymentLine.get_by_id(line_id)


def prepaid_movements_of(payment_id: int) -> list:
    """The prepaid balance movements a payment made."""
    return list(PrepaidMovement.select().where(PrepaidMovement.payment == payment_id))


def add_prepaid_movement(*, unit_id: int, payment_id: int | None, amount_fen: int, balance_after_fen: int, kind: str,
                         created_at) -> None:
    PrepaidMovement.create(unit=unit_id, payment=payment_id, amount_fen=amount_fen, balance_after_fen=balance_after_fen,
                           kind=kind, created_at=created_at)


def mark_voided(payment_id: int, *, at, by: int, authoriser: int, reason: str, request_id: str) -> int:
    """Void a valid payment; returns 1, or 0 when it was no longer valid (another counter voided it)."""
    return (Payment.update(status="voided", voided_at=at, voided_by=by, void_authoriser=authoriser,
                           void_reason=reason, void_request_id=request_id)
            .where((Payment.id == payment_id) & (Payment.status == "valid")).execute())


def tender_rows_of(payment_id: int) -> list:
    """A payment's tender rows in order."""
    return list(TenderRow.select().where(TenderRow.payment == payment_id).order_by(TenderRow.id))


def refunded_by_line(payment_id: int) -> dict[int, tuple[int, int]]:
    """payment line -> (amount refunded, principal refunded) of a payment's lines refunds touched."""

    return {line: (int(amount), int(principal)) for line, amount, principal in
            RefundLine.select(RefundLine.payment_line, fn.SUM(RefundLine.amount_fen), fn.SUM(RefundLine.principal_fen))
            .join(PaymentLine).where(PaymentLine.payment == payment_id).group_by(RefundLine.payment_line).tuples()}


def lines_with_charges(payment_id: int) -> list:
    """A payment's line rows in order, each with its charge and the charge's item joined."""
    return list(PaymentLine.select(PaymentLine, Charge, FeeItem).join(Charge).join(FeeItem)
                .where(PaymentLine.payment == payment_id).order_by(PaymentLine.id))


def new_refund(**columns):
    """Create a refund row (columns as the model names them); returns it."""
    return Refund.create(**columns)


def new_refund_line(*, refund_id: int, payment_line_id: int, amount_fen: int, principal_fen: int) -> None:
    RefundLine.create(refund=refund_id, payment_line=payment_line_id, amount_fen=amount_fen,
                      principal_fen=principal_fen)


def seal_refund(refund_id: int, content_hash: str) -> None:
    Refund.update(content_hash=content_hash).where(Refund.id == refund_id).execute()


def refund_by_number(estate_id: int, number: str):
    """The refund row of that number in an estate, or None."""
    return Refund.get_or_none((Refund.estate == estate_id) & (Refund.number == number))


def refund_lines_shown(refund_id: int) -> list[tuple]:
    """(item name, period start, period end, amount, the charge's origin) of a refund's lines in order."""
    return list(RefundLine.select(FeeItem.name, Charge.period_start, Charge.period_end, RefundLine.amount_fen,
                                  Charge.origin)
                .join(PaymentLine).join(Charge).join(FeeItem).where(RefundLine.refund == refund_id)
                .order_by(RefundLine.id).tuples())


def tenders_needing_reference_on(estate_id: int, day) -> list:
    """(method, amount_fen, reference, number) of the valid receipts' tenders of a business day
    whose method carries a reference (core.tenders.NEEDS_REFERENCE): what a statement is checked against."""
    return list(TenderRow.select(TenderRow.method, TenderRow.amount_fen, TenderRow.reference,
                                 Payment.number.alias("number")).join(Payment)
                .where((Payment.estate == estate_id) & (Payment.business_date == day) & (Payment.status == "valid") &
                       TenderRow.method.in_(NEEDS_REFERENCE)).namedtuples())


def payment_by_number(estate_id: int, number: str):
    """The payment row of that number in an estate, or None."""
    return Payment.get_or_none((Payment.estate == estate_id) & (Payment.number == number))


def refunded_of_lines(payment_line_ids: list[int]) -> dict[int, int]:
    """payment line -> the amount refunds gave back of it (lines never refunded left out)."""
    refunded: dict[int, int] = {}
    for r in RefundLine.select().where(RefundLine.payment_line.in_(payment_line_ids)):
        refunded[r.payment_line_id] = refunded.get(r.payment_line_id, 0) + r.amount_fen
    return refunded


def refunds_of(payment_id: int) -> list[tuple[str, int]]:
    """(number, total) of the refunds made of a payment."""
    return list(Refund.select(Refund.number, Refund.total_fen).where(Refund.payment == payment_id).tuples())


def last_counter_payment(estate_id: int, user_id: int):
    """The user's latest counter payment row in an estate, or None."""
    return (Payment.select().where((Payment.estate == estate_id) & (Payment.user == user_id) &
                                   (Payment.kind == "counter"))
            .order_by(Payment.id.desc()).first())


def print_recorded(number: str, actions: list[str]) -> bool:
    """Whether an audit row of one of these actions names the payment numbered `number`."""
    return (AuditLog.select().where((AuditLog.entity == "payment") & (AuditLog.entity_id == number) &
                                    AuditLog.action.in_(actions)).exists())


def content_lines(payment_ids: list[int]) -> list[tuple]:
    """(payment, charge, principal, late fee, waived) of these payments' lines in id order."""
    return list(PaymentLine.select(PaymentLine.payment, PaymentLine.charge, PaymentLine.principal_fen,
                                   PaymentLine.late_fee_fen, PaymentLine.waived_fen)
                .where(PaymentLine.payment.in_(payment_ids)).order_by(PaymentLine.id).tuples())


def content_tenders(payment_ids: list[int]) -> list[tuple]:
    """(payment, method, amount, reference) of these payments' tenders in id order."""
    return list(TenderRow.select(TenderRow.payment, TenderRow.method, TenderRow.amount_fen, TenderRow.reference)
                .where(TenderRow.payment.in_(payment_ids)).order_by(TenderRow.id).tuples())


def reprint_count(payment_id: int) -> int:
    """How many reprints of a payment were made."""
    return Reprint.select().where(Reprint.payment == payment_id).count()


def new_reprint(*, payment_id: int, user_id: int, created_at, count: int) -> None:
    Reprint.create(payment=payment_id, user=user_id, created_at=created_at, count=count)


# -- a numbered document's rows, as ledger/posting.py posts them (in its order, in its transaction) --

def new_document_ids(payments: int, lines: int, tenders: int, movements: int) -> tuple[list[int], ...]:
    """Ids for the rows of documents about to be posted (their payments, lines, tenders and
    prepaid movements), drawn at once: one statement on a server, not one per table."""
    ids = new_ids_of({Payment: payments, PaymentLine: lines, TenderRow: tenders, PrepaidMovement: movements})
    return tuple(ids.get(model, []) for model in (Payment, PaymentLine, TenderRow, PrepaidMovement))


def insert_unnumbered_payments(rows: list[dict]) -> list[Payment]:
    """Insert payment rows (each with its id) in order, each under a stand-in number of its own
    (its id, negated, and "unnumbered-ID": unique, so two counters' unnumbered rows never wait on
    each other), to be numbered by number_payments in the same transaction, which notes them for
    their seal as it numbers them; the rows as model rows. A document's lines, tenders and
    movements can then go in before its series' number is taken."""
    rows = [dict(row, seq=-row["id"], number=f"unnumbered-{row['id']}") for row in rows]
    insert_rows(Payment, rows, noted=False)
    return [Payment(**row) for row in rows]


def number_payments(numbered: list[tuple[int, int, str, str]], sealed: tuple[str, ...]) -> None:
    """Give payments inserted unnumbered their (id, seq, number, content hash), in one statement
    per 500, and note each row's `sealed` columns (id first) as stored for its seal: nothing is
    read back afterwards."""
    db = database.obj
    p = db.param
    returning = ", ".join(f'"{c}"' for c in sealed)
    for start in range(0, len(numbered), 500):
        chunk = numbered[start:start + 500]
        given = " UNION ALL ".join([f"SELECT {p} AS pid, {p} AS pseq, {p} AS pnumber, {p} AS phash"] * len(chunk))
        found = list(db.execute_sql(
            f"UPDATE payment SET seq = v.pseq, number = v.pnumber, content_hash = v.phash FROM ({given}) v "
            f"WHERE payment.id = v.pid RETURNING {returning}", [x for row in chunk for x in row]))
        if len(found) != len(chunk):
            raise RuntimeError("a payment to number was not found in its own transaction")
        by_id = {row[0]: row for row in found}
        ids = [row[0] for row in chunk]
        written.note("payment", ids, sealed, [by_id[i] for i in ids])


def insert_payment_lines(rows: list[dict]) -> None:
    insert_rows(PaymentLine, rows)


def insert_tender_rows(rows: list[dict]) -> None:
    insert_rows(TenderRow, rows)


def insert_prepaid_movements(rows: list[dict]) -> None:
    insert_rows(PrepaidMovement, rows)
