"""Change one's own password (System menu)."""
from __future__ import annotations

from PyQt6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..core.errors import CounterError
from ..services.admin import users
from ..ledger import passwords
from ..ledger.context import Actor
from . import keys
from .errors import error_text


class ChangePasswordDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("changePassword")
        self.actor = actor
        self.setWindowTitle(self.tr("修改密码"))
        form = QFormLayout(self)
        self.old, self.new, self.repeat = (QLineEdit(objectName=n) for n in ("oldPassword", "newPassword", "repeat"))
        for w in (self.old, self.new, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QLabel(passwords.password_rule(actor.role), objectName="passwordRule"))   # before it is typed
        form.addRow(self.tr("原密码"), self.old)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再次输入新密码"), self.repeat)
        self.error = QLabel(objectName="passwordError")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        keys.enter_confirms(self)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def change(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("两次输入的新密码不一致"))
            return
        try:
            users.change_password(self.actor, self.old.text(), self.new.text())
        except CounterError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
