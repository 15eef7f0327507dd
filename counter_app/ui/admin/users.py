"""用户与权限 from a screen: every user with role, state, last sign-in and any lock; a user added,
stopped or started again, given another role, a password reset (which also lifts a lock); and the
permission table, read only. `counter-app user list|add|disable|enable|role|reset-password` is
its twin."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QComboBox, QDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget
)

from ...core.errors import CounterError
from ...core.permissions import ACTION_NAMES, PERMISSIONS, ROLES
from ...core.tables import Section
from ...services.admin import users
from ...ledger import passwords
from ...ledger.context import Actor
from .. import keys
from ..dialog_parts import status_and_close
from ..section_tables import section_table
from ..errors import error_text


def users_section(rows: list[users.UserRow]) -> Section:
    return Section("用户", ("用户名", "姓名", "角色", "状态", "最近登录", "锁定到", "连续输错"), tuple(
        (u.username, u.display_name, ROLES[u.role], "在用" if u.active else "停用",
         f"{u.last_sign_in:%Y-%m-%d %H:%M}" if u.last_sign_in else "从未登录",
         f"{u.locked_until:%H:%M}" if u.locked_until else "", u.failed_logins) for u in rows))


def permissions_section() -> Section:
    """Each action and the roles that may do it: the table every service call is checked against."""
    return Section("权限表", ("操作",) + tuple(ROLES.values()), tuple(
        (ACTION_NAMES.get(action, action),) + tuple("✓" if role in allowed else "" for role in ROLES)
        for action, allowed in PERMISSIONS.items()))


class UsersDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.actor = actor
        self.setWindowTitle(self.tr("用户与权限"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(objectName="usersTabs")
        tabs.addTab(self._users_tab(), self.tr("用户"))
        tabs.addTab(section_table(permissions_section(), "permissionTable", self, sortable=False),
                    self.tr("权限表（只读）"))
        layout.addWidget(tabs, 1)
        self.status = status_and_close(self, layout, "usersStatus")
        self.rows: list[users.UserRow] = []
        self.refresh()

    def _users_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.table = section_table(users_section([]), "usersTable", tab, sortable=False)
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for text, key, name, slot in ((self.tr("停用 / 启用 [F6]"), "F6", "toggleUser", self.toggle_selected),
                                      (self.tr("改角色… [F7]"), "F7", "changeRole", self.change_role),
                                      (self.tr("重置密码… [F8]"), "F8", "resetPassword", self.reset_password)):
            button = QPushButton(text, objectName=name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            keys.button_key(self, button, key)
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        # A new user, typed in a row: name, display name, role, password, then Enter.
        new = QHBoxLayout()
        self.new_username = QLineEdit(objectName="newUsername", placeholderText=self.tr("用户名"))
        self.new_name = QLineEdit(objectName="newDisplayName", placeholderText=self.tr("姓名"))
        self.new_role = QComboBox(objectName="newRole")
        for code, name in ROLES.items():
            self.new_role.addItem(name, code)
        self.new_password = QLineEdit(objectName="newPassword", placeholderText=self.tr("初始密码"))
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        # Adding a user writes to the ledger: its own key, never a plain Enter in the row.
        add = QPushButton(self.tr("新增用户 [Ctrl+Enter]"), objectName="addUser")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_user)
        for widget in (self.new_username, self.new_name, self.new_role, self.new_password, add):
            new.addWidget(widget)
        column.addLayout(new)
        keys.ctrl_enter(tab, self.add_user)
        # The new user's password rule, for the role chosen, before it is typed.
        self.rule = QLabel(objectName="passwordRule")
        self.new_role.currentIndexChanged.connect(
            lambda _i: self.rule.setText(passwords.password_rule(self.new_role.currentData())))
        self.rule.setText(passwords.password_rule(self.new_role.currentData()))
        column.addWidget(self.rule)
        return tab

    def refresh(self) -> None:
        """The list read again, the user chosen before still chosen (the next key acts on them)."""
        index = self.table.currentIndex()
        chosen = self.rows[self.table.proxy.mapToSource(index).row()].username if index.isValid() else None
        self.rows = users.list_users(self.actor)
        self.table.section_model.set_section(users_section(self.rows))
        for row, user in enumerate(self.rows):
            if user.username == chosen:
                self.table.selectRow(self.table.proxy.mapFromSource(self.table.section_model.index(row, 0)).row())

    def selected(self) -> users.UserRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("请先在表中选中一位用户"))
            self.table.setFocus()
            return None
        return self.rows[self.table.proxy.mapToSource(index).row()]

    def _done(self, work, said: str) -> bool:
        try:
            work()
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.refresh()
        self.status.setText(said)
        return True

    def toggle_selected(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        return self._done(lambda: users.set_active(self.actor, user.username, not user.active),
                          (self.tr("已停用 {u}：不能再登录") if user.active else self.tr("已启用 {u}")).format(u=user.username))

    def change_role(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        names = list(ROLES.values())
        name, ok = QInputDialog.getItem(self, self.tr("改角色"), self.tr("{u} 的新角色：").format(u=user.username),
                                        names, names.index(ROLES[user.role]), False)
        if not ok:
            return False
        role = next(code for code, text in ROLES.items() if text == name)
        return self._done(lambda: users.change_role(self.actor, user.username, role),
                          self.tr("{u} 的角色已改为{r}").format(u=user.username, r=name))

    def reset_password(self) -> bool:
        user = self.selected()
        if user is None:
            return False
        password, ok = QInputDialog.getText(self, self.tr("重置密码"), self.tr("{u} 的新密码（{rule}）：").format(
            u=user.username, rule=passwords.password_rule(user.role)), QLineEdit.EchoMode.Password)
        if not ok:
            return False
        return self._done(lambda: users.reset_password(self.actor, user.username, password),
                          self.tr("已重置 {u} 的密码，并解除锁定").format(u=user.username))

    def add_user(self) -> bool:
        username = self.new_username.text().strip()
        if self._done(lambda: users.create_user(self.actor, username, self.new_name.text(),
                                                self.new_role.currentData(), self.new_password.text()),
                      self.tr("已新增用户 {u}").format(u=username)):
            for field in (self.new_username, self.new_name, self.new_password):
                field.clear()
            self.new_username.setFocus()
            return True
        return False
