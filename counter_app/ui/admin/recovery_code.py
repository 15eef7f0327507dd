"""账本密钥恢复码: shown once to an administrator after a key is made on this PC (at set-up, or
when this PC did not hold the ledger's key), to print and keep apart from the ledger. Enter on
已保管 says it is kept (not shown again here); Esc closes and it is shown at the next sign-in."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QFont
from PyQt6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...ledger.context import Actor
from ...services.setup import keys
from .. import keys as window_keys
from ..fit import MessageLabel
from ..printing.printer import print_report


class RecoveryCodeDialog(QDialog):
    def __init__(self, actor: Actor, settings, pending: keys.CodeToKeep, parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.actor, self.settings, self.pending = actor, settings, pending
        self.setWindowTitle(self.tr("账本密钥恢复码"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "本电脑为这个账本新建了审计链密钥（{key}）。密钥不在账本文件里：电脑损坏或更换时，\n"
            "要靠下面的恢复码在新电脑上核对以前的记录。请现在打印或抄下，和账本备份分开保管。").format(key=pending.key_id)))
        code = QLabel("\n".join("  ".join(pending.code.split("-")[i:i + 4]) for i in range(0, 11, 4)),
                      objectName="recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        font.setBold(True)
        code.setFont(font)
        code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(code)
        self.status = MessageLabel(objectName="recoveryStatus")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        printing = QPushButton(self.tr("打印 [Ctrl+P]"), objectName="recoveryPrint")
        printing.setAutoDefault(False)
        printing.clicked.connect(self.print_code)
        window_keys.button_key(self, printing, "Ctrl+P")
        kept = QPushButton(self.tr("已打印或抄下，妥善保管 [Enter]"), objectName="recoveryKept")
        kept.setDefault(True)
        kept.clicked.connect(self.kept)
        later = QPushButton(self.tr("下次再说 [Esc]"), objectName="recoveryLater")
        later.setAutoDefault(False)
        later.clicked.connect(self.reject)
        for b in (printing, kept, later):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        kept.setFocus()

    def print_code(self) -> None:
        result = print_report(self.settings, self.pending.pdf, self.tr("账本密钥恢复码"), self)
        self.status.setText(result.message())

    def kept(self) -> None:
        keys.code_kept(self.actor, self.pending.key_id)
        self.accept()
