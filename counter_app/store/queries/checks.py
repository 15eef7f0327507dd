"""The ledger's invariants, each a statement that lists the rows breaking it (at most `limit`):
what `audit verify` and the check command ask of a file that another tool may have edited."""
from __future__ import annotations

from ..db import rows
from ...core.rounding import RULES, ROUNDING
from ..models import Unit, Payment, Refund, Shift, Charge, BillingRun
from ...core import charge_keys


def charges_paid_wrongly(limit: int = 20) -> list[tuple[int, int, int]]:
    """(charge, paid as stored, paid by its receipts) where they differ: a charge's paid amount is
    what valid receipts paid of it, less what refunds took back (a deposit refunded stays paid: it
    is no longer held, corrections.refund)."""
    return rows(
        "SELECT c.id, c.paid_fen, coalesce(p.s, 0) - coalesce(r.s, 0) FROM charge c "
        "LEFT JOIN (SELECT l.charge_id AS charge_id, sum(l.principal_fen) AS s FROM payment_line l "
        "JOIN payment p ON p.id = l.payment_id WHERE p.status = 'valid' GROUP BY l.charge_id) p ON p.charge_id = c.id "
        "LEFT JOIN (SELECT l.charge_id AS charge_id, sum(r.principal_fen) AS s FROM refund_line r "
        "JOIN payment_line l ON l.id = r.payment_line_id JOIN charge d ON d.id = l.charge_id "
        "WHERE d.origin <> 'deposit' GROUP BY l.charge_id) r ON r.charge_id = c.id "
        "WHERE c.paid_fen <> coalesce(p.s, 0) - coalesce(r.s, 0) ORDER BY c.id LIMIT ?", (limit,))


def documents_not_adding_up(limit: int = 20) -> list[tuple[str, str]]:
    """(number, what) of receipts whose lines, total and tenders do not add up."""
    return rows(
        "SELECT p.number, CASE WHEN coalesce(l.s, 0) <> p.lines_fen OR coalesce(l.lf, 0) <> p.late_fee_fen "
        "OR coalesce(l.w, 0) <> p.waived_fen THEN 'lines' "
        "WHEN p.total_fen <> p.lines_fen + p.late_fee_fen - p.waived_fen + p.topup_fen THEN 'total' "
        "ELSE 'tenders' END FROM payment p "
        "LEFT JOIN (SELECT payment_id, sum(principal_fen) AS s, sum(late_fee_fen) AS lf, sum(waived_fen) AS w "
        "FROM payment_line GROUP BY payment_id) l ON l.payment_id = p.id "
        "LEFT JOIN (SELECT payment_id, sum(amount_fen) AS t FROM tender GROUP BY payment_id) t ON t.payment_id = p.id "
        "WHERE coalesce(l.s, 0) <> p.lines_fen OR coalesce(l.lf, 0) <> p.late_fee_fen OR coalesce(l.w, 0) <> p.waived_fen "
        "OR p.total_fen <> p.lines_fen + p.late_fee_fen - p.waived_fen + p.topup_fen OR coalesce(t.t, 0) <> p.total_fen "
        "ORDER BY p.id LIMIT ?", (limit,))


def roundings_out_of_rule(limit: int = 20) -> list[str]:
    """Numbers of receipts whose 抹零 row (core/rounding.py) breaks its rule: more than one, of
    nothing, of a whole unit or more, or beside no cash."""
    largest = max(unit for _name, unit, _direction in RULES.values())
    return [number for number, in rows(
        "SELECT p.number FROM payment p JOIN tender t ON t.payment_id = p.id WHERE t.method = ? "
        "GROUP BY p.id, p.number HAVING count(*) > 1 OR min(t.amount_fen) = 0 OR max(abs(t.amount_fen)) >= ? "
        "OR NOT EXISTS (SELECT 1 FROM tender c WHERE c.payment_id = p.id AND c.method = 'cash') "
        "ORDER BY p.id LIMIT ?", (ROUNDING, largest, limit))]


def series_with_gaps() -> list[tuple[int, str, int, int, int, int]]:
    """(estate, series, year, documents, highest number, counter) of every numbered series whose
    numbers are not exactly 1..n, or whose counter is not at n. Numbers a restore of an older
    backup will not issue again (number_skip) count as issued."""
    return rows(
        "SELECT d.estate_id, d.series, d.year, coalesce(n.c, 0), coalesce(n.hi, 0), d.last_seq FROM document_counter d "
        "LEFT JOIN (SELECT estate_id, series, year, sum(c) AS c, min(lo) AS lo, max(hi) AS hi FROM ("
        "SELECT estate_id, series, year, count(*) AS c, min(seq) AS lo, max(seq) AS hi FROM payment "
        "GROUP BY estate_id, series, year UNION ALL SELECT estate_id, series, year, count(*), min(seq), max(seq) "
        "FROM refund GROUP BY estate_id, series, year UNION ALL SELECT estate_id, series, year, count(*), min(seq), "
        "max(seq) FROM cash_movement GROUP BY estate_id, series, year UNION ALL SELECT estate_id, 'Z', 0, count(*), 1, count(*) "
        "FROM shift WHERE z_number IS NOT NULL GROUP BY estate_id UNION ALL SELECT estate_id, series, year, "
        "sum(last_seq - first_seq + 1), min(first_seq), max(last_seq) FROM number_skip "
        "GROUP BY estate_id, series, year) u GROUP BY estate_id, series, year) n "
        "ON n.estate_id = d.estate_id AND n.series = d.series AND n.year = d.year "
        "WHERE coalesce(n.c, 0) <> d.last_seq OR coalesce(n.hi, 0) <> d.last_seq OR coalesce(n.lo, 1) <> 1")


def documents_without_counter() -> list[tuple[int, str, int]]:
    """(estate, series, year) of numbered documents whose series has no counter row."""
    return rows(
        "SELECT DISTINCT p.estate_id, p.series, p.year FROM (SELECT estate_id, series, year FROM payment UNION "
        "SELECT estate_id, series, year FROM refund UNION SELECT estate_id, series, year FROM cash_movement) p LEFT JOIN document_counter d ON d.estate_id = p.estate_id "
        "AND d.series = p.series AND d.year = p.year WHERE d.id IS NULL")


def prepaid_not_matching_movements(limit: int = 20) -> list[tuple[str, int, int]]:
    """(unit, balance as stored, sum of its movements) where they differ: a prepaid balance is
    only ever changed by a movement (top-up, use, deduction, opening balance)."""
    return rows(
        "SELECT u.code, u.prepaid_fen, coalesce(m.s, 0) FROM unit u LEFT JOIN (SELECT unit_id, sum(amount_fen) AS s "
        "FROM prepaid_movement GROUP BY unit_id) m ON m.unit_id = u.id "
        "WHERE u.prepaid_fen <> coalesce(m.s, 0) ORDER BY u.id LIMIT ?", (limit,))



# -- what `audit verify` compares with the trail: every document and cancellation as stored --------

def unit_estates() -> dict[int, int]:
    """unit -> its estate."""
    return dict(Unit.select(Unit.id, Unit.estate).tuples())


def payments_held() -> dict[tuple[int, str], int]:
    """(estate, number) -> id of every payment."""
    return {(e, n): i for i, e, n in Payment.select(Payment.id, Payment.estate, Payment.number).tuples()}


def refunds_held() -> list[tuple[int, str]]:
    """(estate, number) of every refund."""
    return list(Refund.select(Refund.estate, Refund.number).tuples())


def z_numbers() -> dict[int, str]:
    """shift -> its Z number, of every closed shift."""
    return dict(Shift.select(Shift.id, Shift.z_number).where(Shift.z_number.is_null(False)).tuples())


def cancelled_looking_charges() -> list[tuple]:
    """(id, run, cancelled_at, dedupe_key) of the charges cancelled or keyed as cancelled."""
    return list(Charge.select(Charge.id, Charge.run, Charge.cancelled_at, Charge.dedupe_key).where(
        Charge.cancelled_at.is_null(False) | Charge.dedupe_key.startswith(charge_keys.CANCELLED_PREFIX)).tuples())


def not_cancelled(charge_ids: list[int]) -> set[int]:
    """Those of these charges that are not cancelled."""
    return {cid for cid, in Charge.select(Charge.id).where(Charge.id.in_(charge_ids) &
                                                          Charge.cancelled_at.is_null(True)).tuples()}


def run_reversals() -> dict[int, object]:
    """billing run -> when it was reversed (None: it stands)."""
    return dict(BillingRun.select(BillingRun.id, BillingRun.reversed_at).tuples())


def run_has_live_charges(run_id: int) -> bool:
    """Whether a billing run has a charge not cancelled."""
    return Charge.select().where((Charge.run == run_id) & Charge.cancelled_at.is_null(True)).exists()


def charge_sources() -> dict[int, int]:
    """charge -> the payment that created it, of the charges a payment created."""
    return dict(Charge.select(Charge.id, Charge.source_payment).where(Charge.source_payment.is_null(False)).tuples())


def payment_numbers(payment_ids: list[int]) -> dict[int, str]:
    """payment -> its number, read 500 ids at a time."""
    numbers: dict[int, str] = {}
    for start in range(0, len(payment_ids), 500):
        numbers.update(Payment.select(Payment.id, Payment.number).where(Payment.id.in_(payment_ids[start:start + 500]))
                       .tuples())
    return numbers


def not_valid_payments() -> list:
    """(id, number) rows of the payments not valid (voided)."""
    return list(Payment.select(Payment.id, Payment.number).where(Payment.status != "valid"))


def payments_by_ids(payment_ids: list[int]) -> list:
    """(id, number) rows of these payments."""
    return list(Payment.select(Payment.id, Payment.number).where(Payment.id.in_(payment_ids)))
