"""导入资料: choose the kind and the file, see what every row would do (the dry run), then import
all of it in one go. Both steps run off the GUI thread with a progress bar that can be cancelled;
a cancelled import writes nothing. Refused rows are listed here and in a workbook beside the file;
below the rows, the dry run's text is the command line's own (`ImportResult.lines`): the sheets
read and not read, the columns not read, each problem, skipped row and note."""
from __future__ import annotations

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PyQt6.QtGui import QColor
from PyQt6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTableView, QVBoxLayout
)

from ...ledger.context import Actor
from ...services.imports import runner, workbooks
from ...services.imports.kinds import KINDS
from ...services.imports.spec import ACTION_NAMES, ADD, CHANGE, REFUSE, SKIP
from .. import keys
from ..fit import MessageLabel
from ..labels import label
from ..questions import ask
from ..workers import BackgroundTask
from ..errors import error_text, said

_COLOURS = {REFUSE: QColor("#c62828"), ADD: QColor("#1b5e20"), CHANGE: QColor("#e65100"), SKIP: QColor("#757575")}


class PlanModel(QAbstractTableModel):
    """The dry run's rows: sheet, line, key, what would happen, why (and how a cell was read)."""
    HEADERS = ("工作表", "行", "房号/编号", "结果", "说明")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole and index.column() == 4):
            problems = "；".join(p.text for p in row.problems)
            why = "；".join([problems or row.detail] + row.notes)
            return (row.sheet, row.line, row.key.replace("|", " "), label(ACTION_NAMES[row.action]), why)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return _COLOURS.get(row.action)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class ImportDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("导入资料"))
        self.actor = actor
        self.previewed = None          # the dry run shown, for the file as it was then
        self.task: BackgroundTask | None = None
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("资料类别")))
        self.kind = QComboBox(objectName="importKind")
        for name, kind in KINDS.items():
            self.kind.addItem(label(kind.title), name)
        self.kind.currentIndexChanged.connect(self._forget_preview)
        top.addWidget(self.kind)
        template = QPushButton(self.tr("下载模板…"), objectName="importTemplate")
        template.clicked.connect(self.save_template)
        top.addWidget(template)
        top.addStretch(1)
        layout.addLayout(top)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("文件")))
        self.file = QLineEdit(objectName="importFile")
        self.file.setPlaceholderText(self.tr("Excel 工作簿（.xlsx）或 CSV 文件"))
        self.file.textChanged.connect(self._forget_preview)
        self.file.returnPressed.connect(self.preview)
        keys.scratch(self.file)
        row.addWidget(self.file, 1)
        browse = QPushButton(self.tr("选择…"), objectName="importBrowse")
        browse.clicked.connect(self.browse)
        row.addWidget(browse)
        layout.addLayout(row)
        self.model = PlanModel(self)
        self.table = QTableView(objectName="importPlan")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.outcome = QPlainTextEdit(objectName="importOutcome")
        self.outcome.setReadOnly(True)
        self.outcome.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(self.outcome)
        self.status = MessageLabel(self.tr("选择类别和文件后按“预览”：先看每一行将如何处理，确认后再导入。"),
                             objectName="importStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览 [F5]"), objectName="importPreview")
        self.preview_button.clicked.connect(self.preview)
        keys.button_key(self, self.preview_button, "F5")
        self.import_button = QPushButton(self.tr("导入 [Ctrl+Enter]"), objectName="importRun")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        # from the file box, after the preview: no Tab hunt
        keys.button_key(self, self.import_button, "Ctrl+Return", "Ctrl+Enter")
        close = QPushButton(self.tr("关闭 [Esc]"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for button in (template, browse, self.import_button, close):
            button.setAutoDefault(False)     # Enter in the file box previews; it never opens a file dialog
        self.preview_button.setDefault(True)

    def kind_name(self) -> str:
        return self.kind.currentData()

    def _forget_preview(self) -> None:
        """Another file or kind: the rows and text shown were of the last one, so they go."""
        self.previewed = None
        self.import_button.setEnabled(False)
        self.model.set_rows([])
        self.outcome.clear()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择要导入的文件"), "",
                                              self.tr("表格文件 (*.xlsx *.xls *.csv);;所有文件 (*)"))
        if path:
            self.file.setText(path)
            self.preview()

    def save_template(self) -> None:
        kind = KINDS[self.kind_name()]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存模板"), f"{kind.title}模板.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx)"))
        if path:
            try:
                workbooks.write_template(self.kind_name(), path)
                self.status.setText(self.tr("模板已保存：{path}（在“数据”工作表填写）").format(path=path))
            except Exception as exc:       # a folder that cannot be written: said, nothing else
                self.status.setText(error_text(exc))

    def _start(self, fn, label: str, finished) -> None:
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.task = BackgroundTask(fn, label, self)
        self.task.finished.connect(finished)
        self.task.failed.connect(self._failed)
        self.task.start()

    def preview(self) -> None:
        if self.task is not None or not self.file.text().strip():
            return
        kind, path = self.kind_name(), self.file.text().strip()
        self.status.setText(self.tr("正在检查…"))
        self._start(lambda report: runner.plan(self.actor, kind, path,
                                               progress=lambda stage, done, total: report(done, total)),
                    self.tr("正在检查文件…"), self._previewed)

    def _previewed(self, result) -> None:
        self.task = None
        self.preview_button.setEnabled(True)
        self.previewed = result
        self.model.set_rows(result.rows)
        self.outcome.setPlainText("\n".join(map(said, result.lines())))
        lines = []
        if not result.ok:
            lines.append(self.tr("有被拒绝的行，整份文件都不会导入；请改好后重新预览。"))
            if result.report:
                lines.append(self.tr("问题清单已写入 {path}").format(path=result.report))
        elif result.count(ADD) + result.count(CHANGE) == 0:
            lines.append(self.tr("数据库中已是文件中的内容，没有需要导入的。"))
        else:
            lines.append(self.tr("确认无误后按“导入”：全部行一次写入，记入审计日志。"))
        self.status.setText("\n".join(lines))
        self.import_button.setEnabled(result.ok and result.count(ADD) + result.count(CHANGE) > 0)
        if not result.ok:
            first = next(i for i, r in enumerate(result.rows) if r.action == REFUSE)
            self.table.scrollTo(self.model.index(first, 0))

    def run_import(self) -> None:
        if self.previewed is None or self.task is not None:
            return
        seen = self.previewed
        # Written at once and for good: it asks, and 取消 is what Enter answers.
        ask(self, "importQuestion", self.tr("导入资料"), self.tr(
            "将把 {file} 导入为{title}：新增 {add} 行，修改 {change} 行。\n全部行一次写入，并记入审计日志。继续吗？").format(
            file=seen.file, title=seen.title, add=seen.count(ADD), change=seen.count(CHANGE)),
            self.tr("导入(&I)"), lambda: self._import(seen), yes_is_default=False)

    def _import(self, seen) -> None:
        if self.previewed is not seen or self.task is not None:
            return
        self.status.setText(self.tr("正在导入…"))
        self._start(lambda report: runner.run(self.actor, seen.kind, seen.file, expected_sha256=seen.sha256,
                                              progress=lambda stage, done, total: report(done, total)),
                    self.tr("正在导入…"), self._imported)

    def _imported(self, result) -> None:
        self.task = None
        self.preview_button.setEnabled(True)
        self.previewed = None
        self.model.set_rows(result.rows)
        self.outcome.setPlainText("\n".join(map(said, result.lines())))
        if result.applied:
            self.status.setText(self.tr("已导入。{summary}").format(summary=said(result.summary())))
        else:
            self.status.setText(said(result.summary()) + "\n" + self.tr("没有写入任何数据。"))

    def _failed(self, message: str) -> None:
        self.task = None
        self.preview_button.setEnabled(True)
        self.previewed = None
        self.model.set_rows([])                 # no rows of an earlier preview beside this file's refusal
        self.outcome.setPlainText(message)
        self.status.setText(message or self.tr("已取消，没有写入任何数据。"))
