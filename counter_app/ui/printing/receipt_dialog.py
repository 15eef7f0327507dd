"""After a payment: the receipt on screen, printed at once (or with a dialog, per setting); a
failed print says so and offers a reprint, which is marked as a copy."""
from __future__ import annotations

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...core.errors import CounterError
from ...core.money import format_yuan
from ...core.receipt_data import ReceiptData
from ...documents.receipt import render_receipt
from ...ledger.context import Actor
from ...services.counter import printed as print_log
from .. import keys
from ..fit import MessageLabel
from ..settings import CounterSettings
from .pdf_view import PdfView
from .printer import print_receipt
from .reprint import ask_reprint, print_copy
from ..errors import error_text
from ..books.strip import form_strip
from ..invoicing.request_dialog import InvoiceRequestDialog


class ReceiptDialog(QDialog):
    printed_now = pyqtSignal()        # a print of it (the original or a copy) was taken by the printer
    def __init__(self, actor: Actor, receipt: ReceiptData, settings: CounterSettings, *, auto_print=True,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.actor, self.receipt, self.settings = actor, receipt, settings
        self.printed = 0
        self.question = None
        rendered = render_receipt(receipt, settings.receipt_layout)
        self.pdf, self.template_problems = rendered.pdf, rendered.problems
        self.setWindowTitle(self.tr("收据 {n}").format(n=receipt.number))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("已收款 ¥{t}，收据 {n}").format(t=format_yuan(receipt.paid_fen), n=receipt.number),
                      objectName="receiptHeadline")
        layout.addWidget(head)
        if receipt.change_fen:
            change = QLabel(self.tr("找零 ¥{c}").format(c=format_yuan(receipt.change_fen)), objectName="changeLabel")
            layout.addWidget(change)
        self.status = MessageLabel(objectName="printStatus")
        layout.addWidget(self.status)
        self.notice = MessageLabel(objectName="drawerNotice")   # the cash drawer did not open (say_drawer)
        self.notice.setStyleSheet("color: #c0392b; font-weight: bold")
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        self.forms = form_strip(actor, receipt.number, self)     # None unless the cashier holds a 收据本
        if self.forms is not None:
            layout.addWidget(self.forms)
        self.view = PdfView(self.pdf, self, "receiptPreview")
        self.view.setMinimumSize(360, 240)   # taller when the screen allows; fits 1366×768 at 150 %
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("打印 [F4]"), objectName="printReceipt")
        close = QPushButton(self.tr("完成 [Esc]"), objectName="closeReceipt")
        self.invoice_button = QPushButton(self.tr("开发票 [F8]"), objectName="requestInvoice")
        self.print_button.clicked.connect(self.print_again)
        self.invoice_button.clicked.connect(self.request_invoice)
        close.clicked.connect(self.accept)
        keys.button_key(self, self.print_button, "F4")
        keys.button_key(self, self.invoice_button, "F8")
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.invoice_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        close.setFocus()
        keys.enter_confirms(self)             # Enter (a scanner's too) only closes it
        if auto_print:
            self.print_original()
        if self.template_problems:  # an office's own layout file is broken: say so, on top
            self.status.setText(self.status.text() + "\n" + "\n".join(self.template_problems))

    def request_invoice(self) -> None:
        """The payer wants a 发票: the request is recorded for the office's daily batch."""
        if self.question is not None:
            return
        self.question = dialog = InvoiceRequestDialog(self.actor, self.receipt.number, self.receipt.unit_code, self)

        def finished(result: int) -> None:
            self.question = None
            if result == QDialog.DialogCode.Accepted and dialog.request is not None:
                self.status.setText(self.tr("开票申请 {id} 已登记：{buyer}，¥{amount}").format(
                    id=dialog.request.id, buyer=dialog.request.buyer.name,
                    amount=format_yuan(dialog.request.amount_fen)))
        dialog.finished.connect(finished)
        dialog.open()

    def print_original(self) -> None:
        self._show(print_receipt(self.settings, self.pdf, self.receipt.number, self))

    def say_drawer(self, text: str) -> None:
        """The cash drawer did not open for this receipt: said in red, the payment stays recorded."""
        self.notice.setText(text)
        self.notice.setVisible(True)

    def print_again(self) -> None:
        """F4, a reprint: which copy it will be is said first; then recorded, counted, marked 重印 on
        its face."""
        if self.question is not None:
            return
        self.question = ask_reprint(self, self.actor, self.receipt.number, self.receipt.paid_fen, self._print_copy)
        self.question.finished.connect(lambda _r: setattr(self, "question", None))

    def _print_copy(self) -> None:
        try:
            copy, result = print_copy(self.actor, self.settings, self.receipt, self)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self._show(result, copy.count)

    def _show(self, result, copy: int = 0) -> None:
        what = self.tr("重印第 {n} 次").format(n=copy) if copy else self.tr("收据")
        if result.ok:
            self.printed += 1
            self.printed_now.emit()
            if not copy:                 # a reprint is recorded as such by the reprint itself
                print_log.record_printed(self.actor, self.receipt.number, result.where)
            if result.to_file:
                self.status.setText(self.tr("{what}未打印，已保存为 PDF 文件：{where}").format(what=what, where=result.where))
                self.status.setStyleSheet("color: #9a5b00")
            else:
                self.status.setText(self.tr("{what}已打印：{where}").format(what=what, where=result.where))
                self.status.setStyleSheet("color: #0a6e2d")
        else:
            self.status.setText(self.tr("打印失败：{e}。收款已记录，不会重复收款；按 F4 重印。").format(e=result.reason()))
            self.status.setStyleSheet("color: #c0392b; font-weight: bold")
            self.print_button.setFocus()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()  # Enter (a scanner's too) closes; it never records anything here
            return
        super().keyPressEvent(event)
