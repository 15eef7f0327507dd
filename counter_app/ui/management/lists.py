"""The office's lists and the collection forecast on screen (报表 menu): 续费提醒 with its message
list, 资料核查, 楼栋收费情况 and 收费预测, each the same sections its PDF, Excel and CSV are
written from, built off the GUI thread (ReportWindow), F5 refreshing, F4 printing. In a list
of units, Enter on a unit opens it at the counter."""
from __future__ import annotations

from PyQt6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget, QVBoxLayout

from ...core.errors import CounterError
from ...core.money import format_yuan
from ...core.periods import Month
from ...core.tables import TOTAL
from ...ledger.context import Actor
from ...services.reports import buildings, data_quality, forecast, renewals
from .. import keys
from ..dates import date_edit
from ..errors import error_text
from ..section_tables import ROW_ROLE, section_table, stacked_sections
from ..settings import CounterSettings
from .dialogs import ReportWindow


class ListWindow(ReportWindow):
    """A report whose sections print themselves (services/reports/printed.py): the summary on top,
    its last section a list of units (Enter on one opens it)."""
    unit_list = True

    def __init__(self, actor: Actor, settings: CounterSettings, name: str, title: str, parent=None):
        super().__init__(actor, settings, parent)
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self.detail = None

    def printed_pdf(self, report) -> bytes:
        return report.pdf()

    def write(self, report, folder) -> list:
        return report.write(folder)

    def show_sections(self, sections) -> None:
        if not self.unit_list:
            super().show_sections(sections)
            return
        *summary, detail = sections
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.detail = section_table(detail, f"{self.objectName()}Table", page)
        self.detail.activated.connect(self._open_unit)
        column.addWidget(self.detail)
        self.tabs.addTab(page, detail.title)
        self.tabs.addTab(stacked_sections(summary), self.tr("汇总"))

    def _open_unit(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None and row[0] != TOTAL:
            self.unitChosen.emit(row[0])

    def add_parameters(self, *widgets) -> None:
        """The parameters on top, in the order the Tab key takes them, then the tables; the first
        has the focus when the window opens (ReportWindow.showEvent)."""
        for widget in widgets:
            self.parameters.addWidget(widget)
        self.parameters.addStretch(1)


class RenewalsDialog(ListWindow):
    def __init__(self, actor: Actor, settings: CounterSettings, day=None, parent=None):
        super().__init__(actor, settings, "renewals", self.tr("续费提醒"), parent)
        self.day = date_edit("renewalsDay", day)
        self.days = QSpinBox(objectName="renewalsDays", minimum=0, maximum=366, value=30)
        self.days.setSuffix(self.tr(" 天"))
        self.days.editingFinished.connect(self._days_given)
        self.purpose = QLineEdit(objectName="renewalsPurpose",
                                 placeholderText=self.tr("用途（填写则导出完整号码，记入日志）"))
        keys.scratch(self.purpose)
        # as wide as what it asks for, in any language (the English is longer)
        self.purpose.setMinimumWidth(self.purpose.fontMetrics().horizontalAdvance(self.purpose.placeholderText()) + 16)
        messages = QPushButton(self.tr("导出短信名单…"), objectName="renewalsMessages")
        messages.clicked.connect(self._messages)
        self.add_parameters(QLabel(self.tr("自")), self.day, QLabel(self.tr("起")), self.days,
                            QLabel(self.tr("内到期")), self.purpose, messages)
        self.refresh()

    def _days_given(self) -> None:
        """Enter, or the focus leaving the field: the list again if its day or days are not the
        list's (the day has no signal of its own: it is typed before the days). A spin box says
        it was edited whenever it loses the focus: a Tab past it built the list anew, and took
        the focus from the table it had just reached."""
        if (self.report is None or self.report.days != self.days.value()
                or self.report.as_of != self.day.date().toPyDate()):
            self.refresh()

    def build_request(self):
        actor, day, days = self.actor, self.day.date().toPyDate(), self.days.value()

        def build():
            report = renewals.renewal_list(actor, days, day)
            return report, report.sections()
        return build

    def summary(self) -> str:
        return self.tr("{units} 户 {n} 项将到期").format(units=self.report.units, n=len(self.report.lines))

    def export_messages(self, path: str) -> None:
        """The message list (CSV or Excel by the name's suffix), on the GUI thread: a few hundred rows."""
        purpose = self.purpose.text().strip()
        try:
            written, count = renewals.renewal_messages(self.actor, self.days.value(), path,
                                                       as_of=self.day.date().toPyDate(), full_phones=bool(purpose),
                                                       purpose=purpose)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("名单 {n} 户：{path}").format(n=count, path=written))

    def _messages(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出短信名单"), "renewals.xlsx",
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_messages(path)


class DataQualityDialog(ListWindow):
    def __init__(self, actor: Actor, settings: CounterSettings, day=None, parent=None):
        super().__init__(actor, settings, "dataQuality", self.tr("资料核查"), parent)
        self.day = date_edit("dataQualityDay", day)
        self.day.dateChanged.connect(self.refresh)
        self.add_parameters(QLabel(self.tr("截至")), self.day)
        self.refresh()

    def build_request(self):
        actor, day = self.actor, self.day.date().toPyDate()

        def build():
            report = data_quality.quality_list(actor, day)
            return report, report.sections()
        return build

    def summary(self) -> str:
        return "，".join(f"{problem} {self.report.count(problem)}" for problem in data_quality.PROBLEMS)


class BuildingsDialog(ListWindow):
    unit_list = False

    def __init__(self, actor: Actor, settings: CounterSettings, day=None, parent=None):
        super().__init__(actor, settings, "buildings", self.tr("楼栋收费情况"), parent)
        self.day = date_edit("buildingsDay", day)
        self.day.dateChanged.connect(self.refresh)
        self.add_parameters(QLabel(self.tr("日期")), self.day)
        self.refresh()

    def build_request(self):
        actor, day = self.actor, self.day.date().toPyDate()

        def build():
            report = buildings.buildings_report(actor, day)
            return report, report.sections()
        return build

    def summary(self) -> str:
        lines = self.report.lines
        return self.tr("本日已交 {paying} 户，历史欠费清缴 {cleared} 户").format(
            paying=sum(ln.paying_today for ln in lines), cleared=sum(ln.cleared for ln in lines))


class ForecastDialog(ListWindow):
    unit_list = False

    def __init__(self, actor: Actor, settings: CounterSettings, day=None, parent=None):
        super().__init__(actor, settings, "forecast", self.tr("收费预测"), parent)
        # The last whole month before the business day: the forecast is made at a month's end.
        last = Month.of(day).add(-1).first_day() if day is not None else None
        self.month = date_edit("forecastMonth", last, month=True)
        if last is None:
            self.month.setDate(self.month.date().addMonths(-1))
        self.month.dateChanged.connect(self.refresh)
        self.add_parameters(QLabel(self.tr("基准月（已结束）")), self.month)
        self.refresh()

    def build_request(self):
        actor, month = self.actor, self.month.date().toString("yyyy-MM")

        def build():
            report = forecast.forecast_report(actor, month)
            return report, report.sections()
        return build

    def summary(self) -> str:
        f = self.report.forecast
        return self.tr("预计：") + "，".join(f"{forecast.F.month_name(m)} ¥{format_yuan(f.total(m))}" for m in f.months)
