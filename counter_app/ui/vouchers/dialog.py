"""记账凭证 from a screen (管理 → 记账凭证…): the accounts each line of the day posts to, chosen in
a list and changed by typing a code and a name (Ctrl+Enter saves); a closed day's voucher shown,
and it or each closed day of a month exported in the 金蝶, 用友 or CSV layout (Ctrl+Enter), with
every day's export state and any reopened day awaiting reversal. `counter-app voucher` is its
twin; the rules are services/finance/vouchers.py."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PyQt6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget
)

from ... import paths
from ...core.errors import CounterError, Invalid
from ...core.periods import Month
from ...core.tables import Fen, Section
from ...core.vouchers import EXPORT_FORMATS
from ...ledger.context import Actor
from ...services.finance import vouchers
from .. import keys
from ..dialog_parts import status_and_close
from ..errors import error_text
from ..section_tables import section_table


def accounts_section(rows: list[vouchers.AccountRow]) -> Section:
    return Section("科目", ("科目项", "项目", "科目代码", "科目名称", "来源"),
                   tuple((r.key, r.label, r.code, r.name, "本小区" if r.own else "默认") for r in rows))


def voucher_section(voucher) -> Section:
    lines = tuple((x.summary, x.account.code, x.account.name, Fen(x.debit_fen), Fen(x.credit_fen))
                  for x in voucher.lines) if voucher else ()
    total = (("合计", "", "", Fen(voucher.debit_fen), Fen(voucher.credit_fen)),) if voucher else ()
    return Section("凭证", ("摘要", "科目代码", "科目名称", "借方金额", "贷方金额"), lines + total)


def status_section(rows: list[vouchers.DayStatus]) -> Section:
    return Section("导出记录", ("营业日", "日结", "导出时间", "导出人", "文件", "待冲销"), tuple(
        (r.day.isoformat(), "已日结" if r.closed else "未日结", r.exported_at or "未导出", r.exported_by, r.file_name,
         "已重开，待冲销" if r.flagged else "") for r in rows))


class VoucherDialog(QDialog):
    def __init__(self, actor: Actor, day: date, parent=None):
        super().__init__(parent)
        self.setObjectName("voucherDialog")
        self.actor = actor
        self.setWindowTitle(self.tr("记账凭证"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="voucherTabs")
        self.tabs.addTab(self._export_tab(day), self.tr("凭证导出"))
        self.tabs.addTab(self._accounts_tab(), self.tr("科目设置"))
        layout.addWidget(self.tabs, 1)
        self.status = status_and_close(self, layout, "voucherStatus")
        self.rows: list[vouchers.AccountRow] = []
        self.refresh_accounts()
        self.show_span()
        keys.mark_saved(self)

    # -- export -----------------------------------------------------------------------------
    def _export_tab(self, day: date) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        form = QFormLayout()
        self.span = QLineEdit(day.isoformat(), objectName="voucherSpan")
        self.span.setPlaceholderText(self.tr("营业日 2026-01-10 或月份 2026-01"))
        self.span.returnPressed.connect(self.show_span)      # Enter in the field: its own look-up
        form.addRow(self.tr("营业日或月份"), self.span)
        self.format = QComboBox(objectName="voucherFormat")
        for fmt in EXPORT_FORMATS:
            self.format.addItem(vouchers.FORMAT_NAMES[fmt], fmt)
        self.format.currentIndexChanged.connect(lambda _i: self._suggest_file())
        form.addRow(self.tr("格式"), self.format)
        self.out = QLineEdit(objectName="voucherFile")
        form.addRow(self.tr("写入文件"), self.out)
        self.first_number = QSpinBox(objectName="voucherNumber", minimum=1, maximum=99999)
        form.addRow(self.tr("起始凭证号"), self.first_number)
        self.again = QCheckBox(self.tr("再次导出已导出过的营业日（记入审计）"), objectName="voucherAgain")
        form.addRow("", self.again)
        column.addLayout(form)
        row = QHBoxLayout()
        export = QPushButton(self.tr("导出 [Ctrl+Enter]"), objectName="exportVoucher")
        export.setAutoDefault(False)
        export.clicked.connect(self.export)
        row.addWidget(export)
        row.addStretch(1)
        column.addLayout(row)
        keys.ctrl_enter(tab, self.export)
        keys.scratch(self.span, self.out)
        self.voucher_table = section_table(voucher_section(None), "voucherLines", tab, sortable=False)
        column.addWidget(self.voucher_table, 2)
        self.status_table = section_table(status_section([]), "voucherDays", tab, sortable=False)
        column.addWidget(self.status_table, 1)
        for table in (self.voucher_table, self.status_table):    # they scroll: the window fits 1366×768 at 150 %
            table.setMinimumHeight(48)
        self._suggest_file()
        return tab

    def _span(self) -> dict:
        text = self.span.text().strip()
        try:
            if len(text) == 7:
                return {"month": str(Month.parse(text))}
            return {"day": date.fromisoformat(text)}
        except ValueError:
            raise Invalid("“{text}”不是营业日（2026-01-10）或月份（2026-01）", text=text) from None

    def _suggest_file(self) -> None:
        fmt = self.format.currentData()
        stem = self.span.text().strip() or "voucher"
        self.out.setText(str(paths.data_dir() / f"凭证-{stem}-{fmt}.{'csv' if fmt == 'csv' else 'xlsx'}"))

    def show_span(self) -> None:
        """The day's voucher as it would be written, and the export state of the day or month."""
        try:
            span = self._span()
            voucher = None
            if "day" in span:
                try:
                    voucher = vouchers.preview(self.actor, span["day"])
                except CounterError as exc:
                    self.status.setText(error_text(exc))
            self.voucher_table.section_model.set_section(voucher_section(voucher))
            self.status_table.section_model.set_section(status_section(vouchers.status(self.actor, **span)))
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return
        self._suggest_file()

    def export(self) -> bool:
        try:
            done = vouchers.export(self.actor, self.format.currentData(), Path(self.out.text().strip()),
                                   again=self.again.isChecked(), first_number=self.first_number.value(),
                                   **self._span())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.again.setChecked(False)
        self.status.setText(self.tr("已写入 {path}：{n} 张凭证{skipped}").format(
            path=done.path, n=len(done.written),
            skipped=self.tr("，{k} 天以前已导出，未重复导出").format(k=len(done.skipped)) if done.skipped else ""))
        self.show_span()
        return True

    # -- accounts ---------------------------------------------------------------------------
    def _accounts_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.accounts = section_table(accounts_section([]), "voucherAccounts", tab, sortable=False)
        column.addWidget(self.accounts, 1)
        row = QHBoxLayout()
        self.code = QLineEdit(objectName="accountCode", placeholderText=self.tr("科目代码"))
        self.name = QLineEdit(objectName="accountName", placeholderText=self.tr("科目名称"))
        save = QPushButton(self.tr("保存科目 [Ctrl+Enter]"), objectName="saveAccount")
        save.setAutoDefault(False)
        save.clicked.connect(self.save_account)
        for widget in (self.code, self.name, save):
            row.addWidget(widget)
        column.addLayout(row)
        keys.ctrl_enter(tab, self.save_account)
        self.accounts.selectionModel().currentRowChanged.connect(lambda _now, _before: self._chosen_to_fields())
        return tab

    def refresh_accounts(self) -> None:
        chosen = self.chosen()
        self.rows = vouchers.accounts(self.actor)
        self.accounts.section_model.set_section(accounts_section(self.rows))
        for index, row in enumerate(self.rows):
            if chosen is not None and row.key == chosen.key:
                self.accounts.selectRow(index)

    def chosen(self) -> vouchers.AccountRow | None:
        index = self.accounts.currentIndex()
        return self.rows[self.accounts.proxy.mapToSource(index).row()] if index.isValid() and self.rows else None

    def _chosen_to_fields(self) -> None:
        row = self.chosen()
        if row is not None:
            self.code.setText(row.code)
            self.name.setText(row.name)
            keys.mark_saved(self)

    def save_account(self) -> bool:
        row = self.chosen()
        if row is None:
            self.status.setText(self.tr("请先在表中选中一个科目项"))
            self.accounts.setFocus()
            return False
        try:
            saved = vouchers.set_account(self.actor, row.key, self.code.text(), self.name.text())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.refresh_accounts()
        keys.mark_saved(self)
        self.status.setText(self.tr("{label} 记入 {code} {name}").format(label=saved.label, code=saved.code,
                                                                        name=saved.name))
        return True
