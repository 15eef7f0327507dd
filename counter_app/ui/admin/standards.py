"""收费项目与标准 from a screen: the estate's items and each one's standards, oldest first; a new
item; a new standard from a date, previewed before it is saved (the first month it bills: the
month's total under the standard in force and under the new one, units of each kind side by side).
A standard is never edited: a change is a new standard from a later date, and 保存 is open only
after a preview of exactly what is typed. `counter-app standard list|preview|add` is its twin."""
from __future__ import annotations

import json
from datetime import date

from PyQt6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout
)

from .. import keys
from ...core import fees
from ...core.errors import CounterError, Invalid
from ...core.latefees import MAX_DAILY_PPM
from ...core.money import format_yuan
from ...core.periods import CYCLE_NAMES
from ...core.tables import TOTAL, Fen, Section
from ...services.admin import estate as est
from ...ledger import estate as lookups
from ...services.billing import rate_change
from ...ledger.context import Actor
from ..dialog_parts import status_and_close
from ..section_tables import section_table, last_column_takes_the_room
from ..errors import error_text
from .discounts import DiscountPoliciesDialog
from .offers import OffersDialog


def items_section(items) -> Section:
    return Section("收费项目", ("代码", "名称", "计费方式", "周期"), tuple(
        (i.code, i.name, fees.KINDS.get(i.kind, i.kind), CYCLE_NAMES.get(i.cycle, i.cycle)) for i, _ in items))


def standards_section(item, standards) -> Section:
    def tiers(std) -> str:
        return "；".join(f"{'≤' + fees.qty_text(u) if u is not None else '以上'} {fees.rate_yuan(r)}"
                        for u, r in json.loads(std.tiers)) if std.tiers else ""
    return Section("标准", ("生效日期", "单价", "阶梯", "取整", "空置收费", "依据"), tuple(
        (s.effective_from.isoformat(), f"{fees.rate_yuan(s.rate_e4)} {fees.RATE_UNITS.get(item.kind, '')}", tiers(s),
         f"{fees.ROUNDING_UNITS.get(s.rounding_unit, '')}，{fees.ROUNDING_SCOPES.get(s.rounding_scope, '')}",
         f"{s.vacancy_percent}%", s.basis) for s in standards))


def preview_section(p: rate_change.RateChangePreview | None) -> Section:
    if p is None:
        return Section("预览", ("房号", "房屋", "现行", "新标准", "差额"), ())
    rows = tuple((s.code, s.facts, Fen(s.old_fen), Fen(s.new_fen), Fen(s.new_fen - s.old_fen)) for s in p.sample)
    return Section("预览", ("房号", "房屋", "现行", "新标准", "差额"),
                   rows + ((f"{TOTAL}（{p.units} 户）", p.month, Fen(p.old_total_fen), Fen(p.new_total_fen),
                            Fen(p.change_fen)),))


def parse_tiers(text: str) -> list[tuple[str | None, str]]:
    """"18:2.90, 25:3.85, :6.70" -> [("18", "2.90"), ("25", "3.85"), (None, "6.70")]."""
    out = []
    for part in text.replace("，", ",").split(","):
        if not part.strip():
            continue
        upto, sep, rate = part.replace("：", ":").partition(":")
        if not sep:
            raise Invalid("阶梯写成 上限:单价，用逗号分开，最后一档写成 :单价，如 18:2.90, 25:3.85, :6.70")
        out.append((upto.strip() or None, rate.strip()))
    return out


class StandardsDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("standardsDialog")
        self.actor = actor
        self.previewed: tuple | None = None       # the inputs the shown preview was made from
        self.setWindowTitle(self.tr("收费项目与标准"))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        self.items_table = section_table(items_section([]), "itemsTable", self, sortable=False)
        self.items_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_standards())
        left = QVBoxLayout()
        left.addWidget(self.items_table, 1)
        left.addLayout(self._new_item_row())
        policies = QPushButton(self.tr("折扣/减免政策… [Ctrl+D]"), objectName="openDiscounts")
        policies.setAutoDefault(False)
        policies.clicked.connect(self.open_discounts)
        keys.button_key(self, policies, "Ctrl+D")        # the policies that take off a fee
        left.addWidget(policies)
        offers = QPushButton(self.tr("预交优惠（交 N 月送 M 月）… [Ctrl+O]"), objectName="openOffers")
        offers.setAutoDefault(False)
        offers.clicked.connect(self.open_offers)
        keys.button_key(self, offers, "Ctrl+O")          # the offers that give months for paying ahead
        left.addWidget(offers)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        # Made without a parent, as the left column's fields are: each joins the window, and its Tab
        # chain, when the columns do, in the order drawn (the left column first).
        self.standards = section_table(standards_section(None, []), "standardsTable", sortable=False)
        last_column_takes_the_room(self.standards)       # 依据: a long document number
        right.addWidget(self.standards, 1)
        right.addLayout(self._new_standard_form())
        self.preview_table = section_table(preview_section(None), "ratePreview", sortable=False)
        right.addWidget(self.preview_table, 1)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)
        self.status = status_and_close(self, layout, "standardsStatus")
        self.discounts_dialog: QDialog | None = None
        self.offers_dialog: QDialog | None = None
        self.refresh()

    def _new_item_row(self) -> QVBoxLayout:
        """A new item in two rows: what it is, then when it falls due and its late fee."""
        rows = QVBoxLayout()
        row = QHBoxLayout()
        self.item_code = QLineEdit(objectName="newItemCode", placeholderText=self.tr("代码"))
        self.item_name = QLineEdit(objectName="newItemName", placeholderText=self.tr("名称"))
        self.item_kind = QComboBox(objectName="newItemKind")
        for code, name in fees.KINDS.items():
            self.item_kind.addItem(name, code)
        self.item_cycle = QComboBox(objectName="newItemCycle")
        for code, name in CYCLE_NAMES.items():
            self.item_cycle.addItem(name, code)
        for widget in (self.item_code, self.item_name, self.item_kind, self.item_cycle):
            row.addWidget(widget)
        rows.addLayout(row)
        terms = QHBoxLayout()
        self.item_due = QSpinBox(objectName="newItemDueDays", prefix=self.tr("缴费期限 "), suffix=self.tr(" 天"))
        self.item_due.setRange(0, 365)
        self.item_due.setValue(30)
        # 万分之 per day: the table's unit is ppm; 1 % a day (100 ‱) is the most an item may charge.
        self.item_late = QSpinBox(objectName="newItemLateFee", prefix=self.tr("滞纳金 "), suffix=self.tr(" ‱/天"))
        self.item_late.setRange(0, MAX_DAILY_PPM // 100)
        self.item_grace = QSpinBox(objectName="newItemGrace", prefix=self.tr("宽限 "), suffix=self.tr(" 天"))
        self.item_grace.setRange(0, 365)
        add = QPushButton(self.tr("新增项目"), objectName="addItem")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_item)
        for widget in (self.item_due, self.item_late, self.item_grace, add):
            terms.addWidget(widget)
        rows.addLayout(terms)
        return rows

    def _new_standard_form(self) -> QFormLayout:
        form = QFormLayout()
        self.effective = QLineEdit(objectName="standardFrom", placeholderText="YYYY-MM-DD")
        self.rate = QLineEdit(objectName="standardRate", placeholderText=self.tr("元"))
        self.tiers = QLineEdit(objectName="standardTiers", placeholderText=self.tr("抄表项目可设，如 18:2.90, 25:3.85, :6.70"))
        self.vacancy = QSpinBox(objectName="standardVacancy", suffix=" %")
        self.vacancy.setRange(0, 100)
        self.vacancy.setValue(100)
        self.basis = QLineEdit(objectName="standardBasis", placeholderText=self.tr("文件号或业主大会决议"))
        self.rounding = QComboBox(objectName="standardRounding")
        for unit, unit_name in fees.ROUNDING_UNITS.items():
            for scope, scope_name in fees.ROUNDING_SCOPES.items():
                self.rounding.addItem(f"{unit_name}，{scope_name}", (unit, scope))
        terms = QHBoxLayout()                  # one row: the form fits a short screen at 150 %
        terms.addWidget(self.vacancy)
        terms.addWidget(QLabel(self.tr("取整")))
        terms.addWidget(self.rounding, 1)
        for text, widget in ((self.tr("生效日期"), self.effective), (self.tr("单价"), self.rate),
                             (self.tr("阶梯"), self.tiers), (self.tr("空置收费"), terms),
                             (self.tr("政策依据"), self.basis)):
            form.addRow(text, widget)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览影响 [F5]"), objectName="previewRate")
        self.save_button = QPushButton(self.tr("保存新标准 [Ctrl+S]"), objectName="saveStandard")
        self.save_button.setEnabled(False)
        for button, slot in ((self.preview_button, self.preview), (self.save_button, self.save)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        keys.button_key(self, self.preview_button, "F5")
        keys.button_key(self, self.save_button, "Ctrl+S", when_greyed=self.save)   # save() says 先按 F5
        form.addRow("", buttons)
        for field in (self.effective, self.rate, self.tiers, self.basis):
            field.textChanged.connect(self._changed)
        self.vacancy.valueChanged.connect(self._changed)
        self.rounding.currentIndexChanged.connect(self._changed)
        return form

    def open_discounts(self) -> None:
        """折扣/减免政策 (ui/admin/discounts.py): which fee items a policy takes off, and by how much."""
        self.discounts_dialog = DiscountPoliciesDialog(self.actor, self)
        self.discounts_dialog.open()

    def open_offers(self) -> None:
        """预交优惠 (ui/admin/offers.py): months given for months of a fee item paid ahead."""
        self.offers_dialog = OffersDialog(self.actor, self)
        self.offers_dialog.open()

    # -- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.item()
        self.items = est.items_with_standards(self.actor)
        self.items_table.section_model.set_section(items_section(self.items))
        for row, (item, _) in enumerate(self.items):
            if current is None or item.id == current.id:
                self.items_table.selectRow(row)
                break
        self.show_standards()

    def item(self):
        index = self.items_table.currentIndex()
        return self.items[index.row()][0] if index.isValid() and getattr(self, "items", None) else None

    def show_standards(self) -> None:
        index = self.items_table.currentIndex()
        if not index.isValid():
            return
        item, standards = self.items[index.row()]
        self.standards.section_model.set_section(standards_section(item, standards))
        # A new standard starts as the last one's terms from the first day it may take effect:
        # what is not meant to change stays as it was.
        if standards:
            self.vacancy.setValue(standards[-1].vacancy_percent)
            self.rounding.setCurrentIndex(max(0, self.rounding.findData((standards[-1].rounding_unit,
                                                                         standards[-1].rounding_scope))))
        self.effective.setText(rate_change.earliest_effective_date(self.actor, item.code).isoformat())
        self._changed()

    # -- a new standard ---------------------------------------------------------------------------
    def _inputs(self) -> tuple:
        item = self.item()
        return (item.code if item else "", self.effective.text().strip(), self.rate.text().strip(),
                self.tiers.text().strip(), self.vacancy.value(), self.basis.text().strip(), self.rounding.currentData())

    def _changed(self) -> None:
        """Anything typed after a preview closes 保存 until it is previewed again."""
        if self.previewed is not None and self.previewed != self._inputs():
            self.previewed = None
            self.preview_table.section_model.set_section(preview_section(None))
        self.save_button.setEnabled(self.previewed is not None)

    def _arguments(self) -> tuple | None:
        code, day, rate, tiers, vacancy, basis, (rounding_unit, rounding_scope) = self._inputs()
        try:
            if not code:
                raise Invalid("请先在左边选中一个收费项目")
            try:
                effective = date.fromisoformat(day)
            except ValueError:
                raise Invalid("生效日期应写成 YYYY-MM-DD，如 2027-01-01") from None
            return code, effective, rate, dict(tiers=parse_tiers(tiers), vacancy_percent=vacancy, basis=basis,
                                               rounding_unit=rounding_unit, rounding_scope=rounding_scope)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return None

    def preview(self) -> bool:
        arguments = self._arguments()
        if arguments is None:
            return False
        code, effective, rate, options = arguments
        try:
            p = rate_change.preview_rate_change(self.actor, code, effective, rate, **options)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.preview_table.section_model.set_section(preview_section(p))
        self.previewed = self._inputs()
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("{item} 从 {m} 起：{old} → {new}；{n} 户月合计 ¥{a} → ¥{b}（{d}）。确认无误后按 Ctrl+S 保存。")
                            .format(item=p.item, m=p.month, old=p.old_standard or "—", new=p.new_standard, n=p.units,
                                    a=format_yuan(p.old_total_fen), b=format_yuan(p.new_total_fen),
                                    d=("+" if p.change_fen >= 0 else "") + format_yuan(p.change_fen)) + p.note)
        return True

    def save(self) -> bool:
        if self.previewed is None or self.previewed != self._inputs():
            self.status.setText(self.tr("请先按 F5 预览这条标准的影响，再保存"))
            return False
        code, effective, rate, options = self._arguments()
        try:
            est.add_standard(self.actor, lookups.find_item(self.actor, code), effective, rate, **options)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.previewed = None
        for field in (self.effective, self.rate, self.tiers, self.basis):
            field.clear()
        self.refresh()
        self.status.setText(self.tr("已保存：{item} 从 {d} 起的新标准").format(item=code, d=effective.isoformat()))
        return True

    # -- a new item -------------------------------------------------------------------------------
    def add_item(self) -> bool:
        try:
            est.add_fee_item(self.actor, lookups.estate_of(self.actor), self.item_code.text().strip().upper(),
                             self.item_name.text().strip(), self.item_kind.currentData(),
                             cycle=self.item_cycle.currentData(), due_days=self.item_due.value(),
                             late_ppm=self.item_late.value() * 100, late_grace_days=self.item_grace.value())
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.status.setText(self.tr("已新增收费项目 {c}：请再为它设一条标准").format(c=self.item_code.text().strip().upper()))
        self.item_code.clear()
        self.item_name.clear()
        self.refresh()
        return True
