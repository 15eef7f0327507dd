"""催缴 at the manager's desk: notices for a building, floor, aging bucket or units, built and
printed with a progress bar (each unit noticed goes into the reminder log); the day's follow-ups;
and a contact logged by hand. The same services as `counter-app notices` and `reminders`."""
from __future__ import annotations

from PyQt6.QtCore import QDate
from PyQt6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget
)

from ...core.collection import AGING_BUCKETS
from ...core.errors import CounterError
from ...core.money import format_yuan
from ...documents.notice import render_notices
from ...ledger.context import Actor
from ...services.counter.info import counter_info
from ...services.reports import notices, reminders
from .. import keys
from ..dates import date_edit
from ..dialog_parts import status_and_close
from ..labels import label
from ..printing.printer import print_report
from ..questions import ask
from ..settings import CounterSettings
from ..workers import BackgroundTask, in_own_connection
from ..errors import error_text


class CollectionWorkDialog(QDialog):
    def __init__(self, actor: Actor, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("collectionWorkDialog")
        self.actor, self.settings = actor, settings
        self.task: BackgroundTask | None = None
        self.batch = None
        self.question = None
        self.setWindowTitle(self.tr("催缴"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="collectionWorkTabs")
        self.tabs.addTab(self._notices_tab(), self.tr("通知单"))
        self.tabs.addTab(self._follow_ups_tab(), self.tr("今日跟进"))
        layout.addWidget(self.tabs, 1)
        self.status = status_and_close(self, layout, "collectionWorkStatus")
        self.refresh_follow_ups()

    # -- notices ------------------------------------------------------------------------------
    def _notices_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.kind = QComboBox(objectName="noticeKind")
        for code, name in (("overdue", self.tr("催缴通知单（已逾期）")), ("due", self.tr("缴费通知单（本期应缴）"))):
            self.kind.addItem(name, code)
        self.building = QLineEdit(objectName="noticeBuilding", placeholderText=self.tr("楼栋号，留空为全部"))
        self.floor = QSpinBox(objectName="noticeFloor")
        self.floor.setRange(0, 200)
        self.floor.setSpecialValueText(self.tr("全部楼层"))
        self.bucket = QComboBox(objectName="noticeBucket")
        self.bucket.addItem(self.tr("全部账龄"), "")
        for _, _, name in AGING_BUCKETS:
            self.bucket.addItem(name, name)
        self.units = QLineEdit(objectName="noticeUnits", placeholderText=self.tr("或指定房号，用逗号分开"))
        keys.scratch(self.building, self.floor, self.units)      # which notices: a choice, not work to lose
        self.paper = QComboBox(objectName="noticePaper")
        self.paper.addItem(self.tr("A4，每页一份"), "a4")
        self.paper.addItem(self.tr("A5，每张 A4 两份"), "a5")
        for text, widget in ((self.tr("种类"), self.kind), (self.tr("楼栋"), self.building),
                             (self.tr("楼层"), self.floor), (self.tr("账龄"), self.bucket),
                             (self.tr("房号"), self.units), (self.tr("纸张"), self.paper)):
            form.addRow(text, widget)
        make = QPushButton(self.tr("生成并打印…"), objectName="makeNotices")
        make.setAutoDefault(False)
        make.clicked.connect(self.make_notices)
        form.addRow("", make)
        return tab

    def make_notices(self) -> None:
        """Built and drawn off the GUI thread with a progress bar; printed and logged when done."""
        if self.task is not None:
            return
        actor, kind, paper = self.actor, self.kind.currentData(), self.paper.currentData()
        selection = dict(building_code=self.building.text().strip(), floor=self.floor.value() or None,
                         bucket=self.bucket.currentData(),
                         unit_codes=[c.strip() for c in self.units.text().split(",") if c.strip()])

        @in_own_connection
        def work(report):
            batch = notices.notices(actor, kind, progress=report, **selection)
            return batch, render_notices(batch, paper, progress=report)
        self.task = BackgroundTask(work, self.tr("正在生成通知单…"), self)
        self.task.finished.connect(self._notices_made)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _notices_made(self, result) -> None:
        """Made: how many and what they add up to is said first; they print (and go into the
        reminder log) only on yes."""
        self.task = None
        self.batch, pdf = result
        total = sum(n.total_fen for n in self.batch.notices)
        said = self.tr("{kind} {n} 份，合计 ¥{t}。").format(
            kind=label(notices.KINDS[self.batch.kind]), n=len(self.batch.notices), t=format_yuan(total))
        if not self.batch.notices:
            self.status.setText(said + self.tr("没有要打印的通知单"))
            return
        self.question = ask(self, "printNoticesQuestion", self.tr("打印通知单"),
                            said + self.tr("打印到 {p}，并记入催缴记录。现在打印吗？").format(
                                p=self.settings.report_printer or self.tr("PDF 文件")),
                            self.tr("打印 {n} 份(&P)").format(n=len(self.batch.notices)),
                            lambda: self._print_notices(pdf, said), yes_is_default=True,
                            on_no=lambda: self.status.setText(said + self.tr("未打印，未记入催缴记录")))

    def _print_notices(self, pdf: bytes, said: str) -> None:
        printed = print_report(self.settings, pdf, notices.KINDS[self.batch.kind], self)
        if printed.ok:
            reminders.log_notices(self.actor, self.batch)
        self.status.setText(said + printed.message())
        self.refresh_follow_ups()

    def _failed(self, message: str) -> None:
        self.task = None
        self.status.setText(message or self.tr("已取消，未生成通知单"))

    # -- follow-ups and contacts -----------------------------------------------------------------
    def _follow_ups_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.table = QTableWidget(0, 5, objectName="followUps")
        self.table.setHorizontalHeaderLabels([self.tr("房号"), self.tr("跟进日期"), self.tr("方式"), self.tr("记录人"),
                                              self.tr("说明")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.contact_unit = QLineEdit(objectName="contactUnit", placeholderText=self.tr("房号"))
        self.channel = QComboBox(objectName="contactChannel")
        for code, name in reminders.CHANNELS.items():
            self.channel.addItem(label(name), code)
        self.note = QLineEdit(objectName="contactNote", placeholderText=self.tr("业主的答复"))
        self.follow_up = date_edit("contactFollowUp", QDate(counter_info(self.actor).business_date).addDays(7))  # a week on
        log = QPushButton(self.tr("记录"), objectName="logContact")
        log.setAutoDefault(False)
        log.clicked.connect(self.log_contact)
        for widget in (self.contact_unit, self.channel, self.note, QLabel(self.tr("跟进")), self.follow_up, log):
            row.addWidget(widget)
        column.addLayout(row)
        return tab

    def refresh_follow_ups(self) -> None:
        due = reminders.follow_ups(self.actor)
        self.table.setRowCount(len(due))
        for r, c in enumerate(due):
            for col, value in enumerate((c.unit, c.follow_up_on.isoformat(), label(c.channel), c.by, c.note)):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.tabs.setTabText(1, self.tr("今日跟进（{n}）").format(n=len(due)))

    def log_contact(self) -> bool:
        try:
            contact = reminders.log_reminder(self.actor, self.contact_unit.text().strip(), self.channel.currentData(),
                                             self.note.text(), follow_up_on=self.follow_up.date().toPyDate())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("已记录：{unit} {channel}").format(unit=contact.unit, channel=label(contact.channel)))
        self.note.clear()
        keys.mark_saved(self)
        self.refresh_follow_ups()
        return True
