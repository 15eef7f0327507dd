"""抹零 at the counter: the estate's setting applied to the cash part only, booked as its own
settlement row, printed, counted in the drawer, reversed by a void and given back by a refund."""
import pytest

from counter_app.core import rounding
from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.services.admin import estate as est
from counter_app.services.closing import shifts
from counter_app.ledger import clock
from counter_app.services.counter import corrections, payments
from counter_app.ledger import verify
from counter_app.store.models import AuditLog, Charge, Estate, Payment, TenderRow
from tests import outside
from tests.factories import at

DAY = at(2026, 1, 10, 9)


def adhoc(estate, unit, fen, tenders, **kw):
    """An ad hoc charge of `fen` paid at once: a payment due to the 分 as the examples are."""
    with clock.frozen(DAY):
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code=unit, adhoc=[("GBF", fen, "工本费")], tenders=tenders, **kw))


@pytest.fixture
def counter(estate):
    with clock.frozen(DAY):
        est.add_fee_item(estate.admin, Estate.get(), "GBF", "门禁卡工本费", "one_off")
        shifts.current_shift(estate.cashier)
    return estate


def set_rule(estate, rule):
    est.update_settings(estate.admin, cash_rounding=rule)


def rows_of(number):
    p = Payment.get(Payment.number == number)
    return p, [(t.method, t.amount_fen) for t in TenderRow.select().where(TenderRow.payment == p.id).order_by(TenderRow.id)]


# (rule, tenders, cash kept, change, the receipt's 抹零): a 123.47 payment, worked by hand.
EXAMPLES = [
    ("jiao-down", [Tender("cash", 20000)], 12340, 7660, -7),
    ("jiao-half-up", [Tender("cash", 20000)], 12350, 7650, 3),
    ("yuan-down", [Tender("cash", 12300)], 12300, 0, -47),
    ("yuan-half-up", [Tender("cash", 15000)], 12300, 2700, -47),
    ("jiao-down", [Tender("wechat", 10000, "WX1"), Tender("cash", 5000)], 2340, 2660, -7),
    ("yuan-down", [Tender("wechat", 12347, "WX2")], 0, 0, 0),        # all WeChat: never rounded
    ("off", [Tender("cash", 20000)], 12347, 7653, 0),
]


@pytest.mark.parametrize("rule, tenders, kept, change, line", EXAMPLES)
def test_hand_worked_payments(counter, rule, tenders, kept, change, line):
    set_rule(counter, rule)
    receipt = adhoc(counter, "3-2-501", 12347, tenders)
    assert receipt.rounding_fen == line
    assert receipt.paid_fen == 12347 + line
    cash = [t.amount_fen for t in receipt.tenders if t.method == "cash"]
    assert sum(cash) == kept and receipt.change_fen == change
    assert rounding.NAME not in [t.method_name for t in receipt.tenders]
    p, stored = rows_of(receipt.number)
    assert p.total_fen == 12347 and sum(a for _, a in stored) == 12347           # its rows add up to the total
    assert [a for m, a in stored if m == rounding.ROUNDING] == ([-line] if line else [])
    # The charge is settled in full: nothing of the 抹零 is left open on it.
    charge = Charge.get(Charge.source_payment == p.id)
    assert charge.paid_fen == charge.amount_fen == 12347
    assert verify.verify_all().ok


def test_charges_are_paid_whole_and_the_drawer_counts_the_rounded_cash(counter):
    set_rule(counter, "jiao-down")
    shift = shifts.current_shift(counter.cashier)
    before = shifts.expected_cash(shift.id)
    receipt = adhoc(counter, "3-2-501", 12347, [Tender("cash", 20000)])
    assert shifts.expected_cash(shift.id) == before + 12340
    charge = Charge.get(Charge.source_payment == Payment.get(Payment.number == receipt.number).id)
    assert charge.paid_fen == charge.amount_fen == 12347


def test_a_typed_amount_and_a_top_up_are_never_rounded(counter):
    set_rule(counter, "yuan-down")
    with clock.frozen(DAY):
        topped = payments.take_payment(counter.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=12347, tenders=[Tender("cash", 20000)]))
    assert topped.rounding_fen == 0 and topped.prepaid_after_fen == 12347
    kept = adhoc(counter, "3-2-502", 12347, [Tender("cash", 20000)], overpay_to_prepaid=True)
    assert kept.rounding_fen == 0


def test_the_setting_is_for_an_administrator_and_audited(counter):
    with pytest.raises(CounterError):
        est.update_settings(counter.cashier, cash_rounding="jiao-down")
    with pytest.raises(CounterError, match="抹零"):
        est.update_settings(counter.admin, cash_rounding="fen-up")
    set_rule(counter, "yuan-half-up")
    assert Estate.get().cash_rounding == "yuan-half-up"
    change = AuditLog.select().where(AuditLog.action == "settings.change").order_by(AuditLog.id.desc()).get()
    assert "yuan-half-up" in change.after and "off" in change.before
    assert est.settings_of(counter.admin)["cash_rounding"] == "yuan-half-up"
    assert verify.verify_all().ok


def test_a_void_takes_the_rounding_back_with_it(counter):
    set_rule(counter, "jiao-down")
    shift = shifts.current_shift(counter.cashier)
    before = shifts.expected_cash(shift.id)
    receipt = adhoc(counter, "3-2-501", 12347, [Tender("cash", 20000)])
    with clock.frozen(at(2026, 1, 10, 10)):
        slip = corrections.void_receipt(counter.cashier, receipt.number, "录错", counter.manager)
    assert shifts.expected_cash(shift.id) == before                          # the 123.40 goes back out
    assert [(m, a) for m, a, _ in slip.returned] == [("cash", 12340)]        # money back: what was taken
    assert verify.verify_all().ok


@pytest.mark.parametrize("edit", [
    # the 抹零 made bigger and the cash smaller, still adding up to the total
    ["UPDATE tender SET amount_fen = amount_fen + 93 WHERE method = 'rounding'",
     "UPDATE tender SET amount_fen = amount_fen - 93 WHERE method = 'cash'"],
    # the 抹零 row taken out: the receipt's rows no longer add up
    ["DELETE FROM tender WHERE method = 'rounding'"],
    # the 抹零 made a whole 元 and more, the cash less by as much
    ["UPDATE tender SET amount_fen = amount_fen + 150 WHERE method = 'rounding'",
     "UPDATE tender SET amount_fen = amount_fen - 150 WHERE method = 'cash'"],
    # a rounding row slipped into a receipt that had none
    ["UPDATE tender SET amount_fen = amount_fen - 5 WHERE method = 'cash'",
     "INSERT INTO tender (payment_id, method, amount_fen, reference) SELECT payment_id, 'rounding', 5, '' "
     "FROM tender WHERE method = 'cash' ORDER BY id LIMIT 1"],
])
def test_a_rounding_edited_in_the_file_is_found(counter, db_path, edit):
    set_rule(counter, "jiao-down")
    receipt = adhoc(counter, "3-2-501", 12347, [Tender("cash", 20000)]) if "INSERT" not in edit[-1] \
        else adhoc(counter, "3-2-501", 12340, [Tender("cash", 20000)])
    assert verify.verify_all().ok
    for sql in edit:
        outside.execute(db_path, sql)
    report = verify.verify_all()
    assert not report.ok
    assert receipt.number in report.problem + " ".join(report.problems)
    if "+ 150" in edit[0]:
        assert any("抹零不合规则" in p for p in report.problems)


def two_lines_paid(counter):
    """100.03 and 23.44 paid together in cash, to 角 down: 123.40 taken, 抹零 -0.07; the shift closed."""
    from counter_app.core.closeout import greedy_count
    from counter_app.services.closing import close as closeout
    set_rule(counter, "jiao-down")
    with clock.frozen(DAY):
        receipt = payments.take_payment(counter.cashier, payments.PaymentRequest(
            unit_code="3-2-501", adhoc=[("GBF", 10003, "工本费"), ("GBF", 2344, "补卡")], tenders=[Tender("cash", 20000)]))
        shift = shifts.current_shift(counter.cashier)
        counts, rest = greedy_count(shifts.expected_cash(shift.id))
        closeout.close_shift(counter.cashier, counts, note="分币未点" if rest else "")
    assert receipt.rounding_fen == -7 and receipt.paid_fen == 12340
    return receipt


def test_a_partial_refund_gives_the_rounding_back_and_leaves_nothing_open(counter):
    receipt = two_lines_paid(counter)
    lines = {ln.paid_fen: ln for ln in corrections.refundable_lines(counter.cashier, receipt.number)}
    assert corrections.rounding_given_back(counter.cashier, receipt.number) == 7     # shown before it is asked
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(counter.cashier, 0)
        first = corrections.refund(counter.cashier, receipt.number, {lines[2344].payment_line_id: 2344}, "cash",
                                   "补卡取消", counter.manager)
    # The first refund gives 23.44 back less the 0.07 rounded off: 23.37 in money.
    assert first.total_fen == 2337 and ("抹零", "", -7) in first.lines
    # What stands is paid in full money: 100.03 of charge for 123.40 − 23.37 = 100.03 taken.
    p = Payment.get(Payment.number == receipt.number)
    charges = {c.amount_fen: c for c in Charge.select().where(Charge.source_payment == p.id)}
    assert charges[10003].paid_fen == 10003 and charges[2344].paid_fen == 0        # owed again in full
    assert 12340 - first.total_fen == charges[10003].paid_fen
    assert corrections.rounding_given_back(counter.cashier, receipt.number) == 0     # given back once only
    with clock.frozen(at(2026, 1, 11, 10)):
        second = corrections.refund(counter.cashier, receipt.number, None, "cash", "退房", counter.manager)
    # Refunded whole: exactly what was taken went back, no 分 either way.
    assert first.total_fen + second.total_fen == 12340 and second.total_fen == 10003
    assert verify.verify_all().ok


def test_a_refund_smaller_than_the_rounding_is_refused(counter):
    receipt = two_lines_paid(counter)
    line = corrections.refundable_lines(counter.cashier, receipt.number)[0]
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(counter.cashier, 0)
        with pytest.raises(CounterError, match="抹零"):
            corrections.refund(counter.cashier, receipt.number, {line.payment_line_id: 5}, "cash", "试", counter.manager)
        whole = corrections.refund(counter.cashier, receipt.number, None, "cash", "退房", counter.manager)
    assert whole.total_fen == 12340
    assert verify.verify_all().ok


def test_the_day_and_collection_reports_show_the_rounding_apart(counter):
    from datetime import date

    from counter_app.core.closeout import greedy_count
    from counter_app.core.tables import TOTAL
    from counter_app.services.closing import close as closeout, tables
    from counter_app.services.reports import collection, tables as report_tables
    set_rule(counter, "jiao-down")
    adhoc(counter, "3-2-501", 12347, [Tender("cash", 20000)])                       # 123.40 cash, -0.07
    adhoc(counter, "3-2-502", 12347, [Tender("wechat", 10000, "WX1"), Tender("cash", 5000)])  # 100 + 23.40, -0.07
    adhoc(counter, "3-1-102", 5555, [Tender("alipay", 5555, "ZFB1")])                # never rounded
    voided = adhoc(counter, "3-1-101", 999, [Tender("cash", 1000)])                  # 9.90, -0.09, then voided
    with clock.frozen(at(2026, 1, 10, 10)):
        corrections.void_receipt(counter.cashier, voided.number, "录错", counter.manager)
        shift = shifts.current_shift(counter.cashier)
        assert shifts.expected_cash(shift.id) == shift.float_fen + 12340 + 2340     # the rounded cash, voids out
        counts, rest = greedy_count(shifts.expected_cash(shift.id))
        z = closeout.close_shift(counter.cashier, counts, note="分币未点" if rest else "")
        assert z.figures.rounding_fen == -14 and z.figures.expected_cash_fen == shift.float_fen + 12340 + 2340
        report = closeout.day_report(counter.manager, date.fromisoformat(z.business_date))
    f = report.figures
    assert f.rounding_fen == -14
    assert f.by_tender == {"cash": 12340 + 2340, "wechat": 10000, "alipay": 5555}
    assert f.received_fen == 12340 + 12340 + 5555                 # 实收: what was taken
    sections = {s.title: s for s in tables.day_sections(report)}
    summary = dict((row[0], row[1]) for row in sections["概要"].rows)
    assert int(summary[rounding.NAME]) == -14 and int(summary["实收合计"]) == f.received_fen
    by_item = sections["按收费项目"].rows
    assert (rounding.NAME, -14) in [(r[0], int(r[1])) for r in by_item]
    assert sum(int(r[1]) for r in by_item[:-1]) == int(by_item[-1][1]) == f.received_fen and by_item[-1][0] == TOTAL
    with clock.frozen(at(2026, 1, 10, 11)):
        month = collection.collection_report(counter.manager, z.business_date[:7])
    assert month.rounding_fen == -14 and month.received_fen == f.received_fen
    takings = {s.title: s for s in report_tables.collection_sections(month)}["本月收款合计"].rows
    assert (rounding.NAME, -14) in [(r[0], int(r[1])) for r in takings if r[0] == rounding.NAME]


def test_every_list_of_receipts_says_the_amount_the_payer_paid(counter):
    """A 123.47 receipt taken as 123.40 is 123.40 wherever a person reads its amount: the receipt's
    合计, the journal, the unit's history, the last receipt (F4's question and the notice of an
    unprinted one): one figure, not the charges' total in one place and the cash in another."""
    from counter_app.services.counter import journal, ledger, printed
    set_rule(counter, "jiao-down")
    receipt = adhoc(counter, "3-2-501", 12347, [Tender("cash", 20000)])
    assert receipt.paid_fen == 12340
    row = [r for r in journal.search(counter.manager, journal.JournalFilter(number=receipt.number))]
    assert [r.paid_fen for r in row] == [12340]
    unit = Payment.get(Payment.number == receipt.number).unit_id
    assert [h.paid_fen for h in ledger.paid_history(unit) if h.number == receipt.number] == [12340]
    assert printed.last_receipt(counter.cashier).paid_fen == 12340
    plain = adhoc(counter, "3-2-501", 5000, [Tender("wechat", 5000, "WX9")])       # no 抹零: its total
    assert printed.last_receipt(counter.cashier).paid_fen == 5000 == plain.paid_fen
