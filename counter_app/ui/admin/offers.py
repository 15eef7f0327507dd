"""预交优惠 from a screen (Ctrl+O in 收费项目与标准): the estate's prepay offers (交 N 月送 M 月,
core/offers.py), a new one (Ctrl+S), and the chosen one ended on a day (Ctrl+E). A rule is never
edited otherwise; receipts keep what it gave. `counter-app offer list|add|end` is its twin."""
from __future__ import annotations

from PyQt6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QSpinBox

from ...core.errors import CounterError, Invalid
from ...core.offers import MAX_MONTHS
from ...core.tables import Section
from ...ledger.context import Actor
from ...services.offers import rules
from ..errors import error_text
from .rule_list import add_and_end_row, list_and_form, saved, typed_day

COLUMNS = ("名称", "收费项目", "优惠", "开始", "结束", "状态")


def offers_section(offers) -> Section:
    return Section("预交优惠", COLUMNS, tuple(
        (o.name, f"{o.item_name}（{o.item_code}）", o.terms, o.valid_from.isoformat(),
         o.valid_to.isoformat() if o.valid_to else "长期", "生效中" if o.in_force else "未生效或已结束")
        for o in offers))


def _months(name: str, value: int) -> QSpinBox:
    box = QSpinBox(objectName=name)
    box.setRange(1, MAX_MONTHS)
    box.setValue(value)
    return box


class OffersDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.actor = actor
        self.offers: list = []
        form = list_and_form(self, "offersDialog", self.tr("预交优惠"), offers_section([]), "offersTable")
        self.name = QLineEdit(objectName="offerName", placeholderText=self.tr("如 交一年送一月（印在收据的赠送行）"))
        self.item = QLineEdit(objectName="offerItem", placeholderText=self.tr("按月收取的收费项目代码，如 WYF"))
        self.paid, self.free = _months("offerPaid", 12), _months("offerFree", 1)
        self.paid.setPrefix(self.tr("交 "))
        self.paid.setSuffix(self.tr(" 个月"))
        self.free.setPrefix(self.tr("送 "))
        self.free.setSuffix(self.tr(" 个月"))
        terms = QHBoxLayout()
        terms.addWidget(self.paid)
        terms.addWidget(self.free)
        self.valid_from = QLineEdit(objectName="offerFrom", placeholderText="YYYY-MM-DD")
        self.valid_to = QLineEdit(objectName="offerTo", placeholderText=self.tr("留空为长期"))
        dates = QHBoxLayout()
        dates.addWidget(self.valid_from, 1)
        dates.addWidget(self.valid_to, 1)
        for text, widget in ((self.tr("名称"), self.name), (self.tr("收费项目"), self.item),
                             (self.tr("优惠"), terms), (self.tr("交费日期"), dates)):
            form.addRow(text, widget)
        self.last_day = QLineEdit(objectName="offerLastDay", placeholderText=self.tr("最后一天，空为今天"))
        add_and_end_row(self, form, QPushButton(self.tr("新增优惠 [Ctrl+S]"), objectName="addOffer"), self.last_day,
                        QPushButton(self.tr("结束所选 [Ctrl+E]"), objectName="endOffer"), "offersStatus")
        self.refresh()
        self.name.setFocus()

    def refresh(self) -> None:
        self.offers = rules.list_offers(self.actor)
        self.table.section_model.set_section(offers_section(self.offers))

    def add(self) -> bool:
        try:
            until = self.valid_to.text().strip()
            offer = rules.add_offer(self.actor, self.item.text().strip(), self.name.text(), self.paid.value(),
                                    self.free.value(), typed_day(self.valid_from.text(), "开始日期"),
                                    typed_day(until, "结束日期") if until else None)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        return saved(self, (self.name, self.item, self.valid_from, self.valid_to),
                     self.tr("已新增：{name}（{terms}）").format(name=offer.name, terms=offer.terms))

    def end(self) -> bool:
        index = self.table.currentIndex()
        try:
            if not index.isValid():
                raise Invalid("请先在表中选中一项优惠")
            last = self.last_day.text().strip()
            offer = rules.end_offer(self.actor, self.offers[index.row()].name,
                                    typed_day(last, "结束日期") if last else None)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        return saved(self, (self.last_day,),
                     self.tr("{name} 到 {day} 结束").format(name=offer.name, day=offer.valid_to.isoformat()))
