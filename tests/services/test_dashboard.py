"""The manager's dashboard says what the reports say: today's takings as the day report, the
month's as the collection report, each breakdown adding up to its total; the trend's month as the
collection report's; the PDF carries the figures and its charts draw."""
import subprocess
from datetime import date

import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.money import format_yuan
from counter_app.services.closing import close as closeout
from counter_app.ledger import clock
from counter_app.services.reports import collection, dashboard, tables as management_tables
from tests.factories import at, bill_months
from tests.services.test_management_reports import pay


def test_every_figure_is_the_report_it_comes_from(estate, tmp_path):
    bill_months(estate, "2025-12", "2026-01", "2026-02")
    pay(estate.cashier, "3-1-102", amount_fen=5_000, day=(2026, 2, 10))
    pay(estate.cashier, "3-2-501", all_due=True, day=(2026, 2, 20))
    pay(estate.manager, "3-1-101", all_due=True, advance=[("WYF", 1)], day=(2026, 2, 20))
    with clock.frozen(at(2026, 2, 20, 15)):
        d = dashboard.dashboard(estate.manager)
        day = closeout.day_report(estate.manager, date(2026, 2, 20))
        month = collection.collection_report(estate.manager, "2026-02")
        files = management_tables.write_dashboard(d, tmp_path)
        pdf = tmp_path / "d.pdf"
        pdf.write_bytes(management_tables.dashboard_pdf(d))
    assert d.month == "2026-02" and d.day.received_fen == day.figures.received_fen > 0
    assert d.month_takings.received_fen == month.received_fen > d.day.received_fen
    for takings in (d.day, d.month_takings):
        for parts in (takings.by_item, takings.by_tender, takings.by_cashier):
            assert sum(amount for _, amount in parts) == takings.received_fen, parts
    assert {name for name, _ in d.day.by_cashier} == {"王芳", "李强"}
    point = d.trend[-1]
    assert len(d.trend) == 24 and point.month == "2026-02"
    assert (point.billed_fen, point.collected_fen, point.rate) == (month.billed_fen, month.collected_fen, month.rate)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert format_yuan(d.month_takings.received_fen) in text and "近 24 个月" in text
    assert [p.suffix for p in files] == [".pdf", ".xlsx", ".csv"]
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 10_000           # the charts draw something
    # the export says the same figures
    csv_text = files[2].read_text(encoding="utf-8-sig")
    for amount in (d.day.received_fen, d.month_takings.received_fen, point.billed_fen):
        assert format_yuan(amount, grouping=False) in csv_text
    with pytest.raises(PermissionDenied):
        dashboard.dashboard(estate.cashier)
    with clock.frozen(at(2026, 2, 20, 15)), pytest.raises(CounterError, match="还没有到"):
        dashboard.dashboard(estate.manager, "2026-03")
