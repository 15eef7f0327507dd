"""Invoice requests as the counter, the journal, the day report and the corrections read them."""
from __future__ import annotations

from ...core.invoice_status import CANCELLED, HOLDING, ISSUED, RED_NEEDED, REQUESTED, REVERSED, status_words
from ..db import rows
from ..dialect import marks
from ..models import InvoiceRequest, InvoiceLine, Payment, Unit, Charge, FeeItem, PaymentLine


def statuses_of(payment_ids: list[int]) -> dict[int, str]:
    """payment -> its invoice status in words (receipts without a request are left out)."""
    out: dict[int, list[str]] = {}
    if payment_ids:
        for pid, status, number in rows(
                f"SELECT payment_id, status, invoice_number FROM invoice_request WHERE payment_id IN "
                f"({marks(payment_ids)}) ORDER BY id", list(payment_ids)):
            out.setdefault(pid, []).append(status_words(status, number))
    return {pid: "；".join(words) for pid, words in out.items()}


def lines_held(payment_line_ids: list[int]) -> dict[int, str]:
    """payment line -> the status of the request holding it."""
    if not payment_line_ids:
        return {}
    return dict(rows(f"SELECT l.payment_line_id, r.status FROM invoice_line l JOIN invoice_request r ON "
                     f"r.id = l.request_id WHERE l.payment_line_id IN ({marks(payment_line_ids)}) AND r.status IN "
                     f"({marks(HOLDING)})", [*payment_line_ids, *HOLDING]))


def requests_of_payment(payment_id: int) -> list[tuple[int, str, str | None]]:
    """(request, status, invoice number) of a receipt's requests."""
    return rows("SELECT id, status, invoice_number FROM invoice_request WHERE payment_id = ? ORDER BY id",
                (payment_id,))


def mark_corrected(payment_id: int, note: str) -> list[str]:
    """A receipt voided or refunded: requests not yet issued are cancelled; issued ones need a
    红字 invoice (red_needed, with the note) until its number is recorded. Returns the numbers of
    the invoices that need one. Called inside the correction's transaction."""
    issued = [r[0] for r in rows("SELECT invoice_number FROM invoice_request WHERE payment_id = ? AND status = ? "
                                 "ORDER BY id", (payment_id, ISSUED))]
    rows("UPDATE invoice_request SET status = ?, red_note = ? WHERE payment_id = ? AND status = ?",
         (CANCELLED, note, payment_id, REQUESTED))
    rows("UPDATE invoice_request SET status = ?, red_note = ? WHERE payment_id = ? AND status = ?",
         (RED_NEEDED, note, payment_id, ISSUED))
    return issued


def of_shifts(shift_ids: list[int]) -> list[tuple[str, str, str, int]]:
    """(receipt number, buyer, status in words, amount) of the requests for the shifts' receipts,
    read from the requests (a few) rather than from the day's receipts (thousands)."""
    if not shift_ids:
        return []
    return [(number, buyer, status_words(status, invoice), amount) for number, buyer, status, invoice, amount in rows(
        "SELECT p.number, r.buyer_name, r.status, r.invoice_number, r.amount_fen FROM invoice_request r "
        f"JOIN payment p ON p.id = r.payment_id WHERE p.shift_id IN ({marks(shift_ids)}) ORDER BY r.id", shift_ids)]


def numbers_taken(estate_id: int, numbers: list[str]) -> set[str]:
    """Which of these invoice numbers the estate has recorded, as invoices or as 红字 invoices."""
    if not numbers:
        return set()
    found = rows(f"SELECT invoice_number, red_number FROM invoice_request WHERE estate_id = ? AND "
                 f"(invoice_number IN ({marks(numbers)}) OR red_number IN ({marks(numbers)}))",
                 (estate_id, *numbers, *numbers))
    wanted = set(numbers)
    return {n for pair in found for n in pair if n in wanted}


def number_taken(estate_id: int, number: str) -> bool:
    """An invoice number already recorded in the estate, as an invoice or as a 红字 invoice."""
    return bool(rows("SELECT 1 FROM invoice_request WHERE estate_id = ? AND (invoice_number = ? OR red_number = ?) "
                     "LIMIT 1", (estate_id, number, number)))


# -- request rows (models), as the counter and the platform files write and read them --------------

def last_request_of_unit(unit_id: int):
    """The unit's latest invoice request row, or None."""
    return InvoiceRequest.select().where(InvoiceRequest.unit == unit_id).order_by(InvoiceRequest.id.desc()).first()


def new_request(*, estate_id: int, payment_id: int, unit_id: int, buyer_name: str, tax_id: str, contact: str,
                amount_fen: int, requested_at, requested_by: int):
    """Create an invoice request row; returns it."""
    return InvoiceRequest.create(estate=estate_id, payment=payment_id, unit=unit_id, buyer_name=buyer_name,
                                 tax_id=tax_id, contact=contact, amount_fen=amount_fen, requested_at=requested_at,
                                 requested_by=requested_by)


def new_request_line(*, request_id: int, payment_line_id: int, amount_fen: int) -> None:
    InvoiceLine.create(request=request_id, payment_line=payment_line_id, amount_fen=amount_fen)


def _with_payment_and_unit():
    return InvoiceRequest, InvoiceRequest.select(InvoiceRequest, Payment, Unit).join(Payment).switch(
        InvoiceRequest).join(Unit)


def request_with_receipt(estate_id: int, request_id: int):
    """A request row of the estate with its payment and unit joined, or None."""
    model, query = _with_payment_and_unit()
    return query.where((model.id == request_id) & (model.estate == estate_id)).first()


def requests_with_receipts(estate_id: int, statuses) -> list:
    """The estate's request rows in these states, with payment and unit joined, in id order."""
    model, query = _with_payment_and_unit()
    return list(query.where((model.estate == estate_id) & model.status.in_(statuses)).order_by(model.id))


def request_of_estate(estate_id: int, request_id: int):
    """A request row of the estate, or None."""
    return InvoiceRequest.get_or_none((InvoiceRequest.id == request_id) & (InvoiceRequest.estate == estate_id))


def request_rows_of_payment(payment_id: int) -> list:
    """A payment's request rows in id order."""
    return list(InvoiceRequest.select().where(InvoiceRequest.payment == payment_id).order_by(InvoiceRequest.id))


def mark_issued(request_id: int, *, number: str, day, at, by: int) -> int:
    """Record the platform's number of a requested invoice; returns 1, or 0 when it was no longer requested."""
    return (InvoiceRequest.update(status=ISSUED, invoice_number=number, invoice_date=day, recorded_at=at,
                                  recorded_by=by)
            .where((InvoiceRequest.id == request_id) & (InvoiceRequest.status == REQUESTED)).execute())


def mark_reversed(request_id: int, red_number: str) -> int:
    """Record the 红字 invoice of a request waiting for one; returns 1, or 0 when it no longer waited."""
    return (InvoiceRequest.update(status=REVERSED, red_number=red_number)
            .where((InvoiceRequest.id == request_id) & (InvoiceRequest.status == RED_NEEDED)).execute())


def requests_with_payments(estate_id: int, status: str, since=None, until=None) -> list:
    """The estate's request rows in `status` with their payment joined (requested in [since, until)
    when given), in id order."""
    where = (InvoiceRequest.estate == estate_id) & (InvoiceRequest.status == status)
    if since is not None:
        where &= (InvoiceRequest.requested_at >= since) & (InvoiceRequest.requested_at < until)
    return list(InvoiceRequest.select(InvoiceRequest, Payment).join(Payment).where(where).order_by(InvoiceRequest.id))


def lines_of_requests(request_ids: list[int]) -> list:
    """The requests' line rows in id order, each with its payment line, charge and item joined."""
    return list(InvoiceLine.select(InvoiceLine, PaymentLine, Charge, FeeItem).join(PaymentLine).join(Charge)
                .join(FeeItem).where(InvoiceLine.request.in_(request_ids)).order_by(InvoiceLine.id))
