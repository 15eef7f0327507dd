"""房产资料 by keys: a unit found by typing its number (its building opens in the tree), its people
and parking shown, the building's floor grid; an owner moving out and a new one in, the debt split
said on the screen; a unit number that is taken refused in words."""
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication, QLineEdit, QTableWidget

from counter_app.ledger import clock
from counter_app.ui.admin.estate_browser import EstateBrowserDialog
from tests.factories import at, bill_months
from tests.ui.helpers import cells, shown_active


def _answer(dialog, monkeypatch, answers: dict):
    """The window's small form filled in as a person would, then OK."""
    def ask(title, fields):
        for text, widget in fields:
            if text in answers and isinstance(widget, QLineEdit):
                widget.setText(answers[text])
            elif text in answers:
                widget.setCurrentText(answers[text])
        return True
    monkeypatch.setattr(dialog, "_ask", ask)


def test_a_unit_found_shown_and_its_owner_changed(qtbot, estate, monkeypatch, tmp_path):
    from datetime import date
    bill_months(estate, "2025-12", "2026-01", "2026-02")
    with clock.frozen(at(2026, 2, 20, 9)):
        dialog = shown_active(qtbot, EstateBrowserDialog(estate.admin, date(2026, 2, 20)))
        dialog.find.setFocus()
        qtbot.keyClicks(dialog.find, "32501")
        qtbot.keyClick(dialog.find, Qt.Key.Key_Return)
        assert dialog.tree.currentItem().text(0) == "3-2-501" and "100.24" in dialog.facts.text()
        assert [r[:2] for r in cells(dialog.people)] == [["业主", "张三"], ["住户", "李四"]]
        assert "B1-001" in dialog.parking.text()
        grid = dialog.grid_page.findChild(QTableWidget, "floorGrid")
        assert grid is not None and grid.rowCount() == 2
        dialog.grab().save(str(tmp_path / "estate.png"))
        _answer(dialog, monkeypatch, {"新业主姓名": "钱八", "新业主电话": "13300001111", "过户日期": "2026-02-01"})
        assert dialog.change_owner()
        assert "由原业主 张三 结清" in dialog.status.text()
        assert cells(dialog.people)[0][:2] == ["业主", "钱八"] and dialog.tree.currentItem().text(1) == "钱八"
        _answer(dialog, monkeypatch, {"楼栋": "3", "单元": "2", "房号": "501", "建筑面积": "90"})
        assert not dialog.add_unit() and "已存在" in dialog.status.text()
        _answer(dialog, monkeypatch, {"楼栋": "3", "单元": "2", "房号": "601", "建筑面积": "90"})
        assert dialog.add_unit() and dialog.select_unit("3-2-601")
        _answer(dialog, monkeypatch, {"姓名": "周九", "电话": "13900009999", "身份": "住户", "迁入日期": "2026-02-10"})
        assert dialog.move_in() and cells(dialog.people)[-1][:2] == ["住户", "周九"]
        _answer(dialog, monkeypatch, {"姓名": "周九", "迁出日期": "2026-02-19"})
        assert dialog.move_out() and cells(dialog.people)[-1][4] == "2026-02-19"
        _answer(dialog, monkeypatch, {"车位号": "b1-020", "车牌": "浙B·11111"})
        assert dialog.add_space() and "B1-020 浙B11111" in dialog.parking.text()
        _answer(dialog, monkeypatch, {"车位号": "B1-020", "车牌": ""})
        assert not dialog.add_space() and "已存在" in dialog.status.text()
        _answer(dialog, monkeypatch, {"车位号": "B1-020"})
        assert dialog.release_space() and "B1-020" not in dialog.parking.text()
        _answer(dialog, monkeypatch, {"姓名": "周九", "新电话": "13911110000"})
        assert not dialog.change_person() and "没有登记" in dialog.status.text()     # moved out already
        _answer(dialog, monkeypatch, {"停用原因": "与 3-2-501 合并"})
        assert dialog.end_unit() and "已停用" in dialog.facts.text()
    QApplication.processEvents()


def test_full_phones_are_shown_only_after_saying_why_and_each_showing_is_logged(qtbot, estate, monkeypatch):
    """Masked for every role until a manager presses F6 and says why; the showing is an audit row
    with who, the unit and the purpose (个人信息保护法)."""
    from datetime import date

    from PyQt6.QtWidgets import QInputDialog

    from counter_app.store.models import AuditLog
    dialog = shown_active(qtbot, EstateBrowserDialog(estate.manager, date(2026, 1, 10)))
    dialog.find.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "3-2-501")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert cells(dialog.people)[0][2] == "138****5678"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)            # no reason: nothing shown
    assert cells(dialog.people)[0][2] == "138****5678"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("联系业主维修", True)))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert cells(dialog.people)[0][2] == "13812345678"
    logged = AuditLog.select().where(AuditLog.action == "personal.show").get()
    assert logged.username == "manager" and logged.entity_id == "3-2-501" and "联系业主维修" in logged.after
    from PyQt6.QtWidgets import QPushButton
    cashier = shown_active(qtbot, EstateBrowserDialog(estate.cashier, date(2026, 1, 10)))
    assert not cashier.findChild(QPushButton, "revealPhones").isEnabled()      # a cashier never sees them whole
    cashier.find.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "3-2-501")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)                # the greyed button's key does nothing
    assert cells(cashier.people)[0][2] == "138****5678"
