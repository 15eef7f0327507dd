from datetime import date

import pytest

from counter_app.core.errors import CounterError, NotFound, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.services.billing import runs as billing
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.services.counter.payments import PaymentRequest
from counter_app.store.models import AuditLog, Charge, Payment, PaymentLine, TenderRow, Unit
from tests.factories import at, bill_months, fingerprint


@pytest.fixture
def billed(estate):
    """Three months billed (Nov, Dec under the old rate; Jan under the new)."""
    return bill_months(estate, "2025-11", "2025-12", "2026-01")


def due_ids(unit, item=None):
    q = Charge.select().where((Charge.unit == unit) & (Charge.paid_fen < Charge.amount_fen))
    if item is not None:
        q = q.where(Charge.item == item)
    return [c.id for c in q.order_by(Charge.period_start, Charge.id)]


def test_pay_selected_charges_with_cash_and_change(billed):
    unit = billed.units["501"]
    ids = due_ids(unit, billed.items["WYF"])[:2]
    with clock.frozen(at(2025, 12, 10, 9)):  # both within grace: Nov is due 12-01, no late fee yet? 9 days late
        receipt = payments.take_payment(billed.cashier, PaymentRequest(
            unit_code="3-2-501", charge_ids=ids, tenders=[Tender("cash", 50000)]))
    assert receipt.number == "SJ2025-000001"
    lines_total = sum(ln.total_fen for ln in receipt.lines)
    assert receipt.total_fen == lines_total
    assert receipt.change_fen == 50000 - receipt.total_fen
    assert receipt.cashier == "王芳"
    assert receipt.payer == "张三"
    assert receipt.total_words.endswith(("分", "角", "整"))
    assert all(Charge.get_by_id(i).paid_fen == Charge.get_by_id(i).amount_fen for i in ids)


def test_late_fee_added_and_waiver_needs_reason(billed):
    unit = billed.units["501"]
    (nov,) = [i for i in due_ids(unit, billed.items["WYF"]) if Charge.get_by_id(i).period_start == date(2025, 11, 1)]
    with clock.frozen(at(2026, 1, 20, 9)):
        q = payments.quote(billed.cashier, PaymentRequest(unit_code=unit.code, charge_ids=[nov], tenders=[]))
        # due 2025-12-01, paid 2026-01-20: 50 days × 0.03 % × 140.34 = 2.1051 → 2.11
        assert q.allocations[0].late_days == 50 and q.late_fee_fen == 211
        before = fingerprint(billed.ledger.path)
        with pytest.raises(CounterError, match="原因"):
            payments.take_payment(billed.cashier, PaymentRequest(unit_code=unit.code, charge_ids=[nov],
                                                                 waive_charge_ids=[nov], tenders=[Tender("cash", 20000)]))
        assert fingerprint(billed.ledger.path) == before
        r = payments.take_payment(billed.cashier, PaymentRequest(
            unit_code=unit.code, charge_ids=[nov], waive_charge_ids=[nov], waiver_reason="首次逾期，经理同意",
            tenders=[Tender("cash", 20000)]))
    assert r.late_fee_fen == 211 and r.waived_fen == 211 and r.total_fen == 14034
    line = PaymentLine.get()
    assert line.waiver_reason == "首次逾期，经理同意"


def test_cashier_waiver_limit(billed):
    billed.estate.waiver_limit_fen = 100
    billed.estate.save()
    unit = billed.units["501"]
    with clock.frozen(at(2026, 6, 20, 9)):
        req = PaymentRequest(unit_code=unit.code, all_due=True, waive_charge_ids=due_ids(unit),
                             waiver_reason="测试", tenders=[Tender("cash", 500000)])
        with pytest.raises(CounterError, match="限额"):
            payments.take_payment(billed.cashier, req)
        r = payments.take_payment(billed.manager, req)
    assert r.waived_fen > 100


def test_pay_all_due_split_tenders(billed):
    unit = billed.units["501"]
    with clock.frozen(at(2026, 1, 5, 9)):
        q = payments.quote(billed.cashier, PaymentRequest(unit_code=unit.code, all_due=True, tenders=[]))
        r = payments.take_payment(billed.cashier, PaymentRequest(
            unit_code=unit.code, all_due=True, expected_total_fen=q.total_fen,
            tenders=[Tender("wechat", 50000, "WX123"), Tender("cash", q.total_fen - 50000 + 1000)]))
    assert due_ids(unit) == []
    tenders = {t.method: t.amount_fen for t in TenderRow.select()}
    assert tenders == {"cash": q.total_fen - 50000, "wechat": 50000}
    assert r.change_fen == 1000
    assert sum(t.amount_fen for t in r.tenders) == r.total_fen


def test_all_due_paid_meanwhile_by_another_counter_says_so(billed):
    """The dialog showed what the unit owed; another counter took it all before Enter: nothing is
    recorded, and the cashier is told the amount changed and who paid, not merely 没有欠费."""
    unit = billed.units["501"]
    with clock.frozen(at(2026, 1, 5, 9)):
        shown = payments.quote(billed.cashier, PaymentRequest(unit_code=unit.code, all_due=True, tenders=[]))
        payments.take_payment(billed.manager, PaymentRequest(unit_code=unit.code, all_due=True,
                                                             tenders=[Tender("cash", shown.total_fen)]))
        receipts = TenderRow.select().count()
        with pytest.raises(CounterError, match="应收金额已变化") as raised:
            payments.take_payment(billed.cashier, PaymentRequest(
                unit_code=unit.code, all_due=True, expected_total_fen=shown.total_fen,
                tenders=[Tender("cash", shown.total_fen)]))
    assert "0.00" in str(raised.value.params) and TenderRow.select().count() == receipts


def test_pay_amount_oldest_first_partial(billed):
    unit = billed.units["502"]
    ids = due_ids(unit)
    with clock.frozen(at(2025, 12, 20, 9)):
        r = payments.take_payment(billed.cashier, PaymentRequest(unit_code=unit.code, amount_fen=10000,
                                                                 tenders=[Tender("cash", 10000)]))
    first = Charge.get_by_id(ids[0])
    assert first.paid_fen == 8771 or first.paid_fen == first.amount_fen  # Nov vacant: 89.50×1.40×70% = 87.71
    assert sum(ln.principal_fen + ln.late_fee_fen for ln in r.lines) <= 10000
    assert r.total_fen == sum(ln.total_fen for ln in r.lines)
    second = Charge.get_by_id(ids[1])
    assert 0 < second.paid_fen < second.amount_fen   # partial payment of the next one


def test_overpay_to_prepaid_and_prepaid_tender(billed):
    unit = billed.units["101"]
    with clock.frozen(at(2026, 1, 5, 9)):
        q = payments.quote(billed.cashier, PaymentRequest(unit_code=unit.code, all_due=True, tenders=[]))
        r = payments.take_payment(billed.cashier, PaymentRequest(
            unit_code=unit.code, all_due=True, overpay_to_prepaid=True,
            tenders=[Tender("transfer", q.total_fen + 30000, "TR-9")]))
        assert r.topup_fen == 30000 and r.prepaid_after_fen == 30000
        adhoc = payments.take_payment(billed.cashier, PaymentRequest(
            unit_code=unit.code, adhoc=[("MJK", None, "补办门禁卡")], tenders=[Tender("prepaid", 2000)]))
    assert adhoc.prepaid_after_fen == 28000
    assert Unit.get_by_id(unit.id).prepaid_fen == 28000


def test_advance_months_not_billed_again(billed):
    unit = billed.units["501"]
    with clock.frozen(at(2026, 1, 5, 9)):
        r = payments.take_payment(billed.cashier, PaymentRequest(
            unit_code=unit.code, advance=[("WYF", 6)], tenders=[Tender("cash", 200000)]))
    (line,) = r.lines
    assert line.period == "2026.02.01-2026.07.31"
    assert line.basis == "100.24㎡ × 1.60元 × 6月" and line.principal_fen == 16038 * 6
    with clock.frozen(at(2026, 2, 1, 8)):
        result = billing.run_billing(billed.admin, "2026-02")
    assert not Charge.select().where((Charge.unit == unit) & (Charge.item == billed.items["WYF"]) &
                                     (Charge.run == result.run_id)).exists()


def test_deposit(billed):
    unit = billed.units["502"]
    with clock.frozen(at(2026, 1, 5, 9)):
        r = payments.take_payment(billed.cashier, PaymentRequest(
            unit_code=unit.code, adhoc=[("ZXYJ", None, "装修")], tenders=[Tender("card", 200000, "POS-1")]))
    assert r.lines[0].item_name == "装修押金" and r.total_fen == 200000
    assert Charge.get(Charge.origin == "deposit").paid_fen == 200000


def test_receipt_numbers_gapless_and_audited(billed):
    with clock.frozen(at(2026, 1, 5, 9)):
        numbers = [payments.take_payment(billed.cashier, PaymentRequest(
            unit_code=code, all_due=True, tenders=[Tender("cash", 1_000_000)])).number
            for code in ("3-2-501", "3-2-502", "3-1-101")]
    assert numbers == ["SJ2026-000001", "SJ2026-000002", "SJ2026-000003"]
    audited = [a.entity_id for a in AuditLog.select().where(AuditLog.action == "payment.counter")]
    assert audited == numbers


BAD = [
    (dict(charge_ids=[999999], tenders=[Tender("cash", 100)]), NotFound),
    (dict(all_due=True, tenders=[Tender("cash", 100)]), CounterError),                  # short
    (dict(all_due=True, tenders=[Tender("card", 10_000_000, "x")]), CounterError),      # non-cash over
    (dict(all_due=True, tenders=[Tender("wechat", 100_000)]), CounterError),           # no reference
    (dict(all_due=True, tenders=[Tender("prepaid", 100_000)]), CounterError),          # no balance
    (dict(tenders=[Tender("cash", 100)]), CounterError),                                # nothing to pay
    (dict(all_due=True, amount_fen=100, tenders=[Tender("cash", 100)]), CounterError),  # two modes
    (dict(amount_fen=-5, tenders=[Tender("cash", 100)]), CounterError),
    (dict(adhoc=[("WYF", 100, "")], tenders=[Tender("cash", 100)]), CounterError),      # not one-off
    (dict(advance=[("WYF", 0)], tenders=[Tender("cash", 100)]), CounterError),
    (dict(all_due=True, expected_total_fen=1, tenders=[Tender("cash", 10_000_000)]), CounterError),
]


@pytest.mark.parametrize("kwargs,error", BAD)
def test_bad_payments_change_nothing(billed, kwargs, error):
    before = fingerprint(billed.ledger.path)
    with clock.frozen(at(2026, 1, 5, 9)):
        with pytest.raises(error) as info:
            payments.take_payment(billed.cashier, PaymentRequest(unit_code="3-2-501", **kwargs))
    assert str(info.value)  # a message for the cashier
    assert fingerprint(billed.ledger.path) == before


def test_unknown_unit_and_paid_charge(billed):
    with pytest.raises(NotFound):
        payments.take_payment(billed.cashier, PaymentRequest(unit_code="9-9-999", all_due=True,
                                                             tenders=[Tender("cash", 100)]))
    unit = billed.units["501"]
    cid = due_ids(unit)[0]
    with clock.frozen(at(2026, 1, 5, 9)):
        payments.take_payment(billed.cashier, PaymentRequest(unit_code=unit.code, charge_ids=[cid],
                                                             tenders=[Tender("cash", 1_000_000)]))
        before = fingerprint(billed.ledger.path)
        with pytest.raises(CounterError, match="已缴清"):
            payments.take_payment(billed.cashier, PaymentRequest(unit_code=unit.code, charge_ids=[cid],
                                                                 tenders=[Tender("cash", 1_000_000)]))
    assert fingerprint(billed.ledger.path) == before


def test_role_without_right(billed):
    from counter_app.ledger.context import Actor
    nobody = Actor(99, "x", "x", "guest")
    with pytest.raises(PermissionDenied):
        payments.take_payment(nobody, PaymentRequest(unit_code="3-2-501", all_due=True,
                                                     tenders=[Tender("cash", 100)]))


def test_failed_payment_writes_no_audit_and_takes_no_number(billed):
    with clock.frozen(at(2026, 1, 5, 9)):
        with pytest.raises(CounterError):
            payments.take_payment(billed.cashier, PaymentRequest(unit_code="3-2-501", all_due=True,
                                                                 tenders=[Tender("cash", 1)]))
        r = payments.take_payment(billed.cashier, PaymentRequest(unit_code="3-2-501", all_due=True,
                                                                 tenders=[Tender("cash", 10_000_000)]))
    assert r.number == "SJ2026-000001"
    assert Payment.select().count() == 1


def test_quote_of_advance_keeps_nothing(billed):
    before = fingerprint(billed.ledger.path)
    with clock.frozen(at(2026, 1, 5, 9)):
        q = payments.quote(billed.cashier, PaymentRequest(unit_code="3-2-501", advance=[("WYF", 3)], adhoc=[("MJK", None, "")],
                                          tenders=[]))
    assert q.lines_fen == 16038 * 3 + 2000
    assert fingerprint(billed.ledger.path) == before
