"""The consultation desk at the counter: pinyin search, a question logged from the unit view, a
charge's computation on Enter."""
from PyQt6.QtCore import Qt

from counter_app.ledger import clock
from counter_app.store.models import Consultation
from tests.factories import at


def open_unit(qtbot, window, code="3-2-501"):
    window.search.box.setText(code)
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)


def test_pinyin_search_and_calculator(qtbot, window):
    with clock.frozen(at(2026, 1, 10, 9)):
        window.open_consultation("")
        dialog = window.consultation_dialog
        qtbot.keyClicks(dialog.item_search, "wyf")
        assert [e.name for e in dialog.entries] == ["物业服务费"]
        assert "1.60元/㎡/月" in dialog.item_detail.toPlainText() and "业主大会决议" in dialog.item_detail.toPlainText()
        dialog.tabs.setCurrentIndex(1)
        dialog.calc_area.setText("100")
        dialog.calc_from.setText("2026-01")
        dialog.calc_months.setValue(12)
        dialog.calculate()
        assert "1,920.00" in dialog.calc_result.toPlainText()
        dialog.calc_area.setText("-3")
        dialog.calculate()
        assert "无法计算" in dialog.calc_result.toPlainText()
    assert Consultation.select().count() == 0     # asking and calculating records nothing


def test_log_a_consultation_from_the_unit_view(qtbot, window, tmp_path):
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(qtbot, window)
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F11)
        dialog = window.consultation_dialog
        assert dialog is not None and dialog.log_unit.text() == "3-2-501"      # the unit is filled in
        dialog.tabs.setCurrentIndex(3)
        dialog.log_item.setCurrentIndex(dialog.log_item.findData("WYF"))
        dialog.log_question.setText("物业费为什么是 160.38")
        dialog.log_answer.setText("100.24㎡ × 1.60 元，业主大会决议")
        dialog.log_answer.setFocus()
        for field in (dialog.log_question, dialog.log_answer):
            field.setFocus()
            qtbot.keyClick(field, Qt.Key.Key_Return)           # Enter in a field records nothing
        assert Consultation.select().count() == 0 and "已登记" not in dialog.status.text()
        from tests.ui.keyboard import Keyboard
        keys = Keyboard(qtbot)
        keys.focus_is("logAnswer")
        keys.press("Ctrl+Return")                               # 登记's own key
        assert "已登记" in dialog.status.text()
        (row,) = Consultation.select()
        assert row.unit.code == "3-2-501" and row.topic == "物业服务费" and row.outcome == "answered"
        assert dialog.export_log(tmp_path / "c.xlsx").exists()
        dialog.tabs.setCurrentIndex(2)                     # made as the tab opens, as tables with headers
        from PyQt6.QtWidgets import QTableView
        tables = dialog.st_view.findChildren(QTableView)
        titles = [t.section_model.section.title for t in tables]
        assert titles[0] == "概要" and titles[-1] == "明细" and "应缴" in titles[1] and len(titles) == 3
        detail = tables[-1].model()
        assert [detail.headerData(c, Qt.Orientation.Horizontal) for c in range(detail.columnCount())] == \
            ["日期", "类别", "说明", "应收", "实收"]
        assert tables[0].model().index(1, 0).data() == "期末欠费本金" and detail.rowCount() > 0
        files = dialog.export_statement(tmp_path)
        assert [p.suffix for p in files] == [".pdf", ".xlsx"]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(window.search.box.hasFocus)


def test_enter_on_a_charge_shows_its_computation(qtbot, window):
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(qtbot, window)
        table = window.unit_view.table
        qtbot.waitUntil(table.hasFocus)
        qtbot.keyClick(table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: getattr(window, "explanation", None) is not None)
    text = window.explanation.text()
    assert "100.24㎡" in text and "滞纳金" in text and "取整规则" in text
