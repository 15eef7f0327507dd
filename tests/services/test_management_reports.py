"""The arrears list and the monthly collection report agree with the ledger they summarise, with
the day reports, and with themselves when printed again later."""
import subprocess
from datetime import date, timedelta

import pytest

from counter_app.core.closeout import greedy_count
from counter_app.core.collection import rate_text
from counter_app.core.money import format_yuan
from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock
from counter_app.ledger import dues
from counter_app.services.counter import payments
from counter_app.services.reports import arrears, collection, tables as management_tables
from counter_app.store.models import AuditLog, Charge, Unit
from tests.factories import at, bill_months


def pay(actor, code, *, all_due=False, amount_fen=None, advance=(), day=(2026, 1, 10)):
    """A payment at the counter on `day`, in that day's shift (the previous one closed)."""
    with clock.frozen(at(*day, 8)):
        current = shifts.current_shift(actor)
        if current.business_date != date(*day):
            counts, rest = greedy_count(shifts.expected_cash(current.id))
            closeout.close_shift(actor, counts, "零头" if rest else "")
            shifts.open_shift(actor, 0)
    with clock.frozen(at(*day, 9)):
        q = payments.quote(actor, payments.PaymentRequest(unit_code=code, tenders=[], all_due=all_due, amount_fen=amount_fen,
                                                   advance=list(advance)))
        return payments.take_payment(actor, payments.PaymentRequest(
            unit_code=code, all_due=all_due, amount_fen=amount_fen, advance=list(advance),
            expected_total_fen=q.total_fen, tenders=[Tender("cash", q.total_fen)]))


@pytest.fixture
def history(estate):
    """Three months billed; in January 501 pays everything owed plus two months ahead, 102 pays
    part of December; in February 102 pays the rest of what it owed."""
    bill_months(estate, "2025-12", "2026-01", "2026-02")
    return estate


def test_arrears_list_is_what_each_unit_owes_past_due(history):
    pay(history.cashier, "3-2-501", all_due=True)
    pay(history.cashier, "3-1-102", amount_fen=5000)
    as_of = date(2026, 2, 20)
    with clock.frozen(at(2026, 2, 20, 9)):
        report = arrears.arrears_list(history.manager, as_of)
    expected = {}
    for unit in Unit.select():
        owed = [d for d in dues.owed(history.cashier, unit, as_of) if d.due_date < as_of]
        if owed:
            expected[unit.code] = (sum(d.outstanding_fen for d in owed), sum(d.late_fee_fen for d in owed))
    assert {ln.code: (ln.principal_fen, ln.late_fee_fen) for ln in report.lines} == expected
    assert "3-2-501" not in expected and report.principal_fen > 0 and report.late_fee_fen > 0
    assert sum(owed for _, _, owed in report.buckets) == report.principal_fen
    assert sum(owed for _, _, owed in report.by_item) == report.principal_fen
    assert sum(units for _, units, _ in report.buckets) == len(report.lines)
    oldest = report.lines[0]            # longest overdue first, with its aging bucket
    assert oldest.oldest_days == max(ln.oldest_days for ln in report.lines)
    assert oldest.bucket == ("31–90 天" if 31 <= oldest.oldest_days <= 90 else "0–30 天")
    with pytest.raises(PermissionDenied):
        arrears.arrears_list(history.cashier, as_of)


def test_arrears_of_one_building_and_the_files(history, tmp_path):
    with clock.frozen(at(2026, 2, 20, 9)):
        report = arrears.arrears_list(history.manager, date(2026, 2, 20), "3")
        files = management_tables.write_arrears(report, tmp_path)
    assert [p.suffix for p in files] == [".pdf", ".xlsx", ".csv"]
    text = subprocess.run(["pdftotext", "-layout", str(files[0]), "-"], capture_output=True, text=True).stdout
    assert "欠费清单" in text and "365 天以上" in text and report.lines[0].code in text
    from counter_app.core.money import format_yuan
    assert format_yuan(report.principal_fen) in text
    assert f"逾期本金,{format_yuan(report.principal_fen, grouping=False)}" in files[2].read_text(encoding="utf-8-sig")


def test_collection_report_figures(history, tmp_path):
    pay(history.cashier, "3-2-501", all_due=True, advance=[("WYF", 2)])    # Dec + Jan, and Feb, Mar ahead
    pay(history.cashier, "3-1-102", amount_fen=5000)
    pay(history.cashier, "3-1-102", all_due=True, day=(2026, 2, 5))
    with clock.frozen(at(2026, 2, 20, 9)):
        jan = collection.collection_report(history.manager, "2026-01")
        feb = collection.collection_report(history.manager, "2026-02")
    jan_charges = list(Charge.select().where((Charge.period_start >= date(2026, 1, 1)) &
                                             (Charge.period_start <= date(2026, 1, 31))))
    assert jan.as_of == date(2026, 1, 31) and feb.as_of == date(2026, 2, 20)
    assert jan.billed_fen == sum(c.amount_fen for c in jan_charges)
    # 102's January charges were paid on 5 February: not yet collected as of 31 January.
    paid_in_jan = sum(c.amount_fen for c in jan_charges if c.unit.code == "3-2-501")
    assert jan.collected_fen == paid_in_jan
    assert jan.rate == rate_text(paid_in_jan, jan.billed_fen) and jan.rate not in ("0.00%", "100.00%")
    assert jan.units_paid == 1 and jan.units_billed == len({c.unit_id for c in jan_charges})
    # The counter's January takings: Dec charges are arrears, Jan current, the advance months ahead.
    assert sum(c.arrears_fen for c in jan.cash) > 0 and sum(c.advance_fen for c in jan.cash) > 0
    assert jan.arrears_recovered_fen == sum(c.arrears_fen for c in jan.cash)
    days = [date(2026, 1, 1) + timedelta(days=i) for i in range(31)]
    day_totals = sum(closeout.day_report(history.manager, d).figures.received_fen for d in days)
    assert jan.received_fen == day_totals == sum(c.total_fen for c in jan.cash) + jan.late_fees_fen - jan.waived_fen \
        + jan.topups_fen
    # February recovers 102's December arrears; what is still owed of earlier months is the rest.
    assert feb.arrears_recovered_fen > 0
    with clock.frozen(at(2026, 2, 20, 9)):
        owed_before_feb = sum(d.outstanding_fen for u in Unit.select() for d in dues.owed(history.cashier, u)
                              if d.period_start < date(2026, 2, 1))
    assert feb.arrears_open_fen == owed_before_feb
    # Printed again later, January says the same: it reads receipts up to its own last day.
    pay(history.cashier, "3-2-502", all_due=True, day=(2026, 2, 21))
    with clock.frozen(at(2026, 2, 22, 9)):
        assert collection.collection_report(history.manager, "2026-01") == jan
        files = management_tables.write_collection(jan, tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(files[0]), "-"], capture_output=True, text=True).stdout
    assert "月度收费汇总 2026-01" in text and jan.rate in text and jan.unit_rate in text


def test_arrears_paper_is_landscape_one_line_a_unit_phones_masked_unless_asked(history, tmp_path):
    """Masked on the list, its paper, its Excel and CSV alike; full numbers only when a role that
    may see them asks; the paper is landscape and each unit's row stays on one line."""
    import openpyxl
    with clock.frozen(at(2026, 2, 20, 9)):
        masked = arrears.arrears_list(history.manager, date(2026, 2, 20))
        files = management_tables.write_arrears(masked, tmp_path)
        with pytest.raises(CounterError, match="用途"):            # full numbers only saying why
            arrears.arrears_list(history.manager, date(2026, 2, 20), full_phones=True)
        full = arrears.arrears_list(history.manager, date(2026, 2, 20), full_phones=True, purpose="电话催缴")
        with pytest.raises(PermissionDenied):
            arrears.arrears_list(history.cashier, date(2026, 2, 20), full_phones=True, purpose="电话催缴")
    logged = AuditLog.select().where(AuditLog.action == "personal.show").order_by(AuditLog.id.desc()).first()
    assert logged.username == "manager" and '"why":"电话催缴"' in logged.after
    assert all(f'"{ln.code}"' in logged.after for ln in full.lines if ln.phone)
    assert masked.lines and all("****" in ln.phone for ln in masked.lines if ln.phone)
    assert {ln.phone for ln in full.lines} >= {"13500004444"}
    pdf, xlsx, csv = files
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height, "the arrears list is printed landscape"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    for line in masked.lines:
        row = next(r for r in text.splitlines() if r.strip().startswith(line.code))
        assert line.phone in row and line.bucket in row, row        # not wrapped onto a second line
    assert "13500004444" not in text and "13500004444" not in csv.read_text(encoding="utf-8-sig")
    cells = [str(c.value) for ws in openpyxl.load_workbook(xlsx) for row in ws.iter_rows() for c in row]
    assert "13500004444" not in "".join(cells) and any("135****4444" in c for c in cells)


def test_every_money_section_of_the_manager_s_reports_adds_up_to_its_total_row(history):
    from counter_app.core.tables import TOTAL, Fen
    pay(history.cashier, "3-2-501", all_due=True, advance=[("WYF", 2)])
    pay(history.cashier, "3-1-102", amount_fen=5000)
    with clock.frozen(at(2026, 2, 20, 9)):
        sections = (management_tables.arrears_sections(arrears.arrears_list(history.manager, date(2026, 2, 20)))
                    + management_tables.collection_sections(collection.collection_report(history.manager, "2026-01")))
    checked = 0
    for section in sections:
        if section.title == "概要" or not section.rows or section.rows[-1][0] != TOTAL:
            continue
        for column in range(1, len(section.headers)):
            if isinstance(section.rows[-1][column], Fen) and section.headers[column] not in ("收费率", "户收费率"):
                assert sum(int(r[column]) for r in section.rows[:-1]) == int(section.rows[-1][column]), \
                    (section.title, section.headers[column])
                checked += 1
    assert checked >= 6


def test_holdings_are_what_each_unit_holds_and_add_up_to_the_ledger(history, tmp_path):
    """Prepaid balances and deposits held, unit by unit: a deposit paid, one part-refunded, an
    opening deposit, a top-up; totals equal the units' own figures, one building's list is its
    own, and the files carry the totals."""
    from counter_app.services.counter import corrections, ledger
    from counter_app.services.reports import holdings
    from counter_app.store.models import OpeningDeposit
    with clock.frozen(at(2026, 1, 10, 9)):
        deposit = payments.take_payment(history.cashier, payments.PaymentRequest(
            unit_code="3-2-501", adhoc=[("ZXYJ", None, "装修")], tenders=[Tender("cash", 200_000)]))
        payments.take_payment(history.cashier, payments.PaymentRequest(
            unit_code="3-1-102", adhoc=[("ZXYJ", None, "装修")], topup_fen=30_000,
            tenders=[Tender("cash", 230_000)]))
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(history.cashier).id))
        closeout.close_shift(history.cashier, counts, "零头" if rest else "")
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(history.cashier, 0)
        line = [ln for ln in corrections.refundable_lines(history.cashier, deposit.number) if ln.refundable_fen][0]
        corrections.refund(history.cashier, deposit.number, {line.payment_line_id: 50_000}, "cash", "部分验收",
                           history.manager)
        OpeningDeposit.create(estate=history.estate, unit=history.units["101"], item=history.items["ZXYJ"],
                              amount_fen=80_000, received_on=date(2025, 6, 1), created_at=at(2026, 1, 1), created_by="admin")
        report = holdings.holdings_report(history.manager)
        files = management_tables.write_holdings(report, tmp_path)
        one = holdings.holdings_report(history.manager, "3")
    units = list(Unit.select())
    assert report.deposits_fen == sum(ledger.deposits_held(u) for u in units) == 200_000 - 50_000 + 200_000 + 80_000
    assert report.prepaid_fen == sum(Unit.get_by_id(u.id).prepaid_fen for u in units) == 30_000
    assert {ln.code: (ln.prepaid_fen, ln.deposits_fen) for ln in report.lines} == {
        "3-2-501": (0, 150_000), "3-1-102": (30_000, 200_000), "3-1-101": (0, 80_000)}
    assert one.lines == report.lines                      # the estate's one building
    text = subprocess.run(["pdftotext", "-layout", str(files[0]), "-"], capture_output=True, text=True).stdout
    assert format_yuan(report.deposits_fen) in text and format_yuan(report.prepaid_fen) in text
    with pytest.raises(PermissionDenied):
        holdings.holdings_report(history.cashier)


def test_a_refund_after_the_report_date_leaves_the_month_as_it_was(history):
    """January's report, printed again after a February refund of a January receipt, says what was
    collected by 31 January: the refund took the money back later."""
    from counter_app.services.counter import corrections
    receipt = pay(history.cashier, "3-2-501", all_due=True, day=(2026, 1, 10))
    with clock.frozen(at(2026, 1, 31, 9)):
        before = collection.collection_report(history.manager, "2026-01")
    pay(history.cashier, "3-1-102", amount_fen=100, day=(2026, 2, 5))          # a February shift to refund in
    lines = [ln for ln in corrections.refundable_lines(history.cashier, receipt.number)
             if ln.refundable_fen and ln.period.startswith("2026.01")]
    with clock.frozen(at(2026, 2, 5, 10)):
        corrections.refund(history.cashier, receipt.number, {lines[0].payment_line_id: lines[0].refundable_fen}, "cash",
                           "多收", history.manager)
        after = collection.collection_report(history.manager, "2026-01")
    assert after.collected_fen == before.collected_fen > 0 and after.items == before.items
