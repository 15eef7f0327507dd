"""The office's lists and the forecast from the 报表 menu by keys alone: Alt+B, the arrows, Enter;
the renewal list's days typed, Enter on a unit opening it at the counter; the forecast printed
with F4, its PDF read back by pdftotext; Esc closing."""
import subprocess
from dataclasses import replace

import pytest
from PyQt6.QtWidgets import QApplication

from counter_app.ledger import clock
from tests.factories import at
from tests.services.test_office_lists import office_with_payments
from tests.ui.helpers import counter_window
from tests.ui.keyboard import Keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def office(ledger):
    return office_with_payments(ledger)


def _steps_to(window, name: str) -> int:
    """How many ↓ from a menu's first entry reach the action `name` (separators are skipped)."""
    from PyQt6.QtGui import QAction
    action = window.findChild(QAction, name)
    menu = next(m for m in window.menuBar().actions() if action in m.menu().actions()).menu()
    entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    return entries.index(action)


def open_renewals(qtbot, keys, office, settings):
    """The manager's counter window, and 续费提醒 opened from the 报表 menu by keys and built."""
    window = counter_window(qtbot, office.manager, settings)
    window.activateWindow()
    # down the 报表 menu to 续费提醒, however many entries stand above it
    keys.run("<Alt+B>", *["<Down>"] * _steps_to(window, "actionRenewals"), "<Enter>")
    dialog = keys.window_is("renewalsDialog")
    qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.report is not None)
    return window, dialog


def test_renewals_and_forecast_by_keys(qtbot, office, counter_settings, tmp_path):
    keys = Keyboard(qtbot)
    settings = replace(counter_settings, report_printer=f"pdf:{tmp_path / 'report.pdf'}")
    with clock.frozen(at(2026, 3, 10, 15)):
        window, dialog = open_renewals(qtbot, keys, office, settings)
        assert [ln.code for ln in dialog.report.lines] == ["1-1-101"] and dialog.report.days == 30
        keys.focus_is("renewalsDay")
        for _ in range(4):                                 # a date's year, month and day, then the days
            if QApplication.focusWidget().objectName() == "renewalsDays":
                break
            keys.run("<Tab>")
            qtbot.wait(20)
        keys.focus_is("renewalsDays")
        keys.run("<Ctrl+A>", "60", "<Enter>")            # Enter in the field: the list again, for 60 days
        qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.report.days == 60)
        assert [ln.code for ln in dialog.report.lines] == ["1-1-101", "1-1-102"]
        assert dialog.status.text() == "2 户 2 项将到期"
        keys.run(lambda: dialog.detail.setFocus(), "<Ctrl+Home>", "<Enter>")    # a unit: opened at the counter
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert window.unit_view.file.summary.code == "1-1-101"
        keys.run("<Alt+B>", "<Up>", "<Enter>")           # the last entry: 收费预测
        forecast = keys.window_is("forecastDialog")
        qtbot.waitUntil(lambda: not forecast.jobs.pending and forecast.report is not None)
        assert forecast.report.as_of == "2026-02"       # the last whole month before the business day
        assert forecast.status.text().startswith("预计：2026-03 ¥")
        keys.press("F4")
        qtbot.waitUntil(lambda: not forecast.files.pending and (tmp_path / "report.pdf").exists())
        # The printer draws the pages as images; the report's own PDF is what is read back.
        assert (tmp_path / "report.pdf").stat().st_size > 0
        (tmp_path / "forecast.pdf").write_bytes(forecast.report.pdf())
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "forecast.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "收费预测（基准月 2026-02" in text and "回测" in text and "方法" in text
        keys.press("Esc")
        qtbot.waitUntil(lambda: not forecast.isVisible())


def test_renewals_are_listed_again_for_a_day_typed_and_not_for_a_tab_past(qtbot, office, counter_settings):
    """The day typed, Tab on to the days, Enter: the list of that day (the days field alone was
    compared once, so a new day kept the old list). A Tab past the days unchanged builds nothing."""
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 3, 10, 15)):
        _, dialog = open_renewals(qtbot, keys, office, counter_settings)
        first = dialog.report
        keys.focus_is("renewalsDay")
        keys.press("Tab")                                  # past the days, unchanged: nothing built
        while QApplication.focusWidget().objectName() != "renewalsDays":
            keys.press("Tab")
        keys.press("Tab")
        qtbot.wait(100)
        assert dialog.report is first and not dialog.jobs.pending
        while QApplication.focusWidget().objectName() != "renewalsDay":
            keys.press("Shift+Tab")
        keys.run("<Ctrl+A>", "2026-04-01")                 # another day typed whole
        while QApplication.focusWidget().objectName() != "renewalsDays":
            keys.press("Tab")
        keys.press("Enter")
        qtbot.waitUntil(lambda: not dialog.jobs.pending and dialog.report is not first)
        assert str(dialog.report.as_of) == "2026-04-01"
