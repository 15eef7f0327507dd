"""First start on a new machine: name the estate and set the administrator's password."""
from __future__ import annotations

from PyQt6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..core.errors import CounterError
from ..services.setup import first_run as setup
from ..store.server import is_server_url, redacted


class FirstRunDialog(QDialog):
    def __init__(self, db_path, parent=None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.db_path = db_path
        self.setWindowTitle(self.tr("首次使用：建立数据库"))
        form = QFormLayout(self)
        shown = redacted(db_path) if is_server_url(str(db_path)) else db_path    # never a password on screen
        form.addRow(QLabel(self.tr("数据库将建立在：\n{p}").format(p=shown)))
        self.estate = QLineEdit(objectName="estateName")
        self.company = QLineEdit(objectName="companyName")
        self.password = QLineEdit(objectName="adminPassword")
        self.repeat = QLineEdit(objectName="adminPasswordRepeat")
        for w in (self.password, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("小区名称"), self.estate)
        form.addRow(self.tr("物业公司"), self.company)
        form.addRow(self.tr("管理员（admin）密码"), self.password)
        form.addRow(self.tr("再次输入密码"), self.repeat)
        self.error = QLabel(objectName="firstRunError")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _create(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("两次输入的密码不一致"))
            return
        try:
            setup.initialise(self.db_path, estate_name=self.estate.text(), company=self.company.text(),
                             admin_password=self.password.text())
        except CounterError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
