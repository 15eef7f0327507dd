"""Every menu entry chosen the way a cashier chooses it — Alt + the menu's letter, ↓ to the entry,
Enter — opens what it says, and nothing raises: no exception in a slot, no CRITICAL line in the
log (班次 → 开班 chosen by keyboard once raised "'bool' object is not callable")."""
import logging

import pytest
from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QApplication, QMenu

from counter_app.core.closeout import greedy_count
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock
from tests.factories import at
from tests.ui.helpers import counter_window
from tests.ui.keyboard import Keyboard, settled, target

# A menu raises itself and grabs the keyboard: the offscreen platform can do neither, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def mnemonic(title: str) -> str:
    return title[title.index("(&") + 2]


class Closer:
    """Whatever a menu entry opens on top of the main window is noted and closed with Esc, also
    the boxes a slot runs with exec() (the timer fires inside their own event loop)."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window, self.seen = qtbot, window, []
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self.close_top)

    def close_top(self) -> None:
        if QApplication.activePopupWidget() is not None or not settled():
            return
        top = QApplication.activeModalWidget() or QApplication.activeWindow()
        if top is None or top is self.window:
            return
        self.seen.append(top.objectName() or type(top).__name__)
        self.qtbot.keyClick(target(), Qt.Key.Key_Escape)     # where the focus is


def entries(menu: QMenu) -> list:
    return [a for a in menu.actions() if not a.isSeparator()]


def choose_every_entry(qtbot, window, skip=()) -> list[tuple[str, list[str]]]:
    keys = Keyboard(qtbot)
    closer = Closer(qtbot, window)
    opened = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        letter = mnemonic(menu_action.text())
        for action in entries(menu):
            name = action.objectName()
            if name in skip:
                continue
            menu.aboutToShow.emit()          # as opening it does: the shift entries enabled or not
            if not action.isEnabled():
                continue
            keys.press(f"Alt+{letter}")
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
            for _ in range(100):
                if menu.activeAction() is action:
                    break
                keys.press("Down")
            assert menu.activeAction() is action, name
            before = len(closer.seen)
            closer.timer.start()
            keys.press("Enter")
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
            # Settled back at the counter: what opened (and any question it asked) closed by Esc.
            qtbot.wait(120)
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None and window.isActiveWindow()
                            and window.keeping.task is None, timeout=15_000)
            closer.timer.stop()
            opened.append((name, closer.seen[before:]))
    return opened


@pytest.fixture
def logged(caplog):
    caplog.set_level(logging.WARNING)
    return caplog


def _no_critical(logged):
    critical = [r for r in logged.records if r.levelno >= logging.CRITICAL]
    assert not critical, [r.getMessage() for r in critical]


def test_every_menu_entry_of_a_cashier_by_keys(qtbot, window, logged):
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(window.actor).id))
        closeout.close_shift(window.actor, counts, "x" if rest else "")
        window.activateWindow()
        with qtbot.capture_exceptions() as raised:
            opened = dict(choose_every_entry(qtbot, window, skip={"actionSignOut", "actionTraining", "actionQuit"}))
            shifts.open_shift(window.actor, 0)        # and the entries of a shift, quitting last (it asks)
            opened.update(choose_every_entry(qtbot, window, skip=set(opened) | {"actionSignOut", "actionTraining"}))
    assert not raised, raised
    _no_critical(logged)
    assert opened["actionOpenShift"] == ["openShift"]          # the entry that raised a TypeError
    assert opened["actionXReport"] == ["reportDialog"] and opened["actionCloseShift"] == ["countDialog"]
    assert opened["actionQuit"] == ["QMessageBox"] and window.isVisible()     # a shift open: asked, and Esc stays
    assert opened["actionJournal"] == ["journalDialog"]
    assert opened["actionConsultation"] == ["consultationDialog"]
    assert opened["actionPrinterSettings"] == ["printerSettings"]
    assert opened["actionPassword"] == ["changePassword"] and opened["actionAbout"] == ["aboutDialog"]


def test_every_menu_entry_of_an_administrator_by_keys(qtbot, billed_estate, counter_settings, logged):
    with clock.frozen(at(2026, 1, 10, 9)):
        window = counter_window(qtbot, billed_estate.admin, counter_settings)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        with qtbot.capture_exceptions() as raised:
            opened = dict(choose_every_entry(qtbot, window, skip={"actionSignOut", "actionTraining"}))
    assert not raised, raised
    _no_critical(logged)
    for name, shown in (("actionDayClose", "dayCloseDialog"), ("actionArrears", "arrearsDialog"),
                        ("actionBilling", "billingDialog"), ("actionUsers", "usersDialog"),
                        ("actionEstateSettings", "estateSettingsDialog"), ("actionRestore", "restoreDialog"),
                        ("actionImport", "importDialog"), ("actionAudit", "auditDialog")):
        assert opened[name][:1] == [shown], (name, opened[name])
