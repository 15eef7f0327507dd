"""The manager's dashboard on screen: the same Dashboard (services/reports/dashboard.py) as its
PDF, the 24 months drawn with QtCharts, the takings and the late payers as tables. Built off the
GUI thread: the window is up at once and fills when the figures are ready."""
from __future__ import annotations

from PyQt6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PyQt6.QtCore import Qt
from PyQt6.QtGui import QPainter
from PyQt6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.money import format_yuan
from ...services.common.context import Actor
from ...services.reports import dashboard, floor_grid, tables as management_tables
from .. import keys
from ..section_tables import ROW_ROLE, section_table, stacked_sections
from ..settings import CounterSettings
from .dialogs import MonthReportWindow, floor_grid_table


def bar_chart(title: str, labels: list[str], series: list[tuple[str, list[int]]]) -> QChartView:
    """Bars of each series (分, drawn in 元) over the months: the PDF's chart (documents/charts.py)."""
    bars = QBarSeries()
    top = 0.0
    for name, values in series:
        bar = QBarSet(name)
        bar.append([v / 100 for v in values])
        bars.append(bar)
        top = max([top] + [v / 100 for v in values])
    chart = QChart()
    chart.setTitle(title)
    chart.addSeries(bars)
    months = QBarCategoryAxis()
    months.append(labels)
    months.setLabelsAngle(-90)          # 24 months side by side: upright labels would be cut short
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(months)
    amounts = QValueAxis()
    amounts.setRange(0, top * 1.1 or 1)
    amounts.setLabelFormat("%.0f")
    chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(amounts)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
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
        column.addWidget(bar_chart(self.tr("近 24 个月：应收与已收（元）"), labels,
                                   [(self.tr("应收"), [p.billed_fen for p in d.trend]),
                                    (self.tr("已收"), [p.collected_fen for p in d.trend])]))
        column.addWidget(bar_chart(self.tr("各月费用至今未收（元）"), labels,
                                   [(self.tr("未收"), [p.owed_fen for p in d.trend])]))
        column.addWidget(section_table(trend, "trendTable", page), 1)
        self.tabs.addTab(page, self.tr("趋势"))
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
        return self.tr("今日实收 ¥{day}，本月实收 ¥{month}，本月收费率 {rate}").format(
            day=format_yuan(d.day.received_fen), month=format_yuan(d.month_takings.received_fen), rate=d.trend[-1].rate)
