"""The day report is complete: the receipt number range of the day, the day's automatic prepaid
deductions (KK) and every void and refund listed, in the PDF, the workbook, the CSV and the JSON;
on the 80 mm roll no receipt number or amount is broken across lines."""
import csv
import json
import subprocess
from datetime import date

from openpyxl import load_workbook

from counter_app import cli
from counter_app.core.closeout import greedy_count
from counter_app.core.money import format_yuan
from counter_app.core.tenders import Tender
from counter_app.services.billing import runs as billing
from counter_app.services.closing import close as closeout, files, shifts
from counter_app.ledger import clock
from counter_app.services.counter import corrections, payments
from counter_app.store import db as dbmod
from tests.factories import at, bill_months


def _pdf_text(path, *layout) -> str:
    return subprocess.run(["pdftotext", *layout, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_deductions_of_a_day_are_listed_everywhere(estate, tmp_path, capsys, monkeypatch):
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(estate.cashier, payments.PaymentRequest("3-1-102", [Tender("cash", 500000)],
                                                                      all_due=True, topup_fen=400000))
    with clock.frozen(at(2026, 2, 1, 8)):
        result = billing.run_billing(estate.admin, "2026-02")
        assert result.deductions >= 1
        report = closeout.day_report(estate.manager, date(2026, 2, 1))
    assert len(report.deductions) == result.deductions
    numbers = [n for n, *_ in report.deductions]
    assert all(n.startswith("KK2026-") for n in numbers)
    written = files.write_day(report, tmp_path)
    pdf, xlsx, csv_file = (next(p for p in written if p.suffix == s) for s in (".pdf", ".xlsx", ".csv"))
    text = _pdf_text(pdf)
    assert all(n in text for n in numbers) and "预存自动扣费" in text
    book = load_workbook(xlsx, read_only=True)
    sheets = book.sheetnames
    book.close()
    assert any("扣费" in s for s in sheets)
    with csv_file.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert all(any(n in row for row in rows) for n in numbers)
    dbmod.close()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    assert cli.main(["closeout", "--date", "2026-02-01", "--out", str(tmp_path / "cli"), "--json", "--user", "manager",
                     "--db", str(estate.ledger.path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["number"] for d in data["deductions"]] == numbers


def test_the_receipt_range_voids_and_refunds_on_day_and_shift_papers(estate, tmp_path):
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        first = payments.take_payment(estate.cashier, payments.PaymentRequest(
            "3-2-501", [Tender("cash", 1_000_000)], all_due=True))
        voided = payments.take_payment(estate.cashier, payments.PaymentRequest(
            "3-1-102", [Tender("cash", 123456)], topup_fen=123456))
        corrections.void_receipt(estate.cashier, voided.number, "重复收款，顾客要求作废", estate.manager)
        last = payments.take_payment(estate.cashier, payments.PaymentRequest(
            "3-2-502", [Tender("wechat", 9900, "WX-REF-0001")], topup_fen=9900))
        counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
        z = closeout.close_shift(estate.cashier, counts)
        day = closeout.day_report(estate.manager, date(2025, 12, 20))
    assert (day.figures.first_number, day.figures.last_number) == (first.number, last.number)
    day_text = _pdf_text(files.write_day(day, tmp_path)[0])
    assert f"{first.number} 至 {last.number}" in day_text and voided.number in day_text
    roll = tmp_path / "z80.pdf"
    roll.write_bytes(files.shift_pdf(z, page="80mm"))
    lines = _pdf_text(roll).splitlines()
    for whole in (first.number, voided.number, last.number, format_yuan(voided.total_fen), format_yuan(z.figures.received_fen)):
        assert any(whole in line for line in lines), f"{whole} is broken across lines on the 80 mm roll"
