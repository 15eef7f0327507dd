"""Date pickers, made in one place: each shows a day as 2026-12-04 (a month as 2026-12), as the
receipts, reports and README do, whatever the machine's locale would show (4/12/2026 or
2026/12/4); the calendar opens with Alt+↓ or F4."""
from __future__ import annotations

from datetime import date

from PyQt6.QtCore import QDate
from PyQt6.QtWidgets import QDateEdit

DAY_FORMAT = "yyyy-MM-dd"
MONTH_FORMAT = "yyyy-MM"


def date_edit(name: str, day: date | QDate | None = None, *, month: bool = False) -> QDateEdit:
    edit = QDateEdit(objectName=name, calendarPopup=True)
    edit.setDisplayFormat(MONTH_FORMAT if month else DAY_FORMAT)
    edit.setDate(QDate(day) if day is not None else QDate.currentDate())
    return edit
