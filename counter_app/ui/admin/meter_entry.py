"""抄表录入 by building, keyboard only: the building's meters in walking order with the last reading
and the usual usage; type the reading, Enter saves it and moves to the next meter not yet read.
Unusual usage (zero, over three times the usual) asks for a second Enter; a reading lower than the
last is refused unless F9 marks a meter replacement: the old meter's final reading (旧表止码) and the
new meter's start are typed too, and the month's usage is both parts. Each reading is saved on its
own, at once. The meter reader's Excel comes in under 资料 → 导入 (readings)."""
from __future__ import annotations

from datetime import date

from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...core.errors import CounterError
from ...core.fees import qty_text
from ...core.periods import Month
from ...core.tables import Section
from ...services.admin import estate as est, readings
from ...ledger import estate as lookups
from ...ledger.context import Actor
from .. import keys
from ..dialog_parts import status_and_close
from ..section_tables import section_table
from ..errors import error_text


def _qty(centi: int | None) -> str:
    return "" if centi is None else qty_text(centi)


def sheet_section(rows: list[readings.SheetRow]) -> Section:
    return Section("抄表", ("房号", "表号", "上次读数", "上次日期", "平时用量", "本次读数", "用量"), tuple(
        (r.unit, r.meter, _qty(r.last_centi), r.last_on.isoformat() if r.last_on else "", _qty(r.average_centi),
         _qty(r.read_centi), _qty(r.usage_centi)) for r in rows))


class MeterEntryDialog(QDialog):
    def __init__(self, actor: Actor, today: date, parent=None):
        super().__init__(parent)
        self.setObjectName("meterEntryDialog")
        self.actor, self.today = actor, today
        self.rows: list[readings.SheetRow] = []
        self.current = -1
        self.pending: tuple | None = None          # (row, value, replacement) asked to confirm
        self.setWindowTitle(self.tr("抄表录入"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.item = QComboBox(objectName="meterItem")
        for item, _ in est.items_with_standards(actor):
            if item.kind == "metered":
                self.item.addItem(f"{item.code} {item.name}", item.code)
        self.building = QComboBox(objectName="meterBuilding")
        for code in lookups.building_codes(actor):
            self.building.addItem(code, code)
        self.month = QLineEdit(str(Month.of(today)), objectName="meterMonth")
        self.read_on = QLineEdit(today.isoformat(), objectName="meterReadOn")
        keys.scratch(self.month, self.read_on)      # the sheet's month and day; the reading is the work
        open_button = QPushButton(self.tr("打开 [F5]"), objectName="openSheet")
        open_button.setAutoDefault(False)
        open_button.clicked.connect(self.open_sheet)
        for text, widget in ((self.tr("项目"), self.item), (self.tr("楼栋"), self.building),
                             (self.tr("月份"), self.month), (self.tr("抄表日期"), self.read_on)):
            top.addWidget(QLabel(text))
            top.addWidget(widget)
        top.addWidget(open_button)
        layout.addLayout(top)
        self.table = section_table(sheet_section([]), "meterSheet", self, sortable=False)
        layout.addWidget(self.table, 1)
        entry = QHBoxLayout()
        self.where = QLabel(objectName="meterCurrent")
        self.value = QLineEdit(objectName="meterValue", placeholderText=self.tr("本次读数，Enter 保存"))
        self.value.returnPressed.connect(self.enter)
        # F9, a replaced meter: the old meter's final reading, then the new meter's start.
        self.old_final = QLineEdit(objectName="meterOldFinal", placeholderText=self.tr("旧表止码"))
        self.old_final.returnPressed.connect(self.enter)
        self.replacement = QLineEdit(objectName="meterReplacement", placeholderText=self.tr("新表起始读数"))
        self.replacement.returnPressed.connect(self.enter)
        for widget in (self.old_final, self.replacement):
            widget.setVisible(False)
        for widget in (self.where, self.value, self.old_final, self.replacement):
            entry.addWidget(widget)
        layout.addLayout(entry)
        self.status = status_and_close(self, layout, "meterStatus")
        keys.button_key(self, open_button, "F5")
        QShortcut(QKeySequence("F9"), self, self.toggle_replacement)
        self.open_sheet()

    # -- the sheet --------------------------------------------------------------------------------
    def open_sheet(self) -> bool:
        if self.item.count() == 0 or self.building.count() == 0:
            self.status.setText(self.tr("没有抄表计量的收费项目或楼栋"))
            return False
        try:
            self.rows = readings.reading_sheet(self.actor, self.item.currentData(), self.building.currentData(),
                                               self.month.text().strip())
        except (CounterError, ValueError) as exc:
            self.status.setText(error_text(exc))
            return False
        self.table.section_model.set_section(sheet_section(self.rows))
        self.go_to(self._next_unread(0))
        done = sum(1 for r in self.rows if r.read_centi is not None)
        self.status.setText(self.tr("{n} 块表，已抄 {d} 块").format(n=len(self.rows), d=done))
        return True

    def _next_unread(self, start: int) -> int:
        for n in list(range(start, len(self.rows))) + list(range(0, start)):
            if self.rows[n].read_centi is None:
                return n
        return -1

    def go_to(self, n: int) -> None:
        self.current, self.pending = n, None
        for widget in (self.old_final, self.replacement):
            widget.clear()
            widget.setVisible(False)
        self.value.clear()
        if n < 0:
            self.where.setText(self.tr("本楼已全部抄完"))
            return
        row = self.rows[n]
        self.table.selectRow(n)
        self.where.setText(self.tr("{unit} 表 {meter}，上次 {last}").format(unit=row.unit, meter=row.meter,
                                                                         last=_qty(row.last_centi)))
        self.value.setFocus()

    def toggle_replacement(self) -> None:
        shown = not self.replacement.isVisible()
        for widget in (self.old_final, self.replacement):
            widget.setVisible(shown)
        (self.old_final if shown else self.value).setFocus()
        if shown:
            self.status.setText(self.tr("换表：依次填写旧表止码（旧表拆下时的读数）、新表起始读数，本次读数为新表读数"))

    # -- a reading --------------------------------------------------------------------------------
    def enter(self) -> bool:
        """Enter saves once every field shown is filled; until then it moves to the first empty one."""
        if self.current < 0:
            return False
        row = self.rows[self.current]
        fields = [self.value] + ([self.old_final, self.replacement] if self.replacement.isVisible() else [])
        empty = next((field for field in fields if not field.text().strip()), None)
        if empty is not None:
            empty.setFocus()
            return False
        value = self.value.text().strip()
        old_final, replacement = ((self.old_final.text().strip(), self.replacement.text().strip())
                                  if self.replacement.isVisible() else (None, None))
        try:
            read_on = date.fromisoformat(self.read_on.text().strip())
            confirmed = self.pending == (row.meter_id, value, old_final, replacement)
            result = readings.enter_reading(self.actor, row, read_on, value, replacement_from=replacement,
                                            old_final=old_final, confirmed=confirmed)
        except ValueError:
            self.status.setText(self.tr("抄表日期应写成 YYYY-MM-DD"))
            return False
        except CounterError as exc:
            self.status.setText(error_text(exc))
            self.value.selectAll()
            return False
        if not result.saved:
            self.pending = (row.meter_id, value, old_final, replacement)
            self.status.setText("；".join(result.warnings) + self.tr("。确认无误再按 Enter 保存，或改正读数"))
            return False
        # The sheet read again (a building's few hundred meters: milliseconds), so what is shown is
        # what is stored, a replaced meter's new start included.
        self.rows = readings.reading_sheet(self.actor, self.item.currentData(), self.building.currentData(),
                                           self.month.text().strip())
        self.table.section_model.set_section(sheet_section(self.rows))
        self.status.setText(self.tr("已保存 {unit}：读数 {v}，用量 {u}").format(unit=row.unit, v=value,
                                                                          u=qty_text(result.usage_centi)))
        self.go_to(self._next_unread(self.current + 1))
        return True

