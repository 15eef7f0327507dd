"""The consultation desk: catalogue, calculator = billing, statement = ledger, notice, log."""
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.services.admin import estate as est
from counter_app.services.billing import runs as billing
from counter_app.ledger import clock, planner
from counter_app.services.consultation import desk as consultation
from counter_app.ledger import dues
from counter_app.services.counter import corrections, payments
from counter_app.store.models import Charge, Consultation
from counter_app.store.queries.readings import last_reading
from counter_app.store.queries.shifts import consultations_in_shift
from tests.factories import at, bill_months


def test_catalogue_search_by_pinyin_name_code(estate):
    with clock.frozen(at(2026, 2, 1)):
        assert [e.name for e in consultation.catalogue(estate.cashier, "wyf")] == ["物业服务费"]
        assert [e.name for e in consultation.catalogue(estate.cashier, "水")] == ["水费"]
        assert [e.code for e in consultation.catalogue(estate.cashier, "tc")] == ["TCF"]
        (wyf,) = consultation.catalogue(estate.cashier, "物业")
    assert wyf.rate == "1.60元/㎡/月" and "业主大会决议" in wyf.basis
    assert [h[1] for h in wyf.history] == ["1.40元/㎡/月", "1.60元/㎡/月"]
    assert "0.03%" in wyf.late_fee and "70%" in wyf.vacancy
    (sf,) = consultation.catalogue(estate.cashier, "sf")
    assert sf.rate.startswith("阶梯") and "3.85元" in sf.rate


UNITS = ["501", "502", "101", "102"]
MONTHS = ["2025-11", "2025-12", "2026-01", "2026-02"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.sampled_from(UNITS), month=st.sampled_from(MONTHS), item=st.sampled_from(["WYF", "TCF", "LJF"]))
def test_calculator_agrees_with_billing_across_the_rate_change(estate, unit, month, item):
    """The calculator and the billing run agree to the 分, before, across and after the rate change."""
    code = estate.units[unit].code
    year, mon = map(int, month.split("-"))
    with clock.frozen(at(year, mon, 1, 8)):
        billing.run_billing(estate.admin, month)
    charges = list(Charge.select().where((Charge.unit == estate.units[unit]) &
                                         (Charge.item == estate.items[item]) &
                                         (Charge.period_start == date(year, mon, 1))))
    try:
        months = 3 if item == "LJF" else 1
        calc = consultation.calculate(estate.cashier, item, month, months, unit_code=code)
    except CounterError:
        assert not charges   # e.g. no parking space: nothing billed, nothing to calculate
        return
    if item == "LJF" and mon not in (1, 4, 7, 10):
        return                # refuse collection is billed per quarter
    assert charges and calc.amount_fen == sum(c.amount_fen for c in charges)


def test_calculator_hypothetical_and_bad_input(estate):
    with clock.frozen(at(2026, 2, 1)):
        year = consultation.calculate(estate.cashier, "WYF", "2026-01", 12, area="100.00")
        assert year.amount_fen == 16000 * 12 and "100.00㎡" in "\n".join(year.lines)
        vacant = consultation.calculate(estate.cashier, "WYF", "2025-12", 2, area="100", vacant=True)
        assert vacant.amount_fen == 9800 + 11200          # 70 % of 1.40, then of 1.60: two segments
        water = consultation.calculate(estate.cashier, "SF", "2026-01", usage="30")
        assert water.amount_fen == 11265
        for kwargs, message in ((dict(item_code="WYF", first_month="2024-01", area="100"), "还没有收费标准"),
                                (dict(item_code="WYF", first_month="2026-01", area="-5"), "负数"),
                                (dict(item_code="WYF", first_month="2026-01", area="99999999"), "不合理"),
                                (dict(item_code="GTDF", first_month="2026-01", area="100"), "不能预先试算")):
            with pytest.raises(CounterError, match=message):
                consultation.calculate(estate.cashier, **kwargs)
        assert Consultation.select().count() == 0


def test_pay_through_june(estate):
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 2, 10)):
        plan = consultation.pay_through(estate.cashier, "3-2-501", "2026-06")
    text = "\n".join(plan.lines)
    assert "欠费 物业服务费 2025.12" in text and "预交 物业服务费 2026.02-2026.06" in text
    assert "每日 0.03% ×" in text and "天 =" in text          # the late fee's working, days × rate
    assert plan.amount_fen > 16038 * 5


def _first_prepaid_month(lines, item_name: str) -> str:
    return next(line.split()[2][:7] for line in lines if line.startswith(f"预交 {item_name} "))


def test_the_desk_quotes_advance_months_from_where_the_counter_bills_them(estate):
    """One "month after the last one billed" (core/periods.month_after_billed): the desk's
    pay-through and the counter's advance months start at the same month, past a voided advance
    (its charges cancelled, the months free again) and past a kept one."""
    bill_months(estate, "2025-12", "2026-01")
    unit, item = estate.units["501"], estate.items["WYF"]

    def both_start() -> tuple[str, str]:
        desk = consultation.pay_through(estate.cashier, unit.code, "2026-12")
        counter = planner.create_future_charges(unit, item, 1, save=False)[0]
        return _first_prepaid_month(desk.lines, item.name), f"{counter.period_start:%Y.%m}"

    with clock.frozen(at(2026, 1, 10, 9)):
        assert both_start() == ("2026.02", "2026.02")
        voided = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code=unit.code, all_due=True, advance=[("WYF", 3)], tenders=[Tender("cash", 10_000_000)]))
        assert both_start() == ("2026.05", "2026.05")
        corrections.void_receipt(estate.cashier, voided.number, "测试作废", estate.manager)
        assert both_start() == ("2026.02", "2026.02")
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code=unit.code, all_due=True, advance=[("WYF", 2)], tenders=[Tender("cash", 10_000_000)]))
        assert both_start() == ("2026.04", "2026.04")


def test_statement_closing_balance_equals_the_ledger(estate):
    bill_months(estate, "2025-12", "2026-01", "2026-02")
    unit = estate.units["501"]
    with clock.frozen(at(2026, 1, 15, 10)):
        receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code=unit.code, amount_fen=30000, tenders=[Tender("cash", 30000)]))
        corrections.void_receipt(estate.cashier, receipt.number, "测试作废", estate.manager)
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code=unit.code, amount_fen=25000, tenders=[Tender("cash", 25000)]))
    s = consultation.account_statement(estate.cashier, unit.code, date(2026, 1, 1), date(2026, 2, 28))
    outstanding = sum(d.outstanding_fen for d in dues.owed(estate.cashier, unit, date(2026, 2, 28)))
    assert s.closing_fen == outstanding
    assert s.opening_fen == 14034 + 30000   # December: property fee and two parking spaces
    charged = sum(e[3] for e in s.entries if e[1] == "应收")
    paid = sum(e[4] for e in s.entries if e[1] in ("实收", "退款"))
    assert s.opening_fen + charged - paid == s.closing_fen
    from counter_app.documents.report_pdf import render_report_pdf
    pdf = render_report_pdf("对账单", unit.code, consultation.statement_sections(s))
    assert pdf.startswith(b"%PDF")


def test_notice_lists_every_item_with_its_rate(estate, tmp_path):
    with clock.frozen(at(2026, 2, 1)):
        path = tmp_path / "notice.pdf"
        path.write_bytes(consultation.notice_pdf(estate.cashier, ))
        entries = consultation.catalogue(estate.cashier, )
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    flat = text.replace(" ", "").replace("\n", "")
    for e in entries:
        assert e.name in flat
        assert e.rate.replace(" ", "") in flat, e.rate


def test_notice_prints_the_receipt_signing_public_key_and_its_fingerprint(estate, tmp_path):
    """An owner or auditor reads the office's public key off the 收费公示 and checks receipts with it."""
    from counter_app.core import receipt_signature as rs
    from counter_app.ledger import receiptkey
    path = tmp_path / "notice.pdf"
    path.write_bytes(consultation.notice_pdf(estate.cashier))
    public = receiptkey.public_key()
    assert public is not None
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
    flat = text.replace(" ", "").replace("\n", "")
    assert "收据验真" in flat and rs.fingerprint(public) in flat
    body = receiptkey.office_key("test").base64
    assert body in flat
    assert rs.read_public_key(body) == public      # what is printed is the key, readable back


def test_consultation_log_and_follow_ups(estate):
    with clock.frozen(at(2026, 2, 1, 10)):
        with pytest.raises(CounterError, match="跟进人"):
            consultation.log_consultation(estate.cashier, "为什么涨价", outcome="follow_up")
        row = consultation.log_consultation(estate.cashier, "为什么物业费涨了", answer="业主大会决议", unit_code="3-2-501",
                                            item_code="WYF", outcome="follow_up", follow_up_owner="李强")
        assert row.topic == "物业服务费" and row.shift_id is not None
        assert [c.id for c in consultation.open_follow_ups(estate.cashier, )] == [row.id]
        consultation.close_follow_up(estate.manager, row.id, "已电话回复")
        assert consultation.open_follow_ups(estate.cashier, ) == []
        assert consultations_in_shift(row.shift_id) == 1
        from counter_app.services.closing import close as closeout
        assert closeout.x_report(estate.cashier).consultations == 1   # counted in the shift report
        (section,) = consultation.consultation_sections(estate.cashier, )
        assert section.rows[0][2] == "3-2-501" and section.rows[0][9] == "是"


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(month=st.sampled_from(MONTHS), usage=st.integers(1, 6000), total=st.integers(0, 500_000))
def test_metered_and_shared_computations_agree_with_billing(estate, month, usage, total):
    """Metered: the calculator on the same usage; shared: the unit's explanation, which is what
    the counter shows — both equal the billed charge to the 分."""
    year, mon = map(int, month.split("-"))
    meter = estate.meters["SB-1"]
    with clock.frozen(at(year, mon, 1, 8)):
        prev = last_reading(meter).value_centi
        read_on = date(year, mon, 1)
        if last_reading(meter).read_on >= read_on:
            return  # this month was read in an earlier example
        est.record_reading(estate.admin, meter, read_on, str(Decimal(prev + usage).scaleb(-2)))
        est.set_shared_cost(estate.admin, estate.items["GTDF"], month, total, building=estate.building)
        billing.run_billing(estate.admin, month)
    unit = estate.units["501"]
    water = Charge.get((Charge.unit == unit) & (Charge.item == estate.items["SF"]) &
                       (Charge.period_start == date(year, mon, 1)))
    calc = consultation.calculate(estate.cashier, "SF", month, usage=str(Decimal(usage).scaleb(-2)))
    assert calc.amount_fen == water.amount_fen
    shared = list(Charge.select().where((Charge.unit == unit) & (Charge.item == estate.items["GTDF"]) &
                                        (Charge.period_start == date(year, mon, 1))))
    if shared:
        assert billing.explain(estate.cashier, unit, estate.items["GTDF"], month).amount_fen == sum(c.amount_fen for c in shared)
