"""用户与权限 by keys: a user added by typing a row and Ctrl+Enter (Enter alone adds no one), chosen in the list and stopped
(F6), then refused at the sign-in window in words; given another role; the permission table
shown read only; each refusal said on the screen."""
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication, QInputDialog

from counter_app.core.permissions import PERMISSIONS
from counter_app.ledger import signin
from counter_app.ledger import clock
from counter_app.ui.admin.users import UsersDialog
from counter_app.ui.login import LoginDialog
from tests.factories import at
from tests.ui.helpers import cells, shown_active


def test_a_user_added_stopped_and_refused_at_sign_in_by_keys(qtbot, estate, monkeypatch, tmp_path):
    with clock.frozen(at(2026, 1, 5, 9)):
        dialog = shown_active(qtbot, UsersDialog(estate.admin))
        dialog.new_username.setFocus()
        qtbot.keyClicks(dialog.new_username, "xiaoli")
        qtbot.keyClick(dialog.new_username, Qt.Key.Key_Tab)
        dialog.new_name.insert("小李")                         # typed through the input method
        dialog.new_password.setFocus()
        qtbot.keyClicks(dialog.new_password, "short")
        before = cells(dialog.table)
        qtbot.keyClick(dialog.new_password, Qt.Key.Key_Return)       # Enter adds no one: a write has its own key
        assert cells(dialog.table) == before and "至少 6 位" not in dialog.status.text()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "至少 6 位" in dialog.status.text()                      # refused in words, nothing added
        dialog.new_password.setFocus()
        dialog.new_password.clear()
        qtbot.keyClicks(dialog.new_password, "xiaoli123")
        qtbot.keyClick(dialog.new_password, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        rows = cells(dialog.table)
        assert rows[-1][:4] == ["xiaoli", "小李", "收费员", "在用"] and rows[-1][4] == "从未登录"
        # chosen in the list by keys, then stopped with F6
        dialog.table.setFocus()
        for _ in range(len(rows)):
            qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        assert dialog.selected().username == "xiaoli"
        qtbot.keyClick(dialog.table, Qt.Key.Key_F6)
        assert cells(dialog.table)[-1][3] == "停用" and "不能再登录" in dialog.status.text(), dialog.status.text()
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("主管", True))
        assert dialog.change_role()
        assert cells(dialog.table)[-1][2] == "主管"
        dialog.grab().save(str(tmp_path / "users.png"))
        permissions = cells(dialog.findChild(type(dialog.table), "permissionTable"))
        assert len(permissions) == len(PERMISSIONS) and ["管理用户", "", "", "✓"] in permissions
        login = LoginDialog(None, "测试花园")
        qtbot.addWidget(login)
        login.show()
        qtbot.keyClicks(login.username, "xiaoli")
        qtbot.keyClicks(login.password, "xiaoli123")
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        assert login.actor is None and "已停用" in login.error.text()
        # the last administrator is not stopped: said on the screen
        dialog.table.setFocus()
        dialog.table.selectRow(0)
        assert not dialog.toggle_selected() and "自己" in dialog.status.text()
    assert signin.authenticate("cashier", "cashier")
    QApplication.processEvents()
