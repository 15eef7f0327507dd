"""The counting dialog, the shift menu, and the manager's day close."""
from datetime import date

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import QLabel, QTableView

from counter_app.core.closeout import greedy_count
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.store.models import Shift
from counter_app.ui.closeout.dialogs import CountDialog, DayCloseDialog, OpenShiftDialog
from tests.factories import at


def test_counting_dialog_shows_difference_and_needs_a_note(qtbot, billed_estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", topup_fen=12300, tenders=[Tender("cash", 20000)]))
        dialog = CountDialog(billed_estate.cashier)
        qtbot.addWidget(dialog)
        assert dialog.expected.text() == "123.00"            # float 0 + cash kept; the change is not income
        dialog.spins[10000].setValue(1)
        dialog.spins[2000].setValue(1)
        assert dialog.counted.text() == "120.00" and "短款 3.00" in dialog.difference.text()
        dialog.close_now()
        assert "短款" in dialog.error.text() and dialog.report is None
        assert Shift.get_by_id(shifts.current_shift(billed_estate.cashier).id).closed_at is None
        dialog.spins[100].setValue(3)
        assert "相符 0.00" in dialog.difference.text()
        dialog.close_now()
    assert dialog.report.z_number == "Z000001" and dialog.report.difference_fen == 0
    assert shifts.current_shift(billed_estate.cashier) is None


def test_shift_menu_and_payment_needs_open_shift(qtbot, window):
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(window.actor).id))
        closeout.close_shift(window.actor, counts, "x" if rest else "")
        window.search.box.setText("3-2-501")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F6)
        assert window.payment_dialog is None                  # no payment without a shift…
        dialog = window.shift_dialog                          # …the open-shift dialog comes instead
        assert isinstance(dialog, OpenShiftDialog) and dialog.isVisible()
        dialog.float_edit.setText("abc")
        dialog.open_shift()
        assert "不是有效的数字" in dialog.error.text()
        assert window.shift_actions["actionOpenShift"].isEnabled()          # the menu says what can be done
        assert not window.shift_actions["actionXReport"].isEnabled()
        assert not window.shift_actions["actionCloseShift"].isEnabled()
        dialog.float_edit.setText("300")
        dialog.open_shift()
        qtbot.waitUntil(lambda: "班次" in window.findChild(QLabel, "shiftLabel").text())
        assert shifts.current_shift(window.actor).float_fen == 30000
        # …and the payment the cashier asked for goes on, for the same unit, with everything due.
        qtbot.waitUntil(lambda: window.payment_dialog is not None)
        assert window.payment_dialog.isVisible() and window.payment_dialog.unit_code == "3-2-501"
        assert not window.shift_actions["actionOpenShift"].isEnabled()
        assert window.shift_actions["actionXReport"].isEnabled() and window.shift_actions["actionCloseShift"].isEnabled()
        window.payment_dialog.reject()


def test_menus_have_mnemonics_and_sign_out_asks_the_controller(qtbot, window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert all("(&" in t for t in titles), titles
    asked = []
    window.signOutRequested.connect(lambda: asked.append(True))
    window.findChild(QAction, "actionSignOut").trigger()
    assert asked == [True]


def test_day_close_dialog(qtbot, billed_estate, counter_settings, tmp_path):
    with clock.frozen(at(2026, 1, 10, 9)):
        for actor in (billed_estate.cashier, billed_estate.manager):
            closeout.close_shift(actor, {})
        shifts.open_shift(billed_estate.cashier, 10000)
        payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", topup_fen=5000, tenders=[Tender("wechat", 5000, "WX-1")]))
        dialog = DayCloseDialog(billed_estate.manager, counter_settings, date(2026, 1, 10))
        qtbot.addWidget(dialog)
        assert "未交班" in dialog.warning.text() and dialog.warning.isVisibleTo(dialog)
        # The day's report is tables over its sections, each money section ending in its 合计.
        tables = dialog.findChildren(QTableView)
        titles = [t.section_model.section.title for t in tables]
        assert "按付款方式" in titles and "按收费项目" in titles
        tenders = tables[titles.index("按付款方式")].proxy
        assert tenders.index(tenders.rowCount() - 1, 0).data() == "合计"
        assert not dialog.close_day() and "未交班" in dialog.status.text()
        closeout.close_shift(billed_estate.cashier, greedy_count(10000)[0])
        dialog.refresh()
        assert dialog.close_day() and "应存银行现金 ¥0.00" in dialog.status.text()
        assert not dialog.close_button.isEnabled()
        files = dialog.export_to(tmp_path)
        assert [p.suffix for p in files] == [".pdf", ".xlsx", ".csv"]
        statement_file = tmp_path / "wx.csv"
        statement_file.write_text("日期,金额,参考号\n2026-01-10,50.00,WX-1\n", encoding="utf-8")
        result = dialog.check_statement(statement_file)
        assert len(result.matched) == 1 and "相符 1 笔" in dialog.statement_view.toPlainText()
        assert dialog.tabs.currentWidget() is dialog.statement_view
        bad = tmp_path / "bad.csv"
        bad.write_text("日期,金额\n", encoding="utf-8")
        assert dialog.check_statement(bad) is None and "缺少列" in dialog.status.text()


def test_quitting_with_a_shift_open_asks_first(qtbot, window, monkeypatch):
    from PyQt6.QtWidgets import QMessageBox
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question
    window.show()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.No)))
    window.findChild(QAction, "actionQuit").trigger()
    assert window.isVisible() and "还没有交班" in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer(QMessageBox.StandardButton.Yes)))
    window.findChild(QAction, "actionQuit").trigger()
    assert not window.isVisible()
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(window.actor).id))
        closeout.close_shift(window.actor, counts, "x" if rest else "")
    window.show()
    asked.clear()
    window.findChild(QAction, "actionQuit").trigger()
    assert not window.isVisible() and asked == []          # no shift open: nothing to ask
