"""About: the version, where things are, and a button that copies diagnostics for support."""
from __future__ import annotations

from PyQt6.QtGui import QGuiApplication
from PyQt6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from .. import __version__
from ..diagnostics import diagnostics
from ..store import db as dbmod


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("关于"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("物业收费前台 版本 {v}").format(v=__version__), objectName="aboutVersion")
        layout.addWidget(title)
        self.text = diagnostics(dbmod.describe_target() if dbmod.database.obj is not None else "")
        view = QPlainTextEdit(self.text, objectName="diagnostics")
        view.setReadOnly(True)
        view.setMinimumSize(560, 260)
        layout.addWidget(view)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("复制诊断信息"), objectName="copyDiagnostics")
        copy.clicked.connect(self.copy)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        row.addWidget(copy)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text)
