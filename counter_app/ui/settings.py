"""Counter settings kept per machine in an INI file in the data folder (printers, layout, idle lock)."""
from __future__ import annotations

from dataclasses import dataclass

from PyQt6.QtCore import QByteArray, QSettings

from .. import paths

LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}


@dataclass
class CounterSettings:
    receipt_printer: str = ""        # "" = save a PDF instead of printing (no printer configured)
    receipt_layout: str = "80mm"
    report_printer: str = ""
    silent_print: bool = True        # False: show the print dialog every time
    idle_lock_minutes: int = 10      # 0 = never
    language: str = "zh_CN"
    database_path: str = ""          # "" = the data folder's counter.sqlite3; another local file (never a network share) or the office server's postgresql:// URL
    backup_folder: str = ""          # "" = the data folder's backups/; a USB drive or a network share
    backup_daily: int = 14           # automatic backups kept: the newest of each of so many days
    backup_monthly: int = 12         # and of each of so many months
    text_scale: int = 100            # large-text mode: the counter's text and rows at 100, 125 or 150 %
    customer_screen: int = -1        # the owner's window: -1 off, else the screen's number (1 = the second)
    pole_display: str = ""           # "" = none; the serial pole display's PORT[:BAUD] (devices/pole.py)
    cash_drawer: str = ""            # "" = none; how its printer is reached (devices/drawer.py: network:, usb:, serial:, queue:)

    @staticmethod
    def _store() -> QSettings:
        path = paths.data_dir() / "counter.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        return QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def load(cls) -> "CounterSettings":
        s = cls._store()
        d = cls()
        return cls(receipt_printer=str(s.value("print/receipt_printer", d.receipt_printer)),
                   receipt_layout=str(s.value("print/receipt_layout", d.receipt_layout)),
                   report_printer=str(s.value("print/report_printer", d.report_printer)),
                   silent_print=str(s.value("print/silent", d.silent_print)).lower() in ("true", "1"),
                   idle_lock_minutes=int(s.value("session/idle_lock_minutes", d.idle_lock_minutes)),
                   language=str(s.value("ui/language", d.language)),
                   database_path=str(s.value("database/path", d.database_path)),
                   backup_folder=str(s.value("backup/folder", d.backup_folder)),
                   backup_daily=int(s.value("backup/daily", d.backup_daily)),
                   backup_monthly=int(s.value("backup/monthly", d.backup_monthly)),
                   text_scale=int(s.value("ui/text_scale", d.text_scale)),
                   cash_drawer=str(s.value("devices/cash_drawer", d.cash_drawer)),
                   pole_display=str(s.value("devices/pole_display", d.pole_display)),
                   customer_screen=int(s.value("devices/customer_screen", d.customer_screen)))

    def save(self) -> None:
        s = self._store()
        s.setValue("print/receipt_printer", self.receipt_printer)
        s.setValue("print/receipt_layout", self.receipt_layout)
        s.setValue("print/report_printer", self.report_printer)
        s.setValue("print/silent", self.silent_print)
        s.setValue("session/idle_lock_minutes", self.idle_lock_minutes)
        s.setValue("ui/language", self.language)
        s.setValue("database/path", self.database_path)
        s.setValue("backup/folder", self.backup_folder)
        s.setValue("backup/daily", self.backup_daily)
        s.setValue("backup/monthly", self.backup_monthly)
        s.setValue("ui/text_scale", self.text_scale)
        s.setValue("devices/cash_drawer", self.cash_drawer)
        s.setValue("devices/pole_display", self.pole_display)
        s.setValue("devices/customer_screen", self.customer_screen)
        s.sync()


GEOMETRY_KEY = "ui/main_window_geometry"


def window_geometry() -> QByteArray | None:
    """Where the counter window was on this PC when it was last closed (size, place, maximised)."""
    value = CounterSettings._store().value(GEOMETRY_KEY)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_window_geometry(geometry: QByteArray) -> None:
    store = CounterSettings._store()
    store.setValue(GEOMETRY_KEY, geometry)
    store.sync()
