"""收据查询: find receipts (type or scan the number), see one whole, reprint, void or refund it."""
from __future__ import annotations

from PyQt6.QtCore import QDate, Qt
from PyQt6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout
)

from ...core.errors import CounterError
from ...core.money import format_yuan, parse_yuan
from ...core.tenders import METHODS
from ...documents.receipt import receipt_text, render_receipt
from ...documents.slip import refund_pdf, void_slip_pdf
from ...services.common.context import Actor
from ...services.counter import corrections, genuine, journal, reprints
from ...services.counter.info import counter_info
from ..labels import label
from ..manager_override import ManagerOverrideDialog
from ..printing.printer import print_receipt
from ..settings import CounterSettings
from .models import JournalModel


class JournalDialog(QDialog):
    def __init__(self, actor: Actor, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("journalDialog")
        self.actor, self.settings = actor, settings
        self.current: journal.JournalDetail | None = None
        self.setWindowTitle(self.tr("收据查询"))
        self.resize(1200, 700)
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        self.number = QLineEdit(objectName="journalNumber")
        self.number.setPlaceholderText(self.tr("输入或扫描收据号"))
        self.date_from = QDateEdit(objectName="journalFrom", calendarPopup=True)
        self.date_to = QDateEdit(objectName="journalTo", calendarPopup=True)
        # Today's receipts first: what a cashier looks for is nearly always from today.
        today = QDate(counter_info(actor).business_date)
        self.date_from.setDate(today)
        self.date_to.setDate(today)
        self.unit = QLineEdit(objectName="journalUnit")
        self.payer = QLineEdit(objectName="journalPayer")
        self.cashier = QLineEdit(objectName="journalCashier")
        self.method = QComboBox(objectName="journalMethod")
        self.method.addItem(self.tr("全部方式"), "")
        for code, name in METHODS.items():
            self.method.addItem(label(name), code)
        self.status = QComboBox(objectName="journalStatus")
        for code, name in (("", self.tr("全部状态")), ("valid", self.tr("有效")), ("voided", self.tr("作废")),
                           ("refunded", self.tr("已退款"))):
            self.status.addItem(name, code)
        self.kind = QComboBox(objectName="journalKind")
        for code, name in (("", self.tr("柜台收据和自动扣费")), ("counter", self.tr("柜台收据")),
                           ("deduction", self.tr("预存自动扣费"))):
            self.kind.addItem(name, code)
        for col, (text, widget) in enumerate(((self.tr("收据号"), self.number), (self.tr("从"), self.date_from),
                                              (self.tr("到"), self.date_to), (self.tr("房号"), self.unit))):
            filters.addWidget(QLabel(text), 0, col * 2)
            filters.addWidget(widget, 0, col * 2 + 1)
        for col, (text, widget) in enumerate(((self.tr("交款人"), self.payer), (self.tr("收款员账号"), self.cashier),
                                              (self.tr("方式"), self.method), (self.tr("状态"), self.status))):
            filters.addWidget(QLabel(text), 1, col * 2)
            filters.addWidget(widget, 1, col * 2 + 1)
        filters.addWidget(QLabel(self.tr("类别")), 0, 8)
        filters.addWidget(self.kind, 0, 9)
        search = QPushButton(self.tr("查询 [Enter]"), objectName="journalSearch")
        search.setAutoDefault(False)
        search.clicked.connect(self.search)
        filters.addWidget(search, 1, 8, 1, 2)
        for combo in (self.method, self.status, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.search())
        layout.addLayout(filters)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = JournalModel(self)
        self.table = QTableView(objectName="journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        splitter.addWidget(self.table)
        # The chosen receipt as it printed (the roll's layout), then what became of it.
        self.detail = QPlainTextEdit(objectName="journalDetail")
        self.detail.setReadOnly(True)
        self.detail.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("重印 [F4]"), objectName="journalReprint")
        self.void_button = QPushButton(self.tr("作废…"), objectName="journalVoid")
        self.refund_button = QPushButton(self.tr("退款…"), objectName="journalRefund")
        self.invoice_button = QPushButton(self.tr("开发票 [F8]"), objectName="journalInvoice")
        close = QPushButton(self.tr("关闭 [Esc]"))
        close.setAutoDefault(False)     # Esc closes; Enter belongs to the field that has the focus
        for b in (self.reprint_button, self.void_button, self.refund_button, self.invoice_button):
            b.setEnabled(False)
            b.setAutoDefault(False)     # Enter after a scanned number searches; it never reprints
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.status_line = QLabel(objectName="journalStatusLine")
        layout.addWidget(self.status_line)
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button.clicked.connect(self.void)
        self.refund_button.clicked.connect(self.refund)
        self.invoice_button.clicked.connect(self.request_invoice)
        QShortcut(QKeySequence("F8"), self, activated=self.request_invoice)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence("F4"), self, activated=self.reprint)
        self.number.returnPressed.connect(self.search)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        self.number.setFocus()
        self.search()

    def filter(self) -> journal.JournalFilter:
        number = self.number.text().strip().split("|")[0]      # a scanned QR: NUMBER|AMOUNT|CHECK
        return journal.JournalFilter(
            number=number, date_from=None if number else self.date_from.date().toPyDate(),
            date_to=None if number else self.date_to.date().toPyDate(), unit_code=self.unit.text(),
            payer=self.payer.text(), cashier=self.cashier.text(), method=self.method.currentData(),
            status=self.status.currentData(), kind=self.kind.currentData())

    def search(self) -> None:
        scanned = self.number.text().strip()
        verdict = ""
        if "|" in scanned:          # a receipt's QR scanned in: is it ours, and what became of it?
            try:
                verdict = genuine.check_receipt(self.actor, scanned).words
            except CounterError as exc:
                verdict = str(exc)
        rows = journal.search(self.actor, self.filter())
        self.model.set_rows(rows)
        self.status_line.setText(verdict or self.tr("共 {n} 张").format(n=len(rows)))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.show_detail(0)
        else:
            self.current = None
            self.detail.setPlainText(self.tr("没有符合条件的收据"))
        self.number.selectAll()

    def show_detail(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        d = journal.detail(self.actor, self.model.number(row))
        self.current = d
        r = d.receipt
        text = receipt_text(r)
        text.append("")
        text.append(f"{self.tr('发票')}：{r.invoice or self.tr('未申请')}")
        if d.void:
            text.append(f"【{self.tr('作废')}】{d.void}")
        text += [f"【{self.tr('退款')}】{x}" for x in d.refunds]
        text += [f"【{self.tr('重印')}】{x}" for x in d.reprints]
        text.append(self.tr("审计记录："))
        text += [f"  {x}" for x in d.audit]
        self.detail.setPlainText("\n".join(text))
        self.reprint_button.setEnabled(True)
        self.void_button.setEnabled(r.status == "valid" and r.kind == "counter" and not d.refunds)
        self.refund_button.setEnabled(r.status == "valid")
        self.invoice_button.setEnabled(r.status == "valid" and not r.training)

    def _print(self, pdf: bytes, name: str) -> str:
        return print_receipt(self.settings, pdf, name, self).message()

    def reprint(self) -> None:
        if self.current is None:
            return
        number = self.current.receipt.number
        copy = reprints.record_reprint(self.actor, number)
        message = self._print(render_receipt(self.current.receipt, self.settings.receipt_layout, copy).pdf,
                              f"{number}-copy{copy.count}")
        self.status_line.setText(self.tr("重印第 {n} 次，").format(n=copy.count) + message)
        self.show_detail(self.table.currentIndex().row())

    def _authorise(self, action: str, what: str) -> Actor | None:
        dialog = ManagerOverrideDialog(self.actor, action, what, self)
        return dialog.authoriser if dialog.exec() == QDialog.DialogCode.Accepted else None

    def request_invoice(self) -> None:
        if self.current is None or not self.invoice_button.isEnabled():
            return
        from ..invoicing.request_dialog import InvoiceRequestDialog
        r = self.current.receipt
        dialog = InvoiceRequestDialog(self.actor, r.number, r.unit_code, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.request is not None:
            self.status_line.setText(self.tr("开票申请 {id} 已登记").format(id=dialog.request.id))
            self._refresh()

    def _red_letter_note(self) -> str | None:
        """For a receipt whose invoice was issued: the note that a 红字 invoice is needed (None:
        the cashier stopped); "" for any other receipt."""
        if "已开具" not in (self.current.receipt.invoice or ""):
            return ""
        note = ReasonDialog(self.tr("此收据的发票已开具（{i}）。作废或退款后须在电子税务局开具红字发票，请填写说明：")
                            .format(i=self.current.receipt.invoice), self)
        note.edit.setText(self.tr("需开红字发票"))
        return note.text() if note.exec() == QDialog.DialogCode.Accepted else None

    def void(self) -> None:
        if self.current is None:
            return
        number = self.current.receipt.number
        red_letter = self._red_letter_note()
        if red_letter is None:
            return
        reason = ReasonDialog(self.tr("作废收据 {n} 的原因").format(n=number), self)
        if reason.exec() != QDialog.DialogCode.Accepted:
            return
        authoriser = self._authorise("receipt.void", self.tr("作废收据 {n}").format(n=number))
        if authoriser is not None:
            self.void_with(reason.text(), authoriser, red_letter)

    def void_with(self, reason: str, authoriser: Actor, red_letter: str = "") -> bool:
        number = self.current.receipt.number
        try:
            slip = corrections.void_receipt(self.actor, number, reason, authoriser, red_letter)
        except CounterError as exc:
            self.status_line.setText(self.tr("不能作废：") + str(exc))
            return False
        self.status_line.setText(self.tr("收据 {n} 已作废，").format(n=number) +
                                 self._print(void_slip_pdf(slip), f"{number}-void"))
        self._refresh()
        return True

    def _refresh(self) -> None:
        message = self.status_line.text()
        self.search()
        self.status_line.setText(message)

    def refund(self) -> None:
        if self.current is None:
            return
        number = self.current.receipt.number
        red_letter = self._red_letter_note()
        if red_letter is None:
            return
        dialog = RefundDialog(self.actor, number, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        authoriser = self._authorise("receipt.refund", self.tr("退款 {n}").format(n=number))
        if authoriser is not None:
            self.refund_with(dialog.amounts(), dialog.method.currentData(), dialog.reason.text(),
                             dialog.reference.text(), authoriser, red_letter)

    def refund_with(self, amounts, method: str, reason: str, reference: str, authoriser: Actor,
                    red_letter: str = "") -> bool:
        number = self.current.receipt.number
        try:
            doc = corrections.refund(self.actor, number, amounts, method, reason, authoriser, reference, red_letter)
        except CounterError as exc:
            self.status_line.setText(self.tr("不能退款：") + str(exc))
            return False
        self.status_line.setText(self.tr("退款 {n} 已办理，").format(n=doc.number) +
                                 self._print(refund_pdf(doc), doc.number))
        self._refresh()
        return True


class ReasonDialog(QDialog):
    def __init__(self, prompt: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        form = QFormLayout(self)
        self.edit = QLineEdit(objectName="reason")
        form.addRow(QLabel(prompt))
        form.addRow(self.edit)
        ok = QPushButton(self.tr("确定"), objectName="reasonOk")
        ok.clicked.connect(self._ok)
        form.addRow(ok)

    def _ok(self) -> None:
        if self.edit.text().strip():
            self.accept()

    def text(self) -> str:
        return self.edit.text().strip()


class RefundDialog(QDialog):
    """Choose the lines and amounts to refund (all that is left, by default)."""

    def __init__(self, actor, number: str, parent=None):
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("退款 — {n}").format(n=number))
        self.lines = corrections.refundable_lines(actor, number)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(self.lines), 4, objectName="refundLines")
        self.table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("期间"), self.tr("可退"), self.tr("本次退款")])
        self.spins: list[QLineEdit] = []
        for row, line in enumerate(self.lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.item_name))
            self.table.setItem(row, 1, QTableWidgetItem(line.period))
            self.table.setItem(row, 2, QTableWidgetItem(format_yuan(line.refundable_fen)))
            amount = QLineEdit(format_yuan(line.refundable_fen, grouping=False), objectName=f"refundAmount{row}")
            self.table.setCellWidget(row, 3, amount)
            self.spins.append(amount)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.method = QComboBox(objectName="refundMethod")
        for code in ("cash", "wechat", "alipay", "card", "transfer"):
            self.method.addItem(label(METHODS[code]), code)
        self.reference = QLineEdit(objectName="refundReference")
        self.reason = QLineEdit(objectName="refundReason")
        form.addRow(self.tr("退款方式"), self.method)
        form.addRow(self.tr("交易参考号"), self.reference)
        form.addRow(self.tr("退款原因"), self.reason)
        layout.addLayout(form)
        self.error = QLabel(objectName="refundError")
        self.error.setStyleSheet("color: #c0392b")
        layout.addWidget(self.error)
        ok = QPushButton(self.tr("下一步：主管授权"), objectName="refundNext")
        ok.clicked.connect(self._ok)
        layout.addWidget(ok)

    def amounts(self) -> dict[int, int]:
        out = {}
        for line, edit in zip(self.lines, self.spins):
            text = edit.text().strip()
            fen = parse_yuan(text) if text else 0
            if fen:
                out[line.payment_line_id] = fen
        return out

    def _ok(self) -> None:
        try:
            if not self.amounts():
                raise CounterError(self.tr("没有要退的金额"))
        except CounterError as exc:
            self.error.setText(str(exc))
            return
        if not self.reason.text().strip():
            self.error.setText(self.tr("请填写退款原因"))
            return
        self.accept()
