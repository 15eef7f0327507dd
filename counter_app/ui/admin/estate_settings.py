"""小区与收据设置 from a screen: the estate's name and company, the receipt's title, the three number
formats (each with the number it makes, as it is typed), the cashier's waiver limit, 抹零 (cash
rounding, core/rounding.py), blind count, the time zone,
and the database in use; saved (Ctrl+S) only as the services check them, with before and after in
the audit trail. `counter-app settings` is its twin. Printers, the idle lock, language and text
size are this PC's (系统 → 打印设置); the backup folder and rotation are under 资料."""
from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP
from PyQt6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
)

from ...core import rounding
from ...core.errors import CounterError
from ...core.money import format_yuan, parse_yuan
from ...services.admin import estate as est
from ...ledger.context import Actor
from ...store import db as dbmod
from .. import fit, keys
from ..dialog_parts import status_and_close
from ..first_run import chosen_timezone, next_number_label, timezone_combo
from ..errors import error_text

_C = "EstateSettingsDialog"
TEXT_FIELDS = (("name", QT_TRANSLATE_NOOP(_C, "小区名称")), ("company", QT_TRANSLATE_NOOP(_C, "物业公司")),
               ("receipt_title", QT_TRANSLATE_NOOP(_C, "收据标题")), ("address", QT_TRANSLATE_NOOP(_C, "地址")),
               ("phone", QT_TRANSLATE_NOOP(_C, "电话")))
FORMAT_FIELDS = (("receipt_format", QT_TRANSLATE_NOOP(_C, "收据编号格式")),
                 ("deduction_format", QT_TRANSLATE_NOOP(_C, "扣费单编号格式")),
                 ("refund_format", QT_TRANSLATE_NOOP(_C, "退款单编号格式")))
# The 抹零 settings' names as core/rounding.py spells them, for the translation files.
ROUNDING_NAMES = (QT_TRANSLATE_NOOP(_C, "不抹零"), QT_TRANSLATE_NOOP(_C, "抹零到角（舍去分）"),
                  QT_TRANSLATE_NOOP(_C, "抹零到角（四舍五入）"), QT_TRANSLATE_NOOP(_C, "抹零到元（舍去角分）"),
                  QT_TRANSLATE_NOOP(_C, "抹零到元（四舍五入）"))


class EstateSettingsDialog(QDialog):
    def __init__(self, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("estateSettingsDialog")
        self.actor = actor
        self.setWindowTitle(self.tr("小区与收据设置"))
        self.resize(640, 620)
        layout = QVBoxLayout(self)
        page = QWidget()
        form = QFormLayout(page)
        self.fields: dict[str, QLineEdit] = {}
        self.samples: dict[str, QLabel] = {}
        for key, text in TEXT_FIELDS:
            self.fields[key] = QLineEdit(objectName=f"setting_{key}")
            form.addRow(self.tr(text), self.fields[key])
        for key, text in FORMAT_FIELDS:
            self.fields[key] = QLineEdit(objectName=f"setting_{key}")
            self.samples[key] = QLabel(objectName=f"sample_{key}")
            self.fields[key].textChanged.connect(lambda _t, k=key: self._sample(k))
            form.addRow(self.tr(text), self.fields[key])
            form.addRow("", self.samples[key])
        self.fields["waiver_limit"] = QLineEdit(objectName="setting_waiver_limit")
        form.addRow(self.tr("收费员减免限额（元）"), self.fields["waiver_limit"])
        self.cash_rounding = QComboBox(objectName="setting_cash_rounding")
        for rule, (name, _unit, _direction) in rounding.RULES.items():
            self.cash_rounding.addItem(self.tr(name), rule)
        form.addRow(self.tr("现金抹零"), self.cash_rounding)
        self.blind_count = QCheckBox(self.tr("盲点：收费员交班点钞时看不到应有现金，保存点钞后才显示长短款"),
                                     objectName="setting_blind_count")
        form.addRow(self.tr("交班点钞"), self.blind_count)
        self.timezone = timezone_combo("setting_timezone")
        form.addRow(self.tr("时区"), self.timezone)
        form.addRow(self.tr("数据库"), QLabel(dbmod.describe_target(), objectName="databaseInUse"))
        layout.addWidget(fit.scrolling(page, "settingsFields"), 1)   # on a short screen; 保存 stays in view
        save = QPushButton(self.tr("保存 [Ctrl+S]"), objectName="saveSettings")
        save.setAutoDefault(False)
        save.clicked.connect(self.save)
        layout.addWidget(save)
        keys.button_key(self, save, "Ctrl+S")
        self.status = status_and_close(self, layout, "settingsStatus")
        self.load()
        for key, _ in FORMAT_FIELDS:
            self._sample(key)

    def load(self) -> None:
        self.shown = est.settings_of(self.actor)
        self.next = est.next_numbers(self.actor)
        for key, _ in TEXT_FIELDS + FORMAT_FIELDS:
            self.fields[key].setText(str(self.shown[key]))
        self.fields["waiver_limit"].setText(format_yuan(self.shown["waiver_limit_fen"], grouping=False))
        self.cash_rounding.setCurrentIndex(max(0, self.cash_rounding.findData(self.shown["cash_rounding"])))
        self.blind_count.setChecked(bool(self.shown["blind_count"]))
        index = self.timezone.findData(self.shown["timezone"])
        if index >= 0:
            self.timezone.setCurrentIndex(index)
        else:
            self.timezone.setEditText(self.shown["timezone"])
        keys.mark_saved(self)

    def _sample(self, key: str) -> None:
        """The next real number the format will make (this year's next in its series), or what is
        wrong with it, as it is typed."""
        if not hasattr(self, "next"):
            return
        year, seq, series = self.next[key]
        self.samples[key].setText(next_number_label(self.fields[key].text(), year, seq, series,
                                                    self.tr("下一张：{n}")))

    def changes(self) -> dict:
        typed = {key: self.fields[key].text() for key, _ in TEXT_FIELDS + FORMAT_FIELDS}
        typed["timezone"] = chosen_timezone(self.timezone)
        typed["waiver_limit_fen"] = parse_yuan(self.fields["waiver_limit"].text())
        typed["cash_rounding"] = self.cash_rounding.currentData()
        typed["blind_count"] = self.blind_count.isChecked()
        return {key: value for key, value in typed.items() if value != self.shown[key]}

    def save(self) -> bool:
        try:
            changes = self.changes()
            if not changes:
                self.status.setText(self.tr("没有改动"))
                return False
            est.update_settings(self.actor, **changes)
        except CounterError as exc:
            self.status.setText(error_text(exc))
            return False
        self.load()
        self.status.setText(self.tr("已保存 {n} 项设置，并记入审计记录").format(n=len(changes)))
        return True
