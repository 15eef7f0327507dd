"""A refund of a line that carried a late fee gives the late fee back first (docs/FIGURES.md): the
late fee kept on a charge never exceeds what its overdue days justify for the principal kept, over
any sequence of payments and refunds, on both engines; and the issue's worked example."""
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from counter_app.core.latefees import LateFeeRule, late_fee
from counter_app.core.tenders import Tender
from counter_app.services.admin import estate as est
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock, dues
from counter_app.services.counter import corrections, payments
from counter_app.store.db import write_transaction
from counter_app.store.models import Charge, Payment, PaymentLine, RefundLine
from counter_app.store.queries import billed
from counter_app.core import charge_keys
from tests.factories import at

RULE = LateFeeRule(300, 0, 100)        # the small estate's property fee: 0.03 % a day, no grace, capped
DUE = date(2026, 1, 31)


def _unit_with_charges(estate, room: str, amounts: list[int]):
    """A new unit owing property-fee charges of `amounts`, all due on DUE (as a run would leave them)."""
    with clock.frozen(at(2026, 1, 1, 8)):
        unit = est.add_unit(estate.admin, estate.building, 9, room, "80.00")
    with write_transaction():
        for n, amount in enumerate(amounts):
            start = date(2025, 12 - n, 1)
            Charge.create(unit=unit, item=estate.items["WYF"], period_start=start, period_end=start, months=1,
                          amount_fen=amount, paid_fen=0, due_date=DUE - timedelta(days=31 * n), basis="测试",
                          rounding="测试", dedupe_key=charge_keys.periodic(unit.id, estate.items["WYF"].id, start), created_at=DUE)
            billed.add([(estate.items["WYF"].id, start, amount)])
    return unit


def _in_a_shift(actor, day: date, work):
    """`work` in a shift of its own on `day`, closed after it (no cash moves: tenders are WeChat)."""
    with clock.frozen(at(day.year, day.month, day.day, 9)):
        shifts.open_shift(actor, 0)
        result = work()
        closeout.close_shift(actor, {})
    return result


def _close_open_shifts(estate):
    with clock.frozen(at(2026, 1, 31, 18)):
        for actor in (estate.cashier, estate.manager):
            if shifts.current_shift(actor) is not None:
                closeout.close_shift(actor, {})


def _kept(charge_id: int):
    """(principal kept, late fee kept, late days) of each valid receipt line of a charge."""
    out = []
    for line in PaymentLine.select().join(Payment).where((PaymentLine.charge == charge_id) & (Payment.status == "valid")):
        back = list(RefundLine.select().where(RefundLine.payment_line == line))
        principal = line.principal_fen - sum(r.principal_fen for r in back)
        late = line.late_fee_fen - line.waived_fen - sum(r.amount_fen - r.principal_fen for r in back)
        out.append((principal, late, line.late_days))
    return out


def test_the_issue_s_example_keeps_at_most_the_late_fee_once(estate):
    """190.74 + 2.52 paid 44 days late; 192.00 refunded: 2.52 late fee and 189.48 principal go back,
    and the counter asks for 189.48 with its own late fee, never 190.74 + 2.52 again."""
    _close_open_shifts(estate)
    unit = _unit_with_charges(estate, "901", [19074])
    paid_on = DUE + timedelta(days=44)
    receipt = _in_a_shift(estate.cashier, paid_on, lambda: payments.take_payment(estate.cashier, payments.PaymentRequest(
        unit_code=unit.code, all_due=True, tenders=[Tender("wechat", 19074 + 252, "WX1")])))
    assert receipt.total_fen == 19074 + 252
    line = corrections.refundable_lines(estate.cashier, receipt.number)[0]
    _in_a_shift(estate.cashier, paid_on, lambda: corrections.refund(
        estate.cashier, receipt.number, {line.payment_line_id: 19200}, "wechat", "多收", estate.manager,
        reference="WXR1"))
    refund_line = RefundLine.get()
    assert (refund_line.amount_fen, refund_line.principal_fen) == (19200, 18948)       # 2.52 late fee first
    due = dues.owed(estate.cashier, unit, paid_on)
    assert [(d.outstanding_fen, d.late_fee_fen) for d in due] == [(18948, late_fee(18948, 44, RULE))]
    assert late_fee(18948, 44, RULE) == 250           # 2.50 asked now, 0 kept: never 3.78 in all
    charge = due[0].charge_id
    assert _kept(charge) == [(126, 0, 44)]


operations = st.lists(st.tuples(st.sampled_from(["pay_all", "pay_part", "refund"]), st.integers(0, 60),
                                st.integers(1, 100)), min_size=1, max_size=6)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(amounts=st.lists(st.integers(1, 500_000), min_size=1, max_size=3), ops=operations)
def test_late_fee_kept_never_exceeds_what_the_days_justify(estate, amounts, ops):
    _close_open_shifts(estate)
    from counter_app.store.models import Unit
    unit = _unit_with_charges(estate, f"{1000 + Unit.select().count()}", amounts)
    day = DUE
    receipts: list[str] = []
    for kind, gap, share in ops:
        day += timedelta(days=gap)
        if kind == "refund":
            lines = [(n, ln) for n in receipts for ln in corrections.refundable_lines(estate.cashier, n)
                     if ln.refundable_fen > 0]
            if not lines:
                continue
            number, line = lines[share % len(lines)]
            amount = max(1, line.refundable_fen * share // 100)
            _in_a_shift(estate.cashier, day, lambda: corrections.refund(
                estate.cashier, number, {line.payment_line_id: amount}, "wechat", "退款", estate.manager,
                reference="WXR"))
            continue
        owed = dues.owed_with_figures(estate.cashier, unit, day)[2]
        if owed.principal_fen == 0:
            continue
        with clock.frozen(at(day.year, day.month, day.day, 9)):
            quote = payments.quote(estate.cashier, payments.PaymentRequest(unit_code=unit.code, all_due=True,
                                                                           tenders=[]))
        assert quote.total_fen == owed.total_fen      # what the counter asks is the unit's 应缴合计
        amount = quote.total_fen if kind == "pay_all" else max(1, quote.total_fen * share // 100)
        request = payments.PaymentRequest(unit_code=unit.code, tenders=[Tender("wechat", amount, "WX")],
                                          **({"all_due": True} if kind == "pay_all" else {"amount_fen": amount}))
        receipts.append(_in_a_shift(estate.cashier, day,
                                    lambda: payments.take_payment(estate.cashier, request)).number)
    for charge in Charge.select().where(Charge.unit == unit):
        kept = _kept(charge.id)
        for principal, late, days in kept:          # each line: its late fee, for the principal it kept
            assert 0 <= late <= late_fee(principal, days, RULE), (charge.id, kept)
        # the charge: no more than the late fee of the principal kept at the latest days, but for
        # a 分 of rounding a line (each line's fee is rounded on its own principal)
        if kept:
            assert sum(late for _, late, _ in kept) <= late_fee(sum(p for p, _, _ in kept),
                                                                max(d for _, _, d in kept), RULE) + len(kept)
        assert charge.paid_fen == sum(p for p, _, _ in kept)
