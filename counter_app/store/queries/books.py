"""Receipt books (收据本): the books, who holds each (its latest issue), and the forms used or
spoiled. Read by the books' use cases, the close-out (a shift's forms) and the check."""
from __future__ import annotations

from ..db import rows
from ..dialect import for_update, marks
from ..models import ReceiptBook, BookIssue, ReceiptForm

# A book with its holder: the latest issue's (none: not issued yet).
_BOOKS = ("SELECT b.id, b.series, b.first_no, b.last_no, b.digits, i.holder_id, i.issued_at FROM receipt_book b "
          "LEFT JOIN book_issue i ON i.id = (SELECT max(x.id) FROM book_issue x WHERE x.book_id = b.id) ")


def lock_estate(estate_id: int) -> None:
    """Books are registered one at a time per estate (a server's row lock), so two overlapping
    books cannot both pass the overlap check."""
    rows("SELECT id FROM estate WHERE id = ?" + for_update(), (estate_id,))


def lock_book(book_id: int) -> None:
    """A book's forms are accounted for one at a time (the next form proposed stays right)."""
    rows("SELECT id FROM receipt_book WHERE id = ?" + for_update(), (book_id,))


def ranges_in_series(estate_id: int, series: str) -> list[tuple[int, int]]:
    return rows("SELECT first_no, last_no FROM receipt_book WHERE estate_id = ? AND series = ? ORDER BY first_no",
                (estate_id, series))


def new_book(**columns):
    return ReceiptBook.create(**columns)


def new_issue(**columns):
    return BookIssue.create(**columns)


def new_form(**columns):
    return ReceiptForm.create(**columns)


def books(estate_id: int | None, book_ids: list[int] | None = None) -> list[tuple]:
    """(id, series, first, last, digits, holder id or None, issued at) of the estate's books (or of
    these), by series and first number."""
    where, params = ["1 = 1"], []
    if estate_id is not None:
        where.append("b.estate_id = ?")
        params.append(estate_id)
    if book_ids is not None:
        if not book_ids:
            return []
        where.append(f"b.id IN ({marks(book_ids)})")
        params += list(book_ids)
    return rows(_BOOKS + "WHERE " + " AND ".join(where) + " ORDER BY b.series, b.first_no", params)


def book_holding(estate_id: int, series: str, number: int) -> tuple | None:
    """The book of the series whose range holds the number, as books() gives it, or None."""
    found = rows(_BOOKS + "WHERE b.estate_id = ? AND b.series = ? AND b.first_no <= ? AND b.last_no >= ?",
                 (estate_id, series, number, number))
    return found[0] if found else None


def accounted(book_ids: list[int]) -> dict[int, dict[int, str]]:
    """book -> {form number: used / spoiled} of every form accounted for."""
    out: dict[int, dict[int, str]] = {b: {} for b in book_ids}
    if book_ids:
        for book, number, state in rows(f"SELECT book_id, number, state FROM receipt_form "
                                        f"WHERE book_id IN ({marks(book_ids)})", list(book_ids)):
            out[book][number] = state
    return out


def of_shifts(shift_ids: list[int]) -> dict[int, set[int]]:
    """book -> the form numbers used or spoiled in these shifts."""
    out: dict[int, set[int]] = {}
    if shift_ids:
        for book, number in rows(f"SELECT book_id, number FROM receipt_form WHERE shift_id IN ({marks(shift_ids)})",
                                 list(shift_ids)):
            out.setdefault(book, set()).add(number)
    return out


def form_of_payment(payment_id: int) -> tuple | None:
    """(series, number, digits) of the form a receipt was printed on, or None."""
    found = rows("SELECT b.series, f.number, b.digits FROM receipt_form f JOIN receipt_book b ON b.id = f.book_id "
                 "WHERE f.payment_id = ?", (payment_id,))
    return found[0] if found else None


def forms_of_book(book_id: int) -> list[tuple]:
    """(number, state, receipt number or "", reason, user id, created at) of a book's forms."""
    return rows("SELECT f.number, f.state, coalesce(p.number, ''), f.reason, f.user_id, f.created_at "
                "FROM receipt_form f LEFT JOIN payment p ON p.id = f.payment_id WHERE f.book_id = ? ORDER BY f.number",
                (book_id,))


def people() -> list[tuple]:
    """(id, username, display name) of the active users a book may be issued to."""
    return rows('SELECT id, username, display_name FROM "user" WHERE active = ? ORDER BY username', (True,))


def user_id_named(username: str) -> int | None:
    found = rows('SELECT id FROM "user" WHERE username = ? AND active = ?', (username, True))
    return found[0][0] if found else None


def payment_of(estate_id: int, number: str) -> tuple | None:
    """(id, user id, shift id) of the estate's receipt of that number, or None."""
    found = rows("SELECT id, user_id, shift_id FROM payment WHERE estate_id = ? AND number = ?", (estate_id, number))
    return found[0] if found else None
