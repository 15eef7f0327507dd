"""开发票: the payer's invoice request for a receipt, at the counter or from the journal. The
unit's last buyer is offered; the lines already in a request are shown and cannot be chosen."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout
)

from ...core.errors import CounterError, Invalid
from ...core.money import format_yuan
from ...ledger.context import Actor
from ...services.invoicing import requests as invoices
from ...core.invoice_status import status_words
from .. import keys
from ..errors import error_text


class InvoiceRequestDialog(QDialog):
    def __init__(self, actor: Actor, receipt_number: str, unit_code: str, parent=None):
        super().__init__(parent)
        self.setObjectName("invoiceRequestDialog")
        self.actor, self.receipt_number = actor, receipt_number
        self.request = None
        self.setWindowTitle(self.tr("开发票 — 收据 {n}").format(n=receipt_number))
        self.setMinimumWidth(600)     # an 18-character number, a company's full name and the message fit
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.buyer = QLineEdit(objectName="invoiceBuyer")
        self.tax_id = QLineEdit(objectName="invoiceTaxId")
        self.tax_id.setPlaceholderText(self.tr("18 位统一社会信用代码；个人留空"))
        self.contact = QLineEdit(objectName="invoiceContact")
        self.contact.setPlaceholderText(self.tr("接收电子发票的邮箱或手机号"))
        form.addRow(self.tr("抬头（购买方名称）"), self.buyer)
        form.addRow(self.tr("纳税人识别号"), self.tax_id)
        form.addRow(self.tr("邮箱或手机"), self.contact)
        layout.addLayout(form)
        last = invoices.last_buyer(actor, unit_code)
        if last is not None:        # the unit's last buyer, offered again
            self.buyer.setText(last.name)
            self.tax_id.setText(last.tax_id)
            self.contact.setText(last.contact)
        layout.addWidget(QLabel(self.tr("开票的费用（空格键勾选）")))
        self.lines = QListWidget(objectName="invoiceLines")
        for line in invoices.invoiceable_lines(actor, receipt_number):
            held = f"（{status_words(line.held, '')}）" if line.held else ""
            item = QListWidgetItem(f"{line.item_name} {line.period}  ¥{format_yuan(line.amount_fen)}{held}")
            item.setData(Qt.ItemDataRole.UserRole, line.payment_line_id)
            if line.held or line.amount_fen <= 0:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.lines.addItem(item)
        layout.addWidget(self.lines, 1)
        self.error = QLabel(objectName="invoiceError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b; font-weight: bold")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.confirm = QPushButton(self.tr("登记开票申请 [Enter]"), objectName="confirmInvoice")
        self.confirm.setDefault(True)
        keys.enter_confirms(self)             # Enter records the request: the window's one purpose
        cancel = QPushButton(self.tr("取消 [Esc]"))
        self.confirm.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm)
        layout.addLayout(buttons)
        (self.buyer if not self.buyer.text() else self.contact).setFocus()

    def chosen(self) -> list[int]:
        return [self.lines.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lines.count())
                if self.lines.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        try:
            lines = self.chosen()
            if not lines:
                raise Invalid("请勾选要开发票的费用")
            buyer = invoices.Buyer(self.buyer.text(), self.tax_id.text(), self.contact.text())
            self.request = invoices.request_invoice(self.actor, self.receipt_number, buyer, lines)
        except CounterError as exc:
            self.error.setText(error_text(exc))        # nothing recorded; the request stays on screen
            return
        self.accept()
