"""First start on a new machine (设置向导): the company and the estate, the receipt's title and
number format (checked as the settings screen checks them), the time zone, the administrator's
password; then how the office comes in: its own Excel (the import window opens after the first
sign-in), typed in by hand (the fee items window opens), or a look at the demo first (the demo
ledger opens and nothing of the office is created yet)."""
from __future__ import annotations

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PyQt6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout,
    QWidget
)

from ..core.errors import CounterError
from ..core.formats import number_made
from ..ledger.passwords import password_rule
from ..ledger import clock
from ..services.setup import first_run as setup
from . import fit, keys
from ..store.server_urls import is_server_url, redacted
from .errors import error_text

# Time zones offered, named as an office says them (any IANA name may be typed); the office's
# business day is taken in it.
_Z = "TimeZones"
TIMEZONES = (("Asia/Shanghai", QT_TRANSLATE_NOOP("TimeZones", "北京时间")), ("Asia/Hong_Kong", QT_TRANSLATE_NOOP("TimeZones", "香港时间")),
             ("Asia/Macau", QT_TRANSLATE_NOOP("TimeZones", "澳门时间")), ("Asia/Taipei", QT_TRANSLATE_NOOP("TimeZones", "台北时间")),
             ("Asia/Urumqi", QT_TRANSLATE_NOOP("TimeZones", "乌鲁木齐时间")))


def timezone_combo(name: str, current: str = "Asia/Shanghai") -> QComboBox:
    """北京时间 Asia/Shanghai and the others; another IANA name may be typed."""
    combo = QComboBox(objectName=name, editable=True)
    for zone, words in TIMEZONES:
        combo.addItem(f"{QCoreApplication.translate(_Z, words)} {zone}", zone)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(current)
    return combo


def chosen_timezone(combo: QComboBox) -> str:
    """The zone chosen from the list, or the name typed."""
    index = combo.currentIndex()
    if index >= 0 and combo.currentText() == combo.itemText(index):
        return combo.itemData(index)
    return combo.currentText().strip()


def next_number_label(fmt: str, year: int, seq: int, series: str, words: str) -> str:
    """"下一张：SJ2026-000007" as a format is typed, or what is wrong with it."""
    try:
        return words.format(n=number_made(fmt, "", year, seq, series))
    except CounterError as exc:
        return error_text(exc)
NEXT_STEPS = (("import", QT_TRANSLATE_NOOP("FirstRunDialog", "从 Excel 导入本小区的房屋、业主和欠费（登录后打开导入窗口）")),
              ("manual", QT_TRANSLATE_NOOP("FirstRunDialog", "手工录入（登录后打开收费项目与标准）")),
              ("demo", QT_TRANSLATE_NOOP("FirstRunDialog", "先用演示数据试一试（不建立本小区的账本）")))


class FirstRunDialog(QDialog):
    def __init__(self, db_path, parent=None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.db_path = db_path
        self.next_step = "import"
        self.setWindowTitle(self.tr("首次使用：设置向导"))
        layout = QVBoxLayout(self)
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        shown = redacted(db_path) if is_server_url(str(db_path)) else db_path    # never a password on screen
        form.addRow(fit.MessageLabel(self.tr("数据库将建立在：\n{p}").format(p=shown), objectName="databaseShown"))
        self.company = QLineEdit(objectName="companyName")
        self.estate = QLineEdit(objectName="estateName")
        self.receipt_title = QLineEdit(objectName="receiptTitle", placeholderText=self.tr("默认：小区名称 + 收款收据"))
        self.receipt_format = QLineEdit("SJ{year}-{seq:06d}", objectName="receiptFormat")
        self.first_number = QLabel(objectName="firstNumber")
        self.receipt_format.textChanged.connect(self._first_number)
        self.timezone = timezone_combo("timezone")
        self.timezone.currentTextChanged.connect(self._first_number)
        self.password = QLineEdit(objectName="adminPassword")
        self.repeat = QLineEdit(objectName="adminPasswordRepeat")
        for w in (self.password, self.repeat):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        rule = QLabel(password_rule("admin"), objectName="passwordRule")      # said before it is typed
        for text, widget in ((self.tr("物业公司"), self.company), (self.tr("小区名称"), self.estate),
                             (self.tr("收据标题"), self.receipt_title), (self.tr("收据编号格式"), self.receipt_format),
                             ("", self.first_number), (self.tr("时区"), self.timezone), ("", rule),
                             (self.tr("管理员（admin）密码"), self.password), (self.tr("再次输入密码"), self.repeat)):
            form.addRow(text, widget)
        self._first_number()
        # The fields scroll on a short screen (1366×768 at 150 %); what follows stays in view.
        layout.addWidget(fit.scrolling(page, "firstRunFields"), 1)
        layout.addWidget(QLabel(self.tr("然后：")))
        self.steps = QButtonGroup(self)
        for n, (code, text) in enumerate(NEXT_STEPS):
            button = QRadioButton(self.tr(text), objectName=f"next_{code}")
            button.setChecked(n == 0)
            self.steps.addButton(button, n)
            layout.addWidget(button)
        self.error = QLabel(objectName="firstRunError")
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        keys.enter_confirms(self)       # the wizard's one purpose: Enter sets the ledger up (checked first)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _first_number(self) -> None:
        """The first receipt's number as the format is typed: this year's first."""
        try:
            year = clock.business_date(chosen_timezone(self.timezone)).year
        except (KeyError, ValueError):         # a zone still being typed: this machine's year
            year = clock.now_utc().year
        self.first_number.setText(next_number_label(self.receipt_format.text(), year, 1, "SJ",
                                                    self.tr("第一张收据的编号：{n}")))

    def _create(self) -> None:
        self.next_step = NEXT_STEPS[self.steps.checkedId()][0]
        if self.next_step == "demo":
            self.accept()                       # nothing of the office yet: it is set up on a later start
            return
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("两次输入的密码不一致"))
            return
        try:
            setup.initialise(self.db_path, estate_name=self.estate.text(), company=self.company.text(),
                             admin_password=self.password.text(), receipt_title=self.receipt_title.text(),
                             receipt_format=self.receipt_format.text(), timezone=chosen_timezone(self.timezone))
        except CounterError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
