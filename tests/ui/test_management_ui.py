"""The manager's reports menu: arrears list and monthly collection report on screen, printed
and exported; a cashier has no such menu."""
import subprocess

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
        assert dialog.findChild(PdfView, "managementPreview") is not None
        assert dialog.status.text().startswith("欠费 4 户")
        dialog.building.setText("9")
        dialog.refresh()
        assert "没有楼栋 9" in dialog.status.text()
        dialog.building.setText("3")
        dialog.refresh()
        dialog.print_report()      # the whole list goes to the report printer, page for page
        full = tmp_path / "full.pdf"
        full.write_bytes(management_tables.arrears_pdf(dialog.report))
        assert pages(tmp_path / "report.pdf") == pages(full) >= 1
        assert [p.suffix for p in dialog.export_to(tmp_path)] == [".pdf", ".xlsx", ".csv"]
        dialog.accept()
        w.findChild(QAction, "actionCollection").trigger()
        dialog = w.management_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.month.text() == "2026-02" and "收费率" in dialog.status.text()
        files = dialog.export_to(tmp_path)
        assert files[0].name == "collection-2026-02.pdf"
        dialog.accept()
