"""计费 (billing a month) from a screen: the month and the buildings, a preview of what would be
created per item and of the units passed over and why, the run itself with a progress bar that
can stop it (nothing is left of a stopped run), and the latest runs, any of which can be taken
back while nothing of it is paid. `counter-app bill [--preview]`, `bill-runs` and `bill-reverse`
are its twins."""
from __future__ import annotations

from PyQt6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
    QVBoxLayout
)

from ...core.errors import CounterError
from ...core.money import format_yuan
from ...core.periods import Month
from ...core.tables import TOTAL, Fen, Section
from ...ledger.estate import building_codes
from ...services.billing import reversal, runs as billing
from ...ledger.context import Actor
from .. import keys
from ..dialog_parts import status_and_close
from ..section_tables import section_table
from ..workers import BackgroundTask, in_own_connection
from ..errors import error_text

SHOWN_CODES = 12     # units named per reason; the count says how many in all


def plan_section(result: billing.RunResult) -> Section:
    rows = tuple((name, count, Fen(total)) for name, (count, total) in result.by_item.items())
    return Section("将生成的应收", ("收费项目", "笔数", "金额"), rows + ((TOTAL, result.created, Fen(result.total_fen)),))


def skipped_section(result: billing.RunResult) -> Section:
    return Section("未计费的房屋", ("原因", "户项", "房号"), tuple(
        (why, len(codes), "、".join(codes[:SHOWN_CODES]) + ("…" if len(codes) > SHOWN_CODES else ""))
        for why, codes in result.skipped.items()))


def runs_section(rows: list[reversal.RunRow]) -> Section:
    return Section("计费记录", ("编号", "月份", "楼栋", "生成时间", "操作人", "笔数", "金额", "撤销"), tuple(
        (r.run_id, r.month, r.building or "全部", f"{r.created_at:%Y-%m-%d %H:%M}", r.by, r.charges, Fen(r.total_fen),
         r.reversed) for r in rows))


class BillingDialog(QDialog):
    def __init__(self, actor: Actor, business_month: Month, parent=None):
        super().__init__(parent)
        self.setObjectName("billingDialog")
        self.actor = actor
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("计费"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.month = QLineEdit(str(business_month), objectName="billingMonth", placeholderText="YYYY-MM")
        keys.scratch(self.month)
        self.building = QComboBox(objectName="billingBuilding")
        self.building.addItem(self.tr("全部楼栋"), "")
        for code in building_codes(actor):
            self.building.addItem(code, code)
        form.addRow(self.tr("计费月份(&M)"), self.month)
        form.addRow(self.tr("楼栋(&B)"), self.building)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览 [F5]"), objectName="previewBilling")
        self.run_button = QPushButton(self.tr("生成应收 [Ctrl+Enter]"), objectName="runBilling")
        self.reverse_button = QPushButton(self.tr("撤销所选计费…"), objectName="reverseRun")
        for button, slot in ((self.preview_button, self.preview), (self.run_button, self.run),
                             (self.reverse_button, self.reverse_selected)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        keys.button_key(self, self.preview_button, "F5")
        keys.ctrl_enter(self, self.run)
        self.plan = section_table(plan_section(billing.RunResult("")), "billingPlan", self, sortable=False)
        self.skipped = section_table(skipped_section(billing.RunResult("")), "billingSkipped", self, sortable=False)
        self.runs = section_table(runs_section([]), "billingRuns", self, sortable=False)
        # What the run creates and what it passes over side by side, the runs under them: the
        # screen stays usable on a 1366×768 screen at 150 %.
        side_by_side = QHBoxLayout()
        for title, table, stretch in ((self.tr("预览 / 结果"), self.plan, 1), (self.tr("未计费"), self.skipped, 2)):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(table, 1)
            side_by_side.addLayout(column, stretch)
        layout.addLayout(side_by_side, 1)
        layout.addWidget(QLabel(f"<b>{self.tr('计费记录')}</b>"))
        layout.addWidget(self.runs, 1)
        self.status = status_and_close(self, layout, "billingStatus")
        self.refresh_runs()

    # -- what is asked ---------------------------------------------------------------------------
    def _choice(self) -> tuple[str, str | None] | None:
        text = self.month.text().strip()
        try:
            month = str(Month.parse(text))
        except (CounterError, ValueError):
            self.status.setText(self.tr("计费月份应写成 YYYY-MM，如 2026-12"))
            self.month.setFocus()
            return None
        return month, self.building.currentData() or None

    def _start(self, work, label: str, done) -> None:
        self.task = BackgroundTask(in_own_connection(work), label, self)
        self.task.finished.connect(done)
        self.task.failed.connect(self._failed)
        self.task.start()

    # -- preview and run ------------------------------------------------------------------------
    def preview(self) -> None:
        choice = self._choice()
        if choice is None or self.task is not None:
            return
        actor, (month, building) = self.actor, choice
        self._start(lambda report: billing.preview_billing(actor, month, building, report),
                    self.tr("正在计算 {m} 的应收…").format(m=month), self._previewed)

    def _previewed(self, result: billing.RunResult) -> None:
        self.task = None
        self._show(result)
        self.status.setText(self.tr("{m} 预览：将新增应收 {n} 笔，合计 ¥{t}。尚未生成，确认无误后按“生成应收”。").format(
            m=result.month, n=result.created, t=format_yuan(result.total_fen)) + self._warnings(result))

    def run(self) -> None:
        choice = self._choice()
        if choice is None or self.task is not None:
            return
        actor, (month, building) = self.actor, choice
        ahead = billing.months_ahead(actor, month)
        confirm = False
        if ahead > billing.AHEAD_MONTHS:
            answer = QMessageBox.question(
                self, self.tr("提前计费"),
                self.tr("{m} 比本月提前 {n} 个月。生成后，这些应收会出现在柜台下一次“缴清全部欠费”里。确定要提前计费吗？")
                .format(m=month, n=ahead), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.status.setText(self.tr("未生成：{m} 需要确认提前计费").format(m=month))
                return
            confirm = True
        self._start(lambda report: billing.run_billing(actor, month, building, confirm_ahead=confirm, progress=report),
                    self.tr("正在生成 {m} 的应收…").format(m=month), self._ran)

    def _ran(self, result: billing.RunResult) -> None:
        self.task = None
        self._show(result)
        self.refresh_runs()
        self.status.setText(self.tr("{m} 已生成（计费编号 {id}）：新增应收 {n} 笔，合计 ¥{t}；预存自动扣费 {d} 笔。").format(
            m=result.month, id=result.run_id, n=result.created, t=format_yuan(result.total_fen),
            d=result.deductions) + self._warnings(result))

    def _failed(self, message: str) -> None:
        self.task = None
        self.status.setText(message or self.tr("已取消：本次计费没有生成任何应收"))

    def _show(self, result: billing.RunResult) -> None:
        self.plan.section_model.set_section(plan_section(result))
        self.skipped.section_model.set_section(skipped_section(result))

    def _warnings(self, result: billing.RunResult) -> str:
        return "".join(self.tr(" 注意：{w}").format(w=w) for w in result.warnings)

    # -- the runs -------------------------------------------------------------------------------
    def refresh_runs(self) -> None:
        self.runs.section_model.set_section(runs_section(reversal.billing_runs(self.actor)))

    def selected_run(self) -> int | None:
        index = self.runs.currentIndex()
        if not index.isValid():
            return None
        row = self.runs.proxy.mapToSource(index).row()
        return self.runs.section_model.section.rows[row][0]

    def reverse_selected(self) -> None:
        run_id = self.selected_run()
        if run_id is None:
            self.status.setText(self.tr("请先在计费记录里选中要撤销的一次计费"))
            self.runs.setFocus()
            return
        reason, ok = QInputDialog.getText(self, self.tr("撤销计费"),
                                          self.tr("撤销计费 {id} 的原因（将记入审计记录）：").format(id=run_id))
        if not ok:
            return
        try:
            cancelled = reversal.reverse_run(self.actor, run_id, reason)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self.refresh_runs()
        self.status.setText(self.tr("计费 {id} 已撤销：{n} 笔应收已取消").format(id=run_id, n=cancelled))
