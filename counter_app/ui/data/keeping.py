"""Keeping the ledger safe from the counter window: the status bar says how old the last good
backup is (in red when there is none today, or the last attempt failed); the day's automatic backup
runs at the first start of each day and the check once a week, both off the GUI thread without
holding up the counter; the 资料 menu backs up now, restores, checks, imports and exports."""
from __future__ import annotations

from datetime import datetime, timezone

from PyQt6.QtCore import QCoreApplication, QObject
from PyQt6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu, QMessageBox

from ...ledger.context import Actor
from ...services.imports import workbooks
from ...services.imports.kinds import KINDS
from ...services.setup import backups, checkup
from ...store import failures
from ..actions import add_action
from ...core.errors import first_of
from ..errors import said
from ..jobs import LatestOnly
from ..labels import label
from ..settings import CounterSettings
from ..workers import BackgroundTask, in_own_connection
from .backup_dialogs import BackupSettingsDialog, RestoreDialog, backup_folder
from .import_dialog import ImportDialog


def age_text(last: datetime | None, now: datetime | None = None) -> tuple[str, bool]:
    """("今天 08:01", fresh?) for the status bar: fresh means taken today (this PC's date)."""
    if last is None:
        return QCoreApplication.translate("DataKeeping", "尚无备份"), False
    now = now or datetime.now(timezone.utc)
    local = last.astimezone()
    days = (now.astimezone().date() - local.date()).days
    if days <= 0:
        return QCoreApplication.translate("DataKeeping", "今天 {t}").format(t=f"{local:%H:%M}"), True
    if days == 1:
        return QCoreApplication.translate("DataKeeping", "昨天 {t}").format(t=f"{local:%H:%M}"), False
    return QCoreApplication.translate("DataKeeping", "{n} 天前").format(n=days), False


class DataKeeping(QObject):
    def __init__(self, window: QMainWindow, actor: Actor, settings: CounterSettings):
        super().__init__(window)
        self.window, self.actor, self.settings = window, actor, settings
        self.label = QLabel(objectName="backupAge")
        window.statusBar().addPermanentWidget(self.label)
        self.background = LatestOnly(self)          # the automatic backup, then the weekly check
        self.background.done.connect(self._background_done)
        self.background.failed.connect(self._background_failed)
        self.task: BackgroundTask | None = None
        self.dialog = None
        self.show_age()

    # -- the status bar ------------------------------------------------------------------------
    def show_age(self, running: str = "") -> None:
        if running:
            self.label.setText(running)
            self.label.setStyleSheet("")
            return
        try:
            last, error = backups.last_good(), backups.last_error()
        except Exception as exc:
            if not failures.is_database_error(exc):
                raise
            # the server or file unreachable just now (a cable out as a backup ends): said, and
            # read again at the next backup or check, never an error escaping the status bar
            self.label.setText(self.tr("备份：暂时读不到（数据库连接中断）"))
            self.label.setStyleSheet("color: #c62828; font-weight: bold;")
            return
        text, fresh = age_text(last)
        self.label.setText(self.tr("备份：{age}").format(age=text) + (self.tr("（上次失败）") if error else ""))
        self.label.setToolTip(error or self.tr("最近一次成功备份的时间"))
        self.label.setStyleSheet("" if fresh and not error else "color: #c62828; font-weight: bold;")

    # -- at start: the day's backup, the week's check --------------------------------------------
    def start(self) -> None:
        backup_due = backups.automatic_due()
        if not backup_due and not checkup.due():
            return
        if backup_due:
            self.show_age(self.tr("正在自动备份…"))
        who, folder = self.actor.username, backup_folder(self.settings)
        daily, monthly = self.settings.backup_daily, self.settings.backup_monthly

        # One job, so the check follows the backup on the ledger both were asked for: a follow-up
        # sent from the GUI thread once the backup is done would go to whatever ledger is bound
        # by then (a training copy, a restore, another window's file).
        def day_start():
            taken = backups.automatic(who, folder, daily=daily, monthly=monthly) if backup_due else None
            return taken, (checkup.check(None) if checkup.due() else None)
        self.background.submit(in_own_connection(day_start))

    def _background_done(self, outcome) -> None:
        taken, report = outcome
        self.show_age()
        if taken is not None:
            self.window.statusBar().showMessage(self.tr("已自动备份：{path}").format(path=taken.path)
                                                + "".join(self.tr("；注意：{why}").format(why=w) for w in taken.left),
                                                8000 if not taken.left else 0)
        if report is not None and not report.ok:
            self._report_check(report)

    def _background_failed(self, message: str) -> None:
        self.show_age()
        self.window.statusBar().showMessage(message, 15000)

    # -- the 资料 menu ---------------------------------------------------------------------------
    def add_menu(self, menu: QMenu) -> None:
        may = self.actor.may
        entries = (("data.import", "actionImport", self.tr("导入资料…"), self.import_data),
                   ("data.export", "actionExport", self.tr("导出资料…"), self.export_data),
                   ("database.backup", "actionBackUpNow", self.tr("立即备份"), self.back_up_now),
                   ("database.restore", "actionRestore", self.tr("恢复备份…"), self.restore),
                   ("database.backup", "actionBackupSettings", self.tr("备份设置…"), self.backup_settings),
                   ("database.check", "actionCheck", self.tr("检查账本"), self.check_now))
        for permission, name, text, slot in entries:
            if may(permission):
                add_action(menu, self.window, name, text, slot)

    def _run(self, fn, label: str, done) -> None:
        if self.task is not None:
            return
        self.task = BackgroundTask(fn, label, self.window)
        self.task.finished.connect(lambda result: (self._clear(), done(result)))
        self.task.failed.connect(lambda message: (self._clear(), self._said(message)))
        self.task.start()

    def _clear(self) -> None:
        self.task = None
        self.show_age()

    def _said(self, message: str) -> None:
        if message:
            QMessageBox.warning(self.window, self.tr("资料"), message)

    def back_up_now(self) -> None:
        folder = backup_folder(self.settings)
        self._run(lambda report: backups.back_up(self.actor, folder), self.tr("正在备份并校验…"),
                  lambda r: QMessageBox.information(self.window, self.tr("立即备份"), self.tr(
                      "已备份并校验（{checked}）：\n{path}").format(checked=r.checked, path=r.path)))

    def check_now(self) -> None:
        self._run(lambda report: checkup.check(self.actor), self.tr("正在检查账本…"), self._report_check)

    def _report_check(self, report) -> None:
        if report.ok:
            QMessageBox.information(self.window, self.tr("检查账本"), self.tr(
                "检查通过：数据库文件{integrity}，审计链 {n} 条，账目一致。").format(
                integrity=said(report.integrity), n=report.audit_rows))
        else:
            hint = ("\n\n" + self.tr("欠费汇总等留存数字的不符，管理员可用 counter-app rebuild-kept 按应收和收据重算")
                    if report.only_kept else "")
            QMessageBox.warning(self.window, self.tr("检查账本"), self.tr("检查发现问题：\n{p}").format(
                p="\n".join(map(said, first_of(report.problems, 15)))) + hint)

    def restore(self) -> None:
        self.dialog = RestoreDialog(self.actor, self.settings, self.window)
        self.dialog.finished.connect(self._restore_closed)
        self.dialog.open()

    def _restore_closed(self, _result: int) -> None:
        if self.dialog is not None and self.dialog.restored is not None:
            self.window.signOutRequested.emit()    # another ledger under the window: signed in afresh
            return
        self.show_age()

    def backup_settings(self) -> None:
        self.dialog = BackupSettingsDialog(self.settings, self.window)
        self.dialog.open()

    def import_data(self) -> None:
        self.dialog = ImportDialog(self.actor, self.window)
        self.dialog.open()

    def export_data(self) -> None:
        titles = [label(kind.title) for kind in KINDS.values()]
        title, ok = QInputDialog.getItem(self.window, self.tr("导出资料"), self.tr("资料类别"), titles, 0, False)
        if not ok:
            return
        name = list(KINDS)[titles.index(title)]
        purpose = ""
        if KINDS[name].personal:      # full contacts leave the program: why, logged (个人信息保护法)
            purpose, ok = QInputDialog.getText(self.window, self.tr("导出资料"), self.tr(
                "这份表含完整的电话和证件号码，导出会记入个人信息查看记录。用途："))
            if not ok or not purpose.strip():
                return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("导出资料"), f"{KINDS[name].title}.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV (*.csv)"))
        if path:
            self._run(lambda report: workbooks.export_table(self.actor, name, path, purpose), self.tr("正在导出…"),
                      lambda r: self.window.statusBar().showMessage(
                          self.tr("已导出 {n} 行到 {path}").format(n=r[1], path=r[0]), 8000))
