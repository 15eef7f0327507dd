"""The manager's dashboard on screen: the same Dashboard (services/reports/dashboard.py) as its
PDF, the 24 months drawn with QtCharts, the takings and the late payers as tables. Built off the
GUI thread: the window is up at once and fills when the figures are ready."""
from __future__ import annotations

from PyQt6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView
from PyQt6.QtCore import QCoreApplication, QMargins, Qt
from PyQt6.QtGui import QPainter
from PyQt6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.axis import money_ticks
from ...core.money import format_yuan
from ...ledger.context import Actor
from ...services.reports import dashboard, floor_grid, tables as management_tables
from .. import fit, keys
from ..section_tables import ROW_ROLE, section_table, stacked_sections
from ..settings import CounterSettings
from .dialogs import MonthReportWindow, floor_grid_table


def bar_chart(title: str, labels: list[str], series: list[tuple[str, list[int]]]) -> QChartView:
    """Bars of each series (分, drawn in 元) over the months: the PDF's chart (documents/charts.py),
    its amounts labelled as money on round steps (core.axis: 15万, 1,500), as the paper is."""
    bars = QBarSeries()
    for name, values in series:
        bar = QBarSet(name)
        bar.append([v / 100 for v in values])      # drawing only: bar heights are screen lengths
        bars.append(bar)
    ticks = money_ticks(max((v for _, values in series for v in values), default=0))
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(bars)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    months = QBarCategoryAxis()
    months.append(labels)
    months.setLabelsAngle(-45)          # 24 months side by side: upright labels would be cut short
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(months)
    amounts = QCategoryAxis()
    amounts.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for value, text in ticks:
        amounts.append(text, value)
    amounts.setRange(0, ticks[-1][0])
    amounts.setTitleText(QCoreApplication.translate("Dashboard", "元"))
    chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(amounts)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)     # beside the bars: their height is kept
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


class DashboardDialog(MonthReportWindow):
    def __init__(self, actor: Actor, settings: CounterSettings, month=None, parent=None):
        super().__init__(actor, settings, month, "dashboard", parent)
        self.setWindowTitle(self.tr("经营看板"))
        self.building = QLineEdit(objectName="dashboardBuilding", placeholderText=self.tr("楼栋（楼盘图）"))
        self.building.returnPressed.connect(self.refresh)
        keys.scratch(self.building)
        self.parameters.insertWidget(self.parameters.count() - 1, QLabel(self.tr("楼栋")))
        self.parameters.insertWidget(self.parameters.count() - 1, self.building)
        self.late_table = None
        self.refresh()

    def build_request(self):
        actor, month, building = self.actor, self.month.date().toString("yyyy-MM"), self.building.text().strip()

        def build():
            d = dashboard.dashboard(actor, month)
            grid = floor_grid.floor_grid(actor, building) if building else None
            return d, management_tables.dashboard_sections(d), grid
        return build

    def show_sections(self, sections) -> None:
        d = self.report
        *takings, trend, late = sections
        self.tabs.addTab(stacked_sections(takings), self.tr("收款"))
        page = QWidget()
        column = QVBoxLayout(page)
        labels = [p.month[2:] for p in d.trend]
        column.addWidget(bar_chart(self.tr("近 24 个月：应收与至今已收（元）"), labels,
                                   [(self.tr("应收"), [p.billed_fen for p in d.trend]),
                                    (self.tr("至今已收"), [p.collected_fen for p in d.trend])]))
        column.addWidget(bar_chart(self.tr("各月费用至今未收（元）"), labels,
                                   [(self.tr("未收"), [p.owed_fen for p in d.trend])]))
        self.tabs.addTab(fit.scrolling(page, "trendScroll", 200), self.tr("趋势"))   # two charts: a short screen scrolls
        # the figures of the charts, month by month, on a tab of their own: the charts keep the
        # height a 1366×768 screen has
        self.tabs.addTab(section_table(trend, "trendTable"), self.tr("各月明细"))
        self.late_table = section_table(late, "latePayers")
        self.late_table.activated.connect(lambda index: self.unitChosen.emit(index.data(ROW_ROLE)[0]))
        self.tabs.addTab(self.late_table, self.tr("习惯性迟缴户（{n}）").format(n=len(d.late)))
        grid = self.extras[0] if self.extras else None
        if grid is not None:
            self.tabs.addTab(floor_grid_table(grid, self.unitChosen.emit), self.tr("楼盘图"))

    def printed_pdf(self, report) -> bytes:
        return management_tables.dashboard_pdf(report)

    def write(self, report, folder) -> list:
        return management_tables.write_dashboard(report, folder)

    def summary(self) -> str:
        d = self.report
        # The month's rate is the collection report's (counted to its report date); the trend's is to today.
        return self.tr("今日实收 ¥{day}，本月实收 ¥{month}，本月收费率 {rate}（截至 {on}，同月度收费汇总）").format(
            day=format_yuan(d.day.received_fen), month=format_yuan(d.month_takings.received_fen),
            rate=d.month_report.rate, on=d.month_report.as_of.isoformat())
