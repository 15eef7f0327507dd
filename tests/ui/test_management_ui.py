"""The manager's reports menu: arrears list and monthly collection report on screen, printed
and exported; a cashier has no such menu."""
import subprocess
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import QTableView

from counter_app.core.money import format_yuan
from counter_app.ledger import clock
from counter_app.services.reports import tables as management_tables
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
        assert dialog.findChild(QTableView, "arrearsTable") is not None
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


def arrears_window(qtbot, estate, tmp_path):
    """A manager's counter window with the arrears list opened from its menu and built."""
    from counter_app.ui.main_window import MainWindow
    settings = CounterSettings(receipt_printer=f"pdf:{tmp_path / 'r.pdf'}", report_printer=f"pdf:{tmp_path / 'p.pdf'}",
                               silent_print=True, idle_lock_minutes=0)
    w = MainWindow(estate.manager, settings)
    qtbot.addWidget(w)
    w.show()
    w.findChild(QAction, "actionArrears").trigger()
    dialog = w.management_dialog
    qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.detail is not None)
    return w, dialog


def test_the_arrears_list_is_a_table_sorted_filtered_and_leading_to_the_unit(qtbot, billed_estate, qtmodeltester,
                                                                            tmp_path):
    from counter_app.ui.section_tables import ROW_ROLE
    with clock.frozen(at(2026, 2, 20, 9)):
        w, dialog = arrears_window(qtbot, billed_estate, tmp_path)
        table = dialog.detail
        qtmodeltester.check(table.section_model, force_py=True)
        qtmodeltester.check(table.proxy, force_py=True)
        proxy = table.proxy
        codes = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
        assert codes[-1] == "合计" and set(codes[:-1]) == {ln.code for ln in dialog.report.lines}
        # Sorting by the amount owed (a number, not text), the total row kept at the foot.
        table.sortByColumn(8, Qt.SortOrder.DescendingOrder)
        totals = [int(proxy.index(r, 0).data(ROW_ROLE)[8]) for r in range(proxy.rowCount() - 1)]
        assert totals == sorted(totals, reverse=True) and proxy.index(proxy.rowCount() - 1, 0).data() == "合计"
        # Filters: an item, an aging bucket, a smallest amount; the sums said beside.
        dialog.item_filter.setCurrentIndex(dialog.item_filter.findData("车位管理费"))
        shown = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
        assert shown and all("车位管理费" in row[3] for row in shown)
        assert f"显示 {len(shown)} 户" in dialog.shown.text()
        dialog.item_filter.setCurrentIndex(0)
        biggest = max(ln.total_fen for ln in dialog.report.lines)
        dialog.minimum.setText(format_yuan(biggest, grouping=False))
        assert proxy.rowCount() == 1 and "显示 1 户" in dialog.shown.text()
        dialog.minimum.setText("abc")
        assert "不是金额" in dialog.shown.text()
        dialog.minimum.clear()
        # Enter on a unit: the report closes and the unit opens at the counter.
        row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "3-2-501")
        table.setFocus()
        table.setCurrentIndex(proxy.index(row, 0))
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert w.unit_view.file.summary.code == "3-2-501"


def test_f4_prints_once_and_leaves_the_focus_where_enter_opens_the_unit(qtbot, billed_estate, tmp_path):
    """F4 in the arrears list prints it once, even held down or pressed twice at once, and the
    focus stays on the row: Enter then opens that unit. (F4 once moved the focus onto 打印, so the
    Enter after it printed the whole list again.)"""
    from PyQt6.QtWidgets import QApplication
    from tests.ui.keyboard import Keyboard
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 2, 20, 9)):
        w, dialog = arrears_window(qtbot, billed_estate, tmp_path)
        keys.window_is("arrearsDialog")
        keys.focus_is("arrearsDate")                       # opened on its first parameter, not the tab bar
        printed = []
        submit = dialog.files.submit
        dialog.files.submit = lambda work: (printed.append(work), submit(work))[1]    # counted, then done
        while QApplication.focusWidget() is not dialog.detail:
            keys.press("Tab")
        keys.run("<Ctrl+Home>", "<Down>")
        unit = dialog.detail.currentIndex().siblingAtColumn(0).data()
        keys.run("<F4>", "<F4>")                           # twice at once: one print
        qtbot.waitUntil(lambda: not dialog.files.pending)
        assert len(printed) == 1 and QApplication.focusWidget() is dialog.detail
        keys.press("Enter")
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert len(printed) == 1 and w.unit_view.file.summary.code == unit


def test_the_collection_report_is_tables_that_add_up(qtbot, billed_estate, qtmodeltester):
    from counter_app.core.tables import TOTAL
    from counter_app.ui.management.dialogs import CollectionDialog
    with clock.frozen(at(2026, 2, 20, 9)):
        dialog = CollectionDialog(billed_estate.manager, CounterSettings(idle_lock_minutes=0), None)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.report is not None)
    tables = dialog.findChildren(QTableView)
    assert len(tables) == len(dialog.sections) == 4
    for table in tables:
        qtmodeltester.check(table.proxy, force_py=True)
    items = next(t for t in tables if t.section_model.section.title.startswith("当期收费率"))
    last = items.proxy.rowCount() - 1
    assert items.proxy.index(last, 0).data() == TOTAL
    assert items.proxy.index(last, 1).data() == format_yuan(dialog.report.billed_fen)


def test_a_building_s_arrears_come_with_its_floor_grid(qtbot, billed_estate, tmp_path):
    from PyQt6.QtWidgets import QTableWidget

    from counter_app.ui.management.dialogs import GRID_COLOURS
    with clock.frozen(at(2026, 2, 20, 9)):
        w, dialog = arrears_window(qtbot, billed_estate, tmp_path)
        assert dialog.findChild(QTableWidget, "floorGrid") is None          # the whole estate: no grid
        dialog.building.setText("3")
        dialog.refresh()
        qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.findChild(QTableWidget, "floorGrid") is not None)
        grid = dialog.findChild(QTableWidget, "floorGrid")
        items = [grid.item(r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount()) if grid.item(r, c)]
        assert len(items) == 4 and all(i.background().color().name() in GRID_COLOURS.values() for i in items)
        owing = next(i for i in items if i.text().startswith("3-2-501"))
        assert owing.background().color().name() != GRID_COLOURS["paid"]
        grid.itemActivated.emit(owing)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert w.unit_view.file.summary.code == "3-2-501"


def test_the_dashboard_draws_its_charts_and_leads_to_a_late_payer(qtbot, billed_estate, tmp_path):
    from PyQt6.QtCharts import QChartView

    from counter_app.ui.main_window import MainWindow
    settings = CounterSettings(receipt_printer=f"pdf:{tmp_path / 'r.pdf'}", report_printer=f"pdf:{tmp_path / 'p.pdf'}",
                               silent_print=True, idle_lock_minutes=0)
    with clock.frozen(at(2026, 2, 20, 9)):
        w = MainWindow(billed_estate.manager, settings)
        qtbot.addWidget(w)
        w.show()
        w.findChild(QAction, "actionDashboard").trigger()
        dialog = w.management_dialog
        qtbot.waitUntil(lambda: dialog.isVisible())            # up at once, filled when ready
        qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.report is not None)
        charts = dialog.findChildren(QChartView)
        assert len(charts) == 2
        billed = charts[0].chart().series()[0].barSets()[0]
        assert [billed.at(i) * 100 for i in range(billed.count())] == [p.billed_fen for p in dialog.report.trend]
        # the amounts axis is labelled as money on round steps (core.axis), as the paper's is
        from PyQt6.QtCharts import QCategoryAxis

        from counter_app.core.axis import money_ticks
        amounts = next(a for a in charts[0].chart().axes() if isinstance(a, QCategoryAxis))
        top = max(max(p.billed_fen, p.collected_fen) for p in dialog.report.trend)
        assert amounts.categoriesLabels() == [label for _, label in money_ticks(top)]
        assert all(label == "0" or label.endswith("万") or "," in label or label.isdigit()
                   for label in amounts.categoriesLabels()) and amounts.max() * 100 >= top
        dialog.resize(1366, 768)
        dialog.tabs.setCurrentIndex(1)
        image = dialog.grab()
        image.save(str(tmp_path / "trend.png"))
        assert not image.isNull() and image.width() > 300
        assert "收费率" in dialog.status.text() and dialog.report.month_report.rate in dialog.status.text()
        dialog.print_report()
        qtbot.waitUntil(lambda: not dialog.files.pending and (tmp_path / "p.pdf").exists())
        from PyQt6.QtWidgets import QTableWidget
        dialog.building.setText("3")                         # a building: its floor grid too
        dialog.refresh()
        qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.findChild(QTableWidget, "floorGrid") is not None)


def test_the_arrears_list_shows_every_column_where_the_screen_has_room(qtbot, billed_estate, tmp_path, monkeypatch):
    """The list opened at its usual size cut its last column (账龄) off behind a sideways scroll
    on a 1600 px screen: the window widens until every column is in sight, as far as the screen
    allows (on a narrow screen, to the screen's width)."""
    from PyQt6.QtCore import QRect
    from counter_app.ui import fit
    from counter_app.ui.management.dialogs import ReportWindow
    monkeypatch.setattr(ReportWindow, "__init__", _narrow(ReportWindow.__init__))
    for width in (1600, 700):
        monkeypatch.setattr(fit, "screen_room", lambda window, width=width: QRect(0, 0, width, 1000))
        with clock.frozen(at(2026, 2, 20, 9)):
            w, dialog = arrears_window(qtbot, billed_estate, tmp_path)
            table = dialog.detail
            qtbot.waitUntil(table.isVisible)
            needed = table.horizontalHeader().length()
            if width == 1600:
                assert needed > 600, "the list's columns fit the narrow window anyway: the test says nothing"
                assert needed <= table.viewport().width() and not table.horizontalScrollBar().isVisible()
                assert abs(dialog.pos().x() + dialog.width() / 2 - (500 + 300)) <= 1    # grown about its centre
            else:
                assert dialog.width() == fit.budget(QRect(0, 0, width, 1000).size()).width()
            dialog.close()


def _narrow(init):
    """ReportWindow's __init__, then the window 600 px wide (narrower than the list's columns),
    its centre at x = 800."""
    def narrowed(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self.resize(600, 500)
        self.move(500, 100)
    return narrowed
