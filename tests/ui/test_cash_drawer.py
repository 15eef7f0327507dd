"""The cash drawer opens after the payment's commit when cash was handed over, never for WeChat,
Alipay, card or transfer alone; a drawer that does not open is said on the receipt window and the
payment stays recorded."""
import socket
import threading
from dataclasses import replace

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.store.models import Payment
from tests.factories import at
from tests.ui.helpers import counter_window
from tests.ui.keyboard import Keyboard

KICK = bytes.fromhex("1b 70 00 32 32")


class Printer:
    """A network receipt printer's raw port on 127.0.0.1: counts the connections and keeps the bytes."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while chunk := conn.recv(1024):
                    data += chunk
                self.received.append(data)

    def close(self):
        self.server.close()
        self.thread.join(5)


def _window(qtbot, billed_estate, counter_settings, spec):
    return counter_window(qtbot, billed_estate.cashier, replace(counter_settings, cash_drawer=spec))


def test_a_cash_payment_opens_the_drawer_after_its_commit(qtbot, billed_estate, counter_settings, monkeypatch):
    printer = Printer()
    keys = Keyboard(qtbot)
    committed_at_kick = []
    from counter_app.devices import drawer
    real = drawer.open_drawer

    def watched(spec, **kw):                     # the payment is in the ledger when the drawer opens
        committed_at_kick.append(Payment.select().count())
        return real(spec, **kw)
    monkeypatch.setattr(drawer, "open_drawer", watched)
    try:
        with clock.frozen(at(2026, 1, 10, 9, 5)):
            window = _window(qtbot, billed_estate, counter_settings, f"network:127.0.0.1:{printer.port}")
            window.activateWindow()
            keys.run("<F2>", "3-2-502", "<Enter>", "<F9>")
            keys.window_is("paymentDialog")
            keys.run("<F5>", "<Enter>")                         # exact cash
            keys.window_is("receiptDialog")
            qtbot.waitUntil(lambda: printer.received == [KICK])
        assert committed_at_kick == [1]
        assert not window.receipt_dialog.notice.isVisible()
    finally:
        printer.close()


def test_non_cash_tenders_alone_never_open_it(qtbot, billed_estate, counter_settings):
    printer = Printer()
    try:
        with clock.frozen(at(2026, 1, 10, 9, 5)):
            window = _window(qtbot, billed_estate, counter_settings, f"network:127.0.0.1:{printer.port}")
            for method in ("wechat", "alipay", "card", "transfer"):
                receipt = payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
                    "3-2-502", [Tender(method, 1000, "REF" + method)], topup_fen=1000))
                assert window.open_drawer_for(receipt) is False
            mixed = payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
                "3-2-502", [Tender("wechat", 1000, "REF2"), Tender("cash", 500)], topup_fen=1500))
            assert window.open_drawer_for(mixed) is True
            qtbot.waitUntil(lambda: printer.received == [KICK])      # the mixed one only
    finally:
        printer.close()


def test_a_drawer_that_fails_is_said_and_the_payment_stays(qtbot, billed_estate, counter_settings):
    with socket.create_server(("127.0.0.1", 0)) as s:
        port = s.getsockname()[1]                # nothing listens there now
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        window = _window(qtbot, billed_estate, counter_settings, f"network:127.0.0.1:{port}")
        window.activateWindow()
        keys.run("<F2>", "3-2-502", "<Enter>", "<F9>")
        keys.window_is("paymentDialog")
        keys.run("<F5>", "<Enter>")
        keys.window_is("receiptDialog")
    payment = Payment.get()
    notice = window.receipt_dialog.notice
    qtbot.waitUntil(notice.isVisible)
    assert "钱箱没有打开" in notice.text() and "收款已记录" in notice.text() and payment.number in notice.text()
    assert "已保存为 PDF 文件" in window.receipt_dialog.status.text()   # the receipt still printed
    keys.press("Esc")
    keys.focus_is("searchBox")
    assert Payment.select().count() == 1


def test_a_drawer_slow_to_answer_never_holds_the_cashier(qtbot, billed_estate, counter_settings, monkeypatch):
    """A drawer switched off takes its connect timeout to fail: the receipt window is up and takes
    keys at once, the failure is said on it when it comes, and the next customer can be served
    while the drawer is still being tried."""
    import time

    from counter_app.core.errors import Unavailable
    from counter_app.devices import drawer
    release = threading.Event()
    tried = []

    def switched_off(spec, **kw):
        tried.append(spec)
        release.wait(10)
        raise Unavailable("钱箱没有打开：{where} 无法连接（{why}）", where="192.0.2.1:9100", why="timed out")
    monkeypatch.setattr(drawer, "open_drawer", switched_off)
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        window = _window(qtbot, billed_estate, counter_settings, "network:192.0.2.1:9100")
        window.activateWindow()
        keys.run("<F2>", "3-2-502", "<Enter>", "<F9>")
        keys.window_is("paymentDialog")
        started = time.monotonic()
        keys.run("<F5>", "<Enter>")
        keys.window_is("receiptDialog")
        assert time.monotonic() - started < 2            # not held for the drawer
        qtbot.waitUntil(lambda: tried == ["network:192.0.2.1:9100"])
        notice = window.receipt_dialog.notice
        assert not notice.isVisible()                    # still being tried
        release.set()
        qtbot.waitUntil(notice.isVisible)
        assert "钱箱没有打开" in notice.text() and Payment.get().number in notice.text()
        keys.press("Esc")
        keys.focus_is("searchBox")
    assert Payment.select().count() == 1


def test_the_pole_display_shows_the_total_then_paid_and_change(qtbot, billed_estate, counter_settings):
    import os

    from counter_app.devices import pole
    from tests.devices.test_pole import read_until
    master, slave = os.openpty()
    keys = Keyboard(qtbot)
    try:
        settings = replace(counter_settings, pole_display=os.ttyname(slave) + ":9600")
        with clock.frozen(at(2026, 1, 10, 9, 5)):
            window = counter_window(qtbot, billed_estate.cashier, settings)
            window.activateWindow()
            keys.run("<F2>", "3-2-502", "<Enter>", "<F9>")
            keys.window_is("paymentDialog")
            total = window.payment_dialog.quote.total_fen
            shown = read_until(master, pole.total_frame(total))
            assert shown.endswith(pole.total_frame(total)) and b"TOTAL" in shown
            keys.run("<Enter>")                              # from the item to the cash field
            keys.focus_is("tender_cash")
            keys.run(f"{(total + 1250) // 100}.{(total + 1250) % 100:02d}", "<Enter>")   # 12.50 over
            keys.window_is("receiptDialog")
            receipt = window.receipt_dialog.receipt
            assert receipt.change_fen > 0
            shown = read_until(master, pole.change_frame(receipt.cash_tendered_fen, receipt.change_fen))
            assert shown.endswith(pole.change_frame(receipt.cash_tendered_fen, receipt.change_fen))
            assert b"CHANGE" in shown and pole.line("CHANGE", receipt.change_fen).encode() in shown
    finally:
        os.close(slave)
        os.close(master)


def test_printer_settings_try_the_drawer_only_from_its_own_button(qtbot, counter_settings):
    from PyQt6.QtCore import Qt

    from counter_app.ui.printing.settings_dialog import PrinterSettingsDialog
    printer = Printer()
    keys = Keyboard(qtbot)
    try:
        dialog = PrinterSettingsDialog(counter_settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        dialog.drawer.setFocus(Qt.FocusReason.TabFocusReason)
        keys.focus_is("cashDrawer")
        keys.run(f"network:127.0.0.1:{printer.port}")
        dialog.test_drawer.setFocus(Qt.FocusReason.TabFocusReason)
        keys.press("Enter")                                 # on 试开钱箱 itself: the pulse
        qtbot.waitUntil(lambda: printer.received == [KICK])
        assert "已向钱箱发送" in dialog.drawer_result.text()
        assert dialog.isVisible()
        dialog.customer_screen.setCurrentIndex(dialog.customer_screen.findData(1))
        dialog.pole.setFocus(Qt.FocusReason.TabFocusReason)
        keys.run("COM3:9600", "<Enter>")                    # in a field: saves, opens nothing
        assert dialog.result() == dialog.DialogCode.Accepted
        assert dialog.settings.cash_drawer == f"network:127.0.0.1:{printer.port}"
        assert dialog.settings.pole_display == "COM3:9600"
        assert dialog.settings.customer_screen == 1
        assert printer.received == [KICK]
    finally:
        printer.close()


def test_trying_a_drawer_that_is_not_there_says_so(qtbot, counter_settings):
    from PyQt6.QtCore import Qt

    from counter_app.ui.printing.settings_dialog import PrinterSettingsDialog
    keys = Keyboard(qtbot)
    dialog = PrinterSettingsDialog(counter_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.drawer.setFocus(Qt.FocusReason.TabFocusReason)
    keys.focus_is("cashDrawer")
    keys.run("lpt1")
    dialog.test_drawer.setFocus(Qt.FocusReason.TabFocusReason)
    keys.press("Enter")                                     # on 试开钱箱 itself
    assert "无法识别" in dialog.drawer_result.text()
    assert dialog.isVisible()


def test_a_manager_opens_the_drawer_by_hand_with_a_reason(qtbot, billed_estate, counter_settings):
    from counter_app.store.models import AuditLog
    printer = Printer()
    keys = Keyboard(qtbot)
    try:
        with clock.frozen(at(2026, 1, 10, 9, 5)):
            window = _window(qtbot, billed_estate, counter_settings, f"network:127.0.0.1:{printer.port}")
            window.activateWindow()
            keys.press("Ctrl+Shift+D")
            keys.window_is("reasonDialog")
            keys.run("换零钱", "<Enter>")
            keys.window_is("managerOverride")
            assert printer.received == []                  # nothing before the manager's password
            keys.run("manager", "<Tab>", "manager", "<Enter>")
            qtbot.waitUntil(lambda: printer.received == [KICK])
        assert "钱箱已打开" in window.statusBar().currentMessage()
        row = AuditLog.get(AuditLog.action == "drawer.open")
        assert row.username == "manager" and "换零钱" in row.after and "cashier" in row.after
    finally:
        printer.close()


def test_the_drawer_by_hand_given_up_sends_nothing(qtbot, billed_estate, counter_settings):
    from counter_app.store.models import AuditLog
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        window = _window(qtbot, billed_estate, counter_settings, "network:127.0.0.1:9")
        window.activateWindow()
        keys.press("Ctrl+Shift+D")
        keys.window_is("reasonDialog")
        keys.run("换零钱", "<Enter>")
        keys.window_is("managerOverride")
        keys.press("Esc")
        keys.focus_is("searchBox")
    assert not AuditLog.select().where(AuditLog.action == "drawer.open").exists()
    assert "钱箱没有打开" in window.statusBar().currentMessage()
