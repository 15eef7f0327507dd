"""抹零 at the window, by keys alone: the administrator sets it in 小区与收据设置 (Ctrl+S, audited);
the payment window shows the rounding and the cash to take as the cash is typed, F5 fills in the
rounded cash, Enter takes it, and the receipt says 抹零."""
import pytest
from PyQt6.QtWidgets import QApplication, QLabel

from counter_app.core import rounding
from counter_app.core.money import format_yuan
from counter_app.documents.receipt import receipt_text
from counter_app.services.admin import estate as est
from counter_app.ledger import clock
from counter_app.services.counter.receipts import load_receipt
from counter_app.store.models import AuditLog, Estate, Payment, TenderRow
from counter_app.ui.admin.estate_settings import EstateSettingsDialog
from tests.factories import at, bill_months
from tests.ui.helpers import shown_active
from tests.ui.keyboard import Keyboard
from tests.ui.test_counter_by_keys import collect, open_unit, receipt_and_back
from tests.ui import test_counter_by_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
RULE = "yuan-down"
signed_in = test_counter_by_keys.signed_in      # the counter's fixture, on this module's estate


@pytest.fixture
def billed_estate(estate):
    """The billed estate of the counter's tests, rounding cash down to the 元."""
    bill_months(estate, "2025-12", "2026-01")
    est.update_settings(estate.admin, cash_rounding=RULE)
    return estate


def test_the_setting_chosen_by_keys_and_saved(qtbot, estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        dialog = shown_active(qtbot, EstateSettingsDialog(estate.admin))
    combo = dialog.findChild(type(dialog.cash_rounding), "setting_cash_rounding")
    assert combo.currentData() == rounding.OFF and combo.currentText() == "不抹零"
    combo.setFocus()
    keys = Keyboard(qtbot)
    keys.run("<Down>", "<Down>")                             # 抹零到角（四舍五入）
    assert combo.currentData() == "jiao-half-up"
    keys.run("<Ctrl+S>")
    assert "已保存 1 项" in dialog.status.text()
    assert Estate.get().cash_rounding == "jiao-half-up"
    change = AuditLog.select().where(AuditLog.action == "settings.change").get()
    assert "jiao-half-up" in change.after
    QApplication.processEvents()


def test_the_payment_window_rounds_the_cash_and_the_receipt_says_so(qtbot, signed_in, tmp_path):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F6")
        keys.focus_is("tender_cash")
        total = dialog.quote.total_fen
        rounded = rounding.payment_rounding(total, 0, RULE)
        assert rounded < 0, "the example must have 角 and 分 to round away"
        label = dialog.findChild(QLabel, "roundingLabel")
        # Before any cash is typed: what all-cash would be.
        assert label.isVisible() and label.text() == f"抹零 {format_yuan(rounded)}　现金应收 ¥{format_yuan(total + rounded)}"
        dialog.grab().save(str(tmp_path / "rounding.png"))
        keys.run("<F5>")                                      # exactly what is due: the rounded cash
        assert dialog.tender_amount["cash"].text() == format_yuan(total + rounded, grouping=False)
        keys.run("<Ctrl+A>", "2000")
        assert dialog.findChild(QLabel, "changeLabel").text() == format_yuan(200000 - total - rounded)
        keys.run("<Enter>")                                   # the focus is the cash: Enter takes it
        receipt = keys.window_is("receiptDialog")
        assert f"找零 ¥{format_yuan(200000 - total - rounded)}" in receipt.findChild(QLabel, "changeLabel").text()
        receipt_and_back(keys)
    (payment,) = Payment.select()
    stored = {t.method: t.amount_fen for t in TenderRow.select().where(TenderRow.payment == payment.id)}
    assert stored == {"cash": total + rounded, rounding.ROUNDING: -rounded}
    assert payment.total_fen == total and payment.change_fen == 200000 - total - rounded
    # What the receipt window showed is the receipt as printed: 抹零 its own line, 合计 what was paid.
    shown = "\n".join(receipt_text(load_receipt(window.actor, payment.number)))
    assert rounding.NAME in shown and format_yuan(rounded) in shown
    assert format_yuan(total + rounded) in shown


def test_a_wechat_payment_is_not_rounded_in_the_window(qtbot, signed_in):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F6")
        total = dialog.quote.total_fen
        keys.run("<Tab>", "<Tab>", "<Tab>")
        while QApplication.focusWidget().objectName() != "tender_wechat":
            keys.run("<Tab>")
        keys.run(format_yuan(total, grouping=False), "<Tab>", "WX123")
        label = dialog.findChild(QLabel, "roundingLabel")
        assert not label.isVisible() and dialog.error.text() == ""
        keys.run("<Shift+Tab>")
        keys.focus_is("tender_wechat")
        keys.run("<Enter>")
        receipt_and_back(keys)
    (payment,) = Payment.select()
    assert [t.method for t in TenderRow.select().where(TenderRow.payment == payment.id)] == ["wechat"]


def test_the_owner_sees_the_rounded_amount_and_the_rounding_line(qtbot, billed_estate, counter_settings):
    from dataclasses import replace

    from tests.ui.helpers import counter_window
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        window = counter_window(qtbot, billed_estate.cashier, replace(counter_settings, customer_screen=1))
        customer = window.customer
        window.activateWindow()
        keys.run("<F2>", "3-2-501", "<Enter>", "<F6>")
        keys.window_is("paymentDialog")
        dialog = window.payment_dialog
        total = dialog.quote.total_fen
        rounded = rounding.payment_rounding(total, 0, RULE)
        shown = " ".join(label.text() for label in customer.findChildren(QLabel) if label.text())
        assert f"应收 ¥{format_yuan(total + rounded)}" in shown
        assert rounding.NAME in shown and f"¥{format_yuan(rounded)}" in shown
        keys.focus_is("tender_cash")
        keys.run(format_yuan(total + rounded + 1250, grouping=False))
        shown = " ".join(label.text() for label in customer.findChildren(QLabel) if label.text())
        assert "找零 ¥12.50" in shown and f"应收 ¥{format_yuan(total + rounded)}" in shown
        keys.press("Esc")
        QApplication.processEvents()
    window.close()


def test_the_refund_window_says_the_rounding_goes_back(qtbot, estate):
    from counter_app.core.closeout import greedy_count
    from counter_app.core.tenders import Tender
    from counter_app.services.closing import close as closeout, shifts
    from counter_app.services.counter import payments
    from counter_app.ui.journal.dialog import RefundDialog
    with clock.frozen(at(2026, 1, 10, 9)):
        est.add_fee_item(estate.admin, est.estate_of(estate.admin), "GBF", "门禁卡工本费", "one_off")
        est.update_settings(estate.admin, cash_rounding="jiao-down")
        receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", adhoc=[("GBF", 12347, "工本费")], tenders=[Tender("cash", 20000)]))
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
        closeout.close_shift(estate.cashier, counts, note="分币未点" if rest else "")
    dialog = shown_active(qtbot, RefundDialog(estate.cashier, receipt.number))
    Keyboard(qtbot).run("<F5>")                                    # every line, all that is left of it
    total = dialog.findChild(QLabel, "refundTotal").text()
    assert "本次退款合计 ¥123.47" in total and "退回抹零 -0.07，实退 ¥123.40" in total
    QApplication.processEvents()
