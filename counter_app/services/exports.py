"""Tables out to files: CSV (UTF-8 with BOM, so Excel opens the Chinese right) and Excel
(numbers as numbers). One writer per format, used by every export."""
from __future__ import annotations

import csv
from pathlib import Path


def write_csv(path: str | Path, headers: list[str], rows: list[list]) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
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
        for i, header in enumerate(headers, 1):
            width = max([len(str(header))] + [len(str(r[i - 1])) for r in rows[:200]]) + 2
            ws.column_dimensions[ws.cell(1, i).column_letter].width = min(width * 6 // 5, 60)  # CJK is wide
    wb.save(path)
    return path


AUDIT_HEADERS = ["序号", "时间", "用户", "操作", "对象", "编号", "修改前", "修改后", "哈希"]


def audit_table(rows: list[dict]) -> list[list]:
    return [[r["id"], r["time"], r["user"], r["action"], r["entity"], r["entity_id"], r["before"], r["after"], r["hash"]]
            for r in rows]
