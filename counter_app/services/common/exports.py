"""Tables out to files: CSV (UTF-8 with BOM, so Excel opens the Chinese right) and Excel
(numbers as numbers). One writer per format, used by every export."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ...core.tables import Fen, number_of, text_of
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

# Text that a spreadsheet would take for a formula when it opens the file (a payer's name typed as
# =HYPERLINK(...) at the counter): CSV cells starting so get a leading apostrophe, Excel cells are
# stored as text. Numbers (−12.00 is one) are left as they are.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


NUMBER = re.compile(r"[+-]?\d[\d,]*(\.\d+)?")


def _is_number(text: str) -> bool:
    return NUMBER.fullmatch(text) is not None


def csv_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _is_number(value):
        return "'" + value
    return value


def _row_cells(ws, row: list, formats: dict[int, str] | None = None, bold: bool = False) -> list:
    """A row for a write-only sheet: plain values as they are (a number stays a number), text
    that openpyxl would store as a formula made a text cell, and cells that need a style (the
    header's bold, a money column's format) as cells of their own."""
    out = []
    for i, value in enumerate(row):
        number_format = formats.get(i) if formats else None
        if not (bold or number_format or (isinstance(value, str) and value.startswith("="))):
            out.append(value)
            continue
        cell = WriteOnlyCell(ws, value=value)
        if cell.data_type == "f":
            cell.data_type = "s"
        if bold:
            cell.font = Font(bold=True)
        if number_format:
            cell.number_format = number_format
        out.append(cell)
    return out


def _workbook():
    """A workbook written row by row (openpyxl's write-only mode): its time grows with the rows,
    where a normal workbook looks its whole sheet over for each row appended."""
    return Workbook(write_only=True)


def write_csv(path: str | Path, headers: list[str], rows: list[list]) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_cell(h) for h in headers])
        writer.writerows([csv_cell(c) for c in row] for row in rows)
    return path


def write_xlsx(path: str | Path, sheets: dict[str, tuple[list[str], list[list]]]) -> Path:
    """sheets: title -> (headers, rows). Money goes in as Decimal/int values, never text."""
    path = Path(path)
    wb = _workbook()
    for title, (headers, rows) in sheets.items():
        ws = wb.create_sheet(title[:31])
        for i, header in enumerate(headers, 1):      # widths go before the rows in a write-only sheet
            width = max([len(str(header))] + [len(str(r[i - 1])) for r in rows[:200] if len(r) >= i]) + 2
            ws.column_dimensions[get_column_letter(i)].width = min(width * 6 // 5, 60)  # CJK is wide
        ws.append(_row_cells(ws, headers, bold=True))
        for row in rows:
            ws.append(_row_cells(ws, row))
    wb.save(path)
    return path


AUDIT_HEADERS = ["序号", "时间", "用户", "操作", "对象", "编号", "修改前", "修改后", "哈希"]


def audit_table(rows: list[dict]) -> list[list]:
    return [[r["id"], r["time"], r["user"], r["action"], r["entity"], r["entity_id"], r["before"], r["after"], r["hash"]]
            for r in rows]


def write_sections_xlsx(path: str | Path, sections) -> Path:
    """One sheet per report section; money as numbers (元, two decimals), so totals are values."""
    path = Path(path)
    wb = _workbook()
    used = set()
    for section in sections:
        title = section.title[:31]
        while title in used:
            title = title[:29] + "_2"
        used.add(title)
        ws = wb.create_sheet(title)
        for i in range(1, len(section.headers) + 1):
            ws.column_dimensions[get_column_letter(i)].width = 18
        ws.append(_row_cells(ws, list(section.headers), bold=True))
        for row in section.rows:
            money = {i: "#,##0.00" for i, c in enumerate(row) if isinstance(c, Fen)}
            ws.append(_row_cells(ws, [number_of(c) for c in row], money))
    wb.save(path)
    return path


def write_sections_csv(path: str | Path, sections) -> Path:
    """Sections one after another, each with its title and headers (UTF-8 with BOM)."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        for section in sections:
            writer.writerow([f"【{section.title}】"])
            writer.writerow(section.headers)
            for row in section.rows:
                writer.writerow([csv_cell(text_of(c, grouping=False)) for c in row])
            writer.writerow([])
    return path


def write_report_files(folder: str | Path, stem: str, pdf: bytes, sections) -> list[Path]:
    """A report's PDF beside its Excel and CSV forms, all of the same sections."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.pdf").write_bytes(pdf)
    return [folder / f"{stem}.pdf", write_sections_xlsx(folder / f"{stem}.xlsx", sections),
            write_sections_csv(folder / f"{stem}.csv", sections)]
