"""Spreadsheet files as offices save them, written in the test: .xlsx through openpyxl (merged
cells, a second sheet, numbers and dates as Excel stores them) and CSV in the three encodings."""
from __future__ import annotations

from pathlib import Path


def xlsx(path: Path, header: list, rows: list[list], *, sheet: str = "数据", before: list[list] = (),
         merges: list[str] = ()) -> Path:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in [*before, header, *rows]:
        ws.append(row)
    for block in merges:
        ws.merge_cells(block)
    wb.save(path)
    return path


def csv(path: Path, header: list, rows: list[list], *, encoding: str = "utf-8") -> Path:
    text = "\n".join(",".join("" if c is None else str(c) for c in row) for row in [header, *rows]) + "\n"
    path.write_bytes(text.encode(encoding))
    return path


def data_sheet(path: Path) -> list[tuple]:
    """The values of an exported workbook's "数据" sheet."""
    from openpyxl import load_workbook
    wb = load_workbook(path, read_only=True)
    try:
        return [tuple(r) for r in wb["数据"].iter_rows(values_only=True)]
    finally:
        wb.close()


def with_raw_merges(path: Path, refs: list[str]) -> Path:
    """The workbook with merged ranges written straight into its sheet's XML, as a hostile or
    broken file would have them (openpyxl would build a cell object for every cell merged)."""
    import zipfile
    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    merges = f'<mergeCells count="{len(refs)}">' + "".join(f'<mergeCell ref="{r}"/>' for r in refs) + "</mergeCells>"
    parts[member] = parts[member].replace(b"</sheetData>", b"</sheetData>" + merges.encode(), 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path
