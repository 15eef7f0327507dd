"""Shifts and the daily close-out."""
import re
import subprocess
from datetime import date

import pytest

from counter_app.core.closeout import greedy_count, parse_count
from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, files as closeout_files, shifts, statement
from counter_app.ledger import clock
from counter_app.services.counter import corrections, payments
from counter_app.store.models import AuditLog
from tests.factories import at, bill_months


@pytest.fixture
def day(estate):
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        # The factory's shifts were opened on 2025-12-20: close them and start the day afresh.
        for actor in (estate.cashier, estate.manager):
            closeout.close_shift(actor, {})
        shifts.open_shift(estate.cashier, 50000)
        a = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("wechat", 20000, "WX-A"), Tender("cash", 100_000)]))
        b = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-502", adhoc=[("ZXYJ", None, "装修")], tenders=[Tender("cash", 200000)]))
        c = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=30000, tenders=[Tender("alipay", 30000, "ALI-C")]))
        d = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-101", all_due=True, tenders=[Tender("cash", 1_000_000)]))
        corrections.void_receipt(estate.cashier, d.number, "录错", estate.manager)
    return estate, (a, b, c, d)


def test_x_report_changes_nothing_and_z_closes(day, tmp_path):
    estate, (a, b, c, d) = day
    with clock.frozen(at(2026, 1, 10, 12)):
        x = closeout.x_report(estate.cashier)
    f = x.figures
    assert x.kind == "X" and f.receipt_count == 4 and len(f.voids) == 1 and f.voids[0][0] == d.number
    assert f.received_fen == a.total_fen + b.total_fen + c.total_fen
    assert f.by_tender == {"wechat": 20000, "cash": a.total_fen - 20000 + b.total_fen, "alipay": 30000}
    assert f.cash_in_fen == a.total_fen - 20000 + b.total_fen          # change is not income
    assert f.expected_cash_fen == 50000 + f.cash_in_fen
    assert f.prepayments_fen == 30000 and f.deposits_received_fen == 200000
    assert f.by_item["装修押金"] == 200000 and f.late_fees_fen == a.late_fee_fen
    assert shifts.current_shift(estate.cashier) is not None           # X changed nothing
    counts, rest = greedy_count(f.expected_cash_fen)
    with clock.frozen(at(2026, 1, 10, 18)):
        if rest:
            with pytest.raises(CounterError, match="说明"):
                closeout.close_shift(estate.cashier, counts)
        z = closeout.close_shift(estate.cashier, counts, "分币" if rest else "")
    assert z.z_number == "Z000003"        # the factory's two shifts took Z000001 and Z000002
    assert z.counted_fen == f.expected_cash_fen - rest and z.difference_fen == -rest
    assert shifts.current_shift(estate.cashier) is None
    with pytest.raises(CounterError, match="没有未交班"):
        closeout.close_shift(estate.cashier, counts)
    assert closeout.stored_report(estate.cashier, z.shift_id) == z


def test_z_numbers_never_repeat_or_skip(estate):
    numbers = []
    for day_of_month in range(1, 6):
        with clock.frozen(at(2026, 2, day_of_month, 18)):
            numbers.append(closeout.close_shift(estate.cashier, {}).z_number)
            shifts.open_shift(estate.cashier, 0)
    numbers.append(closeout.close_shift(estate.manager, {}).z_number)
    assert numbers == [f"Z{i:06d}" for i in range(1, 7)]


def test_counting_rules():
    assert parse_count("100x5, 50x2,0.5x3,0.1x1") == {10000: 5, 5000: 2, 2000: 0, 1000: 0, 500: 0, 100: 0, 50: 3,
                                                      10: 1, 5: 0, 2: 0, 1: 0}
    for bad, message in (("100x-1", "负数"), ("3x1", "面额"), ("100*", "面额x张数")):
        with pytest.raises(CounterError, match=message):
            parse_count(bad)


def test_day_close_locks_the_date(day, tmp_path):
    estate, _ = day
    with clock.frozen(at(2026, 1, 10, 18)):
        with pytest.raises(CounterError, match="未交班") as info:
            closeout.close_day(estate.manager, date(2026, 1, 10))
        assert "王芳" in str(info.value)
        with pytest.raises(PermissionDenied):
            closeout.close_day(estate.cashier, date(2026, 1, 10))
        expected = shifts.expected_cash(shifts.current_shift(estate.cashier).id)
        counts, rest = greedy_count(expected)
        closeout.close_shift(estate.cashier, counts, "分币" if rest else "")
        report = closeout.close_day(estate.manager, date(2026, 1, 10))
        assert report.status == "closed" and report.deposit_fen == expected - rest - 50000
        with pytest.raises(CounterError, match="已日结"):
            shifts.open_shift(estate.cashier, 0)
        with pytest.raises(CounterError, match="已经日结"):
            closeout.close_day(estate.manager, date(2026, 1, 10))
        with pytest.raises(PermissionDenied):
            closeout.reopen_day(estate.manager, date(2026, 1, 10), "补录")
        with pytest.raises(CounterError, match="原因"):
            closeout.reopen_day(estate.admin, date(2026, 1, 10), " ")
        closeout.reopen_day(estate.admin, date(2026, 1, 10), "补录一笔转账")
        shifts.open_shift(estate.cashier, 0)
    assert AuditLog.select().where(AuditLog.action == "day.reopen").count() == 1


def test_a_day_in_the_future_or_before_the_ledger_began_is_never_closed(day):
    """Closing tomorrow would stop tomorrow's shifts; 0001-01-01 and 9999-12-31 are no business days
    of this ledger (set up on 2025-12-20). Each refused in words, nothing written."""
    estate, _ = day
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
        closeout.close_shift(estate.cashier, counts, "分币" if rest else "")
        for day_, said in ((date(2026, 1, 11), "还没有到"), (date(9999, 12, 31), "还没有到"),
                           (date(1, 1, 1), "早于本账本的第一个营业日 2025-12-20"),
                           (date(2025, 12, 19), "早于本账本的第一个营业日")):
            with pytest.raises(CounterError, match=said):
                closeout.closable(estate.manager, day_)
            with pytest.raises(CounterError, match=said):
                closeout.close_day(estate.manager, day_)
        assert AuditLog.select().where(AuditLog.action == "day.close").count() == 0
        shifts.open_shift(estate.cashier, 0)                 # tomorrow's shifts were never stopped
        with pytest.raises(CounterError, match="未交班"):
            closeout.closable(estate.manager, date(2026, 1, 10))


def test_a_reopened_day_closed_again_says_so_on_its_report(day, tmp_path):
    estate, _ = day
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
        closeout.close_shift(estate.cashier, counts, "分币" if rest else "")
        first = closeout.close_day(estate.manager, date(2026, 1, 10))
        assert first.reopenings == () and first.status == "closed"
    with clock.frozen(at(2026, 1, 10, 19)):
        closeout.reopen_day(estate.admin, date(2026, 1, 10), "补录一笔转账")
        reopened = closeout.day_report(estate.manager, date(2026, 1, 10))
        assert reopened.status == "reopened" and reopened.reopenings[0][4] == "补录一笔转账"
    with clock.frozen(at(2026, 1, 10, 20)):
        again = closeout.close_day(estate.manager, date(2026, 1, 10))
    (closed_at, closed_by, reopened_at, reopened_by, reason), = again.reopenings
    assert (closed_at, closed_by, reopened_at, reason) == ("2026-01-10 18:00", "李强", "2026-01-10 19:00", "补录一笔转账")
    assert reopened_by and closeout.day_report(estate.manager, date(2026, 1, 10)) == again    # as stored
    pdf = closeout_files.write_day(again, tmp_path)[0]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "重开记录" in text and "补录一笔转账" in text
    # The reopening is in the audit chain, sealed; the second close says it was reopened before.
    actions = [a.action for a in AuditLog.select().where(AuditLog.entity == "day").order_by(AuditLog.id)]
    assert actions == ["day.close", "state.seal", "day.reopen", "state.seal", "day.close", "state.seal"]
    from counter_app.ledger import verify
    assert verify.verify_all().ok


def test_exports_agree_pdf_xlsx_csv(day, tmp_path):
    estate, (a, b, c, d) = day
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id) + 1000)
        z = closeout.close_shift(estate.cashier, counts, "多出十元待查")
        report = closeout.close_day(estate.manager, date(2026, 1, 10))
    files = closeout_files.write_day(report, tmp_path / "out") + closeout_files.write_shift(z, tmp_path / "out")
    day_pdf, day_xlsx, day_csv = files[:3]
    pdf_text = subprocess.run(["pdftotext", "-layout", str(day_pdf), "-"], capture_output=True, text=True).stdout
    from counter_app.core.money import format_yuan
    received = format_yuan(report.figures.received_fen)
    assert received in pdf_text and format_yuan(report.deposit_fen) in pdf_text and d.number in pdf_text
    # The workbook opens in a real spreadsheet program; its 概要 sheet carries the same totals.
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(out), str(day_xlsx)], check=True, capture_output=True, timeout=180)
    converted = (out / day_xlsx.with_suffix(".csv").name).read_text(encoding="utf-8")
    rows = dict(line.split(",", 1) for line in converted.splitlines() if "," in line)
    assert rows["实收合计"].replace('"', "").replace(",", "") == received.replace(",", "")
    assert rows["应存银行现金"].replace('"', "").replace(",", "") == format_yuan(report.deposit_fen, grouping=False)
    csv_text = day_csv.read_text(encoding="utf-8-sig")
    assert f"实收合计,{format_yuan(report.figures.received_fen, grouping=False)}" in csv_text
    shift_pdf_text = subprocess.run(["pdftotext", str(files[3]), "-"], capture_output=True, text=True).stdout
    assert z.z_number in shift_pdf_text and "长款" in shift_pdf_text and "多出十元待查" in shift_pdf_text
    roll = subprocess.run(["pdfinfo", str(files[4])], capture_output=True, text=True).stdout
    assert "226.772 x" in roll    # 80 mm wide


def test_statement_check(day, tmp_path):
    estate, (a, b, c, d) = day
    good = tmp_path / "wx.csv"
    good.write_text("交易日期,金额,交易号\n2026-01-10 09:01,200.00,WX-A\n2026-01-10 10:00,88.00,WX-ZZZ\n"
                    "2026-01-09 10:00,1.00,WX-OLD\n", encoding="utf-8")
    r = statement.check(estate.manager, date(2026, 1, 10), good)
    assert r.matched == [("WX-A", 20000, a.number)]
    assert r.unrecorded == [(3, "WX-ZZZ", 8800)]
    assert r.missing == [(c.number, "支付宝", "ALI-C", 30000)] and r.other_dates == 1
    from openpyxl import Workbook
    wb = Workbook()
    wb.active.append(["date", "amount", "reference"])
    wb.active.append([date(2026, 1, 10), 300.0, "ALI-C"])
    wb.save(tmp_path / "ali.xlsx")
    r = statement.check(estate.manager, date(2026, 1, 10), tmp_path / "ali.xlsx")
    assert r.matched == [("ALI-C", 30000, c.number)]
    for name, content, message in (("cols.csv", "日期,金额\n2026-01-10,1\n", "缺少列：参考号"),
                                   ("date.csv", "日期,金额,参考号\n2026-13-40,1,X\n", "第 2 行的日期"),
                                   ("amount.csv", "日期,金额,参考号\n2026-01-10,1.234,X\n", "第 2 行的金额")):
        (tmp_path / name).write_text(content, encoding="utf-8")
        with pytest.raises(CounterError, match=message):
            statement.check(estate.manager, date(2026, 1, 10), tmp_path / name)


def test_a_statement_row_hidden_in_excel_is_not_read_and_is_named(day, tmp_path):
    """A hidden row is not matched behind the manager's back, nor dropped unsaid: the check names
    it (and the totals row) as not read, so a payment it would match stays listed as not arrived."""
    from tests.services.imports import files
    estate, (a, b, c, d) = day
    path = files.book(tmp_path / "wx.xlsx", {"流水": [
        ["交易日期", "金额", "交易号"], ["2026-01-10 09:01", 200, "WX-A"], ["2026-01-10 11:00", 300, "ALI-C"],
        ["合计", 500, "共 2 笔"]]}, hidden_rows={"流水": [3]})
    r = statement.check(estate.manager, date(2026, 1, 10), path)
    assert r.matched == [("WX-A", 20000, a.number)]
    assert (c.number, "支付宝", "ALI-C", 30000) in r.missing
    assert r.skipped == [(3, "隐藏的行，未读取（要读取请在 Excel 中取消隐藏）"), (4, "合计行（合计），已跳过")]
    assert "未读取 第3行：隐藏的行" in statement.summary_text(r)


def test_shift_roll_is_one_page(day, tmp_path):
    estate, _ = day
    with clock.frozen(at(2026, 1, 10, 18)):
        report = closeout.x_report(estate.cashier)
    path = tmp_path / "x.pdf"
    path.write_bytes(closeout_files.shift_pdf(report, "80mm"))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "中间报表" in text and "INTERIM" not in text and "主管" in text


def test_report_paper_is_in_one_language_signed_on_its_first_page_with_numbers_right_aligned(day, tmp_path):
    """No English words on the Chinese papers; the subtitle names the estate and company; the
    signature lines sit on page 1; amounts are right-aligned (their right edges line up)."""
    estate, _ = day
    with clock.frozen(at(2026, 1, 10, 18)):
        papers = {"x": closeout_files.shift_pdf(closeout.x_report(estate.cashier)),
                  "day": closeout_files.day_pdf(closeout.day_report(estate.manager, date(2026, 1, 10)))}
    for name, pdf in papers.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        first = subprocess.run(["pdftotext", "-l", "1", "-layout", str(path), "-"], capture_output=True,
                               text=True).stdout
        # the audit chain's head is hex digits, not words (审计链头 1234:3F2A9C0B1D4E)
        words = re.sub(r"\b\d+:[0-9A-F]{12}\b", "", first.replace("SJ", ""))
        assert re.search(r"审计链头\s+\d+:[0-9A-F]{12}", first), name
        assert not re.search(r"[A-Za-z]{4,}", words), name
        assert "测试花园　测试物业服务有限公司" in first or "测试花园 测试物业服务有限公司" in first, name
        assert "收款员：" in first and "主管：" in first, name
        # Right-aligned: the amount lines of 按付款方式 end in the same column.
        lines = [ln.rstrip() for ln in first.splitlines() if re.search(r"\d\.\d\d$", ln.rstrip())]
        ends = {len(ln) for ln in lines}
        assert len(lines) >= 3 and len(ends) <= 2, (name, ends)
