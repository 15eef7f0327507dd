"""After a crash: a payment committed just before the program died has a receipt the cashier never
saw. On the next start the window says the last receipt is 未打印 and prints it with Ctrl+P, and the
command line's `last` says the same; a printed receipt raises nothing."""
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QLabel

from counter_app import cli
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments, printed
from counter_app.store import db as dbmod
from tests.factories import at


def _paid_but_never_printed(billed_estate):
    """take_payment committed; the process died before the receipt dialog printed anything."""
    with clock.frozen(at(2026, 1, 10, 9)):
        return payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
            "3-2-502", [Tender("cash", 1000)], topup_fen=1000))


def test_the_next_start_offers_the_unprinted_receipt(qtbot, billed_estate, counter_settings, tmp_path):
    from counter_app.ui.main_window import MainWindow
    receipt = _paid_but_never_printed(billed_estate)
    assert not printed.last_receipt(billed_estate.cashier).printed
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        window = MainWindow(billed_estate.cashier, counter_settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.unprinted is not None and window.unprinted.isVisible()
        said = window.unprinted.findChild(QLabel).text()
        assert receipt.number in said and "未打印" in said
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.search.box, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.receipt_dialog is not None)
        assert "已保存为 PDF 文件" in window.receipt_dialog.status.text()   # a file, said as such
    assert window.unprinted is None and printed.last_receipt(billed_estate.cashier).printed
    assert (tmp_path / "printed.pdf").exists()
    again = MainWindow(billed_estate.cashier, counter_settings)       # printed now: nothing to say
    qtbot.addWidget(again)
    assert again.unprinted is None


def test_the_command_line_says_the_last_receipt_was_not_printed(billed_estate, capsys, monkeypatch):
    receipt = _paid_but_never_printed(billed_estate)
    dbmod.close()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    assert cli.main(["last", "--user", "cashier", "--db", str(billed_estate.ledger.path)]) == 0
    out = capsys.readouterr().out
    assert receipt.number in out and "未打印" in out and "receipt pdf" in out


def test_the_unprinted_notice_is_read_again_after_each_receipt_and_ctrl_p_follows_it(qtbot, billed_estate,
                                                                                     counter_settings, tmp_path):
    """A receipt that did not print (the printer was off) is named in the status bar at once, and
    Ctrl+P prints that one; a reprint from the journal puts the notice away."""
    from dataclasses import replace

    from counter_app.store.models import Payment
    from tests.ui.helpers import counter_window
    from tests.ui.keyboard import Keyboard
    keys = Keyboard(qtbot)
    off = replace(counter_settings, receipt_printer="打印机脱机")
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        window = counter_window(qtbot, billed_estate.cashier, off)
        window.activateWindow()
        assert window.unprinted is None
        keys.run("<F2>", "3-2-502", "<Enter>", "<F9>")
        keys.window_is("paymentDialog")
        keys.run("<F5>", "<Enter>")                                 # a deposit, in exact cash
        keys.window_is("receiptDialog")
        first = Payment.get().number
        assert window.unprinted_number == first                    # said at once, not at the next start
        keys.press("Esc")
        keys.focus_is("searchBox")
        window.settings = counter_settings                         # the printer back on
        keys.press("Ctrl+P")                                       # prints the one it names
        keys.window_is("receiptDialog")
        assert window.receipt_dialog.receipt.number == first
        keys.press("Esc")
        keys.focus_is("searchBox")
        assert window.unprinted is None
        window.settings = off
        keys.run("3-2-501", "<Enter>", "<F6>")
        keys.window_is("paymentDialog")
        keys.run("<F5>", "<Enter>")
        keys.window_is("receiptDialog")
        keys.press("Esc")
        keys.focus_is("searchBox")
        second = Payment.select().order_by(Payment.id.desc()).get().number
        assert window.unprinted_number == second != first          # Ctrl+P follows the newest
        window.settings = counter_settings
        keys.press("F10")                                          # a reprint from the journal…
        keys.window_is("journalDialog")
        keys.run(second, "<Enter>", "<F4>")
        keys.window_is("reprintQuestion")
        keys.press("Enter")
        keys.window_is("journalDialog")
        keys.press("Esc")
        keys.focus_is("searchBox")
        assert window.unprinted is None                            # …and the notice is read again
    assert printed.last_receipt(billed_estate.cashier).printed
