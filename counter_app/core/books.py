"""Receipt books (收据本): pre-numbered paper forms bought in books, printed on by 套打. The rules
that need no database: a series as the office types it made one spelling, a book's range checked
against the books already held, and what a book's numbers say (used, spoiled, skipped, left).

A form number is the paper's, not the system's receipt number: both are recorded. A skipped form
is one below the highest form accounted for that is neither used nor spoiled: unaccounted for
until the cashier uses or spoils it."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .errors import Invalid, Refused

USED, SPOILED = "used", "spoiled"
STATES = {USED: "已用", SPOILED: "作废"}
MOST_FORMS = 10_000              # more in one book is a typing mistake (books hold 50 to 500)
MOST_DIGITS = 12


def series_of(typed: str) -> str:
    """The series as stored: trimmed, full-width letters and digits made half-width (NFKC), upper
    case, inner spaces removed, so ＡＢ 、ab and " Ab " are one series."""
    found = "".join(unicodedata.normalize("NFKC", typed or "").split()).upper()
    if not found:
        raise Invalid("请填写收据本的字轨（表单系列）")
    if len(found) > 20 or not all(c.isalnum() or c in "-_/" for c in found):
        raise Invalid("字轨只能由字母、数字和 - _ / 组成，最多 20 个字符：{series}", series=typed.strip())
    return found


def number_of(typed) -> tuple[int, int]:
    """A form number as typed (full-width digits too) -> (number, digits printed); digits keeps the
    leading zeros of the paper's numbering (0000101 is printed with seven)."""
    text = unicodedata.normalize("NFKC", str(typed or "")).strip()
    if not text.isdigit() or not text.isascii() or len(text) > MOST_DIGITS:
        raise Invalid("表单号必须是数字：{number}", number=str(typed or "").strip())
    return int(text), len(text)


def check_range(first: int, last: int) -> None:
    if first <= 0 or last < first:
        raise Invalid("收据本的止号必须不小于起号，且起号大于零")
    if last - first + 1 > MOST_FORMS:
        raise Invalid("一本收据最多 {most} 张，请核对起止号", most=MOST_FORMS)


def refuse_overlap(series: str, first: int, last: int, held: list[tuple[int, int]], digits: int = 0) -> None:
    """A new book's range against the ranges (first, last) already registered in its series."""
    for a, b in held:
        if first <= b and a <= last:
            raise Refused("收据本 {series} {first}–{last} 与已登记的 {series} {a}–{b} 号码重叠",
                          series=series, first=padded(first, digits), last=padded(last, digits),
                          a=padded(a, digits), b=padded(b, digits))


def padded(number: int, digits: int) -> str:
    return str(number).zfill(digits)


def spans(numbers: list[int], digits: int = 0) -> str:
    """Numbers as ranges: 105, 108–110."""
    out, run = [], []
    for n in sorted(numbers):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(run)
        run = [n]
    if run:
        out.append(run)
    return "、".join(padded(r[0], digits) if len(r) == 1 else f"{padded(r[0], digits)}–{padded(r[-1], digits)}"
                    for r in out)


@dataclass(frozen=True)
class Usage:
    """What a book's numbers say: the forms used and spoiled (in the scope asked: a shift, a day, all
    time), those skipped (unaccounted for below the highest in the scope) and those left after the
    highest accounted for at all."""
    used: tuple[int, ...]
    spoiled: tuple[int, ...]
    skipped: tuple[int, ...]
    left: int


def usage(first: int, last: int, accounted: dict[int, str], in_scope: set[int] | None = None) -> Usage:
    """`accounted`: every form of the book used or spoiled so far, number -> USED / SPOILED;
    `in_scope`: the numbers of those the report is about (None: all). Skipped are the book's
    numbers from its first to the highest in scope that nothing accounts for."""
    scope = set(accounted) if in_scope is None else in_scope
    used = tuple(sorted(n for n in scope if accounted.get(n) == USED))
    spoiled = tuple(sorted(n for n in scope if accounted.get(n) == SPOILED))
    top = max(scope, default=first - 1)
    skipped = tuple(n for n in range(first, top + 1) if n not in accounted)
    highest = max(accounted, default=first - 1)
    return Usage(used, spoiled, skipped, last - highest)


def next_free(first: int, last: int, accounted: set[int]) -> int | None:
    """The form proposed next: after the highest accounted for (paper is used in order; a form
    skipped stays skipped until someone deals with it), or None when the book is spent."""
    n = max(accounted, default=first - 1) + 1
    return n if n <= last else None
