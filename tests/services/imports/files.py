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


def book(path: Path, sheets: dict[str, list[list]], *, hidden_rows: dict[str, list[int]] | None = None,
         hidden_columns: dict[str, list[str]] | None = None, hidden_sheets: tuple[str, ...] = (),
         merges: dict[str, list[str]] | None = None, chart: str = "") -> Path:
    """A workbook of several sheets as an office keeps one: rows and columns hidden (by their
    Excel numbers and letters), sheets hidden, merged titles, a chart sheet."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for number in (hidden_rows or {}).get(name, ()):
            ws.row_dimensions[number].hidden = True
        for letter in (hidden_columns or {}).get(name, ()):
            ws.column_dimensions[letter].hidden = True
        for block in (merges or {}).get(name, ()):
            ws.merge_cells(block)
        if name in hidden_sheets:
            ws.sheet_state = "hidden"
    if chart:
        first = wb.worksheets[0]
        bars = BarChart()
        bars.add_data(Reference(first, min_col=1, min_row=1, max_row=3))
        wb.create_chartsheet(chart).add_chart(bars)
    wb.save(path)
    return path


def ole2(path: Path, stream: str, size: int = 4096) -> Path:
    """An Office 97-2003 file (a compound file, as an old .xls or .doc is) holding one stream of that
    name: a header, one FAT sector, one directory sector, the stream's sectors (MS-CFB, version 3)."""
    import struct
    end, free, fat_sect, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    sectors = size // 512
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\0" * 6, 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack("<109I", 0, *([free] * 108))
    fat = [fat_sect, end] + [3 + i for i in range(sectors - 1)] + [end]
    fat_sector = struct.pack("<128I", *(fat + [free] * (128 - len(fat))))

    def entry(name: str, kind: int, child: int, start: int, length: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return struct.pack("<64sHBBIII16sIQQIQ", encoded, len(encoded), kind, 1 if name else 0, no_stream, no_stream,
                           child, b"\0" * 16, 0, 0, 0, start, length)
    directory = (entry("Root Entry", 5, 1, end, 0) + entry(stream, 2, no_stream, 2, size)
                 + entry("", 0, no_stream, 0, 0) * 2)
    path.write_bytes(header + fat_sector + directory + bytes(range(256)) * (size // 256))
    return path


def docx(path: Path) -> Path:
    """A Word document (.docx) as Word zips one, whatever its name says."""
    import zipfile
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>房屋清单</w:t></w:r></w:p></w:body></w:document>')
    return path


def web_page_xls(path: Path, header: list, rows: list[list]) -> Path:
    """A table saved as a web page under an .xls name, as older systems export one."""
    cells = "".join("<tr>" + "".join(f"<td>{'' if c is None else c}</td>" for c in row) + "</tr>"
                    for row in [header, *rows])
    path.write_text('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                    'xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>'
                    f"<body><table>{cells}</table></body></html>", encoding="utf-8")
    return path
