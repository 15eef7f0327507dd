"""折扣/减免政策 from a screen (Ctrl+D in 收费项目与标准): the estate's policies, a new one (Ctrl+S), and
the chosen one ended from a day (Ctrl+E). A policy is never edited otherwise; receipts keep what it
was. `counter-app discount list|add|end` is its twin."""
from __future__ import annotations

from PyQt6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLineEdit, QPushButton

from ...core import discounts as rule
from ...core.errors import CounterError, Invalid
from ...core.money import parse_yuan
from ...core.tables import Section
from ...ledger.context import Actor
from ...services.admin import discounts
from ..errors import error_text
from .rule_list import add_and_end_row, list_and_form, saved, typed_day

COLUMNS = ("名称", "优惠", "收费项目", "开始", "结束")


def policies_section(policies) -> Section:
    return Section("折扣/减免政策", COLUMNS, tuple(
        (p.name, p.rule_text, "、".join(p.items), p.valid_from.isoformat(),
         p.valid_until.isoformat() if p.valid_until else "长期") for p in policies))


class DiscountPoliciesDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.actor = actor
        self.policies: list = []
        form = list_and_form(self, "discountPoliciesDialog", self.tr("折扣/减免政策"), policies_section([]),
                             "policiesTable")
        self.name = QLineEdit(objectName="policyName", placeholderText=self.tr("如 空置房减免、困难户八折"))
        self.kind = QComboBox(objectName="policyKind")
        for code, name in rule.KINDS.items():
            self.kind.addItem(self.tr(name), code)
        self.value = QLineEdit(objectName="policyValue", placeholderText=self.tr("打折：8折 或 20%；减免：每月元数"))
        self.items = QLineEdit(objectName="policyItems", placeholderText=self.tr("收费项目代码，逗号分开，如 WYF,LJF"))
        self.valid_from = QLineEdit(objectName="policyFrom", placeholderText="YYYY-MM-DD")
        self.valid_until = QLineEdit(objectName="policyUntil", placeholderText=self.tr("留空为长期"))
        kind_value = QHBoxLayout()
        kind_value.addWidget(self.kind)
        kind_value.addWidget(self.value, 1)
        dates = QHBoxLayout()
        dates.addWidget(self.valid_from, 1)
        dates.addWidget(self.valid_until, 1)
        for text, widget in ((self.tr("名称"), self.name), (self.tr("优惠"), kind_value),
                             (self.tr("收费项目"), self.items), (self.tr("有效期"), dates)):
            form.addRow(text, widget)
        self.last_day = QLineEdit(objectName="policyLastDay", placeholderText=self.tr("所选政策的最后一天"))
        add_and_end_row(self, form, QPushButton(self.tr("新增政策 [Ctrl+S]"), objectName="addPolicy"), self.last_day,
                        QPushButton(self.tr("结束所选 [Ctrl+E]"), objectName="endPolicy"), "policiesStatus")
        self.refresh()
        self.name.setFocus()

    def refresh(self) -> None:
        self.policies = discounts.list_policies(self.actor)
        self.table.section_model.set_section(policies_section(self.policies))

    def _value(self, kind: str) -> int:
        text = self.value.text().strip()
        return rule.parse_off(text) if kind == rule.PERCENT else parse_yuan(text, allow_zero=False)

    def add(self) -> bool:
        kind = self.kind.currentData()
        try:
            until = self.valid_until.text().strip()
            policy = discounts.add_policy(
                self.actor, self.name.text(), kind, self._value(kind),
                [code for code in self.items.text().replace("，", ",").split(",") if code.strip()],
                typed_day(self.valid_from.text(), "开始日期"), typed_day(until, "结束日期") if until else None)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        return saved(self, (self.name, self.value, self.items, self.valid_from, self.valid_until),
                     self.tr("已新增：{name}（{rule}）").format(name=policy.name, rule=policy.rule_text))

    def end(self) -> bool:
        index = self.table.currentIndex()
        try:
            if not index.isValid():
                raise Invalid("请先在表中选中一项政策")
            name = self.policies[index.row()].name
            policy = discounts.end_policy(self.actor, name, typed_day(self.last_day.text(), "结束日期"))
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        return saved(self, (self.last_day,),
                     self.tr("{name} 到 {day} 结束").format(name=policy.name, day=policy.valid_until.isoformat()))
