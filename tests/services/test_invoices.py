"""The hand-off to 数电票: requests at the counter, the day's batch for the platform, its issued
invoices matched back, and the guards (no line twice, a 红字 invoice before an invoiced receipt is
voided or refunded)."""
import pytest
from openpyxl import Workbook, load_workbook

from counter_app.core.errors import CounterError
from counter_app.core.taxid import check_character, check_uscc
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import corrections, journal, payments, receipts
from counter_app.ledger import verify
from counter_app.services.invoicing import platform, requests as invoices
from counter_app.store.models import InvoiceRequest
from tests.factories import at, bill_months, fingerprint

COMPANY = invoices.Buyer("杭州某某科技有限公司", "91350100M000100Y43", "finance@example.com")


def test_the_check_character_follows_gb_32100_by_hand():
    # 91350100M000100Y4: values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 times the weights
    # 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 sum to 9+3+27+135+26+420+8+900+112 = 1640;
    # 1640 mod 31 = 28; 31 − 28 = 3, the character "3".
    assert 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 == 1640 and 1640 % 31 == 28
    assert check_character("91350100M000100Y4") == "3"
    # 12100000400000770: 1×1 + 2×3 + 1×9 + 4×20 + 7×10 + 7×30 = 376; 376 mod 31 = 4; 31 − 4 = 27 = "U"
    assert 1 + 6 + 9 + 80 + 70 + 210 == 376 and 376 % 31 == 4
    assert check_character("12100000400000770") == "U"
    # A sum that is a multiple of 31 gives 31 − 0 = 31, written "0": "1A" and zeros sum to 1×1 + 10×3 = 31.
    assert check_character("1A000000000000000") == "0"


@pytest.mark.parametrize("typed, problem", [
    ("91350100M000100Y44", "校验位"), ("91350100M000100Y4", "18 位"), ("91350100M000100O43", "不允许"),
    ("91350100M000100Y4Z", "不允许")])
def test_a_wrong_taxpayer_number_is_refused_and_says_why(typed, problem):
    with pytest.raises(CounterError, match=problem):
        check_uscc(typed)


def test_a_number_typed_with_spaces_lower_case_or_full_width_is_read(monkeypatch):
    assert check_uscc(" 91350100m000100y43 ") == "91350100M000100Y43"
    assert check_uscc("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


@pytest.fixture
def paid(estate):
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 1_000_000)], overpay_to_prepaid=True))
    return estate, receipt


def _set_tax(estate):
    for code, tax_code, rate in (("WYF", "3040802010000000000", "6"), ("TCF", "3040502020200000000", "9"),
                                 ("SF", "1100301010000000000", "9"), ("GTDF", "1100101020000000000", "13"),
                                 ("LJF", "3049900000000000000", "6")):
        invoices.set_item_tax(estate.admin, code, tax_code, rate)


def _issued_list(path, rows, header=("发票号码", "开票日期", "购买方名称", "购买方纳税人识别号", "价税合计")):
    wb = Workbook()
    ws = wb.active
    ws.append(["数电发票查询结果"])              # a title row above the header, as the platform writes
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def test_request_export_import_issued_round_trip(paid, tmp_path):
    estate, receipt = paid
    _set_tax(estate)
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        row = invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
        assert row.status == "requested" and row.amount_fen == receipt.lines_fen + receipt.late_fee_fen - receipt.waived_fen
        assert receipts.load_receipt(estate.cashier, receipt.number).invoice == "已申请（待开具）"
        batch = platform.export_batch(estate.manager, clock.business_date("Asia/Shanghai"), tmp_path / "batch.xlsx")
    wb = load_workbook(batch.path)
    basics, details = wb["1-发票基础信息"], wb["2-发票明细信息"]
    assert [c.value for c in basics[1]] == platform.BASIC_HEADERS
    assert [c.value for c in basics[2]][:5] == [platform.serial(row.id), "普通发票", "是", COMPANY.name, COMPANY.tax_id]
    lines = [[c.value for c in r] for r in details.iter_rows(min_row=2)]
    assert len(lines) == batch.lines == len(receipt.lines)
    assert sum(round(line[7] * 100) for line in lines) == row.amount_fen          # amounts with tax add up
    assert {line[8] for line in lines} <= {"6%", "9%", "13%"} and all(len(line[2]) == 19 for line in lines)

    issued = _issued_list(tmp_path / "issued.xlsx", [("26332000000012345678", "2026-01-11", COMPANY.name,
                                                      COMPANY.tax_id, row.amount_fen / 100)])
    result = platform.import_issued(estate.manager, issued)
    assert result.ok and [(r[1], r[2]) for r in result.issued] == [(receipt.number, "26332000000012345678")]
    assert receipts.load_receipt(estate.cashier, receipt.number).invoice == "已开具 No.26332000000012345678"
    found = journal.search(estate.manager, journal.JournalFilter(number=receipt.number))
    assert found[0].invoice == "已开具 No.26332000000012345678"
    # The same list again records nothing twice.
    before = fingerprint(estate.ledger.path)
    again = platform.import_issued(estate.manager, issued)
    assert again.issued == [] and again.already == [(3, "26332000000012345678")]
    assert [r for r in fingerprint(estate.ledger.path) if "invoice_request" in r] == \
        [r for r in before if "invoice_request" in r]
    assert verify.verify_all().ok


def test_an_invoice_row_hidden_in_excel_is_not_recorded_and_is_named(paid, tmp_path):
    estate, receipt = paid
    _set_tax(estate)
    row = invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
    listed = _issued_list(tmp_path / "issued.xlsx", [("26332000000012345678", "2026-01-11", COMPANY.name,
                                                      COMPANY.tax_id, row.amount_fen / 100)])
    wb = load_workbook(listed)
    wb.active.row_dimensions[3].hidden = True
    wb.save(listed)
    before = fingerprint(estate.ledger.path)
    result = platform.import_issued(estate.manager, listed)
    assert result.issued == [] and result.skipped == [(3, "隐藏的行，未读取（要读取请在 Excel 中取消隐藏）")]
    assert InvoiceRequest.get_by_id(row.id).status == "requested"
    assert [r for r in fingerprint(estate.ledger.path) if "invoice_request" in r] == \
        [r for r in before if "invoice_request" in r]


def test_a_line_is_never_invoiced_twice(paid):
    estate, receipt = paid
    lines = invoices.invoiceable_lines(estate.cashier, receipt.number)
    first = invoices.request_invoice(estate.cashier, receipt.number, COMPANY, [lines[0].payment_line_id])
    assert first.amount_fen == lines[0].amount_fen
    with pytest.raises(CounterError, match="不能重复开票"):
        invoices.request_invoice(estate.cashier, receipt.number, COMPANY, [lines[0].payment_line_id])
    rest = invoices.request_invoice(estate.cashier, receipt.number, COMPANY)         # what is left
    assert rest.amount_fen == sum(ln.amount_fen for ln in lines[1:])
    with pytest.raises(CounterError, match="没有可以开发票"):
        invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
    assert invoices.last_buyer(estate.cashier, "3-2-501") == COMPANY       # the unit remembers its buyer


def test_an_invoiced_receipt_is_voided_only_with_a_red_letter_note_and_listed_until_reversed(paid):
    estate, receipt = paid
    row = invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
    invoices.record_issued(estate.manager, str(row.id), "26332000000099990001", clock.business_date("Asia/Shanghai"))
    with clock.frozen(at(2026, 1, 10, 10)):
        with pytest.raises(CounterError, match="红字发票"):
            corrections.void_receipt(estate.cashier, receipt.number, "录错", estate.manager)
        assert receipts.load_receipt(estate.cashier, receipt.number).status == "valid"
        corrections.void_receipt(estate.cashier, receipt.number, "录错", estate.manager, "需开红字发票冲销")
    (listed,) = invoices.requests(estate.manager)
    assert listed.status == "red_needed" and listed.red_note == "需开红字发票冲销"
    assert "待开红字" in receipts.load_receipt(estate.cashier, receipt.number).invoice
    invoices.record_red_letter(estate.manager, receipt.number, "26332000000099990002")
    assert invoices.requests(estate.manager) == []
    assert InvoiceRequest.get_by_id(row.id).status == "reversed"
    with pytest.raises(CounterError, match="不需要红字"):
        invoices.record_red_letter(estate.manager, receipt.number, "26332000000099990003")
    assert verify.verify_all().ok


def test_a_red_letter_invoice_in_the_platform_s_list_reverses_the_request_waiting_for_it(paid, tmp_path):
    estate, receipt = paid
    row = invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
    invoices.record_issued(estate.manager, str(row.id), "26332000000099990001", clock.business_date("Asia/Shanghai"))
    with clock.frozen(at(2026, 1, 10, 10)):
        corrections.void_receipt(estate.cashier, receipt.number, "录错", estate.manager, "需开红字发票")
    listed = _issued_list(tmp_path / "issued.xlsx", [
        ("26332000000099990001", "2026-01-11", COMPANY.name, COMPANY.tax_id, row.amount_fen / 100),   # known
        ("26332000000099990002", "2026-01-12", COMPANY.name, COMPANY.tax_id, -row.amount_fen / 100)])  # 红字
    result = platform.import_issued(estate.manager, listed)
    assert result.ok and result.issued == [] and [r[2] for r in result.reversed] == ["26332000000099990002"]
    assert result.already == [(3, "26332000000099990001")]
    assert InvoiceRequest.get_by_id(row.id).status == "reversed" and invoices.requests(estate.manager) == []
    again = platform.import_issued(estate.manager, listed)           # nothing twice
    assert again.reversed == [] and len(again.already) == 2


def test_a_request_not_yet_issued_is_cancelled_with_its_voided_receipt_and_a_voided_receipt_gets_none(paid):
    estate, receipt = paid
    invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
    with clock.frozen(at(2026, 1, 10, 10)):
        corrections.void_receipt(estate.cashier, receipt.number, "录错", estate.manager)
    assert invoices.requests(estate.manager) == []
    assert InvoiceRequest.get().status == "cancelled"
    with pytest.raises(CounterError, match="已作废"):
        invoices.request_invoice(estate.cashier, receipt.number, COMPANY)


def test_import_rows_matching_no_request_or_two_are_listed_and_record_nothing(estate, tmp_path):
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        a = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=0, advance=[("LJF", 3)], tenders=[Tender("cash", 100_000)],
            overpay_to_prepaid=True))
        b = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-101", topup_fen=0, advance=[("LJF", 3)], tenders=[Tender("cash", 100_000)],
            overpay_to_prepaid=True))
    same = invoices.Buyer("张三", "", "13812345678")           # an individual: no taxpayer number
    ra = invoices.request_invoice(estate.cashier, a.number, same, [invoices.invoiceable_lines(
        estate.cashier, a.number)[-1].payment_line_id])
    rb = invoices.request_invoice(estate.cashier, b.number, same, [invoices.invoiceable_lines(
        estate.cashier, b.number)[-1].payment_line_id])
    assert ra.amount_fen == rb.amount_fen
    issued = _issued_list(tmp_path / "issued.csv.xlsx", [
        ("26332000000000000001", "2026/1/11", "张三", "", ra.amount_fen / 100),          # two requests match
        ("26332000000000000002", "2026年1月11日", "李四", "", ra.amount_fen / 100)])      # none does
    before = fingerprint(estate.ledger.path)
    result = platform.import_issued(estate.manager, issued)
    assert not result.ok and result.issued == []
    (two, none) = result.unmatched
    assert two[0] == 3 and two[4].startswith("有 2 个") and none[0] == 4 and none[4].startswith("没有金额")
    assert [r for r in fingerprint(estate.ledger.path) if "invoice_request" in r] == \
        [r for r in before if "invoice_request" in r]
    # Typed by the manager instead: each request takes its own number.
    invoices.record_issued(estate.manager, str(ra.id), "26332000000000000001", clock.business_date("Asia/Shanghai"))
    with pytest.raises(CounterError, match="已经登记过"):
        invoices.record_issued(estate.manager, str(rb.id), "26332000000000000001", clock.business_date("Asia/Shanghai"))


def test_the_batch_is_refused_without_tax_settings_or_requests(paid, tmp_path):
    estate, receipt = paid
    day = clock.business_date("Asia/Shanghai")
    with pytest.raises(CounterError, match="没有待开具"):
        platform.export_batch(estate.manager, day, tmp_path / "b.xlsx")
    invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
    with pytest.raises(CounterError, match="税收分类编码"):
        platform.export_batch(estate.manager, day, tmp_path / "b.xlsx")
    assert not (tmp_path / "b.xlsx").exists()


@pytest.mark.parametrize("buyer, problem", [
    (invoices.Buyer("", "", "a@b.cn"), "抬头"), (invoices.Buyer("某公司", "91350100M000100Y44", "a@b.cn"), "校验位"),
    (invoices.Buyer("某公司", "", "12345"), "邮箱或手机号")])
def test_a_bad_request_is_refused_and_records_nothing(paid, buyer, problem):
    estate, receipt = paid
    before = fingerprint(estate.ledger.path)
    with pytest.raises(CounterError, match=problem):
        invoices.request_invoice(estate.cashier, receipt.number, buyer)
    assert fingerprint(estate.ledger.path) == before


def test_the_day_report_lists_the_day_s_invoice_requests_with_their_status(paid):
    from counter_app.services.closing import close as closeout, tables
    estate, receipt = paid
    row = invoices.request_invoice(estate.cashier, receipt.number, COMPANY)
    from counter_app.store.models import Payment
    day = Payment.get(Payment.number == receipt.number).shift.business_date     # the day of the receipt's shift
    report = closeout.day_report(estate.manager, day)
    assert report.invoices == ((receipt.number, COMPANY.name, "已申请（待开具）", row.amount_fen),)
    (section,) = [s for s in tables.day_sections(report) if s.title == "开票申请"]
    assert section.rows[0][:3] == (receipt.number, COMPANY.name, "已申请（待开具）")
    summary = dict(tables.day_sections(report)[0].rows)
    assert summary["开票申请"] == "1 张"
