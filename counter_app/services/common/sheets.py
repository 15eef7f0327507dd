"""Tables in from files that people and other programs write (an office's own estate, a bank's
statement, the tax platform's list of issued invoices). What a file is is decided by its bytes,
not its name: an .xlsx (its "数据" sheet, or the first; merged cells read as the value they show in
every cell they cover), or a CSV in UTF-8, UTF-8 with BOM or GB18030; a workbook locked with a
password, an old .xls or anything else is refused by what it is. A header row is found among the
first rows by its column names; dates and amounts are read as people and Excel write them."""
from __future__ import annotations

import csv
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from ...core import dates
from ...core.errors import CounterError
from ...core.money import parse_yuan

DATA_SHEET = "数据"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"    # an encrypted .xlsx, or an old .xls
MAX_ROWS = 200_000
MAX_COLUMNS = 100         # no table read has more; a file claiming 16,384 columns is read as 100


@dataclass
class Sheet:
    name: str            # the worksheet's name, or "CSV"
    rows: list[list]


_last: tuple[str, Sheet] | None = None     # the file read last, by its content's SHA-256


def read(path: str | Path, sha256: str = "") -> Sheet:
    """The file's sheet. Given the SHA-256 of the bytes just read, a file read a moment ago with the
    same content (the dry run, then its import) is not parsed twice."""
    global _last
    path = Path(path)
    if not path.is_file():
        raise CounterError(f"找不到文件 {path}")
    if sha256 and _last is not None and _last[0] == sha256:
        return Sheet(_last[1].name, [list(r) for r in _last[1].rows])
    sheet = _parse(path)
    if sha256:
        _last = (sha256, sheet)
        return Sheet(sheet.name, [list(r) for r in sheet.rows])
    return sheet


def _parse(path: Path) -> Sheet:
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(_OLE):
        raise CounterError(f"{path.name} 设有打开密码，或是旧版 Excel（.xls）文件：请在 Excel 中取消密码，"
                           "另存为 .xlsx（Excel 工作簿）后再导入")
    sheet = _workbook(path) if head.startswith(_ZIP) else _csv(path)
    if len(sheet.rows) > MAX_ROWS:
        raise CounterError(f"{path.name} 有 {len(sheet.rows)} 行，超过一次导入的上限 {MAX_ROWS} 行，请分成几个文件")
    return sheet


def _workbook(path: Path) -> Sheet:
    from openpyxl import load_workbook
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:       # a zip that is not a workbook (a .docx, a damaged file)
        raise CounterError(f"{path.name} 不是可读取的 Excel 工作簿（{type(exc).__name__}）") from None
    try:
        ws = book[DATA_SHEET] if DATA_SHEET in book.sheetnames else book.worksheets[0]
        rows = [list(r) for _, r in zip(range(MAX_ROWS + 1), ws.iter_rows(max_col=MAX_COLUMNS, values_only=True))]
        _fill_merged(rows, _merged_ranges(path, getattr(ws, "_worksheet_path", "")))
        return Sheet(ws.title, rows)
    finally:
        book.close()


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _merged_ranges(path: Path, member: str) -> list[tuple[int, int, int, int]]:
    """(first row, first column, last row, last column), 0-based, of the sheet's merged cells:
    read from the sheet's XML, since a read-only workbook does not report them."""
    if not member:
        return []
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read(member)
    except (KeyError, zipfile.BadZipFile):
        return []
    return [(int(r1) - 1, _column(c1), int(r2) - 1, _column(c2)) for c1, r1, c2, r2 in _MERGE.findall(xml)]


MAX_MERGED_CELLS = 2_000_000


def _fill_merged(rows: list[list], ranges) -> None:
    """A merged block shows its top-left value in each cell it covers (楼栋 merged over its units).
    Merges covering more cells than any real table has are refused rather than filled."""
    covered = 0
    for r1, c1, r2, c2 in ranges:
        if r1 >= len(rows) or c1 >= min(len(rows[r1]), MAX_COLUMNS):
            continue
        c2 = min(c2, MAX_COLUMNS - 1)       # a merge over a whole sheet covers only what is read
        covered += (min(r2, len(rows) - 1) - r1 + 1) * (c2 - c1 + 1)
        if covered > MAX_MERGED_CELLS:
            raise CounterError("表格中合并的单元格过多，请取消合并后另存再导入")
        value = rows[r1][c1]
        for r in range(r1, min(r2, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c2:
                row.extend([None] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                row[c] = value


def _csv(path: Path) -> Sheet:
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise CounterError(f"{path.name} 不是表格文件：请导入 Excel 工作簿（.xlsx）或 CSV 文件")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            content = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise CounterError(f"{path.name} 既不是 UTF-8 也不是 GB18030 编码的 CSV 文件，请在 Excel 中另存为 .xlsx")
    first = content.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    return Sheet("CSV", [row[:MAX_COLUMNS] for _, row in zip(range(MAX_ROWS + 1),
                                                             csv.reader(content.splitlines(), delimiter=delimiter))])


def rows_of(path: str | Path) -> list[list]:
    return read(path).rows


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
    try:
        return dates.read_date(value)
    except CounterError as exc:
        raise CounterError(f"第 {line} 行的{exc}") from None


def cell_amount(value, line: int) -> int:
    if isinstance(value, float):  # an Excel number: its shortest decimal form, then exact
        value = repr(value)
    elif isinstance(value, (int, Decimal)):
        value = str(value)
    try:
        return parse_yuan(str(value or "").strip().replace("¥", "").replace("￥", ""), allow_negative=True)
    except CounterError:
        raise CounterError(f"第 {line} 行的金额“{value}”不正确") from None
