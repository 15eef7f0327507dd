"""The unit view: who lives there, what it owes (tick to pay), what it paid."""
from __future__ import annotations

from PyQt6.QtCore import Qt, pyqtSignal
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QTableView, QTabWidget,
    QVBoxLayout, QWidget
)

from ...core.fees import area_text
from ...core.money import format_yuan
from ...services.counter.ledger import UnitFile
from ..figure_text import breakdown, figure
from ..labels import label
from .models import ChargesModel, HistoryModel

# (signal name, key, label) of the collect actions, in the order of the buttons.
ACTIONS = (
    ("selected", "F5", "收选中"),
    ("all_due", "F6", "全部缴清"),
    ("amount", "F7", "按金额收"),
    ("advance", "F8", "预交"),
    ("adhoc", "F9", "押金/临时收费"),
)
ASK = ("ask", "F11", "咨询")
BASIS_COLUMN = 3


class UnitView(QWidget):
    collect = pyqtSignal(str)     # one of ACTIONS' names
    explain = pyqtSignal(int)     # charge id under the cursor
    consult = pyqtSignal()        # open the consultation desk for this unit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.file: UnitFile | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel(objectName="unitTitle")
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.fields = {}
        for i, (key, text) in enumerate((("people", "住户"), ("area", "面积/类型"), ("parking", "车位/车牌"),
                                         ("prepaid", "预存余额"), ("deposits", "押金"), ("notes", "备注"),
                                         ("contacts", "最近催缴"))):
            name = QLabel(label(text) + "：")
            value = QLabel(objectName=f"unit_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
            self.fields[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)

        self.tabs = QTabWidget(objectName="unitTabs")
        self.charges = ChargesModel(self)
        self.table = QTableView(objectName="chargesTable")
        self.table.setModel(self.charges)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._size_columns()
        self.table.verticalHeader().setVisible(False)
        # Rows as tall as their text: large-text mode grows them with it (a unit has tens of rows).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        # A paid-up unit says so, rather than showing an empty table.
        self.paid_up = QLabel(self.tr("已缴清，没有欠费"), objectName="paidUp")
        self.paid_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.due_stack = QStackedWidget()
        self.due_stack.addWidget(self.table)
        self.due_stack.addWidget(self.paid_up)
        self.tabs.addTab(self.due_stack, self.tr("应收欠费"))
        self.history = HistoryModel(self)
        self.history_table = QTableView(objectName="historyTable")
        self.history_table.setModel(self.history)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.history_table, self.tr("缴费历史"))
        layout.addWidget(self.tabs, 1)

        totals = QHBoxLayout()
        self.totals = QLabel(objectName="chargeTotals")
        self.totals.setWordWrap(True)          # on a narrow screen it takes two lines, not the big total's room
        totals.addWidget(self.totals, 1)
        # What the unit owes in all, large: the figure the cashier reads out at the window.
        self.owed = QLabel(objectName="owedTotal")
        self.owed.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        totals.addWidget(self.owed)
        layout.addLayout(totals)
        buttons = QHBoxLayout()
        self.buttons = {}
        for name, key, text in ACTIONS:
            button = QPushButton(f"{label(text)} [{key}]", objectName=f"collect_{name}")
            button.clicked.connect(lambda _=False, n=name: self.collect.emit(n))
            QShortcut(QKeySequence(key), self, activated=lambda n=name: self._shortcut(n))
            buttons.addWidget(button)
            self.buttons[name] = button
        layout.addLayout(buttons)
        ask_name, ask_key, ask_text = ASK
        self.ask_button = QPushButton(f"{label(ask_text)} [{ask_key}]", objectName="askButton")
        self.ask_button.clicked.connect(lambda: self.consult.emit())
        QShortcut(QKeySequence(ask_key), self, activated=lambda: self.file is not None and self.consult.emit())
        buttons.addWidget(self.ask_button)
        # Enter or a double click on a charge: how it was computed, straight away.
        self.table.activated.connect(lambda index: self.explain.emit(self.charges.charge_id(index.row())))
        self.charges.selectionChanged.connect(self._update_totals)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, activated=self.toggle_current)
        self.setTabOrder(self.table, self.buttons["selected"])

    def _shortcut(self, name: str) -> None:
        # A key does what its button does: nothing while the button is greyed out (a paid-up unit's
        # 全部缴清, 收选中 with nothing ticked).
        if self.file is not None and self.isVisible() and self.buttons[name].isEnabled():
            self.collect.emit(name)

    def toggle_current(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.charges.toggle(row)

    def show_file(self, file: UnitFile) -> None:
        self.file = file
        s = file.summary
        self.title.setText(f"{s.code}  {s.building}")
        self.fields["people"].setText("；".join(f"{role} {name} {phone}" for role, name, phone in s.people) or "—")
        self.fields["area"].setText(f"{area_text(s.area_centi)}  {s.unit_type}  {s.occupancy}")
        self.fields["parking"].setText(" ".join(s.spaces + s.plates) or "—")
        self.fields["prepaid"].setText(format_yuan(s.prepaid_fen))
        self.fields["deposits"].setText(format_yuan(s.deposits_fen))
        self.fields["notes"].setText(s.notes or "—")
        self.charges.set_lines(list(file.due))
        self.history.set_rows(list(file.history))
        self.due_stack.setCurrentWidget(self.table if self.charges.rowCount() else self.paid_up)
        if self.charges.rowCount():
            self.table.setCurrentIndex(self.charges.index(0, 0))
        self.tabs.setCurrentIndex(0)
        self._update_totals()

    def clear(self) -> None:
        """No unit: nothing to collect for, nothing shown that could be acted on."""
        self.file = None
        self.charges.set_lines([])
        self.history.set_rows([])

    def show_contacts(self, contacts) -> None:
        """The unit's last reminders (催缴记录), newest first: who was told what, and what they said."""
        said = [f"{c.at:%m-%d} {label(c.channel)} {c.by}" + (f"：{c.note}" if c.note else "") for c in contacts]
        self.fields["contacts"].setText("；".join(said) or "—")

    def _size_columns(self) -> None:
        """Money, dates and status as wide as their content; the basis takes what is left (cut
        short, whole in its tooltip): a long basis never squeezes an amount."""
        header = self.table.horizontalHeader()
        for column in range(self.charges.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == BASIS_COLUMN
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def _update_totals(self) -> None:
        ticked, ticked_late, _owed, _owed_late = self.charges.totals()
        owing = self.file.owing if self.file is not None else None
        # The figures by core.figures' names: the search, the grid, the notices and the reports
        # say the same figures for this unit and day under the same names.
        self.owed.setText(figure("total", owing.total_fen) if owing is not None and owing.principal_fen else "")
        n = len(self.charges.checked_ids())
        parts = [self.tr("已选 {n} 项 ¥{a}（滞纳金 ¥{b}）").format(n=n, a=format_yuan(ticked), b=format_yuan(ticked_late))]
        if owing is not None and owing.principal_fen:
            parts.append(breakdown(owing))
        self.totals.setText("    ".join(parts))
        self.buttons["selected"].setEnabled(n > 0)
        self.buttons["all_due"].setEnabled(self.charges.rowCount() > 0)
        self.buttons["amount"].setEnabled(self.charges.rowCount() > 0)
