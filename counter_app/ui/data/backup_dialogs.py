"""恢复备份 and 备份设置. A restore lists the backups in the folder (known by what they hold, not
by their names), shows what the chosen one holds (when it was taken, its schema version, its
estates, the last receipt number, how many units, receipts and audit rows), checks a copy of it in
full off the GUI thread, lists what it would drop of the ledger in use and asks, and only then saves
the ledger in use and puts the checked copy in its place (services/setup/restore.py); the counter
then signs in again. The settings say where backups go and how many are kept."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout
)

from ...ledger.context import Actor
from ...services.setup import backups, restore as restoring
from ...store import backup as engine, db as dbmod
from .. import keys
from ..settings import CounterSettings
from ..workers import BackgroundTask
from ..errors import error_text, said


def backup_folder(settings: CounterSettings) -> Path:
    return Path(settings.backup_folder) if settings.backup_folder else backups.default_folder()


class RestoreDialog(QDialog):
    def __init__(self, actor: Actor, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("恢复备份"))
        self.actor, self.settings = actor, settings
        self.task: BackgroundTask | None = None
        self.restored = None
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("备份位置")))
        self.folder = QLineEdit(str(backup_folder(settings)), objectName="restoreFolder")
        self.folder.returnPressed.connect(self.list_backups)
        keys.scratch(self.folder)
        row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        layout.addLayout(row)
        self.table = QTableWidget(0, 3, objectName="backupList")
        self.table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("文件"), self.tr("大小")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._describe)
        layout.addWidget(self.table, 1)
        self.details = QLabel(objectName="backupDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("恢复此备份…"), objectName="restoreRun")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        close = QPushButton(self.tr("关闭 [Esc]"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for button in (browse, self.restore_button, close):
            button.setAutoDefault(False)     # Enter never restores nor opens a file dialog by itself
        self.list_backups()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("备份位置"), self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.list_backups()

    def paths(self) -> list[Path]:
        folder = Path(self.folder.text().strip())
        found = [p for p in folder.glob("*") if p.is_file() and engine.kind_of(p)] if folder.is_dir() else []
        return sorted(found, key=lambda p: engine.taken_at(p) or datetime.fromtimestamp(p.stat().st_mtime),
                      reverse=True)

    def list_backups(self) -> None:
        found = self.paths()
        self.table.setRowCount(len(found))
        for i, path in enumerate(found):
            at = engine.taken_at(path)
            cells = (at.strftime("%Y-%m-%d %H:%M") if at else "", path.name, f"{path.stat().st_size / 1_048_576:.1f} MB")
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                if j == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.details.setText(self.tr("选择一个备份查看其内容。") if found else
                             self.tr("这个位置没有备份文件（.sqlite3 或 .dump）。"))
        if found:
            self.table.selectRow(0)

    def chosen(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _describe(self) -> None:
        path = self.chosen()
        self.restore_button.setEnabled(False)
        if path is None:
            return
        try:
            info = backups.describe(path)
        except Exception as exc:         # an unreadable file: said, and not offered for restore
            self.details.setText(error_text(exc))
            return
        counts = (self.tr("房屋 {u} 户，收据 {p} 张，审计记录 {a} 条").format(u=info.units, p=info.payments, a=info.audit_rows)
                  if info.units is not None else self.tr("（服务器备份：数量在恢复后校验）"))
        self.details.setText("\n".join([
            self.tr("备份时间：{at}").format(at=info.taken_at.strftime("%Y-%m-%d %H:%M:%S") if info.taken_at else "—"),
            self.tr("数据库版本：{v}").format(v=info.schema_version or self.tr("不是本程序的备份")),
            self.tr("小区：{names}").format(names="、".join(info.estates) or "—"),
            self.tr("最后一张收据：{n}").format(n=info.last_receipt or "—"), counts]))
        self.restore_button.setEnabled(bool(info.schema_version))

    def restore(self) -> None:
        """Check a copy of the chosen backup first (nothing of the ledger in use changes); then say
        what it drops and ask; then put it in place."""
        path = self.chosen()
        if path is None or self.task is not None:
            return
        self.restore_button.setEnabled(False)
        self._start(lambda report: restoring.examine(path), self.tr("正在复制并检查备份（当前账本不动）…"), self._checked)

    def _start(self, work, label: str, done) -> None:
        self.task = BackgroundTask(work, label, self)
        self.task.finished.connect(done)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _checked(self, candidate) -> None:
        self.task = None
        name = Path(candidate.source).name
        if candidate.unchecked:         # a new PC without the key: said first, plainly; 否 the default
            question = candidate.unchecked_text() + "\n\n" + (
                candidate.loss_text(20) + "\n\n" if candidate.loses else "") + self.tr("仍要恢复这个没能全部核对的备份吗？")
        elif candidate.loses:
            question = self.tr("备份 {name} 检查通过，但它比当前账本旧：\n{loss}\n\n仍要恢复吗？").format(
                name=name, loss=candidate.loss_text(20))
        else:
            question = self.tr("备份 {name} 检查通过（审计链 {n} 条）。将用它替换当前账本；当前账本会先另存一份。"
                               "确定恢复吗？").format(name=name, n=candidate.audit_rows)
        answer = QMessageBox.warning(self, self.tr("恢复备份"), question,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            restoring.discard(candidate)
            self.details.setText(self.tr("没有恢复；当前账本没有改动。"))
            self.restore_button.setEnabled(True)
            return
        safety = backup_folder(self.settings)
        target = self._ledger()

        def work(report):
            try:
                return restoring.put_in_place(self.actor, candidate, target, safety, accept_loss=True,
                                              accept_unchecked=True)     # both asked above
            finally:
                restoring.discard(candidate)
        self._start(work, self.tr("正在替换账本…"), self._restored)

    @staticmethod
    def _ledger():
        return dbmod.db_path() or dbmod.database.obj.database

    def _restored(self, restored) -> None:
        self.task = None
        self.restored = restored
        checked = (self.tr("备份先在副本上检查通过（审计链 {n} 条）") if not restored.unchecked else
                   self.tr("备份先在副本上检查，没能全部核对（审计链 {n} 条，本机没有密钥的部分未核对）"))
        lines = [self.tr("已从 {name} 恢复：").format(name=Path(restored.restored_from).name)
                 + checked.format(n=restored.audit_rows) + self.tr("再替换账本。")]
        if restored.previous_saved_to:
            lines.append(self.tr("恢复前的账本另存为 {saved}。").format(saved=restored.previous_saved_to))
        if restored.dropped:
            lines.append(self.tr("丢弃了之后记下的 {n} 项；编号接着原来的最大号往下编。").format(n=restored.dropped))
        lines += map(said, restored.unchecked)     # a new PC without the key: which rows it could not check
        lines.append(self.tr("关闭此窗口后请重新登录。"))
        self.details.setText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.task = None
        self.details.setText(message or self.tr("已取消。"))
        self.restore_button.setEnabled(True)


class BackupSettingsDialog(QDialog):
    def __init__(self, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("backupSettings")
        self.setWindowTitle(self.tr("备份设置"))
        self.settings = settings
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(backup_folder(settings)), objectName="backupFolder")
        row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row.addWidget(browse)
        form.addRow(self.tr("备份位置（可为 U 盘或网络共享）"), row)
        self.daily = QSpinBox(objectName="backupDaily", minimum=1, maximum=365, value=settings.backup_daily)
        self.monthly = QSpinBox(objectName="backupMonthly", minimum=0, maximum=120, value=settings.backup_monthly)
        form.addRow(self.tr("保留最近几天的每日备份"), self.daily)
        form.addRow(self.tr("保留最近几个月的每月备份"), self.monthly)
        form.addRow(QLabel(self.tr("每天第一次启动时自动备份；手工备份和恢复前的备份不会被自动删除。")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        keys.enter_confirms(self)             # Enter saves this PC's settings (nothing of the ledger)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("备份位置"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _save(self) -> None:
        folder = self.folder.text().strip()
        self.settings.backup_folder = "" if folder == str(backups.default_folder()) else folder
        self.settings.backup_daily, self.settings.backup_monthly = self.daily.value(), self.monthly.value()
        self.settings.save()
        self.accept()
