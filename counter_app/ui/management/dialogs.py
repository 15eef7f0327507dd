"""The manager's reports on screen: the arrears list and the monthly collection report, as
tables over the very sections the PDF, Excel and CSV are written from (sortable; the arrears
list filtered by building, item, aging and amount, Enter on a unit opening it at the counter),
with Print and Export beside them. A whole estate's report takes a second or two: it is built,
printed to PDF and exported off the GUI thread, and the window stays responsive (ui/jobs.py)."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor
from PyQt6.QtWidgets import (
    QApplication, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget
)

from ...core.collection import AGING_BUCKETS
from ...core.errors import CounterError
from ...core.money import format_yuan, parse_yuan
from ...core.tables import TOTAL
from ...ledger.context import Actor
from ...services.reports import arrears, collection, floor_grid, tables as management_tables
from ..figure_text import breakdown, figure
from ..fit import MessageLabel, widen_for
from .. import keys
from ..dates import date_edit
from ..jobs import LatestOnly
from ..labels import label
from ..printing.printer import print_report
from ..settings import CounterSettings
from ..section_tables import ROW_ROLE as ROW, section_table, stacked_sections


class ReportWindow(keys.TabInOrder, QDialog):
    """Parameters on top, the report's tables below; F5 refreshes, F4 prints, export writes all forms."""
    unitChosen = pyqtSignal(str)     # a unit's number, to open at the counter

    def __init__(self, actor: Actor, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.actor, self.settings = actor, settings
        self.report = None
        self.sections: list = []
        self.extras: list = []
        self.jobs = LatestOnly(self)          # building the report shown
        self.jobs.done.connect(self._show)
        self.jobs.failed.connect(self._refused)
        self.files = LatestOnly(self)         # the full PDF to print, the exports
        self.files.failed.connect(self._refused)
        self._when_written = lambda result: None   # set by each print or export: what its result is for
        self.files.done.connect(lambda result: self._when_written(result))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        self.parameters = QHBoxLayout()
        layout.addLayout(self.parameters)
        self.tabs = QTabWidget(objectName="reportTabs")
        layout.addWidget(self.tabs, 1)
        self.status = MessageLabel(objectName="managementStatus")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        refresh = QPushButton(self.tr("刷新 [F5]"), objectName="refreshReport")
        refresh.clicked.connect(self.refresh)
        keys.button_key(self, refresh, "F5")
        print_button = QPushButton(self.tr("打印 [F4]"), objectName="printReport")
        print_button.setShortcut("F4")
        print_button.clicked.connect(self.print_report)
        export = QPushButton(self.tr("导出 PDF/Excel/CSV…"), objectName="exportReport")
        export.clicked.connect(self._export)
        close = QPushButton(self.tr("关闭 [Esc]"))
        close.clicked.connect(self.accept)
        for button in (refresh, print_button, export):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self._buttons = (refresh, print_button, export, close)

    def write(self, report, folder) -> list:
        raise NotImplementedError

    def refresh(self) -> None:
        self.status.setText(self.tr("正在生成报表…"))
        self.jobs.submit(self.build_request())

    def build_request(self):
        """The work of one refresh, with the parameters as they are now (read here, on the GUI thread)."""
        raise NotImplementedError

    def _refused(self, message: str) -> None:
        self.status.setText(message)

    def _show(self, built) -> None:
        self.report, self.sections, *self.extras = built     # a report window may build more (a floor grid)
        current = self.tabs.currentIndex()
        focus = QApplication.focusWidget()
        in_tables = focus is not None and focus is not self.tabs.tabBar() and self.tabs.isAncestorOf(focus)
        while self.tabs.count():
            self.tabs.widget(0).deleteLater()
            self.tabs.removeTab(0)
        self.show_sections(self.sections)
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        if in_tables:          # F5 in a table: the focus in the new one, not lost with the old
            stops = keys.page_stops(self.tabs)
            stops[min(1, len(stops) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)
        self.status.setText(self.summary())
        page = self.tabs.currentWidget()
        if page is not None:        # the page shown: its tables' every column in sight where the screen has room
            self.layout().activate()
            widen_for(self, [page] if isinstance(page, QTableView) else page.findChildren(QTableView))

    def showEvent(self, event) -> None:               # noqa: N802 (Qt's name)
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            # Opened: the focus on the first parameter (the day, the month), where Tab begins,
            # not on the tab bar, whose arrows would turn the pages at the first key.
            stops = self.stops()
            if stops:
                stops[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def tab_stops(self) -> list[QWidget]:
        """The parameters, the tabs and the tables shown, then the buttons (made before the rest)."""
        items = (self.parameters.itemAt(i).widget() for i in range(self.parameters.count()))
        return [*(w for w in items if w is not None), *keys.page_stops(self.tabs), *self._buttons]

    def show_sections(self, sections) -> None:
        """Every section as a table, one under the other (a report's summary)."""
        self.tabs.addTab(stacked_sections(sections), self.tr("汇总"))

    def summary(self) -> str:
        return ""

    def printed_pdf(self, report) -> bytes:
        """The PDF that prints (built off the GUI thread)."""
        raise NotImplementedError

    def print_report(self) -> None:
        if self.report is None:
            return
        report = self.report
        self.status.setText(self.tr("正在准备打印…"))
        self._when_written = self._print
        self.files.submit(lambda: self.printed_pdf(report))

    def _print(self, pdf: bytes) -> None:
        self.status.setText(print_report(self.settings, pdf, self.windowTitle(), self).message())

    def export_to(self, folder) -> None:
        """Write every form of the report into `folder`; the status names the files when done."""
        if self.report is None:
            return
        report = self.report
        self.status.setText(self.tr("正在导出…"))
        self._when_written = lambda paths: self.status.setText("\n".join(str(p) for p in paths))
        self.files.submit(lambda: self.write(report, folder))

    def _export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出到"))
        if folder:
            self.export_to(folder)


# 楼盘图 colours: paid up green, owing (not yet late) pale amber, overdue orange, long overdue red,
# vacant grey.
GRID_COLOURS = {"paid": "#c8e6c9", "owing": "#fff3c4", "overdue": "#ffcc80", "long": "#ef9a9a", "vacant": "#e0e0e0"}


def floor_grid_table(grid, open_unit) -> QTableWidget:
    """A building's floors (top first), each unit a cell coloured by what it owes; Enter or a
    double click calls open_unit(unit number)."""
    width = max((len(cells) for _, cells in grid.floors), default=0)
    table = QTableWidget(len(grid.floors), width, objectName="floorGrid")
    table.setVerticalHeaderLabels([QCoreApplication.translate("FloorGrid", "{n} 层").format(n=floor)
                                   for floor, _ in grid.floors])
    table.horizontalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for row, (_, cells) in enumerate(grid.floors):
        for col, cell in enumerate(cells):
            # A cell says the unit's 应缴合计 (the counter's figure); its tooltip the parts.
            owed = f"¥{format_yuan(cell.owed_fen)}" if cell.owed_fen else label(floor_grid.STATES[cell.state])
            item = QTableWidgetItem(f"{cell.code}\n{owed}")
            item.setBackground(QBrush(QColor(GRID_COLOURS[cell.state])))
            item.setData(ROW, (cell.code,))
            item.setToolTip(label(floor_grid.STATES[cell.state]) + (
                f"\n{figure('total', cell.owed_fen)}\n{breakdown(cell.owing)}" if cell.owed_fen else ""))
            table.setItem(row, col, item)
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    table.itemActivated.connect(lambda item: open_unit(item.data(ROW)[0]))
    return table


class ArrearsDialog(ReportWindow):
    def __init__(self, actor: Actor, settings: CounterSettings, as_of=None, parent=None):
        super().__init__(actor, settings, parent)
        self.setObjectName("arrearsDialog")
        self.setWindowTitle(self.tr("欠费清单"))
        self.detail = None
        self.as_of = date_edit("arrearsDate", as_of)
        self.building = QLineEdit(objectName="arrearsBuilding", placeholderText=self.tr("全部楼栋"))
        self.building.returnPressed.connect(self.refresh)
        keys.scratch(self.building)
        for widget in (QLabel(self.tr("截至")), self.as_of, QLabel(self.tr("楼栋")), self.building):
            self.parameters.addWidget(widget)
        self.parameters.addStretch(1)
        # Filters of the units shown (the report itself is unchanged: print and export carry all).
        self.item_filter = QComboBox(objectName="arrearsItem")
        self.bucket_filter = QComboBox(objectName="arrearsBucket")
        self.bucket_filter.addItem(self.tr("全部账龄"), "")
        for _, _, bucket in AGING_BUCKETS:
            self.bucket_filter.addItem(bucket, bucket)
        self.minimum = QLineEdit(objectName="arrearsMinimum", placeholderText=self.tr("合计不少于（元）"))
        keys.scratch(self.minimum)
        for widget in (QLabel(self.tr("项目")), self.item_filter, QLabel(self.tr("账龄")), self.bucket_filter,
                       self.minimum):
            self.parameters.addWidget(widget)
        for combo in (self.item_filter, self.bucket_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.item_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.bucket_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.minimum.textChanged.connect(lambda _t: self.apply_filter())
        self.shown = QLabel(objectName="arrearsShown")
        self.layout().insertWidget(2, self.shown)
        self.refresh()

    def build_request(self):
        actor, as_of, building = self.actor, self.as_of.date().toPyDate(), self.building.text().strip()

        def build():
            report = arrears.arrears_list(actor, as_of, building)
            grid = floor_grid.floor_grid(actor, building, as_of) if building else None
            return report, management_tables.arrears_sections(report), grid
        return build

    def show_sections(self, sections) -> None:
        *summary, detail = sections
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.detail = section_table(detail, "arrearsTable", page)
        self.detail.activated.connect(self._open_unit)
        column.addWidget(self.detail)
        self.tabs.addTab(page, self.tr("欠费明细"))
        self.tabs.addTab(stacked_sections(summary), self.tr("汇总"))
        grid = self.extras[0] if self.extras else None
        if grid is not None:            # one building: its floors, each unit coloured by what it owes
            self.tabs.addTab(floor_grid_table(grid, self.unitChosen.emit), self.tr("楼盘图"))
        chosen = self.item_filter.currentData()
        self.item_filter.blockSignals(True)
        self.item_filter.clear()
        self.item_filter.addItem(self.tr("全部项目"), "")
        for name, _units, _owed in self.report.by_item:
            self.item_filter.addItem(name, name)
        self.item_filter.setCurrentIndex(max(0, self.item_filter.findData(chosen)))
        self.item_filter.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Item, aging bucket and a smallest total: the units shown, and their sums beside them."""
        if self.detail is None:
            return
        item, bucket, text = self.item_filter.currentData(), self.bucket_filter.currentData(), self.minimum.text()
        try:
            least = parse_yuan(text) if text.strip() else 0
        except CounterError:
            self.shown.setText(self.tr("“{t}”不是金额").format(t=text))
            return
        active = bool(item or bucket or least)
        self.detail.proxy.set_filter((lambda row: (not item or item in row[3].split("、"))
                                      and (not bucket or row[10] == bucket) and int(row[8]) >= least)
                                     if active else None)
        rows = [self.detail.proxy.index(r, 0).data(ROW) for r in range(self.detail.proxy.rowCount())]
        rows = [r for r in rows if r is not None and r[0] != TOTAL]
        self.shown.setText(self.tr("显示 {n} 户：").format(n=len(rows)) + "，".join(
            figure(key, sum(int(r[column]) for r in rows))
            for key, column in (("overdue", 6), ("late_fee", 7), ("overdue_total", 8))))

    def _open_unit(self, index) -> None:
        row = index.data(ROW)
        if row is not None and row[0] != TOTAL:
            self.unitChosen.emit(row[0])

    def printed_pdf(self, report) -> bytes:
        return management_tables.arrears_pdf(report)

    def write(self, report, folder) -> list:
        return management_tables.write_arrears(report, folder)

    def summary(self) -> str:
        r = self.report
        return self.tr("欠费 {n} 户：").format(n=len(r.lines)) + "，".join(
            (figure("overdue", r.principal_fen), figure("late_fee", r.late_fee_fen),
             figure("overdue_total", r.principal_fen + r.late_fee_fen))) + self.tr("（未到期的费用不在其中）")


class MonthReportWindow(ReportWindow):
    """A report of one month: the month on top, the report built again when it changes."""

    def __init__(self, actor: Actor, settings: CounterSettings, month, name: str, parent=None):
        super().__init__(actor, settings, parent)
        self.setObjectName(f"{name}Dialog")
        self.month = date_edit(f"{name}Month", month, month=True)
        self.month.dateChanged.connect(self.refresh)
        self.parameters.addWidget(QLabel(self.tr("月份")))
        self.parameters.addWidget(self.month)
        self.parameters.addStretch(1)


class CollectionDialog(MonthReportWindow):
    def __init__(self, actor: Actor, settings: CounterSettings, month=None, parent=None):
        super().__init__(actor, settings, month, "collection", parent)
        self.setWindowTitle(self.tr("月度收费汇总"))
        self.refresh()

    def build_request(self):
        actor, month = self.actor, self.month.date().toString("yyyy-MM")

        def build():
            report = collection.collection_report(actor, month)
            return report, management_tables.collection_sections(report)
        return build

    def printed_pdf(self, report) -> bytes:
        return management_tables.collection_pdf(report)

    def write(self, report, folder) -> list:
        return management_tables.write_collection(report, folder)

    def summary(self) -> str:
        r = self.report
        return self.tr("收费率 {rate}，户收费率 {units}，清缴率 {recovery}").format(
            rate=r.rate, units=r.unit_rate, recovery=r.recovery_rate)
