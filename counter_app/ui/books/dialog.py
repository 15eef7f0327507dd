"""收据本 (receipt books of pre-numbered forms) by the keyboard alone. A manager registers a book
(字轨, 起号, 止号; Ctrl+Enter) and issues the book chosen in the list to a cashier (F6); anyone
holding a book sees their next form and voids a spoiled one with a reason (F7); a manager shows the
book report (F9). Enter in a field only moves on; a key whose button is disabled does nothing."""
from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout
)

from ...core.errors import CounterError
from ...ledger.context import Actor
from ...services.books import forms, report
from .. import keys
from ..errors import error_text
from ..fit import MessageLabel
from ..closeout.dialogs import ReportDialog


def keyed(parent, sequence: str, button: QPushButton) -> None:
    """The button's own key, which acts only while the button does (a disabled one's key is dead)."""
    QShortcut(QKeySequence(sequence), parent, activated=lambda: button.isEnabled() and button.click())


def button(text: str, name: str, slot) -> QPushButton:
    made = QPushButton(text, objectName=name)
    made.setAutoDefault(False)
    made.clicked.connect(slot)
    return made


class BooksDialog(QDialog):
    COLUMNS = tuple(QT_TRANSLATE_NOOP("BooksDialog", c)
                    for c in ("编号", "收据本", "领用人", "已用", "作废", "跳号", "剩余", "下一张"))

    def __init__(self, actor: Actor, settings=None, parent=None):
        super().__init__(parent)
        self.setObjectName("booksDialog")
        self.actor, self.settings = actor, settings
        self.manager = actor.may("book.manage")
        self.step = None
        self.holds, self.books = False, []
        self.setWindowTitle(self.tr("收据本"))
        self.resize(780, 560)
        layout = QVBoxLayout(self)
        forms_row = QHBoxLayout()           # side by side: the window fits a 1366×768 screen at 150 %
        if self.manager:
            forms_row.addWidget(self._register_box())
        forms_row.addWidget(self._spoil_box())
        layout.addLayout(forms_row)
        self.table = QTableWidget(0, len(self.COLUMNS), objectName="booksTable")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.setMinimumHeight(80)
        layout.addWidget(self.table, 1)
        if self.manager:
            layout.addLayout(self._issue_row())
        self.status = MessageLabel(objectName="booksStatus")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.report_button = button(self.tr("收据本报表 [F9]"), "bookReport", self.show_report)
        self.report_button.setVisible(self.manager)
        self.report_button.setEnabled(self.manager)
        keyed(self, "F9", self.report_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        row.addWidget(button(self.tr("关闭 [Esc]"), "booksClose", self.reject))
        layout.addLayout(row)
        self.refresh()
        (self.series if self.manager else self.spoil_reason).setFocus()

    # -- parts ------------------------------------------------------------------------------------
    def _register_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("登记收据本"))
        form = QFormLayout(box)
        self.series = QLineEdit(objectName="bookSeries")
        self.series.setPlaceholderText(self.tr("字轨，如 A 或 SJ-2026"))
        self.first = QLineEdit(objectName="bookFirst")
        self.first.setPlaceholderText(self.tr("如 0000101"))
        self.last = QLineEdit(objectName="bookLast")
        self.last.setPlaceholderText(self.tr("如 0000150"))
        form.addRow(self.tr("字轨"), self.series)
        form.addRow(self.tr("起号"), self.first)
        form.addRow(self.tr("止号"), self.last)
        self.register_button = button(self.tr("登记 [Ctrl+Enter]"), "registerBook", self.register)
        form.addRow(self.register_button)
        keys.ctrl_enter(self, self.register)
        return box

    def _issue_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.holder = QComboBox(objectName="bookHolder")
        for username, name in forms.people(self.actor):
            self.holder.addItem(f"{name}（{username}）", username)
        self.issue_button = button(self.tr("把所选收据本发给 [F6]"), "issueBook", self.issue)
        keyed(self, "F6", self.issue_button)
        row.addWidget(QLabel(self.tr("领用人")))
        row.addWidget(self.holder, 1)
        row.addWidget(self.issue_button)
        return row

    def _spoil_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("作废表单（卡纸、打错、撕坏）"))
        form = QFormLayout(box)
        self.next_label = QLabel(objectName="nextForm")
        form.addRow(self.tr("下一张表单"), self.next_label)
        self.spoil_series = QLineEdit(objectName="spoilSeries")
        self.spoil_number = QLineEdit(objectName="spoilNumber")
        self.spoil_reason = QLineEdit(objectName="spoilReason")
        form.addRow(self.tr("字轨"), self.spoil_series)
        form.addRow(self.tr("表单号"), self.spoil_number)
        form.addRow(self.tr("作废原因"), self.spoil_reason)
        self.spoil_button = button(self.tr("作废表单 [F7]"), "spoilForm", self.spoil)
        keyed(self, "F7", self.spoil_button)
        form.addRow(self.spoil_button)
        return box

    # -- state ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.books = forms.books(self.actor)
            proposed = forms.next_form(self.actor)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            self.books, proposed = [], None
        self.table.setRowCount(len(self.books))
        for r, b in enumerate(self.books):
            cells = (str(b.id), b.label, b.holder or self.tr("未发放"), str(b.used), str(b.spoiled), str(b.skipped),
                     str(b.left), b.next_form or self.tr("已用完"))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()      # the book's label whole, not cut to "A 00…"
        if self.books:
            self.table.selectRow(0)
        self.next_label.setText(proposed.text if proposed else self.tr("您手中没有可用的收据本"))
        if proposed is not None:
            self.spoil_series.setText(proposed.series)
            self.spoil_number.setText(f"{proposed.number:0{proposed.digits}d}")
        self.holds = proposed is not None
        self._enable()

    def _enable(self) -> None:
        """Only what can be done now is enabled (and answers its key): issuing needs a book chosen
        with forms left; spoiling needs a book in one's hands."""
        if self.manager:
            chosen = self.chosen()
            self.issue_button.setEnabled(chosen is not None and bool(chosen.next_form) and self.holder.count() > 0)
        self.spoil_button.setEnabled(self.holds)
        for field in (self.spoil_series, self.spoil_number, self.spoil_reason):
            field.setEnabled(self.holds)

    def chosen(self):
        row = self.table.currentRow()
        return self.books[row] if 0 <= row < len(self.books) else None

    def _said(self, call, done: str) -> bool:
        try:
            result = call()
        except CounterError as exc:
            self.status.setText(self.tr("没有完成：") + error_text(exc))
            return False
        self.status.setText(done.format(result=result))
        keys.mark_saved(self)
        self.refresh()
        return True

    # -- actions ----------------------------------------------------------------------------------
    def register(self) -> None:
        """Ctrl+Enter: the book typed above is registered (refused when it overlaps one)."""
        if not self.manager or self.step is not None:
            return
        if self._said(lambda: forms.register(self.actor, self.series.text(), self.first.text(), self.last.text()),
                      self.tr("已登记收据本 {result.label}")):
            for field in (self.series, self.first, self.last):
                field.clear()
            self.series.setFocus()

    def issue(self) -> None:
        """F6: the chosen book to the chosen holder."""
        book = self.chosen()
        if book is None or self.step is not None:
            return
        self._said(lambda: forms.issue(self.actor, book.id, self.holder.currentData()),
                   self.tr("收据本 {result.label} 已发给 {result.holder}"))

    def spoil(self) -> None:
        """F7: the form typed (the next one proposed) voided with the reason typed."""
        if self.step is not None:
            return
        if self._said(lambda: forms.spoil(self.actor, self.spoil_series.text(), self.spoil_number.text(),
                                          self.spoil_reason.text()),
                      self.tr("表单 {result.text} 已作废")):
            self.spoil_reason.clear()
            self.spoil_reason.setFocus()

    def show_report(self) -> None:
        """F9: the book report on screen, to print (its sheets: `counter-app book report --out`)."""
        if self.step is not None:
            return
        try:
            pdf = report.book_pdf(report.book_report(self.actor))
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.step = ReportDialog(self.tr("收据本报表"), pdf, self.settings, self)
        self.step.finished.connect(lambda _r: setattr(self, "step", None))
        self.step.open()
