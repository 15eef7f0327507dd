"""Tables in from files that other programs write (a bank's statement, the tax platform's list of
issued invoices): Excel or CSV (UTF-8, with or without BOM, or GB18030 as Chinese Excel saves it),
a header row found among the first rows by its column names, dates and amounts as people and
Excel write them."""
from __future__ import annotations

import csv
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ...core.errors import CounterError
from ...core.money import parse_yuan


def rows_of(path: str | Path) -> list[list]:
    path = Path(path)
    if not path.is_file():
        raise CounterError(f"找不到文件 {path}")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook
        try:
            ws = load_workbook(path, read_only=True, data_only=True).active
        except Exception as exc:     # not a workbook, or one with a password
            raise CounterError(f"{path.name} 不是可读取的 Excel 文件（{type(exc).__name__}）") from None
        return [list(r) for r in ws.iter_rows(values_only=True)]
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise CounterError(f"{path.name} 不是 UTF-8 或 GB18030 编码的 CSV 文件")
    return [row for row in csv.reader(text.splitlines())]


def find_header(rows: list[list], columns: dict[str, tuple[str, ...]], what: str) -> tuple[int, dict[str, int]]:
    """(index of the header row, column -> position) of the first row among the first 20 that
    names every column (by any of its aliases)."""
    best: dict = {}
    for index, row in enumerate(rows[:20]):
        names = [re.sub(r"\s+", "", str(c or "")).lower() for c in row]
        found = {key: next((i for i, n in enumerate(names) if n in [a.lower() for a in aliases]), None)
                 for key, aliases in columns.items()}
        if all(v is not None for v in found.values()):
            return index, found
        if sum(v is not None for v in found.values()) > sum(v is not None for v in best.values()):
            best = found
    missing = [columns[k][0] for k in columns if best.get(k) is None]
    raise CounterError(f"{what}缺少列：{'、'.join(missing)}（需要 {'、'.join(a[0] for a in columns.values())}）")


def data_rows(rows: list[list], header_at: int):
    """(line number as Excel shows it, cells) of the rows after the header, blank ones left out."""
    width = len(rows[header_at])
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if any(str(c or "").strip() for c in row):
            yield offset, list(row) + [None] * (width - len(row))   # a short CSV row: its missing cells empty


def cell_date(value, line: int) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = re.match(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", str(value or ""))
    if not m:
        raise CounterError(f"第 {line} 行的日期“{value}”看不懂")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise CounterError(f"第 {line} 行的日期“{value}”不存在") from None


def cell_amount(value, line: int) -> int:
    if isinstance(value, float):  # an Excel number: its shortest decimal form, then exact
        value = repr(value)
    elif isinstance(value, (int, Decimal)):
        value = str(value)
    try:
        return parse_yuan(str(value or "").strip().replace("¥", "").replace("￥", ""), allow_negative=True)
    except CounterError:
        raise CounterError(f"第 {line} 行的金额“{value}”不正确") from None
