"""The manager's reports menu: arrears list and monthly collection report on screen, printed
and exported; a cashier has no such menu."""
import subprocess
from pathlib import Path

from PyQt6.QtGui import QAction

from counter_app.services.common import clock
from counter_app.services.reports import tables as management_tables
from counter_app.ui.printing.pdf_view import PdfView
from counter_app.ui.settings import CounterSettings
from tests.factories import at


def pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_cashier_has_no_management_reports(window):
    assert window.findChild(QAction, "actionArrears") is None
    assert window.findChild(QAction, "actionCollection") is None


def test_manager_opens_prints_and_exports_the_reports(qtbot, billed_estate, tmp_path):
    from counter_app.ui.main_window import MainWindow
    settings = CounterSettings(receipt_printer=f"pdf:{tmp_path / 'receipt.pdf'}",
                               report_printer=f"pdf:{tmp_path / 'report.pdf'}", silent_print=True,
                               idle_lock_minutes=0)
    with clock.frozen(at(2026, 2, 20, 9)):
        w = MainWindow(billed_estate.manager, settings)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.findChild(QAction, "actionArrears").trigger()
        dialog = w.management_dialog
        qtbot.waitUntil(dialog.isVisible)
        # Built in the background: the window is up at once, the report follows.
        qtbot.waitUntil(lambda: not dialog.jobs.pending)
        assert dialog.findChild(PdfView, "managementPreview") is not None
        assert dialog.status.text().startswith("欠费 4 户")
        dialog.building.setText("9")
        dialog.refresh()
        assert dialog.jobs.pending and "正在生成" in dialog.status.text()
        qtbot.waitUntil(lambda: not dialog.jobs.pending)
        assert "没有楼栋 9" in dialog.status.text()
        dialog.building.setText("3")
        dialog.refresh()
        qtbot.waitUntil(lambda: not dialog.jobs.pending)
        dialog.print_report()      # the whole list goes to the report printer, page for page
        qtbot.waitUntil(lambda: not dialog.files.pending and (tmp_path / "report.pdf").exists())
        full = tmp_path / "full.pdf"
        full.write_bytes(management_tables.arrears_pdf(dialog.report))
        assert pages(tmp_path / "report.pdf") == pages(full) >= 1
        dialog.export_to(tmp_path)
        qtbot.waitUntil(lambda: not dialog.files.pending)
        written = [Path(line) for line in dialog.status.text().splitlines()]
        assert [p.suffix for p in written] == [".pdf", ".xlsx", ".csv"] and all(p.exists() for p in written)
        dialog.accept()
        w.findChild(QAction, "actionCollection").trigger()
        dialog = w.management_dialog
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(lambda: not dialog.jobs.pending)
        assert dialog.month.text() == "2026-02" and "收费率" in dialog.status.text()
        dialog.export_to(tmp_path)
        qtbot.waitUntil(lambda: not dialog.files.pending)
        assert Path(dialog.status.text().splitlines()[0]).name == "collection-2026-02.pdf"
        dialog.accept()
