"""银行代扣 at the manager's desk (管理 › 银行代扣…), by keys alone: the authorisations (Ctrl+Enter
adds one from the form, F7 ends the chosen one with the reason typed), a batch made for the bank
(F8, a file chosen), the bank's return file read back (F9), and a batch's report (Enter on it).
Accounts are shown masked. The same services as `counter-app debit`."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget
)

from ...core import debit as rules
from ...core.errors import CounterError, Invalid
from ...core.money import format_yuan
from ...ledger.context import Actor
from ...services.debit import auths, batches, layouts, returns
from .. import keys
from ..dates import date_edit
from ..dialog_parts import status_and_close
from ..errors import error_text


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


def _fill(table: QTableWidget, rows: list[tuple], keys_: list | None = None) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if keys_ is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, keys_[r])
            table.setItem(r, c, item)


class DebitDialog(QDialog):
    def __init__(self, actor: Actor, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("debitDialog")
        self.actor = actor
        self.setWindowTitle(self.tr("银行代扣"))
        self.resize(920, 600)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="debitTabs")
        self.tabs.addTab(self._auth_tab(today), self.tr("代扣授权"))
        self.tabs.addTab(self._batch_tab(today), self.tr("批量文件与回盘"))
        layout.addWidget(self.tabs, 1)
        self.status = status_and_close(self, layout, "debitStatus")
        self.refresh()
        self.unit.setFocus()

    # -- authorisations ------------------------------------------------------------------------
    def _auth_tab(self, today: date) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.auth_table = _table("debitAuths", [self.tr("编号"), self.tr("房号"), self.tr("开户行"), self.tr("账号"),
                                                self.tr("户名"), self.tr("起始"), self.tr("截止"), self.tr("项目"),
                                                self.tr("状态")])
        column.addWidget(self.auth_table, 1)
        form = QFormLayout()
        self.unit = QLineEdit(objectName="debitUnit", placeholderText="3-2-501")
        self.bank = QLineEdit(objectName="debitBank")
        self.account = QLineEdit(objectName="debitAccount")
        self.holder = QLineEdit(objectName="debitHolder")
        self.since = date_edit("debitSince", today)
        self.until = QLineEdit(objectName="debitUntil", placeholderText=self.tr("YYYY-MM-DD，可空"))
        self.items = QLineEdit(objectName="debitItems", placeholderText=self.tr("项目代码，逗号分隔；空为全部"))
        for text, widget in ((self.tr("房号"), self.unit), (self.tr("开户行"), self.bank), (self.tr("账号"), self.account),
                             (self.tr("户名"), self.holder), (self.tr("起始日期"), self.since),
                             (self.tr("截止日期"), self.until), (self.tr("收费项目"), self.items)):
            form.addRow(text, widget)
        column.addLayout(form)
        row = QHBoxLayout()
        self.end_reason = QLineEdit(objectName="debitEndReason", placeholderText=self.tr("终止原因"))
        add = QPushButton(self.tr("登记授权 [Ctrl+Enter]"), objectName="debitAdd", autoDefault=False)
        add.clicked.connect(self.add_auth)
        end = QPushButton(self.tr("终止所选 [F7]"), objectName="debitEnd", autoDefault=False)
        end.clicked.connect(self.end_auth)
        for widget in (add, self.end_reason, end):
            row.addWidget(widget)
        column.addLayout(row)
        keys.ctrl_enter(tab, self.add_auth)
        keys.button_key(tab, end, "F7", context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return tab

    def add_auth(self) -> None:
        try:
            until = self.until.text().strip()
            try:
                until_day = date.fromisoformat(until) if until else None
            except ValueError:
                raise Invalid("截止日期应为 YYYY-MM-DD") from None
            a = auths.add(self.actor, self.unit.text().strip(), self.bank.text(), self.account.text(), self.holder.text(),
                          self.since.date().toPyDate(), items=self.items.text().split(","), until=until_day)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("已登记代扣授权：{unit} {account}").format(unit=a.unit, account=a.account))
        for field in (self.unit, self.bank, self.account, self.holder, self.until, self.items):
            field.clear()
        keys.mark_saved(self)
        self.refresh()
        self.unit.setFocus()

    def end_auth(self) -> None:
        item = self.auth_table.item(self.auth_table.currentRow(), 0)
        if item is None:
            self.status.setText(self.tr("请先在表中选择一条授权"))
            return
        try:
            a = auths.end(self.actor, item.data(Qt.ItemDataRole.UserRole), self.end_reason.text())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("已终止代扣授权：{unit}").format(unit=a.unit))
        self.end_reason.clear()
        keys.mark_saved(self)
        self.refresh()

    # -- batches and return files --------------------------------------------------------------
    def _batch_tab(self, today: date) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.up_to = date_edit("debitUpTo", today)
        self.layout_choice = QComboBox(objectName="debitLayout")
        try:
            for name in layouts.available():
                self.layout_choice.addItem(name, name)
        except CounterError:
            self.layout_choice.addItem(rules.GENERIC.name, rules.GENERIC.name)
        make = QPushButton(self.tr("生成批量文件… [F8]"), objectName="debitMake", autoDefault=False)
        make.clicked.connect(self.make_batch)
        read = QPushButton(self.tr("读回盘文件… [F9]"), objectName="debitRead", autoDefault=False)
        read.clicked.connect(self.read_return)
        for widget in (self.up_to, self.layout_choice, make, read):
            row.addWidget(widget)
        column.addLayout(row)
        keys.scratch(self.up_to, self.layout_choice)
        self.batch_table = _table("debitBatches", [self.tr("批次"), self.tr("截止"), self.tr("格式"), self.tr("户数"),
                                                   self.tr("金额"), self.tr("成功"), self.tr("失败")])
        self.batch_table.activated.connect(lambda _index: self.show_report())
        column.addWidget(self.batch_table, 1)
        self.report_table = _table("debitReport", [self.tr("参考号"), self.tr("房号"), self.tr("户名"), self.tr("账号"),
                                                   self.tr("金额"), self.tr("结果"), self.tr("收据号/原因")])
        column.addWidget(self.report_table, 1)
        for key, slot in (("F8", self.make_batch), ("F9", self.read_return)):
            QShortcut(QKeySequence(key), tab, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return tab

    def choose_save(self, suggested: str) -> str:
        """Where the batch file goes (tests answer for the file dialog)."""
        return QFileDialog.getSaveFileName(self, self.tr("保存批量文件"), suggested, "CSV (*.csv *.txt)")[0]

    def choose_open(self) -> str:
        return QFileDialog.getOpenFileName(self, self.tr("选择回盘文件"), "", "CSV (*.csv *.txt);;*")[0]

    def make_batch(self) -> None:
        path = self.choose_save(f"{self.up_to.date().toPyDate().isoformat()}.csv")
        if not path:
            return
        try:
            made = batches.make(self.actor, self.up_to.date().toPyDate(), self.layout_choice.currentData())
            Path(path).write_bytes(made.data)
        except (CounterError, OSError) as exc:
            self.status.setText(error_text(exc) if isinstance(exc, CounterError) else self.tr("文件读写失败：{why}").format(why=exc.strerror))
            return
        self.status.setText(self.tr("代扣批次 {number}：{n} 户 {amount} 元，已写入 {path}").format(
            number=made.number, n=made.lines, amount=format_yuan(made.total_fen), path=path))
        self.refresh()
        self.show_report(made.number)

    def read_return(self) -> None:
        path = self.choose_open()
        if not path:
            return
        try:
            result = returns.read(self.actor, Path(path).read_bytes())
        except (CounterError, OSError) as exc:
            self.status.setText(error_text(exc) if isinstance(exc, CounterError) else self.tr("文件读写失败：{why}").format(why=exc.strerror))
            return
        posted = result.count(returns.POSTED)
        said = self.tr("批次 {batch}：入账 {n} 笔 {amount} 元，失败 {failed} 笔，拒收 {refused} 笔").format(
            batch=result.batch, n=posted, amount=format_yuan(result.posted_fen), failed=result.count(returns.FAILED),
            refused=result.count(returns.REFUSED))
        if not posted:
            said += self.tr("；本次没有新的入账")
        self.status.setText(said)
        self.refresh()
        self.show_report(result.batch)

    def show_report(self, number: str | None = None) -> None:
        if number is None:
            item = self.batch_table.item(self.batch_table.currentRow(), 0)
            if item is None:
                return
            number = item.text()
        report = batches.report(self.actor, number)
        _fill(self.report_table, [(ln.reference, ln.unit, ln.holder, ln.account, format_yuan(ln.amount_fen),
                                   rules.STATES[ln.status], ln.receipt or ln.reason) for ln in report.lines])
        self.report_table.setProperty("batch", number)

    def refresh(self) -> None:
        listed = auths.listed(self.actor)
        _fill(self.auth_table, [(a.id, a.unit, a.bank, a.account, a.holder, a.since, a.until or "", "、".join(a.items)
                                 or self.tr("全部"), self.tr("已终止 {on}").format(on=a.ended_on) if a.ended_on
                                 else self.tr("生效")) for a in listed], [a.id for a in listed])
        _fill(self.batch_table, [(n, up_to, layout, count, format_yuan(total), ok, failed)
                                 for n, up_to, layout, _at, count, total, ok, failed in batches.listed(self.actor)])
