"""The cashier's whole flow, driven with keys on the real window."""
import subprocess

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from counter_app.ledger import clock
from counter_app.store.models import Charge, Payment, TenderRow
from tests.factories import at
from counter_app.ui.fit import WORD_JOINER
from tests.ui.helpers import read
from tests.ui.keyboard import Keyboard


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_find_select_split_confirm_print(qtbot, window, tmp_path):
    with clock.frozen(at(2026, 1, 10, 9)):
        # Find by the last digits of the owner's phone, open with Enter.
        assert window.search.box.hasFocus()
        qtbot.keyClicks(window.search.box, "5678")
        # Each keystroke searched in the background; the newest search's hits are shown.
        qtbot.waitUntil(lambda: not window.search.searches.pending)
        assert window.search.model.rowCount() == 1
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        assert window.unit_view.file.summary.code == "3-2-501"
        table = window.unit_view.table
        assert table.hasFocus()
        # Tick the first two charges with Space, moving with Down.
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(table, Qt.Key.Key_Down)
        qtbot.keyClick(table, Qt.Key.Key_Space)
        ids = window.unit_view.charges.checked_ids()
        assert len(ids) == 2
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F5)
        dialog = window.payment_dialog
        assert dialog is not None and dialog.isVisible()
        total = dialog.quote.total_fen
        qtbot.waitUntil(lambda: dialog.tender_amount["cash"].hasFocus())  # activation is asynchronous
        # Split: 100 元 by WeChat with its reference, the rest in cash (a 500 note).
        type_into(qtbot, dialog.tender_amount["wechat"], "100")
        type_into(qtbot, dialog.tender_ref["wechat"], "WX20260110001")
        type_into(qtbot, dialog.tender_amount["cash"], "500")
        expected_change = 50000 + 10000 - total
        assert dialog.change.text() == f"{expected_change // 100:,}.{expected_change % 100:02d}"
        qtbot.keyClick(dialog.tender_amount["cash"], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.receipt_dialog is not None)
        receipt_dialog = window.receipt_dialog
        assert "已保存为 PDF 文件" in receipt_dialog.status.text() and "已打印" not in receipt_dialog.status.text()
        qtbot.keyClick(receipt_dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.receipt_dialog is None)
    qtbot.waitUntil(window.search.box.hasFocus)
    # The database has exactly that payment.
    (payment,) = Payment.select()
    assert payment.total_fen == total and payment.change_fen == expected_change
    assert {t.method: t.amount_fen for t in TenderRow.select()} == {"wechat": 10000, "cash": total - 10000}
    assert all(Charge.get_by_id(i).paid_fen == Charge.get_by_id(i).amount_fen for i in ids)
    # The printout is the receipt itself (rendered through QtPdf): its barcode reads back.
    printed = tmp_path / "printed.pdf"
    assert printed.exists()
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(printed), str(tmp_path / "p")], check=True)
    codes = subprocess.run(["zbarimg", "-q", "--raw", *map(str, sorted(tmp_path.glob("p*.png")))],
                           capture_output=True, text=True).stdout.split()
    assert payment.number in codes


def test_a_collect_key_does_nothing_while_its_button_is_greyed_out(qtbot, window):
    """On a unit that owes nothing 收选中, 全部缴清 and 按金额收 are greyed out: their keys open no
    payment either, while 预交 (months ahead) still does."""
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    from counter_app.services.counter.payments import PaymentRequest
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(window.actor, PaymentRequest(unit_code="3-2-502", all_due=True,
                                                           tenders=[Tender("cash", 10_000_000)]))
        keys.type("3-2-502")
        qtbot.waitUntil(lambda: not window.search.searches.pending)
        keys.press("Return")
        qtbot.waitUntil(lambda: window.unit_view.file is not None and window.unit_view.file.summary.code == "3-2-502")
        for key, name in (("F5", "selected"), ("F6", "all_due"), ("F7", "amount")):
            assert not window.unit_view.buttons[name].isEnabled()
            keys.press(key)
            assert window.payment_dialog is None, key
        keys.press("F8")
        qtbot.waitUntil(lambda: window.payment_dialog is not None or QApplication.activeModalWidget() is not None)
    assert Payment.select().count() == 1


def test_double_confirm_records_one_payment(qtbot, window):
    with clock.frozen(at(2026, 1, 10, 9)):
        window.search.box.setText("3-2-502")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F6)
        dialog = window.payment_dialog
        type_into(qtbot, dialog.tender_amount["cash"], "1000")
        dialog.accept_payment()
        dialog.accept_payment()            # a double click on Confirm
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.receipt_dialog is not None)
        # A scanner's second Enter lands on the receipt dialog and only closes it.
        qtbot.keyClick(window.receipt_dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.receipt_dialog is None)
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)   # and another: reopens the unit
    assert Payment.select().count() == 1
    assert window.unit_view.file.summary.code == "3-2-502"


def test_bad_input_records_nothing_and_says_why(qtbot, window):
    with clock.frozen(at(2026, 1, 10, 9)):
        window.search.box.setText("3-2-501")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F6)
        dialog = window.payment_dialog
        for text, message in (("abc", "不是有效的数字"), ("1.234", "两位小数"), ("10", "付款不足")):
            type_into(qtbot, dialog.tender_amount["cash"], text)
            dialog.accept_payment()
            assert message in dialog.error.text()
            assert dialog.isVisible() and dialog.receipt is None
        # Closing the dialog half-way records nothing either: Esc asks first (the cash typed would be
        # lost), and D (放弃) closes it.
        keys = Keyboard(qtbot)
        keys.press("Esc")
        keys.window_is("discardQuestion")
        keys.press("D")
        qtbot.waitUntil(lambda: window.payment_dialog is None)
    assert Payment.select().count() == 0
    assert "未收款" in window.statusBar().currentMessage()
    qtbot.waitUntil(window.search.box.hasFocus)


def test_scanned_receipt_number_opens_its_unit(qtbot, window):
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    with clock.frozen(at(2026, 1, 10, 9)):
        r = payments.take_payment(window.actor, payments.PaymentRequest(
            unit_code="3-1-101", all_due=True, tenders=[Tender("cash", 10_000_000)]))
        qtbot.keyClicks(window.search.box, r.number)   # a scanner types the code…
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)   # …and Enter
    assert window.unit_view.file.summary.code == "3-1-101"


def test_tab_order_reaches_every_step(qtbot, window):
    """Search → results → charges → collect buttons, by Tab alone."""
    with clock.frozen(at(2026, 1, 10, 9)):
        window.search.box.setText("3-2-501")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    window.search.box.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    # 收选中 is disabled until a charge is ticked, so Tab goes on to 全部缴清.
    assert seen.index("searchResults") < seen.index("chargesTable") < seen.index("collect_all_due"), seen
    assert seen.index("collect_all_due") < seen.index("collect_amount") < seen.index("collect_advance")


def test_a_unit_paid_at_another_counter_is_refreshed_before_this_one_collects(qtbot, window, billed_estate):
    from counter_app.core.tenders import Tender
    from counter_app.services.closing import shifts
    from counter_app.services.counter import payments
    from tests.factories import make_user
    with clock.frozen(at(2026, 1, 10, 9)):
        window.search.box.setText("3-2-501")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        shown = window.unit_view.file
        assert shown.due
        other = make_user("window2", "cashier", "window2", "二号窗口")
        shifts.open_shift(other, 0)
        payments.take_payment(other, payments.PaymentRequest(unit_code="3-2-501", all_due=True,
                                                             tenders=[Tender("cash", 10_000_000)],
                                                             overpay_to_prepaid=True))
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F6)       # 全部收取, on what the screen showed
        assert window.payment_dialog is None
        assert "已刷新" in window.statusBar().currentMessage()
        assert window.unit_view.file is not shown and not window.unit_view.file.due
        fresh = window.unit_view.file
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F6)       # now on the fresh figures: nothing stale
        assert window.unit_view.file is fresh
        if window.payment_dialog is not None:
            window.payment_dialog.reject()
    assert Payment.select().count() == 1


def test_search_hits_say_what_each_unit_owes_and_a_paid_up_unit_says_so(qtbot, window):
    from PyQt6.QtWidgets import QHeaderView, QLabel

    from counter_app.core.money import format_yuan
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    from counter_app.ui.search.panel import STATE_COLOURS
    with clock.frozen(at(2026, 1, 10, 9)):
        window.search.choose_current()              # nothing typed: nothing shown
        type_into(qtbot, window.search.box, "3-")
        qtbot.waitUntil(lambda: not window.search.searches.pending)
        model = window.search.model
        hits = {model.hit(r).code: r for r in range(model.rowCount())}
        overdue = model.hit(hits["3-2-501"])
        assert overdue.state == "overdue" and overdue.owed_fen > 0
        text = read(model.data(model.index(hits["3-2-501"])))
        assert f"应缴合计 ¥{format_yuan(overdue.owed_fen)}" in text
        assert model.data(model.index(hits["3-2-501"]), Qt.ItemDataRole.ForegroundRole) == STATE_COLOURS["overdue"]
        # Open it: the amount owed is shown large; amounts are never squeezed by the basis.
        window.search.results.setCurrentIndex(model.index(hits["3-2-501"]))
        window.search.choose(hits["3-2-501"])
        assert window.unit_view.file.summary.code == "3-2-501"
        view = window.unit_view
        owed_label = view.findChild(QLabel, "owedTotal")
        # the same figure under the same name as the search list, with its parts beneath
        assert owed_label.isVisible() and read(owed_label.text()) == f"应缴合计 ¥{format_yuan(overdue.owed_fen)}"
        owing = view.file.owing
        assert owing.total_fen == overdue.owed_fen and owing.late_fee_fen > 0
        parts = read(view.findChild(QLabel, "chargeTotals").text())
        assert f"到期应缴 ¥{format_yuan(owing.due_now_fen)}" in parts and f"滞纳金 ¥{format_yuan(owing.late_fee_fen)}" in parts
        # each figure held on one line where the label wraps: never 未到 | 期, nor a name from its amount
        raw = view.findChild(QLabel, "chargeTotals").text()
        assert f"{WORD_JOINER.join('到期应缴')}\u00a0¥{format_yuan(owing.due_now_fen)}" in raw
        header = view.table.horizontalHeader()
        assert header.sectionResizeMode(6) == QHeaderView.ResizeMode.ResizeToContents
        assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.Stretch
        # Paid up: the list and the unit say so.
        q = payments.quote(window.actor, payments.PaymentRequest(unit_code="3-2-501", all_due=True, tenders=[]))
        payments.take_payment(window.actor, payments.PaymentRequest(unit_code="3-2-501", all_due=True,
                                                                    tenders=[Tender("cash", q.total_fen)]))
        window.open_unit(window.unit_id)
        assert view.charges.rowCount() == 0, [ln.item_name for ln in view.charges.lines()]
        assert view.findChild(QLabel, "paidUp").isVisible() and not view.table.isVisible()
        assert owed_label.text() == ""
        type_into(qtbot, window.search.box, "3-2-501")
        qtbot.waitUntil(lambda: not window.search.searches.pending)
        assert "已缴清" in model.data(model.index(0))
        assert model.data(model.index(0), Qt.ItemDataRole.ForegroundRole) == STATE_COLOURS["paid"]


def test_the_unit_view_shows_its_last_reminders(qtbot, window):
    from PyQt6.QtWidgets import QLabel

    from counter_app.services.reports import reminders
    with clock.frozen(at(2026, 1, 10, 9)):
        reminders.log_reminder(window.actor, "3-2-501", "phone", "说月底来交")
        type_into(qtbot, window.search.box, "3-2-501")
        window.search.choose_current()
    said = window.unit_view.findChild(QLabel, "unit_contacts").text()
    assert "电话" in said and "说月底来交" in said and window.actor.username in said
