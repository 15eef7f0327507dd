"""Shift and day at the counter: open a shift with a float, X report, count the drawer and close
(Z report), and the manager's day close with the statement check."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QDialog, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QTabWidget, QVBoxLayout
)

from ...core.closeout import DENOMINATIONS, counted_total, denomination_name, explained
from ...core.errors import CounterError, Sentences
from ...core.money import format_yuan, parse_yuan
from ...services.closing import close as closeout, files as closeout_files, shifts, statement
from ...services.closing.tables import day_sections
from ...ledger.context import Actor
from .. import keys
from ..dates import date_edit
from ..fit import MessageLabel
from ..printing.pdf_view import PdfView
from ..questions import ask
from ..section_tables import stacked_sections
from ..printing.printer import print_report
from ..settings import CounterSettings
from ..errors import error_text, said
from ..journal.dialog import ReasonDialog


class OpenShiftDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("openShift")
        self.actor = actor
        self.shift = None
        self.setWindowTitle(self.tr("开班"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("清点钱箱，输入备用金（找零用的现金）")))
        self.float_edit = QLineEdit("0", objectName="floatAmount")
        form.addRow(self.tr("备用金（元）"), self.float_edit)
        self.error = QLabel(objectName="openShiftError")
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.error)
        ok = QPushButton(self.tr("开班 [Enter]"), objectName="openShiftOk")
        ok.setDefault(True)
        keys.enter_confirms(self)             # the window's one purpose: Enter opens the shift
        ok.clicked.connect(self.open_shift)
        form.addRow(ok)
        self.float_edit.setFocus()            # its 0 selected (ui/keys.py): typing 500 gives 500

    def open_shift(self) -> None:
        try:
            self.shift = shifts.open_shift(self.actor, parse_yuan(self.float_edit.text()))
        except CounterError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class CountDialog(QDialog):
    """交班: count the drawer note by note; expected, counted and the difference update as typed;
    a difference needs a note. Closing prints the Z report. Under blind count (盲点, an estate
    setting) a cashier sees neither the expected cash nor the difference: Ctrl+Enter first saves
    the count (it cannot be redone), then both are shown, and Ctrl+Enter again closes."""

    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("countDialog")
        self.actor = actor
        self.report = None
        self.interim = closeout.x_report(actor)
        self.blind = self.interim.blind          # the count not yet saved: nothing to compare it with
        self.setWindowTitle(self.tr("交班点钞"))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.spins: dict[int, QSpinBox] = {}
        for i, d in enumerate(DENOMINATIONS):
            spin = QSpinBox(objectName=f"count_{d}")
            spin.setRange(0, 100_000)
            spin.valueChanged.connect(self.update_figures)
            grid.addWidget(QLabel(denomination_name(d)), i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            self.spins[d] = spin
        layout.addLayout(grid)
        figures = QFormLayout()
        self.expected = QLabel(format_yuan(self.interim.figures.expected_cash_fen), objectName="expectedCash")
        self.counted = QLabel("0.00", objectName="countedCash")
        self.difference = QLabel(objectName="cashDifference")
        figures.addRow(self.tr("应有现金（备用金 + 现金收入 − 现金退款 + 零钱补充 − 支出 − 交款）"), self.expected)
        figures.addRow(self.tr("实点现金"), self.counted)
        figures.addRow(self.tr("长短款"), self.difference)
        self.note = QLineEdit(objectName="countNote")
        self.note.setPlaceholderText(self.tr("有长短款时必须说明"))
        figures.addRow(self.tr("说明"), self.note)
        layout.addLayout(figures)
        self.error = QLabel(objectName="countError")
        self.error.setStyleSheet("color: #c0392b")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        close = QPushButton(self.tr("交班并打印 Z 报表 [Ctrl+Enter]"), objectName="closeShift")
        if self.blind:
            close.setText(self.tr("保存点钞 [Ctrl+Enter]"))
        self.close_button = close
        close.clicked.connect(self.close_shift)
        keys.ctrl_enter(self, self.close_shift)          # its own key: Enter only moves to the next count
        cancel = QPushButton(self.tr("取消 [Esc]"), objectName="countCancel")
        cancel.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(close)
        layout.addLayout(row)
        if self.interim.counted_fen is not None:    # a blind count saved earlier: it stands
            self._show_saved()
        self.update_figures()
        self.spins[DENOMINATIONS[0]].setFocus()

    def counts(self) -> dict[int, int]:
        return {d: spin.value() for d, spin in self.spins.items()}

    def _show_saved(self) -> None:
        """The saved count, fixed, and now what it is compared with."""
        for d, spin in self.spins.items():
            spin.setValue(self.interim.counted.get(d, 0))
            spin.setEnabled(False)
        self.expected.setText(format_yuan(self.interim.figures.expected_cash_fen))
        self.note.setFocus()

    def update_figures(self) -> None:
        counted = counted_total(self.counts())
        if self.blind:
            self.counted.setText(format_yuan(counted))
            self.expected.setText(self.tr("盲点：保存点钞后显示"))
            self.difference.setText(self.tr("保存点钞后显示"))
            self.difference.setStyleSheet("")
            return
        diff = counted - self.interim.figures.expected_cash_fen
        self.counted.setText(format_yuan(counted))
        word = self.tr("长款") if diff > 0 else self.tr("短款") if diff < 0 else self.tr("相符")
        self.difference.setText(f"{word} {format_yuan(abs(diff))}")
        self.difference.setStyleSheet("color: %s" % ("#0a6e2d" if diff == 0 else "#c0392b"))

    def close_shift(self) -> None:
        """Its own key or button: a shift closed takes no more money and prints its Z report, so it
        asks once, naming the cash counted and the difference (取消 is what Enter answers). Under
        blind count the first press saves the count instead, after asking."""
        counted = counted_total(self.counts())
        if self.blind:
            ask(self, "saveCountQuestion", self.tr("保存点钞"), self.tr(
                "实点现金 {counted}。\n保存后不能再改点钞，随即显示应有现金和长短款。确定保存吗？").format(
                counted=format_yuan(counted)), self.tr("保存点钞(&S)"), self.save_count, yes_is_default=False)
            return
        try:        # a difference without a note is said before the question, not after it
            explained(counted - self.interim.figures.expected_cash_fen, self.note.text())
        except CounterError as exc:
            self.error.setText(error_text(exc))
            self.note.setFocus()
            return
        ask(self, "closeShiftQuestion", self.tr("交班"), self.tr(
            "实点现金 {counted}，{difference}。\n交班后本班次不能再收款，Z 报表随即打印。确定交班吗？").format(
            counted=format_yuan(counted), difference=self.difference.text()),
            self.tr("交班并打印(&Z)"), self.close_now, yes_is_default=False)

    def save_count(self) -> None:
        try:
            self.interim = closeout.save_count(self.actor, self.counts())
        except CounterError as exc:
            self.error.setText(error_text(exc))
            return
        self.blind = False
        self.close_button.setText(self.tr("交班并打印 Z 报表 [Ctrl+Enter]"))
        keys.mark_saved(self)
        self._show_saved()
        self.update_figures()
        self.error.setText(self.tr("点钞已保存：{difference}。有长短款时请填写说明，再按 Ctrl+Enter 交班").format(
            difference=self.difference.text()))

    def close_now(self) -> None:
        try:
            self.report = closeout.close_shift(self.actor, self.counts(), self.note.text())
        except CounterError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class ReportDialog(QDialog):
    """A report on screen (the PDF itself) with printing to the report printer."""

    def __init__(self, title: str, pdf: bytes, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.pdf, self.settings = pdf, settings
        self.setWindowTitle(title)
        self.resize(720, 860)
        layout = QVBoxLayout(self)
        layout.addWidget(PdfView(pdf, self, "reportPreview"), 1)
        self.status = MessageLabel(objectName="reportStatus")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        print_button = QPushButton(self.tr("打印 [F4]"), objectName="printReport")
        print_button.setShortcut("F4")
        print_button.clicked.connect(self.print_report)
        close = QPushButton(self.tr("关闭 [Esc]"))
        close.clicked.connect(self.accept)
        row.addWidget(print_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

    def print_report(self) -> None:
        self.status.setText(print_report(self.settings, self.pdf, self.windowTitle(), self).message())


class DayCloseDialog(keys.TabInOrder, QDialog):
    """日结 for managers: the day's figures across cashiers, shifts still open, cash to deposit;
    close the date (it asks first, naming the date, the receipts and the cash to bank; Enter is
    never the close), export, and check a payment platform's statement. An administrator reopens
    a closed day with a reason."""

    def __init__(self, actor: Actor, settings: CounterSettings, day=None, parent=None):
        super().__init__(parent)
        self.setObjectName("dayCloseDialog")
        self.actor, self.settings = actor, settings
        self.report = None
        self.step = None
        self.setWindowTitle(self.tr("日结"))
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.date = date_edit("dayDate", day)
        self.date.dateChanged.connect(self.refresh)
        row.addWidget(QLabel(self.tr("营业日")))
        row.addWidget(self.date)
        row.addStretch(1)
        layout.addLayout(row)
        # The day's report as tables (the sections its PDF, Excel and CSV are written from); a
        # payment platform's statement, when checked, on a tab of its own.
        self.warning = QLabel(objectName="dayWarning")
        self.warning.setStyleSheet("color: #c0392b; font-weight: bold")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.tabs = QTabWidget(objectName="dayTabs")
        self.statement_view = QPlainTextEdit(objectName="statementResult")
        self.statement_view.setReadOnly(True)
        layout.addWidget(self.tabs, 1)
        self.status = MessageLabel(objectName="dayStatus")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("日结并锁定该日… [Ctrl+L]"), objectName="closeDay")
        keys.button_key(self, self.close_button, "Ctrl+L")   # it asks; Enter never locks; nothing once closed
        self.reopen_button = QPushButton(self.tr("重开该日…"), objectName="reopenDay")
        self.reopen_button.setVisible(actor.may("settings.edit"))       # administrators
        export = QPushButton(self.tr("导出 PDF/Excel/CSV…"), objectName="exportDay")
        check = QPushButton(self.tr("导入对账单核对…"), objectName="statementCheck")
        close = QPushButton(self.tr("关闭 [Esc]"), objectName="dayCloseClose")
        self.close_button.clicked.connect(self.ask_to_close)
        self.reopen_button.clicked.connect(self.ask_to_reopen)
        export.clicked.connect(self._export)
        check.clicked.connect(self._check)
        close.clicked.connect(self.reject)
        for b in (self.close_button, self.reopen_button, export, check):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.buttons = (self.close_button, self.reopen_button, export, check, close)
        self.refresh()
        self.date.setFocus()

    def tab_stops(self) -> list:
        return [self.date, *keys.page_stops(self.tabs), *self.buttons]

    def day(self):
        return self.date.date().toPyDate()

    def refresh(self) -> None:
        self.report = closeout.day_report(self.actor, self.day())
        self.status.setText("")             # what was said was of the day shown before
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not self.statement_view:
                page.deleteLater()
        self.tabs.addTab(stacked_sections(day_sections(self.report)), self.tr("日结报表"))
        self.warning.setText(self.tr("未交班：") + said(Sentences(self.report.open_shifts)) if self.report.open_shifts else "")
        self.warning.setVisible(bool(self.report.open_shifts))
        self.close_button.setEnabled(self.report.status != "closed")
        self.reopen_button.setEnabled(self.report.status == "closed")

    def ask_to_close(self) -> None:
        """Asked once, naming what is locked; 取消 is the default (Enter, Esc), 日结 needs L."""
        if self.step is not None:
            return
        try:
            report = closeout.closable(self.actor, self.day())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        f = report.figures
        self.step = ask(self, "closeDayQuestion", self.tr("日结 {d}").format(d=report.business_date),
                        self.tr("日结并锁定 {d}：收据 {n} 张（作废 {v} 张），实收 ¥{r}，应存银行现金 ¥{c}。\n"
                                "锁定后这一天不能再开班、收款或作废；发现错漏时只有管理员能写明原因重开。")
                        .format(d=report.business_date, n=f.receipt_count, v=len(f.voids), r=format_yuan(f.received_fen),
                                c=format_yuan(report.deposit_fen)),
                        self.tr("日结并锁定(&L)"), self.close_day, yes_is_default=False,
                        on_no=lambda: self.status.setText(self.tr("未日结")))
        self.step.finished.connect(lambda _r: setattr(self, "step", None))

    def close_day(self) -> bool:
        try:
            self.report = closeout.close_day(self.actor, self.day())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.refresh()
        self.status.setText(self.tr("{d} 已日结，应存银行现金 ¥{c}").format(
            d=self.report.business_date, c=format_yuan(self.report.deposit_fen)))
        return True

    def ask_to_reopen(self) -> None:
        """An administrator: the reason (it goes into the audit trail and onto the day's report)."""
        if self.step is not None or self.report is None or self.report.status != "closed":
            return
        day = self.day()
        self.step = ReasonDialog(self.tr("重开 {d} 的日结：这一天可以再开班、收款；再日结时报表会列出这次重开。"
                                         "请写明原因（记入审计记录）：").format(d=day), self,
                                 self.tr("重开日结 {d}").format(d=day))

        def finished(result: int) -> None:
            dialog, self.step = self.step, None
            if result == QDialog.DialogCode.Accepted:
                self.reopen_with(dialog.text())
        self.step.finished.connect(finished)
        self.step.open()

    def reopen_with(self, reason: str) -> bool:
        try:
            closeout.reopen_day(self.actor, self.day(), reason)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.refresh()
        self.status.setText(self.tr("{d} 的日结已重开（原因：{r}），可以再开班、收款").format(d=self.day(), r=reason))
        return True

    def export_to(self, folder) -> list:
        return closeout_files.write_day(self.report, folder)

    def check_statement(self, path) -> statement.CheckResult | None:
        try:
            result = statement.check(self.actor, self.day(), path)
        except CounterError as exc:
            self.status.setText(self.tr("对账单不能读取：") + error_text(exc))
            return None
        self.statement_view.setPlainText(statement.summary_text(result))
        if self.tabs.indexOf(self.statement_view) < 0:
            self.tabs.addTab(self.statement_view, self.tr("对账单核对"))
        self.tabs.setCurrentWidget(self.statement_view)
        return result

    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出到"))
        if folder:
            self.status.setText("\n".join(str(p) for p in self.export_to(folder)))

    def _check(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("对账单"), "", "CSV / Excel (*.csv *.xlsx)")
        if path:
            self.check_statement(path)
