"""审计日志 for managers: browse and filter the trail, export it (CSV, Excel), verify the chain."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLineEdit, QPushButton, QTableView,
    QVBoxLayout
)

from ..core.errors import first_of
from ..ledger import audit
from ..services.common import exports
from ..ledger.context import Actor
from ..services.counter import journal
from ..ledger import verify
from . import keys
from .errors import said
from .fit import MessageLabel
from .unit.models import _RowsModel


class AuditModel(_RowsModel):
    HEADERS = ("序号", "时间", "用户", "操作", "对象", "编号", "修改后")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self._row(index)
        if r is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (r["id"], r["time"], r["user"], r["action"], r["entity"], r["entity_id"], r["after"][:200])[index.column()]


class AuditDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        actor.require("audit.view")
        self.setObjectName("auditDialog")
        self.actor = actor
        self.rows: list[dict] = []
        self.setWindowTitle(self.tr("审计日志"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.action = QLineEdit(objectName="auditAction")
        self.action.setPlaceholderText(self.tr("操作，如 receipt.void"))
        self.user = QLineEdit(objectName="auditUser")
        self.user.setPlaceholderText(self.tr("用户"))
        self.text = QLineEdit(objectName="auditText")
        self.text.setPlaceholderText(self.tr("编号或内容"))
        search = QPushButton(self.tr("查询"), objectName="auditSearch")
        search.clicked.connect(self.search)
        for w in (self.action, self.user, self.text, search):
            row.addWidget(w)
        layout.addLayout(row)
        self.model = AuditModel(self)
        table = QTableView(objectName="auditTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)
        buttons = QHBoxLayout()
        verify = QPushButton(self.tr("校验审计链"), objectName="auditVerify")
        csv_button = QPushButton(self.tr("导出 CSV"), objectName="auditCsv")
        xlsx_button = QPushButton(self.tr("导出 Excel"), objectName="auditXlsx")
        verify.clicked.connect(self.verify)
        csv_button.clicked.connect(lambda: self._export("csv"))
        xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        for b in (verify, csv_button, xlsx_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = MessageLabel(objectName="auditStatus")
        layout.addWidget(self.status)
        for w in (self.action, self.user, self.text):
            w.returnPressed.connect(self.search)
        keys.scratch(self.action, self.user, self.text)
        self.search()

    def search(self) -> None:
        self.rows = journal.audit_rows(self.actor, self.action.text().strip(), self.user.text().strip(),
                                       self.text.text().strip())
        self.model.set_rows(self.rows)
        self.status.setText(self.tr("共 {n} 条").format(n=len(self.rows)))

    def verify(self) -> None:
        report = verify.audit_verify(self.actor)
        text = (self.tr("审计链与收据内容完整（{n} 条，链头 {head}）").format(n=report.rows, head=report.head)
                if report.ok else self.tr("校验失败：") + "；".join(map(said, first_of(report.problems, 5))))
        unchecked = map(said, audit.describe_unchecked(report))      # rows under a key this PC does not hold
        self.status.setText("；".join([text, *unchecked]))

    def export_to(self, path: str | Path) -> Path:
        path = Path(path)
        table = exports.audit_table(self.rows)
        if path.suffix.lower() == ".xlsx":
            return exports.write_xlsx(path, {"审计日志": (exports.AUDIT_HEADERS, table)})
        return exports.write_csv(path, exports.AUDIT_HEADERS, table)

    def _export(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出审计日志"), f"audit.{kind}",
                                              "Excel (*.xlsx)" if kind == "xlsx" else "CSV (*.csv)")
        if path:
            self.status.setText(self.tr("已导出：{p}").format(p=self.export_to(path)))
