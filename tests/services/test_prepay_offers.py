"""Prepay offers (交 N 月送 M 月) against hand-worked examples: the free months are charges settled
by a 赠送 row under the rule's name, never 实收; a refund takes them back first; the reports keep
赠送 apart and every section adds up; the calculator announces what the payment will give.

3-2-501 is 100.24 ㎡ at 1.60 元/㎡/月 from 2026-01: 160.384, 160.38 a month. Nothing is billed, so
an advance paid on 2026-01-10 starts at 2026-01: twelve months are 2026-01..2026-12, 1924.56."""
import json
from datetime import date

import pytest

from counter_app.core import offers
from counter_app.core.closeout import greedy_count
from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.ledger import clock, verify
from counter_app.services.closing import close as closeout, shifts, tables as close_tables
from counter_app.services.consultation import desk
from counter_app.services.counter import corrections, payments
from counter_app.services.offers import rules
from counter_app.services.reports import collection, dashboard, tables as report_tables
from counter_app.store.models import AuditLog, Charge, Payment, TenderRow
from tests.factories import at

DAY = at(2026, 1, 10, 9)
MONTH = 16038


@pytest.fixture
def offered(estate):
    with clock.frozen(DAY):
        rules.add_offer(estate.admin, "WYF", "交一年送一月", 12, 1, date(2026, 1, 1), date(2026, 6, 30))
        shifts.current_shift(estate.cashier)
    return estate


def pay_ahead(estate, months, day=DAY, unit="3-2-501", cash=None):
    with clock.frozen(day):
        req = payments.PaymentRequest(unit_code=unit, advance=[("WYF", months)], tenders=[])
        due = payments.quote(estate.cashier, req).due_fen
        req.tenders = [Tender("cash", cash or due)]
        return payments.take_payment(estate.cashier, req)


def free_charges():
    return list(Charge.select().where(Charge.origin == offers.ORIGIN).order_by(Charge.period_start))


def test_twelve_months_ahead_earn_one_free_month_settled_by_the_offer(offered):
    receipt = pay_ahead(offered, 12)
    assert receipt.paid_fen == 12 * MONTH == 192456                      # the payer pays twelve months
    assert receipt.total_fen == 13 * MONTH                               # the receipt lists thirteen
    assert receipt.offered == (("交一年送一月", MONTH),)
    assert [t.method for t in receipt.tenders] == ["cash"]               # 赠送 is no tender the payer used
    [free] = free_charges()
    assert (free.period_start, free.period_end) == (date(2027, 1, 1), date(2027, 1, 31))
    assert free.amount_fen == free.paid_fen == MONTH
    p = Payment.get(Payment.number == receipt.number)
    stored = [(t.method, t.amount_fen, t.reference) for t in TenderRow.select().where(TenderRow.payment == p.id)]
    assert stored == [("cash", 192456, ""), ("offer", MONTH, "交一年送一月")]
    assert sum(a for _, a, _ in stored) == p.total_fen                    # Σ settlement rows = total
    assert verify.verify_all().ok


def test_eleven_months_earn_nothing(offered):
    receipt = pay_ahead(offered, 11)
    assert receipt.offered == () and receipt.paid_fen == receipt.total_fen == 11 * MONTH
    assert free_charges() == []


def test_twenty_four_months_earn_two(offered):
    receipt = pay_ahead(offered, 24)
    assert receipt.offered == (("交一年送一月", 2 * MONTH),)
    # the free months as billing plans them: one charge of two months, 2028-01..2028-02
    assert [(c.period_start, c.period_end, c.months) for c in free_charges()] == [(date(2028, 1, 1), date(2028, 2, 29), 2)]


def test_a_rule_outside_its_dates_gives_nothing(offered):
    receipt = pay_ahead(offered, 12, day=at(2026, 7, 1, 9))               # ended 2026-06-30
    assert receipt.offered == () and free_charges() == []


def test_of_two_rules_the_one_giving_most_wins(offered):
    with clock.frozen(DAY):
        rules.add_offer(offered.admin, "WYF", "交半年送半月", 6, 1, date(2026, 1, 1))
    receipt = pay_ahead(offered, 12)                    # 交6送1 gives 2 for 12 months, 交12送1 gives 1
    assert receipt.offered == (("交半年送半月", 2 * MONTH),)
    # equal gifts: the rule that started latest
    later = offers.OfferRule(9, 1, "新", 12, 1, date(2026, 1, 5))
    earlier = offers.OfferRule(8, 1, "旧", 12, 1, date(2026, 1, 1))
    assert offers.choose([later, earlier], date(2026, 1, 10), 12) == (later, 1)
    assert offers.choose([later, earlier], date(2026, 1, 3), 12) == (earlier, 1)


def test_the_calculator_announces_the_offer(offered):
    with clock.frozen(DAY):
        calc = desk.calculate(offered.cashier, "WYF", "2026-01", 12, unit_code="3-2-501")
        assert calc.lines[-1] == "物业服务费 交12个月送1个月，将赠送 2027-01（交一年送一月）"
        assert calc.amount_fen == 12 * MONTH
        through = desk.pay_through(offered.cashier, "3-2-501", "2026-12")
        assert "物业服务费 交12个月送1个月，将赠送 2027-01（交一年送一月）" in through.lines
        q = payments.quote(offered.cashier, payments.PaymentRequest("3-2-501", [], advance=[("WYF", 12)]))
        assert q.offers == ("交12个月送1个月，将赠送 2027-01",) and q.due_fen == 12 * MONTH and q.total_fen == 13 * MONTH


def _close_shift(estate):
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
        return closeout.close_shift(estate.cashier, counts, "")


def test_a_refund_takes_the_free_month_back_first(offered):
    receipt = pay_ahead(offered, 12)
    _close_shift(offered)
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(offered.cashier, 0)
        lines = corrections.refundable_lines(offered.cashier, receipt.number)
        # billing plans twelve months at one rate as one charge: the months paid, then the free one
        assert [(ln.is_free, ln.refundable_fen) for ln in lines] == [(False, 12 * MONTH), (True, MONTH)]
        paid, free_line = lines
        with pytest.raises(CounterError, match="赠送"):          # a free month is no money to pay back
            corrections.refund(offered.cashier, receipt.number, {free_line.payment_line_id: MONTH}, "cash", "退",
                               offered.manager)
        doc = corrections.refund(offered.cashier, receipt.number, {paid.payment_line_id: 2 * MONTH}, "cash",
                                 "退两月", offered.manager)
    # two months paid back; the free month goes with this first refund, cancelled, paying nothing
    assert doc.total_fen == 2 * MONTH
    assert doc.lines == (("物业服务费", "2026.01.01-2026.12.31", 2 * MONTH), ("物业服务费", "2027.01.01-2027.01.31", MONTH),
                         ("赠送收回", "", -MONTH))
    [free] = free_charges()
    assert free.cancelled_at is not None and free.paid_fen == 0      # cancelled, not owed
    after = {ln.payment_line_id: ln for ln in corrections.refundable_lines(offered.cashier, receipt.number)}
    assert all(ln.refundable_fen == 0 for ln in after.values() if ln.is_free)
    audit = AuditLog.select().where(AuditLog.action == "receipt.refund").order_by(AuditLog.id).first()
    assert json.loads(audit.after)["charges_cancelled"] == [free.id]
    assert verify.verify_all().ok


def test_a_void_cancels_the_free_month(offered):
    receipt = pay_ahead(offered, 12, cash=200000)
    with clock.frozen(at(2026, 1, 10, 10)):
        slip = corrections.void_receipt(offered.cashier, receipt.number, "录错", offered.manager)
    assert slip.total_fen == 12 * MONTH and slip.offer_fen == MONTH
    assert [(m, a) for m, a, _ in slip.returned] == [("cash", 12 * MONTH)]
    assert all(c.cancelled_at is not None for c in free_charges())
    assert verify.verify_all().ok


def _section(sections, title):
    return {row[0]: row[1:] for row in next(s for s in sections if s.title == title).rows}


def test_reports_keep_the_offer_out_of_received(offered):
    receipt = pay_ahead(offered, 12)
    z = _close_shift(offered)
    f = z.figures
    assert f.offer_fen == MONTH and f.received_fen == 12 * MONTH == receipt.paid_fen
    assert f.by_tender == {"cash": 12 * MONTH}
    sections = close_tables.shift_sections(z)
    summary = _section(sections, "概要")
    assert int(summary["实收合计"][0]) == 12 * MONTH and int(summary["赠送（不计实收）"][0]) == -MONTH
    items = _section(sections, "按收费项目")
    assert int(items["物业服务费"][0]) == 13 * MONTH and int(items["赠送"][0]) == -MONTH
    assert int(items["合计"][0]) == 12 * MONTH == sum(int(v[0]) for k, v in items.items() if k != "合计")
    with clock.frozen(at(2026, 1, 10, 19)):
        day = closeout.day_report(offered.manager, date.fromisoformat(z.business_date))
    assert day.figures.received_fen == 12 * MONTH and day.figures.offer_fen == MONTH
    with clock.frozen(at(2026, 1, 20, 9)):
        month = z.business_date[:7]           # the receipt counts on its shift's business day
        report = collection.collection_report(offered.manager, month)
        board = dashboard.dashboard(offered.manager, month)
    assert report.offer_fen == MONTH and report.received_fen == 12 * MONTH
    takings = _section(report_tables.collection_sections(report), "本月收款合计")
    assert int(takings["赠送（不计实收）"][0]) == -MONTH
    assert int(takings["收费本金"][0]) + int(takings["赠送（不计实收）"][0]) == int(takings["收款合计（各日日结之和）"][0])
    items = dict(board.month_takings.by_item)
    assert items["赠送"] == -MONTH and board.month_takings.received_fen == 12 * MONTH
    assert sum(a for _, a in board.month_takings.by_tender) == 12 * MONTH


def test_rules_are_kept_by_an_administrator_and_audited(offered):
    with pytest.raises(CounterError):
        rules.add_offer(offered.cashier, "WYF", "收费员的优惠", 12, 1, date(2026, 1, 1))
    with pytest.raises(CounterError):
        rules.add_offer(offered.admin, "ZXYJ", "押金优惠", 12, 1, date(2026, 1, 1))      # not periodic
    with pytest.raises(CounterError):
        rules.add_offer(offered.admin, "WYF", "倒着", 12, 1, date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(CounterError):
        rules.add_offer(offered.admin, "WYF", "交一年送一月", 12, 1, date(2026, 1, 1))     # the name is taken
    with clock.frozen(DAY):
        ended = rules.end_offer(offered.admin, "交一年送一月", date(2026, 1, 9))
        assert ended.valid_to == date(2026, 1, 9) and not ended.in_force
        with pytest.raises(CounterError):
            rules.end_offer(offered.admin, "交一年送一月", date(2026, 3, 1))             # never lengthened
    assert [a.action for a in AuditLog.select().where(AuditLog.entity == "offer_rule")] == ["offer.create", "offer.end"]
    assert pay_ahead(offered, 12).offered == ()
    assert verify.verify_all().ok


def test_a_discount_beside_an_offer_takes_nothing_off_the_free_month(offered):
    """8折 with 交一年送一月 on twelve months: 20 % of the months paid, 1924.56, is 384.912, 384.91
    off (the free month, given whole, is not discounted: 20 % of thirteen would be 416.99). The payer
    pays 1924.56 − 384.91 = 1539.65; the receipt's
    settlement rows are cash, 折扣/减免 and 赠送, adding up to its thirteen months, 2084.94."""
    from counter_app.core.discounts import PERCENT
    from counter_app.services.admin import discounts
    with clock.frozen(DAY):
        discounts.add_policy(offered.admin, "困难户八折", PERCENT, 2000, ["WYF"], date(2026, 1, 1))
        req = payments.PaymentRequest(unit_code="3-2-501", advance=[("WYF", 12)], tenders=[],
                                      discount_policy="困难户八折", discount_reason="低保户",
                                      discount_authoriser=offered.manager)
        q = payments.quote(offered.cashier, req)
        assert (q.total_fen, q.discount_fen, q.offer_fen, q.due_fen) == (13 * MONTH, 38491, MONTH, 153965)
        req.tenders = [Tender("cash", 153965)]
        receipt = payments.take_payment(offered.cashier, req)
    assert receipt.paid_fen == 153965 and receipt.discount_fen == 38491 and receipt.offer_fen == MONTH
    p = Payment.get(Payment.number == receipt.number)
    stored = sorted((t.method, t.amount_fen) for t in TenderRow.select().where(TenderRow.payment == p.id))
    assert stored == [("cash", 153965), ("discount", 38491), ("offer", MONTH)] and p.total_fen == 13 * MONTH
    z = _close_shift(offered)
    assert (z.figures.received_fen, z.figures.discount_fen, z.figures.offer_fen) == (153965, 38491, MONTH)
    assert verify.verify_all().ok
