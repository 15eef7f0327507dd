"""The owner's window on a second screen: the unit, each item and period, the amount due, paid and
change while the cashier works, the office's name when idle; it never takes the focus and never
reacts to keys."""
from dataclasses import replace

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication, QLabel

from counter_app.ledger import clock
from tests.factories import at
from tests.ui.helpers import counter_window
from tests.ui.keyboard import Keyboard


def _texts(widget):
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def test_the_owner_follows_the_payment_and_the_cashier_keeps_the_keys(qtbot, billed_estate, counter_settings,
                                                                    tmp_path):
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        window = counter_window(qtbot, billed_estate.cashier, replace(counter_settings, customer_screen=1))
        customer = window.customer
        assert customer is not None and customer.isVisible()
        assert customer.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        assert customer.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
        assert billed_estate.estate.name in _texts(customer) and "欢迎光临" in _texts(customer)
        window.activateWindow()
        keys.run("<F2>", "3-2-501", "<Enter>", "<F9>")
        keys.window_is("paymentDialog")
        dialog = window.payment_dialog
        total = dialog.quote.total_fen
        shown = " ".join(_texts(customer))
        assert "3-2-501" in shown and f"应收 ¥{total / 100:,.2f}" in shown
        for item, period, amount in dialog.rows():
            assert item in shown and period in shown and f"¥{amount / 100:,.2f}" in shown
        keys.run("<Enter>")                                    # from the item to the cash field
        keys.focus_is("tender_cash")
        keys.run(f"{(total + 1250) // 100}.{(total + 1250) % 100:02d}")      # 12.50 over, as typed
        shown = " ".join(_texts(customer))
        assert "找零 ¥12.50" in shown and f"实收 ¥{(total + 1250) / 100:,.2f}" in shown
        customer.grab().save(str(tmp_path / "customer.png"))
        keys.focus_is("tender_cash")                           # the cashier's keys stayed with the cashier
        assert QApplication.focusWidget().window() is dialog
        assert not customer.isActiveWindow()
        keys.press("Enter")
        keys.window_is("receiptDialog")
        assert "找零 ¥12.50" in " ".join(_texts(customer))
        keys.press("Esc")
        keys.focus_is("searchBox")
        qtbot.waitUntil(lambda: "欢迎光临" in _texts(customer))     # idle again for the next owner
        assert not any("3-2-501" in t for t in _texts(customer))
    window.close()


def test_keys_sent_to_it_do_nothing(qtbot, billed_estate, counter_settings):
    from counter_app.ui.customer_display import CustomerDisplay
    shown = CustomerDisplay("测试花园", 1)
    qtbot.addWidget(shown)
    shown.quote("3-2-501", [("物业费", "2026-01", 12345)], 12345)
    before = _texts(shown)
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_F4):
        qtbot.keyClick(shown, key)
    assert shown.isVisible() is False or _texts(shown) == before
    assert _texts(shown) == before
    assert all(w.focusPolicy() == Qt.FocusPolicy.NoFocus for w in shown.findChildren(QLabel))
