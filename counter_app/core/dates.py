"""Dates as people and spreadsheets write them: a date cell, an Excel serial number, 2026-01-05,
2026/1/5, 2026.1.5, 2026年1月5日, 20260105. One grammar for every file the program reads."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from .errors import Invalid

EXCEL_EPOCH = date(1899, 12, 30)      # Excel's 1900 date system (its 1900-02-29 bug included)
EARLIEST, LATEST = date(1950, 1, 1), date(2100, 12, 31)
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_HINT = "可写 2026-01-05、2026/1/5 或 2026年1月5日"


def read_date(value) -> date:
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if (isinstance(value, float) and not value.is_integer()) or not 1 <= value <= 80_000:
            raise Invalid("日期“{value}”看不懂（可写 2026-01-05、2026/1/5 或 2026年1月5日）", value=value)
        found = EXCEL_EPOCH + timedelta(days=int(value))
    else:
        raw = unicodedata.normalize("NFKC", str(value or "")).strip()
        m = _DATE.fullmatch(raw) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", raw)
        if not m:
            raise Invalid("日期“{value}”看不懂（可写 2026-01-05、2026/1/5 或 2026年1月5日）", value=raw)
        try:
            found = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise Invalid("日期“{value}”不存在", value=raw) from None
    if not EARLIEST <= found <= LATEST:
        raise Invalid("日期 {day} 不在 1950 年到 2100 年之间，请核对", day=found)
    return found
