"""Invoice requests as the counter, the journal, the day report and the corrections read them."""
from __future__ import annotations

from ...core.invoice_status import CANCELLED, HOLDING, ISSUED, RED_NEEDED, REQUESTED, status_words
from ..db import rows
from ..dialect import marks


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
