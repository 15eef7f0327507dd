"""Receipt books (收据本): a book registered (its series one spelling, no overlap in a series),
issued to a cashier, its forms recorded with receipts or spoiled with a reason, each form once;
the shift's and day's reports and the book report count used, spoiled and skipped forms."""
import json
from datetime import date

import pytest

from counter_app.core import books as rules
from counter_app.core.errors import Invalid, NotFound, PermissionDenied, Refused
from counter_app.core.tenders import Tender
from counter_app.ledger import clock, verify
from counter_app.services.books import forms, report
from counter_app.services.closing import close as closeout, shifts, tables
from counter_app.services.counter import payments
from counter_app.store.models import AuditLog, ReceiptForm
from tests.factories import at

DAY = at(2026, 1, 10, 9)
BOOK = "A 0000101–0000110"


def _pay(e, fen=10_000) -> str:
    return payments.take_payment(e.cashier, payments.PaymentRequest(
        unit_code="3-1-102", topup_fen=fen, tenders=[Tender("cash", fen)])).number


@pytest.fixture
def shift(estate):
    """The cashier's fresh shift of 2026-01-10 holding book A 0000101–0000110: receipts on 101, 103
    and (typed) 105, form 102 spoiled, 104 skipped."""
    e = estate
    with clock.frozen(DAY):
        closeout.close_shift(e.cashier, {})
        shifts.open_shift(e.cashier, 0)
        book = forms.register(e.manager, " a", "0000101", "0000110")
        forms.issue(e.manager, book.id, "cashier")
        e.receipts = [_pay(e), _pay(e), _pay(e)]
        assert forms.next_form(e.cashier).text == "A 0000101"
        forms.use_form(e.cashier, e.receipts[0])
        assert forms.spoil(e.cashier, "a", "102", "卡纸").text == "A 0000102"
        assert forms.use_form(e.cashier, e.receipts[1]).text == "A 0000103"
        forms.use_form(e.cashier, e.receipts[2], "A", "0000105")
    e.book = book
    return e


def test_a_shift_with_used_spoiled_and_skipped_forms_reports_them(shift):
    e = shift
    with clock.frozen(DAY):
        x = closeout.x_report(e.cashier)
        z = closeout.close_shift(e.cashier, {10_000: 3})
        day = closeout.day_report(e.manager, date(2026, 1, 10))
    # 101, 103, 105 used; 102 spoiled; 104 below the highest (105) and accounted for by nothing;
    # 110 − 105 = 5 left.
    row = (BOOK, 3, "0000101、0000103、0000105", 1, "0000102", 1, "0000104", 5)
    assert x.figures.forms == z.figures.forms == day.figures.forms == (row,)
    section = next(s for s in tables.shift_sections(z) if s.title == "收据本")
    assert section.rows == (row,)
    stored = closeout.stored_report(e.cashier, z.shift_id)      # read back from the stored Z
    assert stored.figures.forms == (row,)
    assert next(s for s in tables.day_sections(day) if s.title == "收据本").rows == (row,)


def test_the_book_report_lists_each_form_and_the_skipped_one(shift, tmp_path):
    e = shift
    with clock.frozen(DAY):
        r = report.book_report(e.manager, e.book.id)
        files = report.write_book_report(r, tmp_path)
    assert r.books == (("王芳", BOOK, 3, "0000101、0000103、0000105", 1, "0000102", 1, "0000104", 5),)
    assert [(n, state, receipt) for n, state, receipt, *_ in r.forms] == [
        ("0000101", "已用", e.receipts[0]), ("0000102", "作废", ""), ("0000103", "已用", e.receipts[1]),
        ("0000104", "跳号（未交代）", ""), ("0000105", "已用", e.receipts[2])]
    assert r.forms[1][3] == "卡纸"
    assert sorted(f.suffix for f in files) == [".csv", ".pdf", ".xlsx"]
    with pytest.raises(PermissionDenied):
        report.book_report(e.cashier)


def test_a_form_is_used_once_and_a_receipt_has_one_form(shift):
    e = shift
    with clock.frozen(DAY):
        with pytest.raises(Refused, match="已经已用|一张表单只能用一次"):
            forms.use_form(e.cashier, _pay(e), "A", "103")
        with pytest.raises(Refused, match="一张表单只能用一次"):
            forms.spoil(e.cashier, "A", "102", "又坏了")
        with pytest.raises(Refused, match="已经记在表单"):
            forms.use_form(e.cashier, e.receipts[0], "A", "106")
        assert forms.next_form(e.cashier).text == "A 0000106"
        forms.use_form(e.cashier, _pay(e), "A", "104")        # the skipped form found and used
        row = closeout.x_report(e.cashier).figures.forms[0]
    assert row[5:] == (0, "", 5)
    assert ReceiptForm.select().count() == 5


def test_spoiling_is_its_own_audited_record_and_the_ledger_checks(shift):
    e = shift
    spoiled = AuditLog.get(AuditLog.action == "book.form_spoiled")
    assert spoiled.entity_id == "A 0000102" and json.loads(spoiled.after)["reason"] == "卡纸"
    actions = [a.action for a in AuditLog.select().where(AuditLog.action.startswith("book.")).order_by(AuditLog.id)]
    assert actions == ["book.register", "book.issue", "book.form_used", "book.form_spoiled", "book.form_used",
                       "book.form_used"]
    with clock.frozen(DAY), pytest.raises(Invalid, match="原因"):
        forms.spoil(e.cashier, "A", "106", "  ")
    assert verify.verify_all().ok


def test_only_the_holder_uses_a_books_forms(shift):
    e = shift
    with clock.frozen(DAY):
        with pytest.raises(Refused, match="不在您手中"):
            forms.spoil(e.manager, "A", "106", "卡纸")
        with pytest.raises(PermissionDenied):
            forms.register(e.cashier, "B", "1", "50")
        with pytest.raises(PermissionDenied):
            forms.issue(e.cashier, e.book.id, "cashier")
        with pytest.raises(NotFound):
            forms.spoil(e.cashier, "A", "111", "卡纸")
        with pytest.raises(Refused, match="已经在"):
            forms.issue(e.manager, e.book.id, "cashier")
        forms.issue(e.manager, e.book.id, "manager")              # handed on: the manager's now
        forms.spoil(e.manager, "A", "106", "卡纸")
        assert forms.next_form(e.cashier) is None
        assert [b.label for b in forms.books(e.cashier)] == []


@pytest.mark.parametrize("typed", ["a", "Ａ", " ａ ", "Ａ "])
def test_an_overlapping_book_is_refused_however_its_series_is_typed(shift, typed):
    e = shift
    with clock.frozen(DAY):
        with pytest.raises(Refused, match="重叠"):
            forms.register(e.manager, typed, "0000110", "0000150")
        with pytest.raises(Refused, match="重叠"):
            forms.register(e.manager, typed, "１", "１０１")       # full-width digits are numbers too
        nxt = forms.register(e.manager, typed, "0000111", "0000150")
        other = forms.register(e.manager, "A-2", "0000101", "0000110")    # another series may repeat numbers
    assert (nxt.series, nxt.first, nxt.last, nxt.label) == ("A", 111, 150, "A 0000111–0000150")
    assert other.series == "A-2"


def test_series_and_numbers_are_checked():
    assert rules.series_of(" ｓｊ－２０２６ ") == "SJ-2026"
    assert rules.number_of("０００１２") == (12, 5)
    for bad in ("", "   ", "A B!"):
        with pytest.raises(Invalid):
            rules.series_of(bad)
    for bad in ("12a", "-3", "", "1.5"):
        with pytest.raises(Invalid):
            rules.number_of(bad)
    with pytest.raises(Invalid):
        rules.check_range(50, 10)
    assert rules.spans([5, 1, 2, 3, 9], 2) == "01–03、05、09"
    u = rules.usage(1, 10, {1: rules.USED, 2: rules.SPOILED, 5: rules.USED, 9: rules.USED}, {5})
    assert (u.used, u.spoiled, u.skipped, u.left) == ((5,), (), (3, 4), 1)
