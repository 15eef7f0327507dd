"""现金收支 at the counter: 零钱补充 (paid-in), 支出 (paid-out, with its reason), 交款 (a drop to
the safe), and the reversal of a mistaken one, in the open shift. The keyboard alone: the kind and
the fields by Tab (Enter moves on), Ctrl+Enter records, F7 reverses the movement chosen in the list,
Esc closes. What takes cash out of the drawer, and a reversal, asks for a manager's name and
password first. After each commit the window says so through `moved` (the main window opens the
drawer and prints the slip)."""
from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, pyqtSignal
from PyQt6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...core import cashmoves as rules
from ...core.errors import CounterError
from ...core.money import format_yuan, parse_yuan
from ...core.tables import Fen, Section
from ...ledger.context import Actor
from ...services.counter import cashmoves, request_ids
from .. import keys
from ..errors import error_text
from ..fit import MessageLabel
from ..section_tables import ROW_ROLE, section_table
from ..manager_override import ManagerOverrideDialog
from ..journal.dialog import ReasonDialog

ACCEPTED = QDialog.DialogCode.Accepted


class CashMoveDialog(QDialog):
    moved = pyqtSignal(object)          # the CashSlip of what was just recorded

    COLUMNS = tuple(QT_TRANSLATE_NOOP("CashMoveDialog", c)
                    for c in ("单号", "类型", "钱箱现金", "支出原因", "凭证号", "说明", "授权人", "冲销"))

    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("cashMoveDialog")
        self.actor = actor
        self.step = None
        self.request_id = request_ids.new()       # one per movement typed: a retry records it once
        self.setWindowTitle(self.tr("现金收支"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(objectName="cashKind")
        for kind, word in ((rules.PAID_IN, self.tr("零钱补充")), (rules.PAID_OUT, self.tr("支出")),
                           (rules.DROP, self.tr("交款入保险柜"))):
            self.kind.addItem(word, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("类型"), self.kind)
        self.amount = QLineEdit(objectName="cashAmount")
        self.amount.setPlaceholderText(self.tr("元"))
        form.addRow(self.tr("金额（元）"), self.amount)
        self.reason = QComboBox(objectName="cashReason")
        for reason, word in ((rules.ADVANCE, self.tr("垫付")), (rules.PETTY, self.tr("零星采购")),
                             (rules.DEPOSIT_REFUND, self.tr("退押金")), (rules.OTHER, self.tr("其他"))):
            self.reason.addItem(word, reason)
        form.addRow(self.tr("支出原因"), self.reason)
        self.voucher = QLineEdit(objectName="cashVoucher")
        self.voucher.setPlaceholderText(self.tr("垫付、零星采购须填写"))
        form.addRow(self.tr("凭证号"), self.voucher)
        self.note = QLineEdit(objectName="cashNote")
        form.addRow(self.tr("说明"), self.note)
        layout.addLayout(form)
        # the report tables' own widget: columns sized to their content, money right-aligned
        self.table = section_table(self._section(()), "cashMoves", self, sortable=False)
        layout.addWidget(QLabel(self.tr("本班次的现金收支")))
        layout.addWidget(self.table, 1)
        self.status = MessageLabel(objectName="cashStatus")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        reverse = QPushButton(self.tr("冲销所选… [F7]"), objectName="reverseCash")
        reverse.setAutoDefault(False)
        reverse.clicked.connect(self.reverse)
        keys.button_key(self, reverse, "F7")
        close = QPushButton(self.tr("关闭 [Esc]"), objectName="cashClose")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        record = QPushButton(self.tr("登记 [Ctrl+Enter]"), objectName="recordCash")
        record.setAutoDefault(False)
        record.clicked.connect(self.submit)
        keys.ctrl_enter(self, self.submit)        # its own key: Enter in a field only moves on
        row.addWidget(reverse)
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(record)
        layout.addLayout(row)
        self._kind_changed()
        self.refresh()
        self.kind.setFocus()

    # -- the form -------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        paid_out = self.kind.currentData() == rules.PAID_OUT
        self.reason.setEnabled(paid_out)
        self.voucher.setEnabled(paid_out)

    def _typed(self) -> tuple[str, int, str, str, str]:
        """(kind, amount, reason, voucher, note) as typed, checked as the ledger will check them."""
        kind = self.kind.currentData()
        amount = parse_yuan(self.amount.text())
        reason = self.reason.currentData() if kind == rules.PAID_OUT else ""
        voucher = self.voucher.text().strip() if kind == rules.PAID_OUT else ""
        rules.check(kind, amount, reason, voucher, self.note.text().strip())
        return kind, amount, reason, voucher, self.note.text().strip()

    def submit(self) -> None:
        """Ctrl+Enter or 登记: checked first; cash leaving the drawer then asks for a manager."""
        if self.step is not None:
            return
        try:
            kind, amount, reason, voucher, note = self._typed()
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        if kind not in rules.LEAVING:
            self._record(kind, amount, reason, voucher, note, None)
            return
        what = self.tr("{kind} ¥{amount}").format(kind=self.kind.currentText(), amount=format_yuan(amount))
        self._open_step(ManagerOverrideDialog(self.actor, "cash.authorise", what, self),
                        lambda dialog: self._record(kind, amount, reason, voucher, note, dialog.authoriser))

    def _record(self, kind, amount, reason, voucher, note, authoriser) -> None:
        try:
            slip = cashmoves.record(self.actor, kind, amount, reason=reason, voucher=voucher, note=note,
                                    authoriser=authoriser, request_id=self.request_id)
        except CounterError as exc:
            self.status.setText(self.tr("没有登记：") + error_text(exc))
            return
        self._done(slip)
        for field in (self.amount, self.voucher, self.note):
            field.clear()
        keys.mark_saved(self)
        self.amount.setFocus()

    def _done(self, slip) -> None:
        self.request_id = request_ids.new()
        self.status.setText(self.tr("已登记 {n}：{kind} ¥{amount}").format(
            n=slip.number, kind=self.tr(rules.KINDS[slip.kind]), amount=format_yuan(slip.drawer_change_fen)))
        self.refresh()
        self.moved.emit(slip)

    # -- the list and reversals -----------------------------------------------------------------
    def refresh(self) -> None:
        try:
            rows = cashmoves.of_open_shift(self.actor)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            rows = []
        self.table.section_model.set_section(self._section(tuple(
            (number, self.tr(rules.KINDS.get(kind, kind)), Fen(rules.signed(kind, amount)),
             self.tr(rules.REASONS[reason]) if reason in rules.REASONS else "", voucher, note, who, reverses)
            for number, kind, amount, reason, voucher, note, who, reverses in rows)))
        if rows:
            self.table.selectRow(len(rows) - 1)

    def _section(self, rows: tuple) -> Section:
        return Section("", tuple(self.tr(c) for c in self.COLUMNS), rows)

    def chosen(self) -> str:
        row = self.table.currentIndex()
        return row.data(ROW_ROLE)[0] if row.isValid() else ""

    def reverse(self) -> None:
        """F7: the movement chosen in the list is undone by a new document: why, then a manager."""
        number = self.chosen()
        if self.step is not None:
            return
        if not number:
            self.status.setText(self.tr("请先在列表中选择要冲销的单据"))
            return

        def with_reason(reason_dialog) -> None:
            note = reason_dialog.text()
            self._open_step(ManagerOverrideDialog(self.actor, "cash.authorise",
                                                  self.tr("冲销 {n}").format(n=number), self),
                            lambda dialog: self._reverse(number, note, dialog.authoriser))
        self._open_step(ReasonDialog(self.tr("冲销 {n} 的原因").format(n=number), self,
                                     self.tr("冲销 {n}").format(n=number)), with_reason)

    def _reverse(self, number: str, note: str, authoriser: Actor) -> None:
        try:
            slip = cashmoves.reverse(self.actor, number, note, authoriser, self.request_id)
        except CounterError as exc:
            self.status.setText(self.tr("没有冲销：") + error_text(exc))
            return
        self._done(slip)

    def _open_step(self, dialog: QDialog, then) -> None:
        """One step (a reason, a manager's word): then(dialog) when accepted; Esc stops it."""
        self.step = dialog

        def finished(result: int) -> None:
            self.step = None
            if result == ACCEPTED:
                then(dialog)
            else:
                self.status.setText(self.tr("已取消，没有登记"))
        dialog.finished.connect(finished)
        dialog.open()
