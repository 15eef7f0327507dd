"""The counter's main flows typed as a cashier types them: every key goes where the focus is
(tests/ui/keyboard.py), no button is clicked and no slot called. Sign in, F2, Enter, F6, cash,
Enter, the receipt; F7 an amount; F8 months ahead; F10 find, void and refund with the manager's
password; 开班, X, 交班点钞, the day close and its reopening."""
from datetime import date

import pytest
from PyQt6.QtWidgets import QApplication, QLabel

from counter_app.core.closeout import greedy_count
from counter_app.core.money import format_yuan
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog, DayClose, Payment, Refund, Reprint, Shift
from counter_app.ui.app import AppController
from tests.factories import at
from tests.ui.keyboard import Keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def focus_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() or widget.parentWidget().objectName()


def open_unit(keys: Keyboard, code: str) -> None:
    """F2, the unit's number, Enter: its charges have the focus."""
    keys.run("<F2>", code, "<Enter>")
    keys.focus_is("chargesTable")


def collect(keys: Keyboard, key: str):
    """F5–F9 on the open unit: the payment window on top."""
    keys.press(key)
    return keys.window_is("paymentDialog")


def receipt_and_back(keys: Keyboard) -> None:
    """The receipt shown (and printed); Esc: back at the search box for the next owner."""
    keys.window_is("receiptDialog")
    keys.press("Esc")
    keys.focus_is("searchBox")


@pytest.fixture
def signed_in(qtbot, billed_estate, counter_settings):
    """The program started on the ledger and signed in as the cashier, by keys."""
    path = billed_estate.ledger.path
    dbmod.close()
    controller = AppController(QApplication.instance(), counter_settings, path, demo=False)
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9)):
        controller.open(path)
        keys.window_is("loginDialog")
        keys.run("cashier", "<Tab>", "cashier", "<Enter>")
        qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)
    keys.window_is("mainWindow")
    # The day's automatic backup (and the week's check after it) runs at the first start: let it
    # finish, so that its word in the status bar comes before the test's keys, not among them.
    for _ in range(2):
        qtbot.waitUntil(lambda: not controller.window.keeping.background.pending, timeout=30_000)
        qtbot.wait(50)
    return controller.window, keys


def test_find_pay_all_in_cash_and_the_receipt(qtbot, signed_in, tmp_path):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        keys.run("<F2>", "5678")                                   # the owner's phone digits
        qtbot.waitUntil(lambda: not window.search.searches.pending)
        before = window.search.model.hit(0)
        assert before.owed_fen > 0
        keys.press("Enter")
        keys.focus_is("chargesTable")
        dialog = collect(keys, "F6")
        keys.focus_is("tender_cash")
        total = dialog.quote.total_fen
        # What is paid, item by item and month by month, is listed before the money is taken.
        rows = [dialog.paying.item(r, 0).text() for r in range(dialog.paying.rowCount())]
        assert "物业服务费" in rows and "车位管理费" in rows
        keys.run("<F7>")                                            # the next 100 元: a 100 note or more
        assert dialog.tender_amount["cash"].text() == format_yuan(-(-total // 10000) * 10000, grouping=False)
        keys.run("<F5>")                                            # or exactly what is due
        assert dialog.tender_amount["cash"].text() == format_yuan(total, grouping=False)
        keys.run("<Ctrl+A>", "2000", "<Enter>")                     # the owner hands over 2,000 元
        receipt = keys.window_is("receiptDialog")
        change = 200000 - total
        assert f"找零 ¥{format_yuan(change)}" in receipt.findChild(QLabel, "changeLabel").text()
        keys.press("Enter")                                         # closes; records nothing more
        keys.focus_is("searchBox")
    (payment,) = Payment.select()
    assert payment.total_fen == total and payment.change_fen == change
    assert (tmp_path / "printed.pdf").exists()
    # Nothing stale: the hit says the unit is paid up, the status bar has no unprinted receipt.
    qtbot.waitUntil(lambda: not window.search.searches.pending and window.search.model.rowCount() == 1
                    and window.search.model.hit(0).owed_fen == 0)
    assert window.unprinted is None


def test_an_amount_and_months_ahead_by_keys(qtbot, signed_in):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F7")
        keys.focus_is("payAmount")
        assert dialog.error.text() == "" and "输入要收的金额" in dialog.summary.text()   # nothing wrong yet
        keys.run("99999", "<Enter>")                                # more than is owed: said, not silently cut
        assert dialog.warning.isVisible() and "多于此户所欠" in dialog.warning.text()
        assert f"¥{format_yuan(dialog.quote.total_fen)}" in dialog.warning.text() and dialog.quote.total_fen < 9999900
        keys.run("<Shift+Tab>", "<Ctrl+A>", "100", "<Enter>")        # Enter in the amount: on to the cash
        keys.focus_is("tender_cash")
        assert dialog.quote.total_fen == 10000 and not dialog.warning.isVisible()
        keys.run("<Shift+Tab>")                                     # and back, one key
        keys.focus_is("payAmount")
        keys.run("<Tab>")
        keys.focus_is("tender_cash")
        keys.run("<F5>", "<Enter>")
        receipt_and_back(keys)
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F8")
        keys.focus_is("payItem")
        # Months ahead while earlier ones are owed: said before anything is taken.
        assert dialog.warning.isVisible() and "不会先缴这些欠费" in dialog.warning.text()
        keys.run("<Tab>", "3", "<Enter>")                            # 3 months, Enter: on to the cash
        keys.focus_is("tender_cash")
        # The months ahead are listed: from the first month not yet billed.
        assert dialog.paying.item(0, 0).text() == dialog.item.currentText()
        assert dialog.paying.item(0, 1).text().startswith("2026.02")
        keys.run("<F6>", "<Enter>")                                  # the next 50 元
        receipt_and_back(keys)
    assert Payment.select().count() == 2


def test_the_waiver_is_out_of_the_tab_chain_until_ticked_and_a_deposit_has_none(qtbot, signed_in):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F6")
        seen = []
        for _ in range(14):
            keys.press("Tab")
            seen.append(focus_name())
        assert "waiveReason" not in seen and "waiveLateFee" not in seen
        keys.press("Alt+J")                                          # ticked: its reason next
        keys.focus_is("waiveReason")
        keys.run("老人行动不便")
        assert dialog.quote.waived_fen == dialog.quote.late_fee_fen > 0
        keys.press("Esc")
        keys.window_is("discardQuestion")
        keys.press("D")
        keys.focus_is("searchBox")
        open_unit(keys, "3-2-502")
        dialog = collect(keys, "F9")
        assert not dialog.waiver_row.isVisible()                     # a deposit carries no late fee
        while focus_name() != "tender_cash":
            keys.press("Tab")
        keys.press("Alt+J")                                          # no waiver here: no "j" in the cash
        assert dialog.tender_amount["cash"].text() == "" and not dialog.waive.isChecked()
        keys.press("Esc")
        keys.focus_is("searchBox")
    assert Payment.select().count() == 0


def test_after_the_waivers_reason_tab_and_enter_go_on_to_the_cash(qtbot, signed_in):
    """Alt+J takes the keys typed right after it to the reason. The reason is drawn above the
    tenders: the key after it reaches the cash, never a checkbox where the amount typed next would
    be lost, and Enter there does not take the payment."""
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F6")
        keys.press("Alt+J")                                         # typed on at once, as a cashier does:
        keys.run("老人行动不便")                                     # nothing of it in the cash field
        assert dialog.waive_reason.text() == "老人行动不便" and dialog.tender_amount["cash"].text() == ""
        keys.run("<Tab>")
        keys.focus_is("tender_cash")
        keys.run("<Shift+Tab>")                                     # and back, one key
        keys.focus_is("waiveReason")
        keys.run("<Enter>")                                         # Enter: on to the cash, nothing taken
        keys.focus_is("tender_cash")
        assert Payment.select().count() == 0
        due = dialog.quote.due_fen
        keys.run(format_yuan(due, grouping=False), "<Enter>")
        receipt_and_back(keys)
    payment = Payment.get()
    lines = list(payment.lines)
    assert payment.total_fen == due and sum(line.waived_fen for line in lines) > 0
    assert {line.waiver_reason for line in lines if line.waived_fen} == {"老人行动不便"}


def test_an_amount_with_its_late_fee_waived_is_not_said_to_be_more_than_owed(qtbot, signed_in):
    """F7, an amount well under the debt, Alt+J: the late fee waived leaves the total under the
    amount typed; that is no amount over the debt (it once said "多于此户所欠")."""
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F7")
        keys.run("100", "<Enter>")
        keys.focus_is("tender_cash")
        assert dialog.quote.late_fee_fen > 0 and not dialog.warning.isVisible()
        keys.run("<Alt+J>", "老人行动不便")
        assert dialog.quote.waived_fen > 0 and dialog.quote.total_fen < 10000
        assert not dialog.warning.isVisible(), dialog.warning.text()
        keys.run("<Shift+Tab>")                                     # from the reason back to the amount
        keys.focus_is("payAmount")
        keys.run("<Ctrl+A>", "99999", "<Enter>")
        q = dialog.quote
        assert dialog.warning.isVisible() and q.waived_fen > 0, dialog.warning.text()
        # what is owed before the waiver, and what is taken after it: each its own figure
        assert (f"多于此户所欠 ¥{format_yuan(q.total_fen + q.waived_fen)}" in dialog.warning.text()
                and f"后只收 ¥{format_yuan(q.total_fen)}" in dialog.warning.text()), dialog.warning.text()
        keys.run("<Esc>", "D")
        keys.focus_is("searchBox")
    assert Payment.select().count() == 0


def test_journal_search_reprint_void_and_refund_by_keys(qtbot, signed_in, billed_estate):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        for code in ("3-2-501", "3-2-502"):
            open_unit(keys, code)
            collect(keys, "F6")
            keys.run("<F7>", "<Enter>")
            receipt_and_back(keys)
        first, second = (p.number for p in Payment.select().order_by(Payment.id))
        keys.press("F10")
        journal = keys.window_is("journalDialog")
        keys.focus_is("journalNumber")
        keys.run(first, "<Enter>")                                   # Enter searches; it prints nothing
        assert journal.model.rowCount() == 1 and Reprint.select().count() == 0
        keys.press("F4")                                             # a reprint says which copy first
        question = keys.window_is("reprintQuestion")
        assert "第 1 次重印" in question.text()
        keys.press("Esc")
        keys.window_is("journalDialog")
        assert Reprint.select().count() == 0
        keys.press("Ctrl+P")
        keys.window_is("reprintQuestion")
        keys.press("Enter")
        qtbot.waitUntil(lambda: "重印第 1 次" in journal.status_line.text())
        keys.press("F6")                                             # void: the reason, then the manager
        reason = keys.window_is("reasonDialog")
        assert reason.windowTitle() and reason.findChild(type(journal.void_button), "reasonCancel") is not None
        keys.run("录错房号", "<Enter>")
        keys.window_is("managerOverride")
        keys.run("manager", "<Tab>", "manager", "<Enter>")
        qtbot.waitUntil(lambda: "已作废" in journal.status_line.text())
        assert Payment.get(Payment.number == first).status == "voided"
        keys.press("Esc")
        keys.window_is("mainWindow")
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(billed_estate.cashier).id))
        closeout.close_shift(billed_estate.cashier, counts, "分币" if rest else "")
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(billed_estate.cashier, 10000)
        keys.press("F10")
        journal = keys.window_is("journalDialog")
        keys.run(second, "<Enter>")
        keys.press("F7")                                             # refund: nothing chosen to begin with
        refund = keys.window_is("refundDialog")
        assert refund.amounts() == {} and "¥0.00" in refund.total.text()
        header = [refund.table.horizontalHeaderItem(c).text() for c in range(refund.table.columnCount())]
        assert header == ["项目", "期间", "本金", "滞纳金", "已退", "可退", "本次退款"]
        keys.press("Space")                                          # the first line's remainder, chosen
        line, other = refund.lines[0], refund.lines[1]
        assert refund.amounts() == {line.payment_line_id: line.refundable_fen}
        assert f"本次退款合计 ¥{format_yuan(line.refundable_fen)}" in refund.total.text()
        keys.run("<Down>", "12.5", "<Enter>")                        # or an amount typed on a line
        total = line.refundable_fen + 1250
        assert refund.amounts() == {line.payment_line_id: line.refundable_fen, other.payment_line_id: 1250}
        assert f"本次退款合计 ¥{format_yuan(total)}" in refund.total.text()
        keys.run("<Tab>", "<Tab>", "<Tab>", "多收")                   # method, reference, reason
        keys.press("Ctrl+Return")
        override = keys.window_is("managerOverride")
        assert f"¥{format_yuan(total)}" in override.findChild(QLabel).text()    # the total, before authorising
        keys.run("manager", "<Tab>", "manager", "<Enter>")
        qtbot.waitUntil(lambda: "已办理" in journal.status_line.text())
    (refunded,) = Refund.select()
    assert refunded.payment.number == second and refunded.total_fen == total


def test_shift_open_x_count_and_close_by_keys(qtbot, signed_in, billed_estate):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(billed_estate.cashier).id))
        closeout.close_shift(billed_estate.cashier, counts, "x" if rest else "")
        keys.run("<Alt+S>", "O")                                      # 班次 → 开班
        dialog = keys.window_is("openShift")
        keys.focus_is("floatAmount")
        keys.run("500")                                              # the 0 shown is replaced, not 0500
        assert dialog.float_edit.text() == "500"
        keys.press("Enter")
        qtbot.waitUntil(lambda: shifts.current_shift(billed_estate.cashier) is not None)
        assert shifts.current_shift(billed_estate.cashier).float_fen == 50000
        assert "已开班" in window.statusBar().currentMessage()         # not the 请先开班 said before
        keys.window_is("mainWindow")
        keys.run("<Alt+S>", "X")                                      # X 报表: shown, nothing changes
        keys.window_is("reportDialog")
        keys.press("Enter")                                          # Enter prints nothing here
        keys.press("Esc")
        keys.window_is("mainWindow")
        keys.run("<Alt+S>", "C")                                      # 交班点钞
        count = keys.window_is("countDialog")
        keys.focus_is("count_10000")
        keys.run("5", "<Enter>")                                     # 5 hundreds: 5, and on to the fifties
        keys.focus_is("count_5000")
        assert count.spins[10000].value() == 5 and "count_5000" == focus_name()
        keys.run("<Enter>")                                          # Enter never closes the shift
        assert Shift.get_by_id(shifts.current_shift(billed_estate.cashier).id).closed_at is None
        keys.press("Ctrl+Return")                                    # its own key: it asks once
        question = keys.window_is("closeShiftQuestion")
        assert "实点现金 500.00" in question.text() and "Z 报表" in question.text()
        keys.press("Enter")                                          # 取消 is what Enter answers
        keys.window_is("countDialog")
        assert shifts.current_shift(billed_estate.cashier) is not None
        keys.press("Ctrl+Return")
        keys.window_is("closeShiftQuestion")
        keys.press("Z")                                              # 交班并打印(&Z)
        qtbot.waitUntil(lambda: shifts.current_shift(billed_estate.cashier) is None)
        report = keys.window_is("reportDialog")
        assert report.windowTitle().startswith("Z")


def test_day_close_asks_once_never_on_enter_and_an_administrator_reopens_it(qtbot, billed_estate, counter_settings):
    from counter_app.ui.main_window import MainWindow
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 18)):
        for actor in (billed_estate.cashier, billed_estate.manager):
            counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(actor).id))
            closeout.close_shift(actor, counts, "x" if rest else "")
        window = MainWindow(billed_estate.manager, counter_settings)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        keys.window_is("mainWindow")
        keys.run("<Alt+S>")
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        menu = QApplication.activePopupWidget()
        while menu.activeAction() is None or menu.activeAction().objectName() != "actionDayClose":
            keys.press("Down")
        keys.press("Enter")
        dialog = keys.window_is("dayCloseDialog")
        keys.focus_is("dayDate")
        for _ in range(3):
            keys.press("Enter")                                      # Enter, however often, never locks
        assert not DayClose.select().exists()
        while focus_name() != "closeDay":
            keys.press("Tab")
        keys.press("Enter")                                          # the lock's own button: it asks first
        question = keys.window_is("closeDayQuestion")
        assert "2026-01-10" in question.text() and "收据 0 张" in question.text() and "应存银行现金" in question.text()
        keys.press("Enter")                                          # 取消 is the default
        keys.window_is("dayCloseDialog")
        assert not DayClose.select().exists()
        keys.press("Enter")
        keys.window_is("closeDayQuestion")
        keys.press("L")                                              # 日结并锁定(L)
        qtbot.waitUntil(lambda: DayClose.select().exists())
        assert "已日结" in dialog.status.text() and not dialog.reopen_button.isVisible()   # a manager cannot reopen
        keys.press("Esc")
        keys.window_is("mainWindow")
        window.close()
    with clock.frozen(at(2026, 1, 10, 19)):
        from counter_app.ui.closeout.dialogs import DayCloseDialog
        admin = DayCloseDialog(billed_estate.admin, counter_settings, date(2026, 1, 10))
        qtbot.addWidget(admin)
        admin.show()
        admin.activateWindow()
        keys.window_is("dayCloseDialog")
        while focus_name() != "reopenDay":
            keys.press("Tab")
        keys.press("Enter")
        reason = keys.window_is("reasonDialog")
        assert "重开" in reason.windowTitle()
        keys.run("补录一笔转账", "<Enter>")
        qtbot.waitUntil(lambda: "已重开" in admin.status.text())
    assert DayClose.get().reopen_reason == "补录一笔转账"
    assert AuditLog.select().where(AuditLog.action == "day.reopen").count() == 1
    with clock.frozen(at(2026, 1, 10, 19, 30)):
        shifts.open_shift(billed_estate.cashier, 0)               # the day is open again


def test_f4_reprints_the_last_receipt_after_saying_which_copy_and_esc_goes_back_to_search(qtbot, signed_in,
                                                                                          tmp_path):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        keys.press("F4")
        assert "还没有收据" in window.statusBar().currentMessage()
        open_unit(keys, "3-2-501")
        collect(keys, "F6")
        keys.run("<F7>", "<Enter>")
        receipt_and_back(keys)
        keys.run("3-2-50")                                           # a new search typed: the unit is put away
        assert window.stack.currentWidget() is window.hint and window.unit_view.file is None
        printed = tmp_path / "printed.pdf"
        original = printed.read_bytes()
        keys.press("F4")
        question = keys.window_is("reprintQuestion")
        number = Payment.get().number
        assert number in question.text() and "第 1 次重印" in question.text()
        assert printed.read_bytes() == original                   # asked first: nothing printed yet
        keys.press("Enter")
        qtbot.waitUntil(lambda: Reprint.select().count() == 1)
        assert "重印第 1 次" in window.statusBar().currentMessage() and printed.read_bytes() != original
        keys.press("Esc")
        keys.focus_is("searchBox")


def test_the_search_list_says_what_another_counter_took(qtbot, signed_in, billed_estate):
    """Another counter pays the unit while this one has it open: this counter's payment is refused
    (the amount it showed is now nothing, and who paid is said), and back at the search list the
    hit says 已缴清, not the debt it showed."""
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        keys.run("<F2>", "5678")
        qtbot.waitUntil(lambda: not window.search.searches.pending)
        assert window.search.model.hit(0).owed_fen > 0
        keys.press("Enter")
        keys.focus_is("chargesTable")
        collect(keys, "F6")
        payments.take_payment(billed_estate.manager, payments.PaymentRequest(       # the other counter
            unit_code=window.search.model.hit(0).code, all_due=True, tenders=[Tender("cash", 10_000_000)]))
        keys.run("<F5>", "<Enter>")
        # 未收款: what it showed changed to nothing owed, and who paid is said (the manager, here)
        qtbot.waitUntil(lambda: "应收金额已变化" in window.payment_dialog.error.text())
        assert "现为 0.00 元" in window.payment_dialog.error.text(), window.payment_dialog.error.text()
        keys.press("Esc")
        keys.window_is("discardQuestion")
        keys.press("D")
        keys.focus_is("searchBox")
        qtbot.waitUntil(lambda: not window.search.searches.pending and window.search.model.hit(0).owed_fen == 0)
