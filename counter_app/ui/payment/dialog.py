"""The payment dialog: what is being paid, split tenders, the change in large type, a late-fee
waiver with its reason. Confirm records exactly one payment; a second Enter or click is ignored."""
from __future__ import annotations

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
)

from ...core.errors import CounterError
from ...core.money import format_yuan, parse_yuan
from ...core import discounts, offers, rounding
from ...core.tenders import METHODS, NEEDS_REFERENCE, Tender, rounding_for, settle
from ...documents.receipt import rows_of
from ...ledger.context import Actor
from ...services.counter import payments, request_ids
from ...services.counter.payments import PaymentRequest, Quote
from ...store import failures
from .. import fit, keys
from ..labels import label as tr_label
from ..errors import error_text, said
from ..manager_override import ManagerOverrideDialog
from .discount import DiscountDialog

RETRY_MS = 3000

TENDER_ORDER = ("cash", "wechat", "alipay", "card", "transfer", "prepaid")


class PaymentDialog(QDialog):
    quoted = pyqtSignal(int)          # the amount due now on screen, in 分 (for the owner's displays)
    tendered = pyqtSignal(int, int)   # handed over and change, in 分, as the cashier types them
    """mode: selected / all_due / amount / advance / adhoc. `items` lists (code, name) choices
    for advance and ad hoc modes; `owing` is (charges, 分) the unit still owes, said when months
    are paid ahead while earlier ones are owed.

    Keys: the cash field has the focus (the amount, or the item, first when there is one; Enter or
    Tab there goes on to the cash field); F5 fills the cash with the exact amount, F6 and F7 with the
    next 50 or 100 元; Alt+J ticks the late-fee waiver and goes to its reason (Enter or
    Tab there goes on to the cash); Ctrl+D applies a
    折扣/减免 policy with its reason on a manager's word; Enter confirms."""

    def __init__(self, actor: Actor, unit_code: str, prepaid_fen: int, mode: str, charge_ids=(),
                 items: list[tuple[str, str]] = (), training: bool = False, parent=None, owing: tuple[int, int] = (0, 0)):
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.actor, self.unit_code, self.prepaid_fen, self.mode = actor, unit_code, prepaid_fen, mode
        self.charge_ids = list(charge_ids)
        self.training = training
        self.owing = owing
        self.quote: Quote | None = None
        self.receipt = None
        self._busy = False
        # This dialog's payment is one request, however often it is sent: a retry after a cut
        # connection records it at most once (services/counter/request_ids.py).
        self.request_id = request_ids.new()
        # Sent, and whether it was recorded not yet known: the window keeps asking after Esc.
        self.unsettled = False
        self._recorded_as = ""          # known recorded under this number, its receipt not yet read
        # A cut server connection: the payment stays on screen and is sent again every few seconds.
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._retry_payment)
        self._retries = 0
        # 折扣/减免 (core/discounts.py): the policy, its reason and the manager who authorised it.
        self.discount: tuple[str, str, Actor] | None = None
        self.step: QDialog | None = None          # the discount's dialog or the manager's, while open
        self.setWindowTitle(self.tr("收款 — {unit}").format(unit=unit_code))
        layout = QVBoxLayout(self)

        self.params = QFormLayout()
        self.amount = QLineEdit(objectName="payAmount")
        self.amount.setPlaceholderText(self.tr("收多少元，Enter 到现金"))
        self.item = QComboBox(objectName="payItem")
        for code, name in items:
            self.item.addItem(name, code)
        self.months = QSpinBox(objectName="payMonths")
        self.months.setRange(1, 36)
        self.months.setValue(12)
        self.adhoc_amount = QLineEdit(objectName="adhocAmount")
        self.adhoc_amount.setPlaceholderText(self.tr("留空按标准金额"))
        self.note = QLineEdit(objectName="adhocNote")
        if mode == "amount":
            self.params.addRow(self.tr("收款金额（元）"), self.amount)
        elif mode == "advance":
            self.params.addRow(self.tr("预交项目"), self.item)
            self.params.addRow(self.tr("预交月数"), self.months)
        elif mode == "adhoc":
            self.params.addRow(self.tr("收费项目"), self.item)
            self.params.addRow(self.tr("金额（元）"), self.adhoc_amount)
            self.params.addRow(self.tr("说明"), self.note)
        self.payer = QLineEdit(objectName="payer")
        self.payer.setPlaceholderText(self.tr("默认为业主"))
        if self.params.rowCount():
            params = QWidget()
            params.setLayout(self.params)
            self.params.setContentsMargins(0, 0, 0, 0)
            # A deposit's three fields scroll on a short screen rather than push the buttons off it.
            layout.addWidget(fit.scrolling(params, "paramScroll", min(params.sizeHint().height(), 72)))

        # What is being paid, as the receipt will list it: months of one item together.
        self.paying = QTableWidget(0, 3, objectName="payingLines")
        self.paying.setHorizontalHeaderLabels([self.tr("项目"), self.tr("期间"), self.tr("金额")])
        self.paying.verticalHeader().setVisible(False)
        self.paying.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paying.setFocusPolicy(Qt.FocusPolicy.NoFocus)       # read, not a Tab stop
        self.paying.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.paying.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # A row in view at least (more as the screen allows; the rest scrolls).
        self.paying.setMinimumHeight(self.paying.horizontalHeader().sizeHint().height() +
                                     self.paying.verticalHeader().defaultSectionSize() + 4)
        layout.addWidget(self.paying, 1)
        self.summary = QLabel(objectName="paySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warning = QLabel(objectName="payWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #9a5b00; font-weight: bold")
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        total_row = QHBoxLayout()
        total_row.addWidget(QLabel(self.tr("应收合计")))
        self.total = QLabel("—", objectName="bigTotal")
        total_row.addWidget(self.total, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(total_row)
        # 抹零 (the estate's setting, cash part only): the rounding and the cash to take, shown as the
        # cash is typed; hidden when nothing is rounded.
        self._rounded = 0                     # the 抹零 shown now (core/rounding.py sign)
        self.rounding = QLabel(objectName="roundingLabel")
        self.rounding.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rounding.setVisible(False)
        layout.addWidget(self.rounding)
        self.discount_label = QLabel(objectName="discountLabel")
        self.discount_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.discount_label.setWordWrap(True)
        self.discount_label.setVisible(False)
        layout.addWidget(self.discount_label)
        # 预交优惠 (core/offers.py): what paying these months ahead earns, as the quote says it
        self.offer_label = QLabel(objectName="offerLabel")
        self.offer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.offer_label.setWordWrap(True)
        self.offer_label.setVisible(False)
        layout.addWidget(self.offer_label)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.choose_discount)

        # The late-fee waiver: none for a deposit or an ad hoc charge (they carry no late fee).
        self.waiver_row = QWidget(objectName="waiverRow")
        waiver = QHBoxLayout(self.waiver_row)
        waiver.setContentsMargins(0, 0, 0, 0)
        self.waive = QCheckBox(self.tr("减免滞纳金(&J)"), objectName="waiveLateFee")
        self.waive.setFocusPolicy(Qt.FocusPolicy.NoFocus)        # Alt+J; not a stop between cash and Enter
        self.waive_reason = QLineEdit(objectName="waiveReason")
        self.waive_reason.setPlaceholderText(self.tr("减免原因（必填）"))
        self.waive_reason.setEnabled(False)                     # out of the Tab chain until ticked
        waiver.addWidget(self.waive)
        waiver.addWidget(self.waive_reason, 1)
        layout.addWidget(self.waiver_row)
        self.waiver_row.setVisible(mode != "adhoc")

        box = QGroupBox(self.tr("付款方式（可组合）"))
        grid = QGridLayout(box)
        self.tender_amount: dict[str, QLineEdit] = {}
        self.tender_ref: dict[str, QLineEdit] = {}
        for row, method in enumerate(TENDER_ORDER):
            label = tr_label(METHODS[method]) + (self.tr("（实收）") if method == "cash" else "")
            if method == "prepaid":
                label += f"（{self.tr('余额')} {format_yuan(prepaid_fen)}）"
            grid.addWidget(QLabel(label), row, 0)
            amount = QLineEdit(objectName=f"tender_{method}")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight)
            amount.setMinimumWidth(amount.fontMetrics().horizontalAdvance("000,000.00") + 16)   # never squeezed
            grid.addWidget(amount, row, 1)
            self.tender_amount[method] = amount
            if method in NEEDS_REFERENCE:
                ref = QLineEdit(objectName=f"ref_{method}")
                ref.setPlaceholderText(self.tr("交易参考号"))
                grid.addWidget(ref, row, 2)
                self.tender_ref[method] = ref
            if method == "prepaid" and prepaid_fen <= 0:
                amount.setEnabled(False)
        # Quick cash beside the cash field: the exact amount, or the note the owner hands over.
        quick = QHBoxLayout()
        for key, text, step in (("F5", self.tr("正好 [F5]"), 0), ("F6", self.tr("凑整 50 [F6]"), 5000),
                                ("F7", self.tr("凑整 100 [F7]"), 10000)):
            button = QPushButton(text, objectName=f"quickCash{step}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=step: self.quick_cash(s))
            QShortcut(QKeySequence(key), self, activated=lambda s=step: self.quick_cash(s))
            quick.addWidget(button)
        grid.addLayout(quick, 0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        # The tenders scroll when the screen is short (1366×768 at 150 %): the total, the change and
        # the confirm button above and below them stay in view.
        tenders = fit.scrolling(box, "tenderScroll", 84)
        tenders.setMinimumWidth(box.sizeHint().width() + tenders.verticalScrollBar().sizeHint().width())   # no sideways
        layout.addWidget(tenders, 1)
        self.to_prepaid = QCheckBox(self.tr("多付部分转入预存"), objectName="toPrepaid")
        bottom = QHBoxLayout()
        bottom.addWidget(self.to_prepaid)
        bottom.addSpacing(12)
        bottom.addWidget(QLabel(self.tr("交款人")))
        bottom.addWidget(self.payer, 1)
        layout.addLayout(bottom)

        change_row = QHBoxLayout()
        change_row.addWidget(QLabel(self.tr("找零")))
        self.change = QLabel("0.00", objectName="changeLabel")
        change_row.addWidget(self.change, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(change_row)
        self.error = QLabel(objectName="payError")
        self.error.setStyleSheet("color: #c0392b; font-weight: bold")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.confirm = QPushButton(self.tr("确认收款 [Enter]"), objectName="confirmPayment")
        self.confirm.setDefault(True)
        self.confirm.setAutoDefault(True)
        keys.enter_confirms(self)             # the window's one purpose: Enter takes the payment
        cancel = QPushButton(self.tr("取消 [Esc]"), objectName="cancelPayment")
        self.confirm.clicked.connect(self.accept_payment)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.confirm)
        layout.addLayout(buttons)

        self.param_fields = {"amount": (self.amount,), "advance": (self.item, self.months),
                             "adhoc": (self.item, self.adhoc_amount, self.note)}.get(mode, ())
        for w in (self.amount, self.adhoc_amount, self.note):
            w.editingFinished.connect(self.requote)
        self.item.currentIndexChanged.connect(self.requote)
        self.months.valueChanged.connect(self.requote)
        self.waive.toggled.connect(self._waiver_ticked)
        for w in list(self.tender_amount.values()) + list(self.tender_ref.values()):
            w.textChanged.connect(self.update_change)
        self.to_prepaid.toggled.connect(self.update_change)
        # Top to bottom as drawn: what sets the amount due (the waiver's reason among it), then the
        # tenders; Tab or Enter in the reason goes on to the cash, as it does from the amount.
        self.due_fields = (*self.param_fields, self.waive_reason)
        chain = [*self.due_fields, self.tender_amount["cash"]]
        for method in TENDER_ORDER[1:]:
            chain.append(self.tender_amount[method])
            if method in self.tender_ref:
                chain.append(self.tender_ref[method])
        chain += [self.to_prepaid, self.payer, cancel, self.confirm]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.requote()
        self._first = self.param_fields[0] if self.param_fields else self.tender_amount["cash"]

    def showEvent(self, event):
        super().showEvent(event)
        self._first.setFocus()  # the cash field (or the amount) is where the cashier types first

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if any(focus is f or f.isAncestorOf(focus) for f in self.due_fields):
                self.requote()                          # the amount due set: on to the cash
                self.tender_amount["cash"].setFocus(Qt.FocusReason.TabFocusReason)
                return
            self.accept_payment()
            return
        super().keyPressEvent(event)

    def _waiver_ticked(self, on: bool) -> None:
        self.waive_reason.setEnabled(on)
        if on:
            self.waive_reason.setFocus()
        self.requote()

    def quick_cash(self, step: int) -> None:
        """The cash the owner hands over: the exact amount left after the other tenders (step 0),
        or that rounded up to the next 50 or 100 元."""
        if self.quote is None:
            return
        try:
            others = sum(t.amount_fen for t in self.tenders() if t.method != "cash")
        except CounterError:
            others = 0
        rest = max(self.quote.due_fen - others, 0)
        rest += rounding.payment_rounding(self.quote.due_fen, others, self.quote.rounding_rule) \
            if rest and not self.to_prepaid.isChecked() else 0         # 抹零: the exact cash is the rounded cash
        if step:
            rest = -(-rest // step) * step
        cash = self.tender_amount["cash"]
        cash.setText(format_yuan(rest, grouping=False) if rest else "")
        cash.setModified(True)
        cash.setFocus()
        cash.selectAll()

    # -- building the request ---------------------------------------------------------------
    def request(self, with_tenders: bool = True) -> PaymentRequest:
        req = PaymentRequest(unit_code=self.unit_code, tenders=self.tenders() if with_tenders else [],
                             payer=self.payer.text().strip(), overpay_to_prepaid=self.to_prepaid.isChecked(),
                             request_id=self.request_id)
        if self.mode == "selected":
            req.charge_ids = list(self.charge_ids)
        elif self.mode == "all_due":
            req.all_due = True
        elif self.mode == "amount":
            req.amount_fen = parse_yuan(self.amount.text(), allow_zero=False)
        elif self.mode == "advance":
            req.advance = [(self.item.currentData(), self.months.value())]
        elif self.mode == "adhoc":
            text = self.adhoc_amount.text().strip()
            req.adhoc = [(self.item.currentData(), parse_yuan(text, allow_zero=False) if text else None,
                          self.note.text().strip())]
        if self.discount is not None:
            req.discount_policy, req.discount_reason, req.discount_authoriser = self.discount
        if self.waive.isChecked() and self.quote is not None:
            req.waive_charge_ids = [a.charge_id for a in self.quote.allocations if a.late_fee_fen]
            req.waiver_reason = self.waive_reason.text().strip()
        return req

    def tenders(self) -> list[Tender]:
        out = []
        for method in TENDER_ORDER:
            text = self.tender_amount[method].text().strip()
            if not text:
                continue
            ref = self.tender_ref[method].text().strip() if method in self.tender_ref else ""
            out.append(Tender(method, parse_yuan(text, allow_zero=False), ref))
        return out

    # -- live figures -----------------------------------------------------------------------
    def requote(self) -> None:
        if self.mode == "amount" and not self.amount.text().strip():
            # Nothing typed yet: say what to type, not what is wrong.
            self.quote = None
            self.total.setText("—")
            self.summary.setText(self.tr("输入要收的金额（元），从最早的欠费收起；Enter 到现金"))
            self.error.setText("")
            self.paying.setRowCount(0)
            self.confirm.setEnabled(False)
            return
        try:
            base = self.request(with_tenders=False)
            base.waive_charge_ids, base.waiver_reason = [], ""
            quote = payments.quote(self.actor, base)
            owed_up_to = quote.total_fen        # what the amount typed can take, before any waiver
            if self.waive.isChecked():
                base.waive_charge_ids = [a.charge_id for a in quote.allocations if a.late_fee_fen]
                base.waiver_reason = "（预览）"
                quote = payments.quote(self.actor, base)
            self.quote = quote
        except CounterError as exc:
            self.quote = None
            self.total.setText("—")
            self.summary.setText("")
            self.paying.setRowCount(0)
            self.error.setText(error_text(exc))
            self.confirm.setEnabled(False)
            return
        q = self.quote
        self._show_lines(q)
        self.summary.setText(self.tr("{n} 项，本金 ¥{p}，滞纳金 ¥{l}，减免 ¥{w}").format(
            n=len(q.allocations), p=format_yuan(q.lines_fen), l=format_yuan(q.late_fee_fen), w=format_yuan(q.waived_fen)))
        self.total.setText("¥" + format_yuan(q.due_fen))
        self._rounded = 0
        self.quoted.emit(q.due_fen)
        self.discount_label.setVisible(bool(q.discount_fen))
        self.discount_label.setText(self.tr("{name} -{d}（{policy}，原因：{reason}，授权：{who}）").format(
            name=tr_label(discounts.NAME), d=format_yuan(q.discount_fen), policy=self.discount[0],
            reason=self.discount[1], who=self.discount[2].display_name) if q.discount_fen else "")
        self.offer_label.setVisible(bool(q.offers))
        self.offer_label.setText(self.tr("{name} -{d}：{terms}").format(
            name=tr_label(offers.NAME), d=format_yuan(q.offer_fen), terms="；".join(q.offers)) if q.offers else "")
        if self.mode != "adhoc":
            self.waiver_row.setVisible(bool(q.late_fee_fen) or self.waive.isChecked())
        count, owed = self.owing
        ahead = self.mode == "advance" and count > 0
        typed = parse_yuan(self.amount.text(), allow_zero=False) if self.mode == "amount" else 0
        # 按金额收 takes at most what is owed: said, never silently. Against the quote before the
        # waiver: a waived late fee leaves the total under the amount typed, yet nothing is over.
        over = typed > owed_up_to
        self.warning.setText(self.tr("注意：此户还有 {n} 笔欠费共 ¥{a} 未缴。预交只收以后的月份，不会先缴这些欠费；"
                                     "要先缴欠费请按 Esc 后用 F6 或 F5。").format(n=count, a=format_yuan(owed))
                             if ahead else
                             self._over_text(typed, owed_up_to, q) if over else "")
        self.warning.setVisible(ahead or over)
        self.error.setText("")
        self.confirm.setEnabled(True)
        self.update_change()

    def _over_text(self, typed: int, owed: int, q: Quote) -> str:
        """The amount typed is more than the unit owes: what is taken instead, the waiver said."""
        if q.waived_fen:
            return self.tr("注意：输入的 ¥{t} 多于此户所欠 ¥{d}；减免滞纳金 ¥{w} 后只收 ¥{c}；"
                           "要预交以后的月份请按 Esc 后用 F8。").format(
                t=format_yuan(typed), d=format_yuan(owed), w=format_yuan(q.waived_fen), c=format_yuan(q.total_fen))
        return self.tr("注意：输入的 ¥{t} 多于此户所欠 ¥{d}，只收所欠 ¥{d}；要预交以后的月份请按 Esc 后用 F8。").format(
            t=format_yuan(typed), d=format_yuan(owed))

    def due_fen(self) -> int:
        """What the owner is to pay now, the 抹零 shown included (the owner's displays show it)."""
        return 0 if self.quote is None else self.quote.due_fen + self._rounded

    def rows(self) -> list[tuple[str, str, int]]:
        """(item, period, 分) being paid, as the receipt will list them; none without a quote."""
        if self.quote is None:
            return []
        return [(item, period, amount) for item, period, _basis, amount in
                rows_of(self.quote.lines, self.quote.topup_fen, group=True, rounding_fen=self._rounded,
                        discount_fen=self.quote.discount_fen, offered=self.quote.offered_by_rule)]

    def _show_lines(self, q: Quote) -> None:
        """The periods being paid, item by item, as the receipt will list them."""
        rows = rows_of(q.lines, q.topup_fen, group=True, discount_fen=q.discount_fen, offered=q.offered_by_rule)
        self.paying.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, (item, period, _basis, amount) in enumerate(rows):
            for c, text in enumerate((said(item), said(period), format_yuan(amount))):   # the rows' words translated
                cell = QTableWidgetItem(text)
                if c == 2:
                    cell.setTextAlignment(right)
                self.paying.setItem(r, c, cell)

    def update_change(self) -> None:
        if self.quote is None:
            return
        if not any(f.text().strip() for f in self.tender_amount.values()):
            self.change.setText("0.00")         # nothing tendered yet: nothing wrong yet either
            self.error.setText("")
            self._show_rounding(rounding_for(self.quote.due_fen, [Tender("cash", max(self.quote.due_fen, 1))],
                                             self.quote.rounding_rule, overpay_to_prepaid=self.to_prepaid.isChecked()),
                                self.quote.due_fen)
            self.tendered.emit(0, 0)
            return
        try:
            tenders = self.tenders()
            rounded = rounding_for(self.quote.due_fen, tenders, self.quote.rounding_rule,
                                   overpay_to_prepaid=self.to_prepaid.isChecked())
            s = settle(self.quote.due_fen + rounded, tenders, prepaid_balance_fen=self.prepaid_fen,
                       overpay_to_prepaid=self.to_prepaid.isChecked())
        except CounterError as exc:
            self.change.setText("—")
            self.error.setText(error_text(exc))
            return
        self._show_rounding(rounded, self.quote.due_fen - sum(t.amount_fen for t in tenders if t.method != "cash"))
        self.error.setText(self.tr("转入预存 ¥{t}").format(t=format_yuan(s.topup_fen)) if s.topup_fen else "")
        self.change.setText(format_yuan(s.change_fen))
        self.tendered.emit(s.cash_tendered_fen + sum(t.amount_fen for t in s.applied if t.method != "cash"),
                           s.change_fen)

    def _show_rounding(self, rounded: int, cash_part_fen: int) -> None:
        """"抹零 -0.07　现金应收 ¥123.40": the rounding of the cash part and the cash to take."""
        self.rounding.setVisible(bool(rounded))
        self.rounding.setText(self.tr("抹零 {r}　现金应收 ¥{c}").format(
            r=format_yuan(rounded), c=format_yuan(cash_part_fen + rounded)) if rounded else "")
        if rounded != self._rounded:        # the owner's displays show what is to be paid, 抹零 its own line
            self._rounded = rounded
            self.quoted.emit(self.quote.due_fen + rounded)

    # -- 折扣/减免 ---------------------------------------------------------------------------
    def choose_discount(self) -> None:
        """Ctrl+D: a policy and its reason, then a manager's name and password; the quote is made
        again with it (a policy that fits none of the charges is said, and not applied)."""
        if self.step is not None or self._busy or self.receipt is not None:
            return
        name, reason = (self.discount[0], self.discount[1]) if self.discount else ("", "")

        def chosen(result: int) -> None:
            self.step = None
            if result != QDialog.DialogCode.Accepted:
                return
            policy, why = picker.chosen()
            if not policy:
                self._apply_discount(None)
                return
            self.step = ManagerOverrideDialog(self.actor, "discount.authorise",
                                              self.tr("折扣/减免：{p}").format(p=policy), self)
            self.step.finished.connect(lambda r: authorised(r, policy, why))
            self.step.open()

        def authorised(result: int, policy: str, why: str) -> None:
            dialog, self.step = self.step, None
            if result == QDialog.DialogCode.Accepted:
                self._apply_discount((policy, why, dialog.authoriser))
        picker = self.step = DiscountDialog(self.actor, name, reason, self)
        picker.finished.connect(chosen)
        picker.open()

    def _apply_discount(self, discount) -> None:
        self.discount = discount
        self.requote()
        if discount is not None and self.quote is None:     # refused: said in the error line, taken off
            said = self.error.text()
            self.discount = None
            self.requote()
            self.error.setText(said)
        self.tender_amount["cash"].setFocus()

    # -- confirm ----------------------------------------------------------------------------
    def accept_payment(self) -> None:
        if self._busy or self.receipt is not None:
            return  # a second Enter or click while (or after) recording does nothing
        self._busy = True
        self._retry.stop()
        self.confirm.setEnabled(False)
        try:
            req = self.request()
            if self.quote is not None:
                req.expected_total_fen = self.quote.total_fen
            self.receipt = payments.take_payment(self.actor, req, training=self.training)
        except Exception as exc:
            if not self._not_yet(exc):
                raise
            self.confirm.setEnabled(True)
            self._busy = False
            return
        self.unsettled = False
        self.accept()

    def _not_yet(self, exc: Exception) -> bool:
        """Say why the payment is not done yet, and send it again in a while if the server may be
        back by then. False: not a failure this dialog knows."""
        again = self.tr("（第 {n} 次重试中，按 Esc 放弃）")
        if isinstance(exc, request_ids.RecordedUnread):
            self.unsettled, self._recorded_as = True, exc.number
        if self._recorded_as and failures.is_connection_lost(exc) or isinstance(exc, request_ids.RecordedUnread):
            message = self.tr("已记账（收据 {n}），连接中断，正在读取收据").format(n=self._recorded_as)
        elif isinstance(exc, request_ids.Uncertain) or self.unsettled and failures.is_connection_lost(exc):
            # The cut came while it was being recorded, and the ledger cannot be asked yet (still not,
            # on a retry): the same request goes again; it records at most once.
            self.unsettled = True
            message = self.tr("正在确认这笔收款是否已记账：与数据库服务器的连接中断了（请求编号 {id}）。"
                              "请不要另行收款；连接恢复后会自动确认").format(id=self.request_id)
        elif isinstance(exc, CounterError):
            self.error.setText(self.tr("未收款：") + error_text(exc))
            return True
        elif failures.kind_of(exc) is None:
            return False
        elif not failures.is_retryable(exc):
            self.error.setText(self.tr("未收款：") + failures.describe(exc))
            return True
        elif failures.is_busy(exc):
            self.error.setText(self.tr("未收款：") + failures.describe(exc) + self.tr("（按 Enter 重试）"))
            return True
        else:
            message = self.tr("未收款：") + failures.describe(exc)     # looked up: known not recorded
        if self.unsettled:        # Esc leaves the asking to the window; the payment is not given up
            again = self.tr("（第 {n} 次查询中；按 Esc 可先离开，程序会继续查询）")
        self._retries += 1
        self.error.setText(message + again.format(n=self._retries))
        self._retry.start()
        return True

    def _retry_payment(self) -> None:
        """The same request again, after the server connection was cut: recorded before, and the
        receipt it made is shown; otherwise it is taken now. Never twice."""
        if self.receipt is None:
            self.accept_payment()

    def reject(self) -> None:
        self._retry.stop()
        super().reject()
