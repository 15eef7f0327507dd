"""Sign-in and the lock screen: the same small form, with the service deciding."""
from __future__ import annotations

from PyQt6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..core.errors import CounterError
from ..ledger import signin
from ..ledger import estate as lookups
from ..ledger.context import Actor
from . import keys
from .errors import error_text


class LoginDialog(QDialog):
    """Asks for a user name and password; `actor` is set when the service accepts them.
    With `locked_user` it is the lock screen: only that user (or a manager) may unlock."""

    def __init__(self, parent=None, estate_name: str = "", locked_user: Actor | None = None, training=False,
                 demo=False):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.actor: Actor | None = None
        self.locked_user = locked_user
        self.setWindowTitle(self.tr("屏幕已锁定") if locked_user else self.tr("登录"))
        layout = QVBoxLayout(self)
        title = QLabel(estate_name or self.tr("物业收费前台"))
        title.setObjectName("loginTitle")
        layout.addWidget(title)
        if training:
            banner = QLabel(self.tr("练习模式 / TRAINING：不影响正式账目"))
            banner.setObjectName("trainingBanner")
            layout.addWidget(banner)
        if demo:
            layout.addWidget(QLabel(self.tr("演示数据库：用户 cashier / manager / admin，密码同用户名")))
        form = QFormLayout()
        # Several estates on one database: the cashier signs in to one (the lock screen keeps it).
        self.estate_box: QComboBox | None = None
        choices = lookups.estates() if locked_user is None else []
        if len(choices) > 1:
            self.estate_box = QComboBox(objectName="estateBox")
            for estate_id, name in choices:
                self.estate_box.addItem(name, estate_id)
            form.addRow(self.tr("小区"), self.estate_box)
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password)
        layout.addLayout(form)
        self.error = QLabel(objectName="loginError")
        self.error.setStyleSheet("color: #c0392b")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("解锁") if locked_user else self.tr("登录"))
        keys.enter_confirms(self)             # Enter signs in (or unlocks)
        keys.scratch(self.username)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if locked_user:
            self.username.setText(locked_user.username)
            self.password.setFocus()
        else:
            self.username.setFocus()

    def _estate_id(self) -> int | None:
        if self.locked_user is not None:
            return self.locked_user.estate_id
        return self.estate_box.currentData() if self.estate_box is not None else None

    def try_login(self) -> None:
        name = self.username.text().strip()
        if self.locked_user and name != self.locked_user.username:
            self.error.setText(self.tr("锁屏只能由原用户解锁"))
            return
        try:
            self.actor = signin.authenticate(name, self.password.text(), self._estate_id())
        except CounterError as exc:
            self.error.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
