"""Table models of the unit view: charges due (checkable) and paid history."""
from __future__ import annotations

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, Qt, pyqtSignal

from ...core.money import format_yuan
from ...ledger.dues import DueLine
from ..labels import label

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _RowsModel(QAbstractTableModel):
    """A flat table over a list of rows with fixed, translated headers."""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label(self.HEADERS[section])
        return None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _row(self, index):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class ChargesModel(_RowsModel):
    """Charges due, oldest first; column 0 is a check box the cashier ticks (Space)."""
    selectionChanged = pyqtSignal()
    HEADERS = ("选择", "项目", "起止日期", "计费依据", "应收", "已收", "欠费", "滞纳金", "状态")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._checked: set[int] = set()

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line, col = self._row(index), index.column()
        if line is None:
            return None
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if line.charge_id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            values = ("", line.item_name, f"{line.period_start:%Y.%m.%d}-{line.period_end:%Y.%m.%d}", line.basis,
                      format_yuan(line.amount_fen), format_yuan(line.paid_fen), format_yuan(line.outstanding_fen),
                      format_yuan(line.late_fee_fen), label(line.status))
            return values[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= col <= 7:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{line.basis}\n{line.rounding}\n{self.tr('到期日')} {line.due_date}"
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        self.toggle(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def toggle(self, row: int, on: bool | None = None) -> None:
        charge_id = self._rows[row].charge_id
        on = charge_id not in self._checked if on is None else on
        (self._checked.add if on else self._checked.discard)(charge_id)
        cell = self.index(row, 0)
        self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.CheckStateRole])
        self.selectionChanged.emit()

    def set_lines(self, lines: list[DueLine]) -> None:
        self.beginResetModel()
        self._rows = list(lines)
        self._checked &= {line.charge_id for line in lines}
        self.endResetModel()
        self.selectionChanged.emit()

    def charge_id(self, row: int) -> int:
        return self._rows[row].charge_id

    def checked_ids(self) -> list[int]:
        return [line.charge_id for line in self._rows if line.charge_id in self._checked]

    def lines(self) -> list[DueLine]:
        return list(self._rows)

    def totals(self) -> tuple[int, int, int, int]:
        """(outstanding, late fees) of the ticked lines, then of all lines."""
        ticked = [line for line in self._rows if line.charge_id in self._checked]
        return (sum(x.outstanding_fen for x in ticked), sum(x.late_fee_fen for x in ticked),
                sum(x.outstanding_fen for x in self._rows), sum(x.late_fee_fen for x in self._rows))


class HistoryModel(_RowsModel):
    HEADERS = ("收据号", "时间", "金额", "付款方式", "收款人", "状态")
    KIND = {"deduction": "预存扣款"}
    STATUS = {"valid": "有效", "voided": "作废"}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r, col = self._row(index), index.column()
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            methods = label(self.KIND[r.kind]) if r.kind in self.KIND else r.methods
            return (r.number, r.issued_at, format_yuan(r.paid_fen), methods, r.cashier,
                    label(self.STATUS.get(r.status, r.status)))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return r.number
        return None
