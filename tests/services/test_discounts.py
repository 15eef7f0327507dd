"""折扣 / 减免 by policy: kept by an administrator, applied at the counter on a manager's word, booked
as its own settlement row, printed, reported apart from 实收, and never refunded."""
from datetime import date

import pytest

from counter_app.core import discounts as rule
from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.ledger import clock, verify
from counter_app.services.admin import discounts
from counter_app.services.closing import shifts
from counter_app.services.counter import corrections, payments
from counter_app.store.models import AuditLog, Charge, DiscountLine, Payment, TenderRow
from tests.factories import at, bill_months

DAY = at(2026, 1, 10, 9)


@pytest.fixture
def counter(estate):
    with clock.frozen(DAY):
        discounts.add_policy(estate.admin, "困难户八折", rule.PERCENT, 2000, ["WYF"], date(2026, 1, 1))
        discounts.add_policy(estate.admin, "空置房减免", rule.AMOUNT, 5000, ["WYF", "LJF"], date(2026, 1, 1),
                             date(2026, 12, 31))
        shifts.current_shift(estate.cashier)
    return estate


def pay(estate, unit, tenders, *, policy="困难户八折", reason="低保户", authoriser="manager", **kw):
    with clock.frozen(DAY):
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code=unit, tenders=tenders, discount_policy=policy, discount_reason=reason,
            discount_authoriser=getattr(estate, authoriser) if authoriser else None, **kw))


def stored(number):
    p = Payment.get(Payment.number == number)
    tenders = [(t.method, t.amount_fen) for t in TenderRow.select().where(TenderRow.payment == p.id)]
    lines = {d.charge_id: d.amount_fen for d in DiscountLine.select().where(DiscountLine.payment == p.id)}
    return p, tenders, lines


def test_eight_tenths_on_three_months_ahead(counter):
    """3-2-501 pays three months ahead (one charge, 100.24 m² × 1.60 × 3 = 481.14) at 8折: 20 % of
    481.14 is 96.228, 96.23 off (half-up on the charge); 384.91 paid."""
    receipt = pay(counter, "3-2-501", [Tender("cash", 40000)], advance=[("WYF", 3)])
    assert [ln.principal_fen for ln in receipt.lines] == [48114]
    assert receipt.discount_fen == 9623 and receipt.total_fen == 48114 and receipt.paid_fen == 38491
    assert receipt.change_fen == 40000 - 38491
    assert "困难户八折 8折（减 20%）" in receipt.discount_note and "低保户" in receipt.discount_note
    assert "李强" in receipt.discount_note
    p, tenders, lines = stored(receipt.number)
    assert sorted(tenders) == [("cash", 38491), (rule.DISCOUNT, 9623)] and p.total_fen == 48114
    assert list(lines.values()) == [9623]
    # The charge is settled whole: the allowance settles its part.
    assert all(Charge.get_by_id(c).paid_fen == 48114 for c in lines)
    assert verify.verify_all().ok


def test_eight_tenths_on_three_billed_months_is_rounded_per_charge(counter):
    """October to December 2025 (140.34 a month at 1.40) paid on 2026-01-10 at 8折: 28.068 → 28.07
    off each month, 84.21 in all (not 20 % of 421.02 = 84.204 → 84.20). The late fees stand on the
    full principal (core/latefees.py: the principal was overdue; the allowance is granted today):
    0.03 % a day for 71, 40 and 10 days = 2.99 + 1.68 + 0.42 = 5.09."""
    bill_months(counter, "2025-10", "2025-11", "2025-12")
    months = [c.id for c in Charge.select().where((Charge.unit == counter.units["501"].id)
                                                  & (Charge.item == counter.items["WYF"].id)).order_by(Charge.id)]
    receipt = pay(counter, "3-2-501", [Tender("cash", 50000)], charge_ids=months)
    assert [ln.principal_fen for ln in receipt.lines] == [14034] * 3
    assert [ln.late_fee_fen for ln in receipt.lines] == [299, 168, 42]
    assert sorted(stored(receipt.number)[2].values()) == [2807] * 3
    assert receipt.discount_fen == 8421
    assert receipt.paid_fen == 3 * 14034 + 509 - 8421 == 34190


def test_fifty_yuan_a_month_is_capped_at_the_charge(counter):
    """The vacant 3-2-502 (89.50 m² × 1.60 × 70 % = 100.24 a month) pays a month of 物业费 and a
    quarter of 垃圾清运费: 50.00 off the month; 3 × 50.00 = 150.00 off the quarter's charge, capped at
    the charge itself; then three months ahead, one charge of 300.72: 150.00 off."""
    bill_months(counter, "2026-01")
    owed = {c.item.code: c for c in Charge.select().where(Charge.unit == counter.units["502"].id)}
    wyf, ljf = owed["WYF"], owed["LJF"]
    assert wyf.amount_fen == 10024
    receipt = pay(counter, "3-2-502", [Tender("wechat", 10024 - 5000, "WX9")], policy="空置房减免",
                  reason="空置申请已批", charge_ids=[wyf.id, ljf.id])
    _p, _tenders, lines = stored(receipt.number)
    assert lines == {wyf.id: 5000, ljf.id: ljf.amount_fen}
    assert receipt.discount_fen == 5000 + ljf.amount_fen
    assert receipt.paid_fen == 10024 - 5000
    assert Charge.get_by_id(ljf.id).paid_fen == ljf.amount_fen
    ahead = pay(counter, "3-2-502", [Tender("cash", 15072)], policy="空置房减免", reason="空置申请已批",
                advance=[("WYF", 3)])
    assert ahead.total_fen == 30072 and ahead.discount_fen == 15000 and ahead.paid_fen == 15072


@pytest.mark.parametrize("authoriser, reason, words", [(None, "低保户", "主管授权"),
                                                       ("cashier", "低保户", "授权"),
                                                       ("manager", " ", "原因")])
def test_a_discount_needs_a_reason_and_another_persons_authority(counter, authoriser, reason, words):
    before = Payment.select().count()
    with pytest.raises(CounterError) as err:
        pay(counter, "3-2-501", [Tender("cash", 40000)], advance=[("WYF", 3)], authoriser=authoriser, reason=reason)
    assert words in str(err.value)
    assert Payment.select().count() == before and DiscountLine.select().count() == 0


def test_a_cashier_cannot_authorise_nor_keep_policies(counter):
    with pytest.raises(PermissionDenied):
        counter.cashier.require("discount.authorise")
    with pytest.raises(PermissionDenied), clock.frozen(DAY):
        discounts.add_policy(counter.cashier, "私自优惠", rule.PERCENT, 5000, ["WYF"], date(2026, 1, 1))


def test_a_policy_out_of_force_or_for_other_items_is_refused(counter):
    with clock.frozen(DAY):
        discounts.end_policy(counter.admin, "困难户八折", date(2026, 1, 9))
    with pytest.raises(CounterError, match="不适用"):
        pay(counter, "3-2-501", [Tender("cash", 40000)], advance=[("WYF", 3)])
    with pytest.raises(CounterError, match="不适用于本次收款"):
        pay(counter, "3-2-501", [Tender("cash", 5000)], policy="空置房减免", adhoc=[("MJK", None, "门禁卡")])


def test_policies_are_listed_ended_once_and_audited(counter):
    with clock.frozen(DAY):
        rows = {p.name: p for p in discounts.list_policies(counter.cashier)}
        assert rows["空置房减免"].rule_text == "每月减免 50.00 元"
        assert rows["空置房减免"].items == ("物业服务费", "垃圾清运费")
        ended = discounts.end_policy(counter.admin, "空置房减免", date(2026, 6, 30))
        assert ended.valid_until == date(2026, 6, 30)
        with pytest.raises(CounterError):
            discounts.end_policy(counter.admin, "空置房减免", date(2026, 7, 31))    # never extended
    actions = [a.action for a in AuditLog.select().where(AuditLog.entity == "discount_policy")]
    assert actions.count("discount.policy.add") == 2 and actions.count("discount.policy.end") == 1


def test_a_refund_gives_back_what_was_paid_never_the_discount(counter):
    receipt = pay(counter, "3-2-501", [Tender("cash", 40000)], advance=[("WYF", 3)])
    lines = corrections.refundable_lines(counter.cashier, receipt.number)
    assert [ln.refundable_fen for ln in lines] == [48114 - 9623]
    from counter_app.core.closeout import greedy_count
    from counter_app.services.closing import close as closeout
    with clock.frozen(at(2026, 1, 10, 18)):      # a closed shift's receipt is refunded, not voided
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(counter.cashier).id))
        closeout.close_shift(counter.cashier, counts, note="分币未点" if rest else "")
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(counter.cashier, 0)
        first = corrections.refund(counter.cashier, receipt.number, {lines[0].payment_line_id: 12830}, "cash",
                                   "退一个月", counter.manager)
        rest_of = corrections.refund(counter.cashier, receipt.number, None, "cash", "退房", counter.manager)
    assert first.total_fen == 12830 and rest_of.total_fen == 38491 - 12830
    assert first.total_fen + rest_of.total_fen == receipt.paid_fen        # what was paid, and only that
    # The allowance stays on each charge; the money given back is owed again.
    charge_ids = stored(receipt.number)[2]
    assert all(Charge.get_by_id(c).paid_fen == 9623 for c in charge_ids)
    assert verify.verify_all().ok


def test_a_void_takes_the_discount_back_with_it(counter):
    receipt = pay(counter, "3-2-501", [Tender("cash", 40000)], advance=[("WYF", 3)])
    with clock.frozen(at(2026, 1, 10, 10)):
        slip = corrections.void_receipt(counter.cashier, receipt.number, "录错", counter.manager)
    assert slip.total_fen == 38491 and [m for m, *_ in slip.returned] == ["cash"]
    assert verify.verify_all().ok


def test_the_day_and_collection_reports_show_the_discount_apart(counter):
    from counter_app.core.closeout import greedy_count
    from counter_app.core.tables import TOTAL
    from counter_app.services.closing import close as closeout, tables
    from counter_app.services.reports import collection, tables as report_tables
    pay(counter, "3-2-501", [Tender("cash", 40000)], advance=[("WYF", 3)])            # 384.91, 96.23 off
    with clock.frozen(DAY):
        payments.take_payment(counter.cashier, payments.PaymentRequest(
            unit_code="3-1-102", adhoc=[("MJK", None, "门禁卡")], tenders=[Tender("alipay", 2000, "ZFB1")]))
    with clock.frozen(at(2026, 1, 10, 10)):
        shift = shifts.current_shift(counter.cashier)
        assert shifts.expected_cash(shift.id) == shift.float_fen + 38491              # the allowance is no cash
        x = closeout.x_report(counter.cashier)
        counts, rest = greedy_count(shifts.expected_cash(shift.id))
        z = closeout.close_shift(counter.cashier, counts, note="分币未点" if rest else "")
        report = closeout.day_report(counter.manager, date.fromisoformat(z.business_date))
    for f in (x.figures, z.figures, report.figures):
        assert f.discount_fen == 9623
        assert f.by_tender == {"cash": 38491, "alipay": 2000}
        assert f.received_fen == 38491 + 2000                      # 实收: what was taken
    sections = {s.title: s for s in tables.day_sections(report)}
    summary = dict((row[0], row[1]) for row in sections["概要"].rows)
    assert int(summary[rule.NAME]) == -9623 and int(summary["实收合计"]) == 40491
    for title in ("按收费项目", "按付款方式"):
        rows = sections[title].rows
        assert sum(int(r[1]) for r in rows[:-1]) == int(rows[-1][1]) == 40491 and rows[-1][0] == TOTAL
    assert (rule.NAME, -9623) in [(r[0], int(r[1])) for r in sections["按收费项目"].rows]
    with clock.frozen(at(2026, 1, 10, 11)):
        month = collection.collection_report(counter.manager, z.business_date[:7])
    assert month.discount_fen == 9623 and month.received_fen == 40491
    takings = {s.title: s for s in report_tables.collection_sections(month)}["本月收款合计"].rows
    assert (rule.NAME, -9623) in [(r[0], int(r[1])) for r in takings]
