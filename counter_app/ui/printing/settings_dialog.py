"""Printer settings: receipt printer and layout, report printer, silent printing, idle lock."""
from __future__ import annotations

from dataclasses import replace

from PyQt6.QtGui import QGuiApplication
from PyQt6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox
)

from ...core.errors import CounterError
from ...devices import drawer
from ...documents.templates import LAYOUTS
from .. import fit, keys
from ..errors import error_text
from ..fit import MessageLabel
from ..settings import LANGUAGES, CounterSettings
from ..style import TEXT_SCALES
from .printer import available_printers

NO_PRINTER = ""


class PrinterSettingsDialog(QDialog):
    def __init__(self, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("printerSettings")
        self.setWindowTitle(self.tr("打印设置"))
        self.settings = settings
        form = QFormLayout(self)
        printers = available_printers()
        self.receipt_printer = self._printer_combo(printers, settings.receipt_printer, "receiptPrinter")
        self.report_printer = self._printer_combo(printers, settings.report_printer, "reportPrinter")
        self.layout_combo = QComboBox(objectName="receiptLayout")
        for key, label in (("80mm", self.tr("80mm 热敏卷纸")), ("58mm", self.tr("58mm 热敏卷纸")),
                           ("a5", self.tr("A5 / 半张A4")), ("form3", self.tr("241mm 三联连续纸（针式）"))):
            if key in LAYOUTS:
                self.layout_combo.addItem(label, key)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(settings.receipt_layout)))
        self.silent = QCheckBox(self.tr("收款后直接打印（不弹出打印对话框）"), objectName="silentPrint")
        self.silent.setChecked(settings.silent_print)
        self.idle = QSpinBox(objectName="idleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" 分钟（0 = 不锁屏）"))
        self.idle.setValue(settings.idle_lock_minutes)
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("收据打印机"), self.receipt_printer)
        form.addRow(self.tr("收据版式"), self.layout_combo)
        form.addRow(self.tr("报表打印机"), self.report_printer)
        form.addRow("", self.silent)
        form.addRow(self.tr("空闲自动锁屏"), self.idle)
        form.addRow(self.tr("界面语言（重启后生效）"), self.language)
        self.text_scale = QComboBox(objectName="textScale")
        for scale, name in zip(TEXT_SCALES, (self.tr("标准"), self.tr("大字（125%）"), self.tr("特大字（150%）"))):
            self.text_scale.addItem(name, scale)
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(settings.text_scale)))
        form.addRow(self.tr("字号"), self.text_scale)
        self.database = QLineEdit(settings.database_path, objectName="databasePath")
        self.database.setPlaceholderText(self.tr("留空：使用本机数据文件夹中的数据库"))
        form.addRow(self.tr("数据库文件（可为共享路径，重启后生效）"), self.database)
        # The counter's devices: the cash drawer on the receipt printer's drawer port, the pole display.
        self.drawer = QLineEdit(settings.cash_drawer, objectName="cashDrawer")
        self.drawer.setPlaceholderText(self.tr("留空：无钱箱；如 network:192.168.1.50、usb:04b8:0202、serial:COM1、queue:打印机名"))
        self.test_drawer = QPushButton(self.tr("试开钱箱"), objectName="testDrawer")
        self.test_drawer.setAutoDefault(False)     # opens the drawer only when it has the focus itself
        self.test_drawer.clicked.connect(self.try_drawer)
        row = QHBoxLayout()
        row.addWidget(self.drawer, 1)
        row.addWidget(self.test_drawer)
        form.addRow(self.tr("钱箱连接"), row)
        self.drawer_result = MessageLabel(objectName="drawerResult")
        form.addRow("", self.drawer_result)
        self.pole = QLineEdit(settings.pole_display, objectName="poleDisplay")
        self.pole.setPlaceholderText(self.tr("留空：无客显；串口[:波特率]，如 COM3:9600"))
        form.addRow(self.tr("客显（串口）"), self.pole)
        self.customer_screen = QComboBox(objectName="customerScreen")
        self.customer_screen.addItem(self.tr("不显示"), -1)
        for n in range(max(2, len(QGuiApplication.screens()))):
            self.customer_screen.addItem(self.tr("第 {n} 块屏幕").format(n=n + 1), n)
        self.customer_screen.setCurrentIndex(max(0, self.customer_screen.findData(settings.customer_screen)))
        form.addRow(self.tr("顾客显示屏（重启后生效）"), self.customer_screen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        keys.enter_confirms(self)             # Enter saves this PC's settings (nothing of the ledger)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _printer_combo(self, printers, current, name) -> QComboBox:
        combo = fit.bounded(QComboBox(objectName=name))
        combo.addItem(self.tr("（无打印机：保存为 PDF）"), NO_PRINTER)
        for p in printers:
            combo.addItem(p, p)
        if current and current not in printers:
            combo.addItem(current, current)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _accept(self) -> None:
        self.settings = replace(self.settings, receipt_printer=self.receipt_printer.currentData(),
                                receipt_layout=self.layout_combo.currentData(),
                                report_printer=self.report_printer.currentData(),
                                silent_print=self.silent.isChecked(), idle_lock_minutes=self.idle.value(),
                                language=self.language.currentData(),
                                database_path=self.database.text().strip(),
                                text_scale=self.text_scale.currentData(),
                                cash_drawer=self.drawer.text().strip(), pole_display=self.pole.text().strip(),
                                customer_screen=self.customer_screen.currentData())
        self.accept()

    def try_drawer(self) -> None:
        """试开钱箱: the pulse to the connection as typed (not yet saved); says whether it went."""
        try:
            drawer.open_drawer(self.drawer.text())
        except CounterError as exc:
            self.drawer_result.setText(error_text(exc))
            self.drawer_result.setStyleSheet("color: #c0392b")
            self.adjustSize()                      # the sentence whole, however many lines it wraps to
            return
        self.drawer_result.setText(self.tr("已向钱箱发送开箱信号（{where}）；钱箱没有弹开请检查钱箱线是否插在打印机的钱箱口").format(
            where=self.drawer.text().strip()))
        self.drawer_result.setStyleSheet("color: #0a6e2d")
        self.adjustSize()
