"""A manager authorises at the cashier's screen: their own name and password; the cashier's
session stays signed in. Wrong passwords, other roles and self-authorisation are refused."""
from __future__ import annotations

from PyQt6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..core.errors import CounterError
from ..ledger import signin
from ..ledger.context import Actor
from . import keys
from .errors import error_text


class ManagerOverrideDialog(QDialog):
    def __init__(self, cashier: Actor, action: str, what: str, parent=None):
        super().__init__(parent)
        self.setObjectName("managerOverride")
        self.cashier, self.action = cashier, action
        self.authoriser: Actor | None = None
        self.setWindowTitle(self.tr("主管授权"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("需要主管授权：{what}").format(what=what)))
        self.username = QLineEdit(objectName="overrideUser")
        self.password = QLineEdit(objectName="overridePassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("主管用户名"), self.username)
        form.addRow(self.tr("主管密码"), self.password)
        self.error = QLabel(objectName="overrideError")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        keys.enter_confirms(self)             # Enter authorises what the cashier asked for
        keys.scratch(self.username)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def check(self) -> None:
        try:
            self.authoriser = signin.authorise(self.username.text().strip(), self.password.text(),
                                              cashier=self.cashier, action=self.action)
        except CounterError as exc:
            self.error.setText(error_text(exc))
            self.password.clear()
            return
        self.accept()
