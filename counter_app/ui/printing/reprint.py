"""A reprint (重印), wherever it is asked for (F4 at the counter, in the journal, on the receipt
window): it says first which copy it will be — 第 n 次, marked on its face — and prints only when
the answer is yes; then it is recorded (counted, in the audit trail) and printed as that copy."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import QMessageBox, QWidget

from ...core.money import format_yuan
from ...core.receipt_data import CopyInfo, ReceiptData
from ...documents.receipt import render_receipt
from ...ledger.context import Actor
from ...services.counter import reprints
from ..questions import ask
from .printer import PrintResult, print_receipt


def ask_reprint(parent: QWidget, actor: Actor, number: str, total_fen: int, on_yes, on_no=None) -> QMessageBox:
    """Enter prints (the key that asked was the reprint's own), Esc does not."""
    translate = QCoreApplication.translate
    copy = reprints.next_copy(actor, number)
    said = translate("Reprint", "重印收据 {n}（¥{t}）：这将是第 {k} 次重印，纸上印有“重印 第{k}次”、时间和重印人，并记入审计记录。")
    return ask(parent, "reprintQuestion", translate("Reprint", "重印收据"),
               said.format(n=number, t=format_yuan(total_fen), k=copy),
               translate("Reprint", "打印第 {k} 次重印(&P)").format(k=copy), on_yes, yes_is_default=True, on_no=on_no)


def print_copy(actor: Actor, settings, receipt: ReceiptData, parent=None) -> tuple[CopyInfo, PrintResult]:
    copy = reprints.record_reprint(actor, receipt.number)
    pdf = render_receipt(receipt, settings.receipt_layout, copy).pdf
    return copy, print_receipt(settings, pdf, f"{receipt.number}-copy{copy.count}", parent)
