"""Receipt books (收据本) of pre-numbered forms for offices that print by 套打: a manager registers
a book (its series one spelling, its range overlapping no other of the series) and issues it to a
cashier; the cashier records the form each receipt was printed on (the next unused form proposed)
and voids a spoiled form with a reason. Each is one transaction with its audit row, which seals the
row written; a form number is accounted for once. The close-out counts the forms per shift
(ledger/books.py)."""
from __future__ import annotations

from dataclasses import dataclass

from ...core import books as rules, text
from ...core.errors import Invalid, NotFound, Refused
from ...store.db import write_transaction
from ...store.queries import books as queries
from ...store.queries.users import display_names
from ...ledger import audit, clock
from ...ledger.books import label
from ...ledger.context import Actor
from ...ledger.estate import estate_id_of, estate_of
from ...ledger.shifts import require_open_shift


@dataclass(frozen=True)
class Book:
    id: int
    series: str
    first: int
    last: int
    digits: int
    holder: str              # display name, "" while not issued
    holder_id: int | None
    used: int
    spoiled: int
    skipped: int
    left: int
    next_form: str           # "" when spent

    @property
    def label(self) -> str:
        return label(self.series, self.first, self.last, self.digits)


@dataclass(frozen=True)
class Form:
    """A form of a book: its series and number as the paper prints it."""
    book_id: int
    series: str
    number: int
    digits: int

    @property
    def text(self) -> str:
        return f"{self.series} {rules.padded(self.number, self.digits)}"


def _books(estate_id: int, rows: list[tuple]) -> list[Book]:
    accounted = queries.accounted([r[0] for r in rows])
    names = display_names()
    out = []
    for book_id, series, first, last, digits, holder, _at in rows:
        done = accounted[book_id]
        u = rules.usage(first, last, done)
        nxt = rules.next_free(first, last, set(done))
        out.append(Book(book_id, series, first, last, digits, names.get(holder, "") if holder else "", holder,
                        len(u.used), len(u.spoiled), len(u.skipped), u.left,
                        "" if nxt is None else rules.padded(nxt, digits)))
    return out


def register(actor: Actor, series: str, first: str, last: str) -> Book:
    """登记收据本: a book of forms `first` to `last` of a series; refused when its range overlaps a
    book already registered in the same series (however the series was typed)."""
    actor.require("book.manage")
    series = rules.series_of(series)
    (lo, digits), (hi, _) = rules.number_of(first), rules.number_of(last)
    rules.check_range(lo, hi)
    with write_transaction():
        estate_id = estate_id_of(actor)
        queries.lock_estate(estate_id)
        rules.refuse_overlap(series, lo, hi, queries.ranges_in_series(estate_id, series), digits)
        book = queries.new_book(estate=estate_id, series=series, first_no=lo, last_no=hi, digits=digits,
                                created_at=clock.to_db(clock.now_utc()), created_by=actor.user_id)
        audit.record(actor.username, "book.register", "receipt_book", book.id,
                     after={"estate": estate_id, "series": series, "first": lo, "last": hi, "digits": digits})
    return _book(actor, book.id)


def issue(actor: Actor, book_id: int, username: str) -> Book:
    """发放: the book handed to a cashier (or on to another); its forms are theirs to use from now."""
    actor.require("book.manage")
    with write_transaction():
        book = _book(actor, book_id)
        holder = queries.user_id_named((username or "").strip())
        if holder is None:
            raise NotFound("没有用户 {user}", user=username)
        if holder == book.holder_id:
            raise Refused("收据本 {book} 已经在 {user} 手中", book=book.label, user=book.holder)
        if not book.next_form:
            raise Refused("收据本 {book} 已经用完", book=book.label)
        queries.new_issue(book=book.id, holder=holder, issued_by=actor.user_id, issued_at=clock.to_db(clock.now_utc()))
        audit.record(actor.username, "book.issue", "receipt_book", book.id,
                     after={"book": book.label, "holder": username.strip(), "from": book.holder})
    return _book(actor, book_id)


def _book(actor: Actor, book_id: int) -> Book:
    found = queries.books(estate_id_of(actor), [int(book_id)])
    if not found:
        raise NotFound("没有编号为 {book} 的收据本", book=book_id)
    return _books(estate_id_of(actor), found)[0]


def books(actor: Actor) -> list[Book]:
    """The estate's books for a manager; a cashier's own."""
    actor.require("book.use")
    estate_id = estate_id_of(actor)
    found = _books(estate_id, queries.books(estate_id))
    return found if actor.may("book.manage") else [b for b in found if b.holder_id == actor.user_id]


def people(actor: Actor) -> list[tuple[str, str]]:
    """(username, display name) of whom a book may be issued to."""
    actor.require("book.manage")
    return [(u, name) for _id, u, name in queries.people()]


def next_form(actor: Actor) -> Form | None:
    """The form proposed for the actor's next receipt: in the first of their books not spent (by
    series and first number), the one after the highest accounted for. None: no book in hand."""
    actor.require("book.use")
    for b in books(actor):
        if b.holder_id == actor.user_id and b.next_form:
            return Form(b.id, b.series, int(b.next_form), b.digits)
    return None


def _held_form(actor: Actor, series: str, number) -> Form:
    """The form of that series and number in a book the actor holds, not yet accounted for; the
    book locked until the transaction ends."""
    series = rules.series_of(series)
    n, _ = rules.number_of(number)
    book = queries.book_holding(estate_id_of(actor), series, n)
    if book is None:
        raise NotFound("没有含 {form} 号的收据本", form=f"{series} {n}")
    book_id, _s, _first, _last, digits, holder, _at = book
    form = Form(book_id, series, n, digits)
    if holder != actor.user_id:
        raise Refused("表单 {form} 所在的收据本不在您手中", form=form.text)
    queries.lock_book(book_id)
    state = queries.accounted([book_id])[book_id].get(n)
    if state is not None:
        raise Refused("表单 {form} 已经{state}，一张表单只能用一次", form=form.text, state=rules.STATES[state])
    return form


def use_form(actor: Actor, receipt: str, series: str | None = None, number=None) -> Form:
    """A receipt printed on a form: both numbers kept. Without a form named, the proposed one. The
    receipt must be the actor's, in their open shift, and on no form yet."""
    actor.require("book.use")
    with write_transaction():
        shift_id = require_open_shift(actor, clock.business_date(estate_of(actor).timezone))
        if series is None or number is None:
            proposed = next_form(actor)
            if proposed is None:
                raise Refused("您手中没有可用的收据本")
            series, number = proposed.series, proposed.number
        form = _held_form(actor, series, number)
        payment = queries.payment_of(estate_id_of(actor), (receipt or "").strip().upper())
        if payment is None:
            raise NotFound("没有收据 {number}", number=receipt)
        payment_id, user_id, paid_in = payment
        if user_id != actor.user_id or paid_in != shift_id:
            raise Refused("收据 {number} 不是您本班次开出的收据", number=receipt)
        already = queries.form_of_payment(payment_id)
        if already is not None:
            raise Refused("收据 {number} 已经记在表单 {form} 上", number=receipt,
                          form=f"{already[0]} {rules.padded(already[1], already[2])}")
        queries.new_form(book=form.book_id, number=form.number, state=rules.USED, payment=payment_id,
                         user=actor.user_id, shift=shift_id, created_at=clock.to_db(clock.now_utc()))
        audit.record(actor.username, "book.form_used", "receipt_form", form.text,
                     after={"book": form.book_id, "number": form.number, "receipt": receipt.strip().upper(),
                            "shift": shift_id})
    return form


def spoil(actor: Actor, series: str, number, reason: str) -> Form:
    """作废表单: a spoiled form (jammed, misprinted, torn) kept and voided with a reason; its own
    record, in the actor's open shift."""
    actor.require("book.use")
    reason = text.clean(reason, "作废原因").strip()
    if not reason:
        raise Invalid("作废表单必须填写原因")
    with write_transaction():
        shift_id = require_open_shift(actor, clock.business_date(estate_of(actor).timezone))
        form = _held_form(actor, series, number)
        queries.new_form(book=form.book_id, number=form.number, state=rules.SPOILED, reason=reason,
                         user=actor.user_id, shift=shift_id, created_at=clock.to_db(clock.now_utc()))
        audit.record(actor.username, "book.form_spoiled", "receipt_form", form.text,
                     after={"book": form.book_id, "number": form.number, "reason": reason, "shift": shift_id})
    return form
