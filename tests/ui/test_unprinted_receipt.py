"""After a crash: a payment committed just before the program died has a receipt the cashier never
saw. On the next start the window says the last receipt is 未打印 and prints it with Ctrl+P, and the
command line's `last` says the same; a printed receipt raises nothing."""
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QLabel

from counter_app import cli
from counter_app.core.tenders import Tender
from counter_app.services.common import clock
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
