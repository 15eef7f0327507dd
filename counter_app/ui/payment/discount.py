"""折扣/减免 chosen in the payment dialog (Ctrl+D): one of the estate's policies in force today and
the reason it is granted; the payment dialog then asks a manager (ManagerOverrideDialog). Choosing
不用优惠 takes a discount off again."""
from __future__ import annotations

from PyQt6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

from ...core.errors import CounterError
from ...ledger.context import Actor
from ...services.admin import discounts
from .. import keys
from ..errors import error_text


class DiscountDialog(QDialog):
    def __init__(self, actor: Actor, chosen: str = "", reason: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.setWindowTitle(self.tr("折扣/减免"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.policy = QComboBox(objectName="discountPolicy")
        self.policy.addItem(self.tr("不用优惠"), "")
        self.error = QLabel(objectName="discountError")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        try:
            for p in discounts.policies_in_force(actor):
                self.policy.addItem(f"{p.name}　{p.rule_text}　{'、'.join(p.items)}", p.name)
        except CounterError as exc:
            self.error.setText(error_text(exc))
        self.policy.setCurrentIndex(max(0, self.policy.findData(chosen)))
        self.reason = QLineEdit(reason, objectName="discountReason")
        self.reason.setPlaceholderText(self.tr("原因（必填），如 低保户、空置申请已批"))
        form.addRow(self.tr("优惠政策"), self.policy)
        form.addRow(self.tr("原因"), self.reason)
        form.addRow(self.error)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("取消 [Esc]"), objectName="discountCancel")
        ok = QPushButton(self.tr("下一步：主管授权 [Enter]"), objectName="discountOk")
        ok.setDefault(True)
        cancel.setAutoDefault(False)
        ok.clicked.connect(self._ok)
        cancel.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        form.addRow(row)
        keys.enter_confirms(self)             # Enter goes on to the manager; it writes nothing itself
        self.policy.setFocus()

    def chosen(self) -> tuple[str, str]:
        """(policy name or "" for none, reason)."""
        return self.policy.currentData() or "", self.reason.text().strip()

    def _ok(self) -> None:
        name, reason = self.chosen()
        if name and not reason:
            self.error.setText(self.tr("请填写折扣/减免的原因"))
            self.reason.setFocus()
            return
        self.accept()
