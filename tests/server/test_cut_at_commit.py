"""The cable is pulled at the one moment a counter cannot tell what happened: its COMMIT has gone
through to the server and the answer never comes back (or the COMMIT never arrives). The command
line and the window look the request id up and say truthfully 已记账 with the receipt's number, or
没有记账; while the server cannot be asked they say that, with the id, and sending the same request
again once the cable is back records it at most once."""
import json
import os

import pytest
from PyQt6.QtCore import Qt

from counter_app import cli
from counter_app.ledger import clock
from counter_app.services.common.session import open_database
from counter_app.store import db as dbmod
from counter_app.store.models import Payment
from counter_app.ui.payment import dialog as dialog_module, follow_up
from tests.factories import at, bill_months

from .cable import Cable



@pytest.fixture
def cable(pg, server_estate):
    bill_months(server_estate, "2026-01")
    dbmod.close()
    line = Cable(pg.port)
    yield line, server_estate
    line.close()


def _through(line: Cable, estate) -> str:
    return line.url(estate.ledger.path.rsplit("/", 1)[1])


def _payments(estate) -> list[str]:
    open_database(estate.ledger.path)        # straight to the server, not through the cable
    try:
        return [p.number for p in Payment.select().order_by(Payment.id)]
    finally:
        dbmod.close()


def _cli(capsys, *argv):
    os.environ["COUNTER_APP_PASSWORD"] = "cashier"
    with clock.frozen(at(2026, 1, 10, 9)):
        code = cli.main([*argv, "--user", "cashier"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


PAY = ["pay", "3-2-501", "--amount", "10", "--tender", "cash:10", "--request-id", "till-1-000042"]


def test_the_command_line_looks_a_cut_commit_up_and_says_it_was_recorded(cable, capsys):
    line, estate = cable
    line.cut_at_commit("after")
    line.mend_after_cut = True
    code, out, err = _cli(capsys, *PAY, "--db", _through(line, estate), "--json")
    # The answer to the COMMIT never came; the cable took new connections again at once, so the
    # lookup found the payment: its receipt is printed, and it is there once.
    assert line.commits_cut == 1
    assert code == 0, err
    assert _payments(estate) == [json.loads(out)["number"]]


@pytest.mark.parametrize("when, recorded", [("after", True), ("before", False)])
def test_the_command_line_says_it_cannot_tell_then_the_id_answers(cable, capsys, when, recorded):
    line, estate = cable
    line.cut_at_commit(when)
    db = _through(line, estate)
    code, out, err = _cli(capsys, *PAY, "--db", db)
    assert line.commits_cut == 1 and code == 3
    assert "不能确定收款是否已记账" in err and "till-1-000042" in err
    line.mend()
    code, out, err = _cli(capsys, "request", "till-1-000042", "--db", db)
    assert (code, "已记账：收款" in out, "没有记账" in err) == ((0, True, False) if recorded else (4, False, True))
    code, out, _ = _cli(capsys, *PAY, "--db", db)               # the same request again: at most once
    assert code == 0 and len(_payments(estate)) == 1 and _payments(estate)[0] in out


@pytest.fixture
def counter_dialog(cable, qtbot, monkeypatch):
    """The payment dialog of a counter whose ledger is behind the cable."""
    line, estate = cable
    monkeypatch.setattr(dialog_module, "RETRY_MS", 100)
    open_database(_through(line, estate))
    with clock.frozen(at(2026, 1, 10, 9)):
        dialog = dialog_module.PaymentDialog(estate.cashier, "3-2-501", 0, "all_due")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.tender_amount["cash"].setFocus()
        qtbot.keyClicks(dialog.tender_amount["cash"], "100000")
        yield line, estate, dialog
    dbmod.close()


@pytest.mark.parametrize("when", ["after", "before"])
def test_the_window_keeps_asking_and_takes_the_payment_once(counter_dialog, qtbot, when):
    line, estate, dialog = counter_dialog
    line.cut_at_commit(when)
    with clock.frozen(at(2026, 1, 10, 9)):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        assert line.commits_cut == 1 and dialog.isVisible() and dialog.receipt is None
        if not (when == "after" and "已记账" in dialog.error.text()):
            # Unless a fresh connection already read the committed receipt's id back (it may, on a
            # machine fast enough, and then says so truthfully), it is unsure and says that.
            assert "正在确认这笔收款是否已记账" in dialog.error.text() and dialog.request_id in dialog.error.text()
            qtbot.wait(300)                                # retried while the cable is out: still unsure
            assert dialog.receipt is None and dialog.unsettled and dialog._retries >= 2
            assert "正在确认" in dialog.error.text() and "没有记账" not in dialog.error.text()
        line.mend()
        qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10_000)
    assert _payments(estate) == [dialog.receipt.number] and dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.parametrize("when, words", [("after", "已记账，收据"), ("before", "没有记账")])
def test_the_window_answers_after_the_cashier_gave_up_waiting(cable, qtbot, monkeypatch, tmp_path, when, words):
    """In the counter window, by keys: the unit found, F6, the cash typed, Enter; the cable goes at
    the COMMIT; the cashier gives up waiting (Esc). The status bar says it is not yet known, and once
    the cable is back, what became of the payment."""
    from PyQt6.QtWidgets import QApplication

    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.settings import CounterSettings
    line, estate = cable
    monkeypatch.setattr(dialog_module, "RETRY_MS", 100)
    monkeypatch.setattr(follow_up, "ASK_EVERY_MS", 100)
    open_database(_through(line, estate))
    settings = CounterSettings(receipt_printer=f"pdf:{tmp_path / 'printed.pdf'}", receipt_layout="80mm",
                               silent_print=True, idle_lock_minutes=0)
    with clock.frozen(at(2026, 1, 10, 9)):
        window = MainWindow(estate.cashier, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClicks(window.search.box, "3-2-501")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.unit_view.file is not None and QApplication.focusWidget() is not None)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        dialog = window.payment_dialog
        qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is dialog.tender_amount["cash"])
        qtbot.keyClicks(QApplication.focusWidget(), "100000")
        line.cut_at_commit(when)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert line.commits_cut == 1 and dialog.unsettled and dialog.receipt is None
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)     # the queue is long: no more waiting
        qtbot.waitUntil(lambda: window.payment_dialog is None)
        assert "待确认" in window.statusBar().currentMessage()
        qtbot.wait(300)
        assert "待确认" in window.statusBar().currentMessage()           # still cut off: still not known
        line.mend()
        qtbot.waitUntil(lambda: words in window.statusBar().currentMessage(), timeout=10_000)
    dbmod.close()
    assert len(_payments(estate)) == (1 if when == "after" else 0)
