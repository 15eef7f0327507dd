"""Tables out to files: CSV (UTF-8 with BOM, so Excel opens the Chinese right) and Excel
(numbers as numbers). One writer per format, used by every export."""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ...core.tables import Fen, number_of, text_of

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


def _text_stays_text(ws) -> None:
    """openpyxl stores any string starting with "=" as a formula; the last row's are made text."""
    for cell in ws[ws.max_row]:
        if cell.data_type == "f":
            cell.data_type = "s"


def write_csv(path: str | Path, headers: list[str], rows: list[list]) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([csv_cell(h) for h in headers])
        writer.writerows([csv_cell(c) for c in row] for row in rows)
    return path


def write_xlsx(path: str | Path, sheets: dict[str, tuple[list[str], list[list]]]) -> Path:
    """sheets: title -> (headers, rows). Money goes in as Decimal/int values, never text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for title, (headers, rows) in sheets.items():
        ws = wb.create_sheet(title[:31])
        ws.append(headers)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
            _text_stays_text(ws)
        for i, header in enumerate(headers, 1):
            width = max([len(str(header))] + [len(str(r[i - 1])) for r in rows[:200]]) + 2
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(width * 6 // 5, 60)  # CJK is wide
    wb.save(path)
    return path


AUDIT_HEADERS = ["序号", "时间", "用户", "操作", "对象", "编号", "修改前", "修改后", "哈希"]


def audit_table(rows: list[dict]) -> list[list]:
    return [[r["id"], r["time"], r["user"], r["action"], r["entity"], r["entity_id"], r["before"], r["after"], r["hash"]]
            for r in rows]


def write_sections_xlsx(path: str | Path, sections) -> Path:
    """One sheet per report section; money as numbers (元, two decimals), so totals are values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    used = set()
    for section in sections:
        title = section.title[:31]
        while title in used:
            title = title[:29] + "_2"
        used.add(title)
        ws = wb.create_sheet(title)
        ws.append(list(section.headers))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in section.rows:
            ws.append([number_of(c) for c in row])
            _text_stays_text(ws)
            for i, c in enumerate(row, 1):
                if isinstance(c, Fen):
                    ws.cell(ws.max_row, i).number_format = "#,##0.00"
        for i in range(1, len(section.headers) + 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = 18
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
