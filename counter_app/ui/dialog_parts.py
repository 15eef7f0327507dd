"""Parts that many dialogs end with, made in one place."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from .fit import MessageLabel


def status_and_close(dialog: QDialog, layout: QVBoxLayout, name: str) -> QLabel:
    """A wrapping status line (what was done, or why not, in words) and a 关闭 [Esc] button under
    it, on the right, that never takes Enter from the fields above."""
    status = MessageLabel(objectName=name)
    layout.addWidget(status)
    close = QPushButton(QCoreApplication.translate("Dialogs", "关闭 [Esc]"))
    close.setAutoDefault(False)
    close.clicked.connect(dialog.accept)
    layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
    return status
