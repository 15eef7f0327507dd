"""Table model of the receipt journal."""
from __future__ import annotations

from PyQt6.QtCore import Qt

from ...core.money import format_yuan
from ...services.counter.journal import JournalRow
from ..labels import label
from ..unit.models import RIGHT, _RowsModel

STATUS = {"valid": "有效", "voided": "作废", "refunded": "已退款"}


class JournalModel(_RowsModel):
    HEADERS = ("收据号", "时间", "房号", "交款人", "金额", "付款方式", "收款人", "状态", "发票")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r: JournalRow | None = self._row(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = label(STATUS.get(r.status, r.status))
            if r.status == "refunded":
                status += f" {format_yuan(r.refunded_fen)}"
            return (r.number, r.issued_at, r.unit_code, r.payer, format_yuan(r.paid_fen), r.methods, r.cashier,
                    status, r.invoice)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return RIGHT
        if role == Qt.ItemDataRole.UserRole:
            return r.number
        return None

    def number(self, row: int) -> str:
        return self._rows[row].number
