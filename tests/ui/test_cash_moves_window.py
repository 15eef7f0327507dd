"""现金收支 by the keyboard alone: Ctrl+M from the counter, a paid-in recorded with Ctrl+Enter, a
paid-out and a reversal on a manager's name and password, Enter never records; the drawer opens and
the slip prints after each commit. Under blind count the count dialog shows no expected cash until
the count is saved."""
import subprocess
from dataclasses import replace

import pytest

from counter_app.services.admin import estate as estate_service
from counter_app.services.closing import shifts
from counter_app.ledger import clock
from counter_app.store.models import CashMovement, Shift
from tests.factories import at
from tests.ui.helpers import counter_window
from tests.ui.keyboard import Keyboard
from tests.ui.test_cash_drawer import KICK, Printer

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def _printed(tmp_path) -> str:
    """The job the receipt printer (a PDF file standing in for it) printed last, by its title."""
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True,
                          check=True).stdout
    return next(line.split(None, 1)[1].strip() for line in info.splitlines() if line.startswith("Title:"))


def test_paid_in_paid_out_and_reversal_by_keys(qtbot, billed_estate, counter_settings, tmp_path):
    printer = Printer()
    keys = Keyboard(qtbot)
    settings = replace(counter_settings, cash_drawer=f"network:127.0.0.1:{printer.port}")
    try:
        with clock.frozen(at(2026, 1, 10, 9, 5)):
            window = counter_window(qtbot, billed_estate.cashier, settings)
            window.activateWindow()
            keys.press("Ctrl+M")
            dialog = keys.window_is("cashMoveDialog")
            keys.focus_is("cashKind")                                # 零钱补充 first
            keys.run("<Tab>", "200", "<Enter>")                      # Enter moves on, records nothing
            assert CashMovement.select().count() == 0
            keys.press("Ctrl+Return")                                # its own key: recorded, no manager for change in
            qtbot.waitUntil(lambda: CashMovement.select().count() == 1)
            qtbot.waitUntil(lambda: printer.received == [KICK])      # the drawer opens after the commit
            assert "XJ2026-000001" in dialog.status.text()
            assert _printed(tmp_path) == "XJ2026-000001"             # its slip, on the receipt printer
            keys.run(lambda: dialog.kind.setFocus(), "<Down>")       # 支出
            assert dialog.kind.currentData() == "paid_out"
            keys.run("<Tab>", "35.50", "<Tab>", "<Tab>", "PZ-12", "<Tab>", "买灯泡")
            keys.press("Ctrl+Return")
            keys.window_is("managerOverride")                         # cash leaving the drawer: a manager's word
            keys.run("manager", "<Tab>", "manager", "<Enter>")
            qtbot.waitUntil(lambda: CashMovement.select().count() == 2)
            out = CashMovement.get(CashMovement.seq == 2)
            assert (out.kind, out.amount_fen, out.reason, out.voucher) == ("paid_out", 3550, "advance", "PZ-12")
            assert _printed(tmp_path) == out.number
            keys.window_is("cashMoveDialog")
            assert dialog.table.model().rowCount() == 2 and dialog.chosen() == out.number
            keys.press("F7")                                          # reverse the chosen one: why, then a manager
            keys.window_is("reasonDialog")
            keys.run("金额录错", "<Enter>")
            keys.window_is("managerOverride")
            keys.run("manager", "<Tab>", "manager", "<Enter>")
            qtbot.waitUntil(lambda: CashMovement.select().count() == 3)
            back = CashMovement.get(CashMovement.seq == 3)
            assert back.reverses_id == out.id and back.amount_fen == -3550
            keys.window_is("cashMoveDialog")
            keys.press("Esc")
            keys.window_is("mainWindow")
        assert shifts.expected_cash(shifts.current_shift(billed_estate.cashier).id) == 20000
        assert len(printer.received) == 3
    finally:
        printer.close()


def test_blind_count_hides_the_expected_cash_until_the_count_is_saved(qtbot, billed_estate, counter_settings):
    estate_service.update_settings(billed_estate.admin, blind_count=True)
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 18)):
        from counter_app.services.counter import cashmoves
        cashmoves.record(billed_estate.cashier, "paid_in", 30000)
        window = counter_window(qtbot, billed_estate.cashier, counter_settings)
        window.activateWindow()
        keys.window_is("mainWindow")
        keys.run("<Alt+S>", "C")
        count = keys.window_is("countDialog")
        assert "300" not in count.expected.text() and "保存点钞后" in count.difference.text()
        keys.run("2", "<Enter>")                                     # 200 of 300
        assert "保存点钞后" in count.difference.text()
        keys.press("Ctrl+Return")
        question = keys.window_is("saveCountQuestion")
        assert "不能再改" in question.text() and "300" not in question.text()
        keys.press("S")                                              # 保存点钞(&S)
        qtbot.waitUntil(lambda: not count.blind)
        keys.window_is("countDialog")
        assert count.expected.text() == "300.00" and "短款 100.00" in count.difference.text()
        shift = Shift.get_by_id(shifts.current_shift(billed_estate.cashier).id)
        assert shift.counted_fen == 20000 and shift.closed_at is None
        assert not count.spins[10000].isEnabled()                     # the saved count stands
        keys.focus_is("countNote")
        keys.press("Ctrl+Return")                                    # no note: said first, nothing asked
        keys.window_is("countDialog")
        keys.focus_is("countNote")
        assert "短款 100.00" in count.error.text() and "说明" in count.error.text()
        keys.run("少一张", "<Ctrl+Return>")
        keys.window_is("closeShiftQuestion")
        keys.press("Z")
        qtbot.waitUntil(lambda: shifts.current_shift(billed_estate.cashier) is None)
    assert Shift.get_by_id(shift.id).difference_fen == -10000
