"""咨询台: the fee catalogue, the calculator, the account statement and the consultation log, in
one window the cashier opens from the counter (with the unit filled in) and closes to go back."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QDate, Qt
from PyQt6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QPlainTextEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget
)

from ...core.errors import CounterError
from ...core.money import format_yuan
from ...documents.report_pdf import render_report_pdf
from ...services.common import exports
from ...ledger.context import Actor
from ...services.consultation import desk as consultation
from ...services.counter.info import counter_info
from .. import fit, keys
from ..dates import date_edit
from ..labels import label as tr_label
from ..printing.printer import print_report
from ..section_tables import stacked_sections
from ..settings import CounterSettings
from ..errors import error_text

OUTCOME_LABELS = (("answered", "已解答"), ("follow_up", "需跟进"), ("complaint", "投诉"))


class ConsultationDialog(keys.TabInOrder, QDialog):
    def __init__(self, actor: Actor, settings: CounterSettings, unit_code: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("consultationDialog")
        self.actor, self.settings = actor, settings
        self.setWindowTitle(self.tr("咨询台") + (f" — {unit_code}" if unit_code else ""))
        self.resize(1000, 680)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="consultationTabs")
        # Each tab scrolls on a short screen (1366×768 at 150 %); the close button stays in view.
        for name, tab, title in (("catalogueScroll", self._catalogue_tab(), self.tr("收费项目")),
                                 ("calculatorScroll", self._calculator_tab(unit_code), self.tr("试算")),
                                 ("statementScroll", self._statement_tab(unit_code), self.tr("对账单")),
                                 ("logScroll", self._log_tab(unit_code), self.tr("咨询登记"))):
            self.tabs.addTab(fit.scrolling(tab, name, 200), title)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_opened)
        self.status = fit.MessageLabel(objectName="consultationStatus")
        layout.addWidget(self.status)
        self.close_button = QPushButton(self.tr("返回收款 [Esc]"))
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.search_items("")

    def tab_stops(self) -> list[QWidget]:
        """The tabs and the page shown (a statement's tables are made anew), then 返回收款."""
        return [*keys.page_stops(self.tabs), self.close_button]

    # -- catalogue ----------------------------------------------------------------------------
    def _catalogue_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.item_search = QLineEdit(objectName="itemSearch")
        self.item_search.setPlaceholderText(self.tr("项目名称、拼音首字母（wyf）或代码"))
        self.item_search.textChanged.connect(self.search_items)
        keys.scratch(self.item_search)
        self.item_list = QListWidget(objectName="itemList")
        self.item_list.currentRowChanged.connect(self.show_item)
        left.addWidget(self.item_search)
        left.addWidget(self.item_list)
        layout.addLayout(left, 1)
        self.item_detail = QPlainTextEdit(objectName="itemDetail")
        self.item_detail.setReadOnly(True)
        layout.addWidget(self.item_detail, 2)
        notice = QPushButton(self.tr("打印收费公示"), objectName="printNotice")
        notice.clicked.connect(self.print_notice)
        left.addWidget(notice)
        return tab

    def search_items(self, text: str) -> None:
        self.entries = consultation.catalogue(self.actor, text)
        self.item_list.clear()
        for e in self.entries:
            self.item_list.addItem(f"{e.name}（{e.code}）")
        if self.entries:
            self.item_list.setCurrentRow(0)
        else:
            self.item_detail.setPlainText(self.tr("没有找到"))

    def show_item(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        e = self.entries[row]
        lines = [f"{e.name}（{e.code}）", f"{self.tr('计费方式')}：{e.kind}　{self.tr('周期')}：{e.cycle}",
                 f"{self.tr('现行标准')}：{e.rate}", f"{self.tr('取整')}：{e.rounding}",
                 f"{self.tr('滞纳金')}：{e.late_fee}", f"{self.tr('空置优惠')}：{e.vacancy}",
                 f"{self.tr('依据')}：{e.basis}", "", e.explanation, "", self.tr("标准沿革：")]
        lines += [f"  {since} 起 {rate}（{basis}）" for since, rate, basis in e.history]
        self.item_detail.setPlainText("\n".join(lines))

    def print_notice(self) -> None:
        self.status.setText(print_report(self.settings, consultation.notice_pdf(self.actor), "收费公示", self).message())

    # -- calculator ---------------------------------------------------------------------------
    def _calculator_tab(self, unit_code: str) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        form = QFormLayout()
        self.calc_item = QComboBox(objectName="calcItem")
        for e in consultation.catalogue(self.actor):
            self.calc_item.addItem(e.name, e.code)
        self.calc_unit = QLineEdit(unit_code, objectName="calcUnit")
        self.calc_unit.setPlaceholderText(self.tr("房号；留空则按下面的假设"))
        self.calc_area = QLineEdit(objectName="calcArea")
        self.calc_vacant = QCheckBox(self.tr("空置"), objectName="calcVacant")
        self.calc_spaces = QSpinBox(objectName="calcSpaces")
        self.calc_usage = QLineEdit(objectName="calcUsage")
        self.calc_from = QLineEdit(QDate.currentDate().addMonths(1).toString("yyyy-MM"), objectName="calcFrom")
        self.calc_months = QSpinBox(objectName="calcMonths")
        self.calc_months.setRange(1, 120)
        self.calc_months.setValue(12)
        self.calc_through = QLineEdit(objectName="calcThrough")
        self.calc_through.setPlaceholderText(self.tr("如 2027-06：缴至该月共需多少"))
        for label, widget in ((self.tr("项目"), self.calc_item), (self.tr("房号"), self.calc_unit),
                              (self.tr("假设面积（㎡）"), self.calc_area), ("", self.calc_vacant),
                              (self.tr("假设车位数"), self.calc_spaces), (self.tr("假设用量"), self.calc_usage),
                              (self.tr("起始月"), self.calc_from), (self.tr("月数"), self.calc_months),
                              (self.tr("或：缴至"), self.calc_through)):
            form.addRow(label, widget)
        keys.scratch(tab)                     # a what-if: nothing typed here is work to lose
        for field in (self.calc_unit, self.calc_area, self.calc_usage, self.calc_from, self.calc_through):
            field.returnPressed.connect(self.calculate)
        run = QPushButton(self.tr("计算 [Enter]"), objectName="calcRun")
        run.clicked.connect(self.calculate)
        form.addRow(run)
        layout.addLayout(form, 1)
        self.calc_result = QPlainTextEdit(objectName="calcResult")
        self.calc_result.setReadOnly(True)
        layout.addWidget(self.calc_result, 2)
        return tab

    def calculate(self) -> None:
        try:
            if self.calc_through.text().strip():
                result = consultation.pay_through(self.actor, self.calc_unit.text().strip(), self.calc_through.text().strip())
            else:
                result = consultation.calculate(self.actor, self.calc_item.currentData(), self.calc_from.text().strip(), self.calc_months.value(),
                    unit_code=self.calc_unit.text().strip() or None, area=self.calc_area.text().strip() or None,
                    vacant=self.calc_vacant.isChecked(), spaces=self.calc_spaces.value() or None,
                    usage=self.calc_usage.text().strip() or None)
        except CounterError as exc:
            self.calc_result.setPlainText(self.tr("无法计算：") + error_text(exc))
            return
        self.calc_result.setPlainText("\n".join([result.title, *result.lines,
                                                 f"{self.tr('金额')}：{format_yuan(result.amount_fen)} 元"]))

    # -- statement ----------------------------------------------------------------------------
    def _statement_tab(self, unit_code: str) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.st_unit = QLineEdit(unit_code, objectName="statementUnit")
        today = QDate(counter_info(self.actor).business_date)
        self.st_from = date_edit("statementFrom", today.addYears(-1))
        self.st_to = date_edit("statementTo", today)
        keys.scratch(self.st_unit, self.st_from, self.st_to)
        self.st_unit.returnPressed.connect(self.make_statement)
        show = QPushButton(self.tr("生成 [Enter]"), objectName="statementShow")
        show.clicked.connect(self.make_statement)
        export = QPushButton(self.tr("导出 PDF/Excel…"), objectName="statementExport")
        export.clicked.connect(self._export_statement)
        print_button = QPushButton(self.tr("打印"), objectName="statementPrint")
        print_button.clicked.connect(self.print_statement)
        for w in (QLabel(self.tr("房号")), self.st_unit, QLabel(self.tr("从")), self.st_from, QLabel(self.tr("到")),
                  self.st_to, show, print_button, export):
            row.addWidget(w)
        layout.addLayout(row)
        # The statement as tables with their column headers (the sections its PDF and Excel are
        # written from), made as the tab opens and again for another unit or dates.
        self.st_message = QLabel(objectName="statementMessage")
        self.st_message.setWordWrap(True)
        layout.addWidget(self.st_message)
        self.st_view = QWidget(objectName="statementView")
        QVBoxLayout(self.st_view).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.st_view, 1)
        self.statement = None
        return tab

    def _tab_opened(self, index: int) -> None:
        if self.tabs.widget(index).objectName() == "statementScroll" and self.statement is None \
                and self.st_unit.text().strip():
            self.make_statement()

    def make_statement(self) -> None:
        column = self.st_view.layout()
        while column.count():
            column.takeAt(0).widget().deleteLater()
        try:
            self.statement = consultation.account_statement(self.actor, self.st_unit.text().strip(), self.st_from.date().toPyDate(),
                                                            self.st_to.date().toPyDate())
        except CounterError as exc:
            self.statement = None
            self.st_message.setText(error_text(exc))
            return
        s = self.statement
        self.st_message.setText(self.tr("{u}：{a} 至 {b} 的对账单").format(u=s.unit_code, a=s.date_from, b=s.date_to))
        column.addWidget(stacked_sections(consultation.statement_sections(s)))

    def statement_pdf(self) -> bytes:
        if self.statement is None:
            self.make_statement()
        s = self.statement
        return render_report_pdf(f"对账单 {s.unit_code}", f"{s.date_from} 至 {s.date_to}",
                                 consultation.statement_sections(s),
                                 signatures="业主签字：__________    物业经办：__________")

    def print_statement(self) -> None:
        pdf = self.statement_pdf()
        self.status.setText(print_report(self.settings, pdf, "对账单", self).message())

    def export_statement(self, folder) -> list[Path]:
        pdf_bytes = self.statement_pdf()
        s = self.statement
        folder = Path(folder)
        stem = f"statement-{s.unit_code}-{s.date_from}-{s.date_to}"
        pdf = folder / f"{stem}.pdf"
        pdf.write_bytes(pdf_bytes)
        return [pdf, exports.write_sections_xlsx(folder / f"{stem}.xlsx", consultation.statement_sections(s))]

    def _export_statement(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出到"))
        if folder:
            self.status.setText("\n".join(str(p) for p in self.export_statement(folder)))

    # -- consultation log ---------------------------------------------------------------------
    def _log_tab(self, unit_code: str) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        form = QFormLayout()
        self.log_unit = QLineEdit(unit_code, objectName="logUnit")
        self.log_caller = QLineEdit(objectName="logCaller")
        self.log_item = QComboBox(objectName="logItem")
        self.log_item.addItem(self.tr("（其他）"), "")
        for e in consultation.catalogue(self.actor):
            self.log_item.addItem(e.name, e.code)
        self.log_topic = QLineEdit(objectName="logTopic")
        self.log_topic.setPlaceholderText(self.tr("不涉及收费项目时的主题，如 停车、装修"))
        self.log_question = QLineEdit(objectName="logQuestion")
        self.log_answer = QLineEdit(objectName="logAnswer")
        self.log_outcome = QComboBox(objectName="logOutcome")
        for code, text in OUTCOME_LABELS:
            self.log_outcome.addItem(tr_label(text), code)
        self.log_owner = QLineEdit(objectName="logOwner")
        for label, widget in ((self.tr("房号"), self.log_unit), (self.tr("来访人"), self.log_caller),
                              (self.tr("主题"), self.log_item), ("", self.log_topic), (self.tr("问题"), self.log_question),
                              (self.tr("答复"), self.log_answer), (self.tr("结果"), self.log_outcome),
                              (self.tr("跟进人"), self.log_owner)):
            form.addRow(label, widget)
        save = QPushButton(self.tr("登记 [Ctrl+Enter]"), objectName="logSave")
        save.clicked.connect(self.log)
        export = QPushButton(self.tr("导出 Excel…"), objectName="logExport")
        export.clicked.connect(self._export_log)
        form.addRow(save)
        form.addRow(export)
        layout.addLayout(form, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("待跟进")))
        self.follow_ups = QListWidget(objectName="followUps")
        right.addWidget(self.follow_ups)
        layout.addLayout(right, 1)
        keys.ctrl_enter(tab, self.log)        # a consultation recorded: its own key, never Enter in a field
        self.refresh_follow_ups()
        return tab

    def log(self) -> bool:
        try:
            consultation.log_consultation(
                self.actor, self.log_question.text(), answer=self.log_answer.text(),
                unit_code=self.log_unit.text().strip() or None, caller=self.log_caller.text(),
                item_code=self.log_item.currentData() or None, topic=self.log_topic.text(),
                outcome=self.log_outcome.currentData(),
                follow_up_owner=self.log_owner.text())
        except CounterError as exc:
            self.status.setText(self.tr("未登记：") + error_text(exc))
            return False
        self.status.setText(self.tr("已登记咨询"))
        self.log_question.clear()
        self.log_answer.clear()
        keys.mark_saved(self)                 # what stays typed (the unit, the caller) is logged
        self.refresh_follow_ups()
        return True

    def refresh_follow_ups(self) -> None:
        self.follow_ups.clear()
        for c in consultation.open_follow_ups(self.actor):
            self.follow_ups.addItem(f"{c.topic} {c.question}（{c.follow_up_owner}）")

    def export_log(self, path) -> Path:
        return exports.write_sections_xlsx(path, consultation.consultation_sections(self.actor))

    def _export_log(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出咨询登记"), "consultations.xlsx", "Excel (*.xlsx)")
        if path:
            self.status.setText(str(self.export_log(path)))
