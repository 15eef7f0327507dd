"""What receipt books' forms say for a set of shifts (the X, Z and day reports) and for the book
report: each book's forms used, spoiled and skipped, as rows of plain values. Shared by the
close-out (through takings.py) and the books' use cases, so neither imports the other."""
from __future__ import annotations

from ..core import books as rules
from ..store.queries import books as queries

# A book's row in the close-out's 收据本 section (Figures.forms): the numbers as spans of text.
FORM_HEADERS = ("收据本", "已用张数", "已用号码", "作废张数", "作废号码", "跳号张数", "跳号号码", "剩余张数")


def label(series: str, first: int, last: int, digits: int) -> str:
    return f"{series} {rules.padded(first, digits)}–{rules.padded(last, digits)}"


def usage_row(book: tuple, accounted: dict[int, str], scope: set[int] | None = None) -> tuple:
    """A book (as queries.books gives it) as its report row (FORM_HEADERS)."""
    _id, series, first, last, digits = book[:5]
    u = rules.usage(first, last, accounted, scope)
    return (label(series, first, last, digits), len(u.used), rules.spans(list(u.used), digits), len(u.spoiled),
            rules.spans(list(u.spoiled), digits), len(u.skipped), rules.spans(list(u.skipped), digits), u.left)


def of_shifts(shift_ids: list[int]) -> tuple[tuple, ...]:
    """Each book a form of which was used or spoiled in these shifts: that shift's (or day's) forms,
    and the forms skipped up to the highest of them."""
    touched = queries.of_shifts(shift_ids)
    if not touched:
        return ()
    accounted = queries.accounted(list(touched))
    return tuple(usage_row(b, accounted[b[0]], touched[b[0]]) for b in queries.books(None, list(touched)))
