"""The window keeps an unfinished payment on screen while another program holds the database's write
lock, says so, and takes the payment when the cashier presses Enter again once the file is free."""
import sqlite3

from PyQt6.QtCore import Qt

from counter_app.ledger import clock
from counter_app.store import db as dbmod
from counter_app.store.models import Payment
from tests.factories import at


def test_the_window_keeps_the_payment_while_the_file_is_busy(qtbot, window):
    dbmod.database.obj.execute_sql("PRAGMA busy_timeout = 200")
    path = dbmod.db_path()
    with clock.frozen(at(2026, 1, 10, 9)):
        window.search.box.setText("3-2-502")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F6)
        dialog = window.payment_dialog
        dialog.tender_amount["cash"].setText("1000")
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
            assert "占用" in dialog.error.text() and "重试" in dialog.error.text()
            assert dialog.isVisible() and dialog.receipt is None and dialog.confirm.isEnabled()
            assert dialog.tender_amount["cash"].text() == "1000"          # nothing to type again
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)                        # the file is free: Enter again
        qtbot.waitUntil(lambda: window.receipt_dialog is not None)
    assert Payment.select().count() == 1


def test_the_window_names_a_damaged_file_and_stops(qtbot, tmp_path, monkeypatch):
    from PyQt6.QtWidgets import QApplication, QMessageBox

    from counter_app.ui.app import AppController
    from counter_app.ui.settings import CounterSettings
    damaged = tmp_path / "counter.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    quit_called = []
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: quit_called.append(True))
    controller = AppController(app, CounterSettings(idle_lock_minutes=0), damaged, demo=False)
    controller.start()
    assert said and "已损坏" in said[0] and "备份" in said[0] and quit_called
    assert controller.login is None


def test_the_window_refuses_an_empty_file_rather_than_make_a_ledger_of_it(qtbot, tmp_path, monkeypatch):
    from PyQt6.QtWidgets import QApplication, QMessageBox

    from counter_app.ui.app import AppController
    from counter_app.ui.settings import CounterSettings
    empty = tmp_path / "counter.sqlite3"
    empty.write_bytes(b"")
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    app = QApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: None)
    controller = AppController(app, CounterSettings(idle_lock_minutes=0), empty, demo=False)
    controller.start()
    assert said and "空文件" in said[0] and controller.login is None
    assert empty.read_bytes() == b"" and not (tmp_path / "counter.sqlite3-wal").exists()
