"""Voids and refunds under a manager's authority: effects, rules, and misuse refused and recorded."""
import re

import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.store.queries import users
from counter_app.ledger import signin
from counter_app.services.closing import shifts
from counter_app.ledger import audit, clock, seals
from counter_app.ledger import dues
from counter_app.services.counter import corrections, ledger, payments
from counter_app.ledger import verify
from counter_app.store.db import write_transaction
from counter_app.store.models import AuditLog, Payment, Refund, Shift, Unit
from tests import outside
from tests.factories import at, bill_months, fingerprint


@pytest.fixture
def day(estate):
    """A cashier's open shift with a cash payment (with change), a deposit, and a prepaid top-up."""
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        shift = shifts.current_shift(estate.cashier)
        with write_transaction():       # a float of 500 元, sealed as opening a shift with it would be
            Shift.update(float_fen=50000).where(Shift.id == shift.id).execute()
            seals.seal_shift("test", shift.id)
        fees = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 100_000)]))
        deposit = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-502", adhoc=[("ZXYJ", None, "装修")], tenders=[Tender("cash", 200000)]))
        topup = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=30000, tenders=[Tender("wechat", 30000, "WX9")]))
    return estate, shift, fees, deposit, topup


def close(shift):
    """Close the cashier's shift the proper way (counted cash equal to expected)."""
    from counter_app.core.closeout import greedy_count
    from counter_app.services.closing import close as closeout
    cashier = signin.actor_of(users.user_by_id(shift.user_id))
    counts, rest = greedy_count(shifts.expected_cash(shift.id))
    closeout.close_shift(cashier, counts, note="分币未点" if rest else "")


def test_void_reopens_charges_and_counts_cash_out(day):
    estate, shift, fees, deposit, _ = day
    expected_before = shifts.expected_cash(shift.id)
    assert expected_before == 50000 + fees.total_fen + 200000     # change is not income
    with clock.frozen(at(2026, 1, 10, 11)):
        slip = corrections.void_receipt(estate.cashier, fees.number, "金额录错", estate.manager)
    assert slip.authoriser == "李强" and slip.total_fen == fees.total_fen
    p = Payment.get(Payment.number == fees.number)
    assert p.status == "voided" and p.void_reason == "金额录错" and p.void_authoriser_id == estate.manager.user_id
    unit = Unit.get(Unit.code == "3-2-501")
    assert sum(x.outstanding_fen for x in dues.owed(estate.cashier, unit)) == fees.lines_fen   # due again
    assert shifts.expected_cash(shift.id) == expected_before - fees.total_fen
    assert verify.verify_all().ok


def test_void_cancels_the_deposit_it_created(day):
    estate, _, _, deposit, _ = day
    assert ledger.deposits_held(Unit.get(Unit.code == "3-2-502")) == 200000
    with clock.frozen(at(2026, 1, 10, 11)):
        corrections.void_receipt(estate.cashier, deposit.number, "客户取消装修", estate.manager)
    unit = Unit.get(Unit.code == "3-2-502")
    assert ledger.deposits_held(unit) == 0
    assert not any(x.item_code == "ZXYJ" for x in dues.owed(estate.cashier, unit))


def test_void_reverses_prepaid_top_up(day):
    estate, _, _, _, topup = day
    assert Unit.get(Unit.code == "3-1-102").prepaid_fen == 30000
    with clock.frozen(at(2026, 1, 10, 11)):
        corrections.void_receipt(estate.cashier, topup.number, "重复收款", estate.manager)
    assert Unit.get(Unit.code == "3-1-102").prepaid_fen == 0


MISUSE = [
    ("self", "自己"),
    ("cashier_as_authoriser", "无权"),
    ("no_reason", "原因"),
    ("twice", "已经作废"),
    ("closed_shift", "已交班"),
]


@pytest.mark.parametrize("case,message", MISUSE)
def test_void_misuse_is_refused_recorded_and_changes_nothing(day, case, message):
    estate, shift, fees, _, _ = day
    authoriser, reason = estate.manager, "录错"
    actor = estate.cashier
    if case == "self":
        actor = authoriser = estate.manager
    elif case == "cashier_as_authoriser":
        authoriser = estate.cashier
    elif case == "no_reason":
        reason = " "
    elif case == "twice":
        with clock.frozen(at(2026, 1, 10, 11)):
            corrections.void_receipt(actor, fees.number, "第一次", authoriser)
    elif case == "closed_shift":
        close(shift)
    before = fingerprint(estate.ledger.path)
    refusals = AuditLog.select().where(AuditLog.action == "receipt.void.refused").count()
    with clock.frozen(at(2026, 1, 10, 12)):
        with pytest.raises((CounterError, PermissionDenied), match=message):
            corrections.void_receipt(actor, fees.number, reason, authoriser)
    after = fingerprint(estate.ledger.path)
    kept = ("audit_log", "audit_head")   # only the refusal is recorded
    assert [x for x in after if not any(t in x for t in kept)] == [x for x in before if not any(t in x for t in kept)]
    assert AuditLog.select().where(AuditLog.action == "receipt.void.refused").count() == refusals + 1


def test_manager_authorisation_checks_password_role_and_self(day):
    estate = day[0]
    assert signin.authorise("manager", "manager", cashier=estate.cashier, action="receipt.void").username == "manager"
    with pytest.raises(PermissionDenied, match="密码错误"):
        signin.authorise("manager", "nope", cashier=estate.cashier, action="receipt.void")
    with pytest.raises(PermissionDenied, match="自己"):
        signin.authorise("manager", "manager", cashier=estate.manager, action="receipt.void")
    with pytest.raises(PermissionDenied, match="权限"):
        signin.authorise("cashier", "cashier", cashier=estate.manager, action="receipt.void")
    assert AuditLog.select().where(AuditLog.action == "override.refused").count() == 3


def test_refund_after_shift_closed_partial_then_rest(day):
    estate, shift, fees, deposit, _ = day
    with clock.frozen(at(2026, 1, 10, 11)):
        with pytest.raises(CounterError, match="作废"):
            corrections.refund(estate.cashier, fees.number, None, "cash", "多收", estate.manager)
    close(shift)
    lines = corrections.refundable_lines(estate.cashier, fees.number)
    first = lines[0]
    with clock.frozen(at(2026, 1, 11, 9)):
        new_shift = shifts.open_shift(estate.cashier, 10000)
        doc = corrections.refund(estate.cashier, fees.number, {first.payment_line_id: 5000}, "cash", "多收一个月",
                                 estate.manager)
        assert doc.number == "TK2026-000001" and doc.total_fen == 5000 and doc.original == fees.number
        assert shifts.expected_cash(new_shift.id) == 10000 - 5000           # paid out of today's drawer
        with pytest.raises(CounterError, match="最多可退"):
            corrections.refund(estate.cashier, fees.number, {first.payment_line_id: first.paid_fen}, "cash", "再退",
                               estate.manager)
        rest = corrections.refund(estate.cashier, fees.number, None, "wechat", "全部退回", estate.manager,
                                  reference="WXR1")
    assert rest.number == "TK2026-000002"
    assert rest.total_fen + 5000 == fees.total_fen
    assert all(x.refundable_fen == 0 for x in corrections.refundable_lines(estate.cashier, fees.number))
    unit = Unit.get(Unit.code == "3-2-501")
    assert sum(x.outstanding_fen for x in dues.owed(estate.cashier, unit)) == fees.lines_fen   # the fees are due again
    with pytest.raises(CounterError, match="已有退款"):
        with clock.frozen(at(2026, 1, 11, 10)):
            corrections.void_receipt(estate.cashier, fees.number, "x", estate.manager)


def test_deposit_refund_reduces_deposit_held(day):
    estate, shift, _, deposit, _ = day
    close(shift)
    with clock.frozen(at(2026, 3, 1, 9)):
        shifts.open_shift(estate.cashier, 0)
        corrections.refund(estate.cashier, deposit.number, None, "transfer", "装修验收合格", estate.manager,
                           reference="BANK-77")
    assert ledger.deposits_held(Unit.get(Unit.code == "3-2-502")) == 0
    assert Refund.get().method == "transfer"
    from counter_app.services.closing import close as closeout
    with clock.frozen(at(2026, 3, 1, 10)):
        figures = closeout.x_report(estate.cashier).figures
    assert figures.deposits_refunded_fen == 200000 and figures.refunds_fen == 200000


def test_verify_names_a_receipt_whose_amount_was_edited(day):
    estate, _, fees, _, _ = day
    assert verify.verify_all().ok
    outside.execute(estate.ledger.path, "update payment set total_fen = total_fen - 10000 where number = ?",
                    (fees.number,))
    report = verify.verify_all()
    assert not report.ok and fees.number in report.problem
    assert audit.verify_chain().ok   # the chain itself is intact: it is the receipt that changed


def test_void_slip_and_refund_document_print(day, tmp_path):
    from counter_app.documents.slip import refund_pdf, void_slip_pdf
    from tests.documents.conftest import decode_barcodes, pdf_text
    estate, shift, fees, deposit, _ = day
    with clock.frozen(at(2026, 1, 10, 11)):
        slip = corrections.void_receipt(estate.cashier, fees.number, "金额录错", estate.manager)
    close(shift)
    with clock.frozen(at(2026, 3, 1, 9)):
        shifts.open_shift(estate.cashier, 0)
        doc = corrections.refund(estate.cashier, deposit.number, None, "cash", "验收合格", estate.manager)
    for name, pdf, number, words in (("v", void_slip_pdf(slip), fees.number, slip.total_words),
                                     ("r", refund_pdf(doc), doc.number, doc.total_words)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        text = pdf_text(path).replace(" ", "")
        assert number in text and words in text and "李强" in text
        assert number in decode_barcodes(path, tmp_path)
    assert "作废凭证" in pdf_text(tmp_path / "v.pdf") and "退款凭证" in pdf_text(tmp_path / "r.pdf")
    # The void slip says how the money goes back, tender by tender; both are in Chinese alone.
    voided = pdf_text(tmp_path / "v.pdf")
    assert "退回方式" in voided and "从钱箱退还交款人" in voided, voided
    for name in ("v", "r"):
        words = set(re.findall(r"[A-Za-z]{3,}", pdf_text(tmp_path / f"{name}.pdf")))
        assert not words - {"No"}, words
