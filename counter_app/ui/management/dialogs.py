"""The manager's reports on screen: the arrears list and the monthly collection report, shown as
the PDF that prints, with export to PDF, Excel and CSV (the same sections). A whole estate's
report takes a second or two: it is built, printed to PDF and exported off the GUI thread, and the
window stays responsive (ui/jobs.py)."""
from __future__ import annotations

from PyQt6.QtCore import QDate
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QDateEdit, QDialog, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
)

from ...core.money import format_yuan
from ...services.common.context import Actor
from ...services.reports import arrears, collection, tables as management_tables
from ..jobs import LatestOnly
from ..printing.pdf_view import PdfView
from ..printing.printer import print_report
from ..settings import CounterSettings


class _ReportWindow(QDialog):
    """Parameters on top, the report below; F5 refreshes, F4 prints, export writes all forms."""

    def __init__(self, actor: Actor, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.actor, self.settings = actor, settings
        self.report = None
        self.pdf = b""
        self.jobs = LatestOnly(self)          # building the report shown
        self.jobs.done.connect(self._show)
        self.jobs.failed.connect(self._refused)
        self.files = LatestOnly(self)         # the full PDF to print, the exports
        self.files.failed.connect(self._refused)
        self._when_written = lambda result: None   # set by each print or export: what its result is for
        self.files.done.connect(lambda result: self._when_written(result))
        self.resize(820, 900)
        layout = QVBoxLayout(self)
        self.parameters = QHBoxLayout()
        layout.addLayout(self.parameters)
        self.view_holder = QVBoxLayout()
        self.view: QWidget = QWidget()
        self.view_holder.addWidget(self.view)
        layout.addLayout(self.view_holder, 1)
        self.status = QLabel(objectName="managementStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        refresh = QPushButton(self.tr("刷新 [F5]"), objectName="refreshReport")
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
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
        self.report, self.pdf = built
        view = PdfView(self.pdf, self, "managementPreview")
        self.view_holder.replaceWidget(self.view, view)
        self.view.deleteLater()
        self.view = view
        self.status.setText(self.summary())

    def summary(self) -> str:
        return ""

    def printed_pdf(self, report) -> bytes:
        """The PDF that prints (built off the GUI thread)."""
        return self.pdf

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


PREVIEW_UNITS = 200


class ArrearsDialog(_ReportWindow):
    def __init__(self, actor: Actor, settings: CounterSettings, as_of=None, parent=None):
        super().__init__(actor, settings, parent)
        self.setObjectName("arrearsDialog")
        self.setWindowTitle(self.tr("欠费清单"))
        self.as_of = QDateEdit(objectName="arrearsDate", calendarPopup=True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(QDate(as_of) if as_of else QDate.currentDate())
        self.building = QLineEdit(objectName="arrearsBuilding", placeholderText=self.tr("全部楼栋"))
        self.building.returnPressed.connect(self.refresh)
        for widget in (QLabel(self.tr("截至")), self.as_of, QLabel(self.tr("楼栋")), self.building):
            self.parameters.addWidget(widget)
        self.parameters.addStretch(1)
        self.refresh()

    def build_request(self):
        actor, as_of, building = self.actor, self.as_of.date().toPyDate(), self.building.text().strip()

        def build():
            report = arrears.arrears_list(actor, as_of, building)
            # On screen, the units longest in arrears (a whole estate's list runs to hundreds of
            # pages); printing and the export carry every unit.
            return report, management_tables.arrears_pdf(report, PREVIEW_UNITS)
        return build

    def printed_pdf(self, report) -> bytes:
        return management_tables.arrears_pdf(report)

    def write(self, report, folder) -> list:
        return management_tables.write_arrears(report, folder)

    def summary(self) -> str:
        r = self.report
        return self.tr("欠费 {n} 户，本金 ¥{p}，滞纳金 ¥{l}").format(
            n=len(r.lines), p=format_yuan(r.principal_fen), l=format_yuan(r.late_fee_fen))


class CollectionDialog(_ReportWindow):
    def __init__(self, actor: Actor, settings: CounterSettings, month=None, parent=None):
        super().__init__(actor, settings, parent)
        self.setObjectName("collectionDialog")
        self.setWindowTitle(self.tr("月度收费汇总"))
        self.month = QDateEdit(objectName="collectionMonth", calendarPopup=True)
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate(month) if month else QDate.currentDate())
        self.month.dateChanged.connect(self.refresh)
        self.parameters.addWidget(QLabel(self.tr("月份")))
        self.parameters.addWidget(self.month)
        self.parameters.addStretch(1)
        self.refresh()

    def build_request(self):
        actor, month = self.actor, self.month.date().toString("yyyy-MM")

        def build():
            report = collection.collection_report(actor, month)
            return report, management_tables.collection_pdf(report)
        return build

    def write(self, report, folder) -> list:
        return management_tables.write_collection(report, folder)

    def summary(self) -> str:
        r = self.report
        return self.tr("收费率 {rate}，户收费率 {units}，清缴率 {recovery}").format(
            rate=r.rate, units=r.unit_rate, recovery=r.recovery_rate)
