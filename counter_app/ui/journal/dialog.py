"""收据查询: find receipts (type or scan the number, Enter searches), see one whole; reprint it
(F4 or Ctrl+P: it says which copy it prints first), void it (F6) or refund it (F7), each with a
manager's name and password typed at the counter. Every step is a window opened with open(), so
the whole flow goes by keys."""
from __future__ import annotations

from PyQt6.QtCore import QDate, Qt
from PyQt6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout
)

from ...core.errors import CounterError, Invalid
from ...core.money import format_yuan, parse_yuan
from ...core.tenders import METHODS
from ...documents.receipt import receipt_text
from ...documents.slip import refund_pdf, void_slip_pdf
from ...ledger.context import Actor
from ...services.counter import corrections, genuine, journal
from ...services.counter.info import counter_info
from .. import keys
from ..dates import date_edit
from ..labels import label
from ..manager_override import ManagerOverrideDialog
from ..printing.printer import print_receipt
from ..printing.reprint import ask_reprint, print_copy
from ..settings import CounterSettings
from .models import JournalModel
from ..errors import error_text, said
from ..invoicing.request_dialog import InvoiceRequestDialog

ACCEPTED = QDialog.DialogCode.Accepted


class JournalDialog(QDialog):
    def __init__(self, actor: Actor, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("journalDialog")
        self.actor, self.settings = actor, settings
        self.current: journal.JournalDetail | None = None
        self.step: QDialog | None = None          # the window of a reprint, void or refund under way
        self.setWindowTitle(self.tr("收据查询"))
        self.resize(1200, 700)
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        self.number = QLineEdit(objectName="journalNumber")
        self.number.setPlaceholderText(self.tr("输入或扫描收据号，Enter 查询"))
        # Today's receipts first: what a cashier looks for is nearly always from today.
        today = QDate(counter_info(actor).business_date)
        self.date_from = date_edit("journalFrom", today)
        self.date_to = date_edit("journalTo", today)
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
        # Laid out row by row, as Tab follows the order widgets join the window.
        for col, (text, widget) in enumerate(((self.tr("收据号"), self.number), (self.tr("从"), self.date_from),
                                              (self.tr("到"), self.date_to), (self.tr("房号"), self.unit),
                                              (self.tr("类别"), self.kind))):
            filters.addWidget(QLabel(text), 0, col * 2)
            filters.addWidget(widget, 0, col * 2 + 1)
        for col, (text, widget) in enumerate(((self.tr("交款人"), self.payer), (self.tr("收款员账号"), self.cashier),
                                              (self.tr("方式"), self.method), (self.tr("状态"), self.status))):
            filters.addWidget(QLabel(text), 1, col * 2)
            filters.addWidget(widget, 1, col * 2 + 1)
        search = QPushButton(self.tr("查询 [Enter]"), objectName="journalSearch")
        search.clicked.connect(self.search)
        filters.addWidget(search, 1, 8, 1, 2)
        for combo in (self.method, self.status, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.search())
        self.filter_fields = (self.number, self.date_from, self.date_to, self.unit, self.payer, self.cashier,
                              self.method, self.status, self.kind)
        keys.scratch(*self.filter_fields)
        keys.enter_confirms(self)            # Enter in the filters searches (keyPressEvent), nothing else
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
        self.void_button = QPushButton(self.tr("作废… [F6]"), objectName="journalVoid")
        self.refund_button = QPushButton(self.tr("退款… [F7]"), objectName="journalRefund")
        self.invoice_button = QPushButton(self.tr("开发票 [F8]"), objectName="journalInvoice")
        close = QPushButton(self.tr("关闭 [Esc]"), objectName="journalClose")
        for button, slot, shortcuts in ((self.reprint_button, self.reprint, ("F4", "Ctrl+P")),
                                        (self.void_button, self.void, ("F6",)),
                                        (self.refund_button, self.refund, ("F7",)),
                                        (self.invoice_button, self.request_invoice, ("F8",))):
            button.setEnabled(False)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            keys.button_key(self, button, *shortcuts)
            buttons.addWidget(button)
        close.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.status_line = QLabel(objectName="journalStatusLine")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)
        close.clicked.connect(self.reject)
        search.setAutoDefault(False)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        self.number.setFocus()
        self.search()

    def keyPressEvent(self, event):
        # Enter searches, from whichever filter it is pressed in; on the list it does nothing more.
        if event.key() in keys.ENTER_KEYS:
            focus = self.focusWidget()
            if focus is not None and any(focus is f or f.isAncestorOf(focus) for f in self.filter_fields):
                self.search()
            return
        super().keyPressEvent(event)

    def filter(self) -> journal.JournalFilter:
        parts = self.number.text().strip().split("|")      # a scanned QR: CA1|NUMBER|… or NUMBER|AMOUNT|CHECK
        number = parts[1] if len(parts) > 1 and parts[0].upper() == "CA1" else parts[0]
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
                verdict = said(genuine.check_receipt(self.actor, scanned).words)
            except CounterError as exc:
                verdict = error_text(exc)
        rows = journal.search(self.actor, self.filter())
        self.model.set_rows(rows)
        self.status_line.setText(verdict or self.tr("共 {n} 张").format(n=len(rows)))
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.show_detail(0)
        else:
            self.current = None
            self.detail.setPlainText(self.tr("没有符合条件的收据"))
            for button in (self.reprint_button, self.void_button, self.refund_button, self.invoice_button):
                button.setEnabled(False)
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

    def _open_step(self, dialog: QDialog, then) -> None:
        """One step of a reprint, void or refund: then(dialog) when it is accepted; Esc stops it."""
        self.step = dialog

        def finished(result: int) -> None:
            self.step = None
            if result == ACCEPTED:
                then(dialog)
            else:
                self.status_line.setText(self.tr("已取消，没有改动"))
        dialog.finished.connect(finished)
        dialog.open()

    # -- reprint --------------------------------------------------------------------------------
    def reprint(self) -> None:
        """F4 / Ctrl+P: which copy it will be is said first; Enter prints it, Esc does not."""
        if self.current is None or self.step is not None:
            return
        receipt = self.current.receipt
        self.step = ask_reprint(self, self.actor, receipt.number, receipt.paid_fen, lambda: self.reprint_now(receipt),
                                on_no=lambda: self.status_line.setText(self.tr("未重印")))
        self.step.finished.connect(lambda _r: setattr(self, "step", None))

    def reprint_now(self, receipt) -> None:
        copy, printed = print_copy(self.actor, self.settings, receipt, self)
        self.status_line.setText(self.tr("重印第 {n} 次，").format(n=copy.count) + printed.message())
        self.show_detail(self.table.currentIndex().row())

    # -- an invoice -----------------------------------------------------------------------------
    def request_invoice(self) -> None:
        if self.current is None or not self.invoice_button.isEnabled() or self.step is not None:
            return
        r = self.current.receipt

        def done(dialog) -> None:
            if dialog.request is not None:
                self.status_line.setText(self.tr("开票申请 {id} 已登记").format(id=dialog.request.id))
                self._refresh()
        self._open_step(InvoiceRequestDialog(self.actor, r.number, r.unit_code, self), done)

    # -- void and refund ------------------------------------------------------------------------
    def _with_red_letter_note(self, then) -> None:
        """For a receipt whose invoice was issued: first the note that a 红字 invoice is needed,
        then(note); for any other receipt then("") at once."""
        if "已开具" not in (self.current.receipt.invoice or ""):
            then("")
            return
        note = ReasonDialog(self.tr("此收据的发票已开具（{i}）。作废或退款后须在电子税务局开具红字发票，请填写说明：")
                            .format(i=self.current.receipt.invoice), self, self.tr("红字发票"))
        note.edit.setText(self.tr("需开红字发票"))
        self._open_step(note, lambda dialog: then(dialog.text()))

    def _authorise(self, action: str, what: str, then) -> None:
        self._open_step(ManagerOverrideDialog(self.actor, action, what, self), lambda dialog: then(dialog.authoriser))

    def void(self) -> None:
        """F6: the reason, then the manager's name and password; the void slip prints."""
        if self.current is None or not self.void_button.isEnabled() or self.step is not None:
            return
        number = self.current.receipt.number

        def with_note(red_letter: str) -> None:
            def with_reason(dialog) -> None:
                self._authorise("receipt.void", self.tr("作废收据 {n}（¥{t}）").format(
                    n=number, t=format_yuan(self.current.receipt.paid_fen)),
                    lambda authoriser: self.void_with(dialog.text(), authoriser, red_letter))
            self._open_step(ReasonDialog(self.tr("作废收据 {n} 的原因").format(n=number), self,
                                         self.tr("作废收据 {n}").format(n=number)), with_reason)
        self._with_red_letter_note(with_note)

    def void_with(self, reason: str, authoriser: Actor, red_letter: str = "") -> bool:
        number = self.current.receipt.number
        try:
            slip = corrections.void_receipt(self.actor, number, reason, authoriser, red_letter)
        except CounterError as exc:
            self.status_line.setText(self.tr("不能作废：") + error_text(exc))
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
        """F7: the lines and amounts (none to start with), how it is paid out and why, the total;
        then the manager's name and password; the refund document prints."""
        if self.current is None or not self.refund_button.isEnabled() or self.step is not None:
            return
        number = self.current.receipt.number

        def with_note(red_letter: str) -> None:
            def chosen(dialog) -> None:
                self._authorise("receipt.refund", self.tr("退款 {n}：¥{t}").format(
                    n=number, t=format_yuan(sum(dialog.amounts().values()))),
                    lambda authoriser: self.refund_with(dialog.amounts(), dialog.method.currentData(),
                                                        dialog.reason.text(), dialog.reference.text(), authoriser,
                                                        red_letter))
            self._open_step(RefundDialog(self.actor, number, self), chosen)
        self._with_red_letter_note(with_note)

    def refund_with(self, amounts, method: str, reason: str, reference: str, authoriser: Actor,
                    red_letter: str = "") -> bool:
        number = self.current.receipt.number
        try:
            doc = corrections.refund(self.actor, number, amounts, method, reason, authoriser, reference, red_letter)
        except CounterError as exc:
            self.status_line.setText(self.tr("不能退款：") + error_text(exc))
            return False
        self.status_line.setText(self.tr("退款 {n} 已办理，").format(n=doc.number) +
                                 self._print(refund_pdf(doc), doc.number))
        self._refresh()
        return True


class ReasonDialog(QDialog):
    """A reason (or a note) typed in one line: 确定 [Enter] only with words in it, 取消 [Esc]."""

    def __init__(self, prompt: str, parent=None, title: str = ""):
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title or self.tr("原因"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.edit = QLineEdit(objectName="reason")
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        form.addRow(prompt_label)
        form.addRow(self.edit)
        self.error = QLabel(objectName="reasonError")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.error)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("取消 [Esc]"), objectName="reasonCancel")
        ok = QPushButton(self.tr("确定 [Enter]"), objectName="reasonOk")
        ok.setDefault(True)
        cancel.setAutoDefault(False)
        ok.clicked.connect(self._ok)
        cancel.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        form.addRow(row)
        keys.enter_confirms(self)             # Enter goes on to the next step; it writes nothing itself
        self.edit.setFocus()

    def _ok(self) -> None:
        if self.edit.text().strip():
            self.accept()
        else:
            self.error.setText(self.tr("请填写原因"))
            self.edit.setFocus()

    def text(self) -> str:
        return self.edit.text().strip()


class RefundDialog(QDialog):
    """Choose what to refund: nothing to start with; per line Space takes what is left of it (or
    type an amount), F5 takes what is left of every line. Principal and late fee are shown apart,
    and the refund's total (the late fee first, then the principal) before the manager is asked."""

    COLUMNS = ("项目", "期间", "本金", "滞纳金", "已退", "可退", "本次退款")
    AMOUNT = 6

    def __init__(self, actor, number: str, parent=None):
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("退款 — {n}").format(n=number))
        self.lines = corrections.refundable_lines(actor, number)
        self.rounding_back = corrections.rounding_given_back(actor, number)   # 抹零 goes back with the first refund
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("↑/↓ 选行，空格 = 退该行可退的全部（再按取消），或直接输入金额；F5 = 全部可退"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(len(self.lines), len(self.COLUMNS), objectName="refundLines")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed |
                                   QAbstractItemView.EditTrigger.DoubleClicked)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, line in enumerate(self.lines):
            cells = (line.item_name, line.period, format_yuan(line.principal_fen), format_yuan(line.late_fee_fen),
                     format_yuan(line.refunded_fen), format_yuan(line.refundable_fen), "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(right)
                if col != self.AMOUNT or line.refundable_fen <= 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * min(len(self.lines) + 1, 4))
        layout.addWidget(self.table, 1)
        self.total = QLabel(objectName="refundTotal")
        self.total.setStyleSheet("font-weight: bold")
        layout.addWidget(self.total)
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
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("取消 [Esc]"), objectName="refundCancel")
        self.next_button = QPushButton(self.tr("下一步：主管授权 [Ctrl+Enter]"), objectName="refundNext")
        cancel.clicked.connect(self.reject)
        self.next_button.clicked.connect(self._ok)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        keys.ctrl_enter(self, self._ok)
        QShortcut(QKeySequence("F5"), self, activated=self.take_all)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, activated=self.toggle_current)
        self.table.itemChanged.connect(lambda _item: self._show_total())
        # Amounts chosen in the table (typed, Space, F5) are work: Esc asks before it drops them.
        self.table.itemChanged.connect(lambda _item: self.table.setProperty(keys.TYPED, any(
            self._amount_item(row).text().strip() for row in range(len(self.lines)))))
        if self.lines:
            self.table.setCurrentCell(0, self.AMOUNT)
        self.table.setFocus()
        self._show_total()

    def _amount_item(self, row: int) -> QTableWidgetItem:
        return self.table.item(row, self.AMOUNT)

    def toggle_current(self) -> None:
        """Space: this line's remainder, or nothing again."""
        row = self.table.currentRow()
        if 0 <= row < len(self.lines) and self.lines[row].refundable_fen > 0:
            item = self._amount_item(row)
            whole = format_yuan(self.lines[row].refundable_fen, grouping=False)
            item.setText("" if item.text().strip() == whole else whole)

    def take_all(self) -> None:
        """F5: what is left of every line."""
        for row, line in enumerate(self.lines):
            if line.refundable_fen > 0:
                self._amount_item(row).setText(format_yuan(line.refundable_fen, grouping=False))

    def amounts(self) -> dict[int, int]:
        out = {}
        for row, line in enumerate(self.lines):
            text = self._amount_item(row).text().strip()
            fen = parse_yuan(text) if text else 0
            if fen:
                out[line.payment_line_id] = fen
        return out

    def _show_total(self) -> None:
        try:
            chosen = self.amounts()
        except CounterError as exc:
            self.total.setText(self.tr("本次退款：") + error_text(exc))
            return
        parts = [line.split(chosen[line.payment_line_id]) for line in self.lines if line.payment_line_id in chosen]
        principal, late = sum(p for p, _ in parts), sum(f for _, f in parts)
        self.total.setText(self.tr("本次退款合计 ¥{t}（本金 ¥{p}，滞纳金 ¥{l}，{n} 行）").format(
            t=format_yuan(principal + late), p=format_yuan(principal), l=format_yuan(late), n=len(parts))
            + (self.tr("；退回抹零 {r}，实退 ¥{a}").format(r=format_yuan(-self.rounding_back),
                                                      a=format_yuan(principal + late - self.rounding_back))
               if self.rounding_back else "")
            if parts else self.tr("本次退款合计 ¥0.00：请选要退的行（空格）或输入金额"))

    def _ok(self) -> None:
        try:
            if not self.amounts():
                raise Invalid("没有要退的金额：空格选行，或输入金额")
        except CounterError as exc:
            self.error.setText(error_text(exc))
            self.table.setFocus()
            return
        if not self.reason.text().strip():
            self.error.setText(self.tr("请填写退款原因"))
            self.reason.setFocus()
            return
        self.accept()
