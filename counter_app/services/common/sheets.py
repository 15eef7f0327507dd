"""Tables in from files that people and other programs write (an office's own estate, a bank's
statement, the tax platform's list of issued invoices). What a file is is decided by its bytes,
not its name: an .xlsx or an old .xls (every sheet, each with its hidden rows and columns and its
merged cells read as the value they show in every cell they cover), or a CSV in UTF-8, UTF-8 with BOM or
GB18030, or a table saved as a web page (an .xls older systems write; services/common/html_tables.py).
Anything else is refused by what it is (a workbook locked with a password, an old .xls, a Word
document, a PDF…), with what to do. A header row is found among the
first rows by its column names; dates and amounts are read as people and Excel write them."""
from __future__ import annotations

import csv
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from ...core import dates
from ...core.errors import CounterError, Invalid, NotFound, Refused, Word
from ...core.money import parse_yuan
from .html_tables import tables
import xlrd
from openpyxl import load_workbook
from openpyxl.chartsheet import Chartsheet

DATA_SHEET = "数据"
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"    # Office 97-2003 files, and encrypted Office 2007+ ones
MAX_ROWS = 200_000
MAX_COLUMNS = 100         # no table read has more; a file claiming 16,384 columns is read as 100
_SAVE_AS = "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入"


@dataclass
class Sheet:
    name: str            # the worksheet's name, or "CSV"
    rows: list[list]
    hidden: bool = False                                   # the sheet itself is hidden
    chart: bool = False                                    # a chart sheet: no cells
    hidden_rows: frozenset = field(default_factory=frozenset)      # 0-based, as in rows
    hidden_columns: frozenset = field(default_factory=frozenset)   # 0-based

    def copy(self) -> "Sheet":
        return replace(self, rows=[list(r) for r in self.rows])


_last: tuple[str, list[Sheet]] | None = None     # the file read last, by its content's SHA-256


def read_book(path: str | Path, sha256: str = "") -> list[Sheet]:
    """Every sheet of the file, in the workbook's order (a CSV is one). Given the SHA-256 of the
    bytes just read, a file read a moment ago with the same content (the dry run, then its import)
    is not parsed twice."""
    global _last
    path = Path(path)
    if not path.is_file():
        raise NotFound("找不到文件 {path}", path=str(path))
    if sha256 and _last is not None and _last[0] == sha256:
        return [s.copy() for s in _last[1]]
    book = _parse(path)
    if sha256:
        _last = (sha256, book)
        return [s.copy() for s in book]
    return book


def read(path: str | Path, sha256: str = "") -> Sheet:
    """The file's table: its "数据" sheet, or its first visible one."""
    book = read_book(path, sha256)
    named = [s for s in book if s.name == DATA_SHEET and not s.chart]
    return (named or [s for s in book if not s.chart and not s.hidden] or book)[0]


def _parse(path: Path) -> list[Sheet]:
    with path.open("rb") as f:
        head = f.read(4096)
    if head.startswith(_OLE):
        book = _old_excel(path)
        if book is None:
            raise _office_97(path)
    elif head.startswith(_ZIP):
        book = _workbook(path)
    elif _web_page(head):
        book = _html(path)
    else:
        _refuse_other(path, head)
        book = [_csv(path)]
    total = sum(len(s.rows) for s in book)
    if total > MAX_ROWS:
        raise Refused("{file} 有 {total} 行，超过一次导入的上限 {most} 行，请分成几个文件", file=path.name, total=total,
                  most=MAX_ROWS)
    return book


def _web_page(head: bytes) -> bool:
    text = head.removeprefix(b"\xef\xbb\xbf")
    lower = text.lower()
    return bool(_MARKUP.match(text)) and b"<workbook" not in lower and (
        b"<html" in lower or b"<table" in lower or b"<!doctype html" in lower)


def _html(path: Path) -> list[Sheet]:
    """A table saved as a web page (what older systems export as .xls): each table a sheet."""
    found = tables(path.read_bytes())
    if not found:
        raise Invalid("{file} 是网页（HTML）文件，里面没有表格：{save_as}", file=path.name, save_as=Word(_SAVE_AS))
    name = "网页表格"
    return [Sheet(name if len(found) == 1 else f"{name}{i}", [r[:MAX_COLUMNS] for r in rows[:MAX_ROWS + 1]],
                  hidden_rows=frozenset(hidden)) for i, (rows, hidden) in enumerate(found, start=1)]


def _old_excel(path: Path) -> list[Sheet] | None:
    """An Excel 97-2003 workbook (.xls, what WPS long saved by default), read as an .xlsx is: every
    sheet with its hidden rows and columns and merged cells; None when it is not one that can be
    read (a Word document, a workbook with a password, a damaged file: named by _office_97)."""
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:          # not a workbook, encrypted, damaged: said by what it is
        return None
    try:
        out, read_rows = [], 0
        for index in range(book.nsheets):
            ws = book.sheet_by_index(index)
            count = min(ws.nrows, MAX_ROWS + 1 - read_rows)
            rows = [_trimmed(tuple(_old_cell(ws.cell(r, c), book.datemode) for c in range(min(ws.ncols, MAX_COLUMNS))))
                    for r in range(count)]
            read_rows += count
            _fill_merged(rows, [(r1, c1, r2 - 1, c2 - 1) for r1, r2, c1, c2 in ws.merged_cells])
            out.append(Sheet(ws.name, rows, hidden=ws.visibility != 0,
                             hidden_rows=frozenset(r for r, info in ws.rowinfo_map.items() if info.hidden),
                             hidden_columns=frozenset(c for c, info in ws.colinfo_map.items()
                                                      if info.hidden and c < MAX_COLUMNS)))
        return out
    finally:
        book.release_resources()


def _old_cell(cell, datemode: int):
    """A cell of an .xls as openpyxl gives an .xlsx's: text, int for whole numbers Excel would
    write without an exponent, float, datetime for a date-formatted number, None for empty."""
    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(value, datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_NUMBER and -10**15 < value < 10**15 and value == int(value):   # a whole number
        return int(value)
    return value or None


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def _office_97(path: Path) -> Invalid:
    """What an OLE2 file is, by the streams its directory names (their names are UTF-16)."""
    data = path.read_bytes()
    if _utf16("EncryptionInfo") in data:
        return Invalid("{file} 设有打开密码：请在 Excel 中打开（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），"
                       "保存后再导入", file=path.name)
    if _utf16("WordDocument") in data:
        return Invalid("{file} 是 Word 文档（.doc），不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=path.name)
    if _utf16("PowerPoint Document") in data:
        return Invalid("{file} 是 PowerPoint 演示文稿，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=path.name)
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return Invalid("{file} 是旧版 Excel 97-2003 工作簿（.xls），但读不出来（可能已损坏或设有密码）：{save_as}",
                       file=path.name, save_as=Word(_SAVE_AS))
    return Invalid("{file} 是 Office 97-2003 格式的文件（可能是旧版 .xls，或设有打开密码的工作簿）：取消密码并{save_as}",
                   file=path.name, save_as=Word(_SAVE_AS))


_MARKUP = re.compile(rb"\s*<")


def _refuse_other(path: Path, head: bytes) -> None:
    """A file that is neither a workbook nor text a CSV could be, refused by what it is."""
    text = head.removeprefix(b"\xef\xbb\xbf")
    lower = text.lower()
    if _MARKUP.match(text):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in lower or b"<workbook" in lower:
            raise Invalid("{file} 是 Excel 2003 XML 表格：{save_as}", file=path.name, save_as=Word(_SAVE_AS))
        if b"<html" in lower or b"<table" in lower or b"<!doctype" in lower or b"<meta" in lower:
            raise Invalid("{file} 是网页（HTML）格式的表格，常见于旧系统导出的 .xls：{save_as}", file=path.name,
                          save_as=Word(_SAVE_AS))
        raise Invalid("{file} 是 XML 或网页文件，不是表格：{save_as}", file=path.name, save_as=Word(_SAVE_AS))
    if text.startswith(b"%PDF"):
        raise Invalid("{file} 是 PDF 文件，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=path.name)
    if text.startswith(b"{\\rtf"):
        raise Invalid("{file} 是 RTF 文档，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=path.name)
    if b"\x00" in head:
        raise Invalid("{file} 不是表格文件：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=path.name)


def _zip_kind(path: Path) -> Invalid | None:
    """Why an Office Open XML (or other zip) file is no workbook to read, by its parts (None: it is one)."""
    file = path.name
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError):
        return Invalid("{file} 不是可读取的 Excel 工作簿（文件已损坏或不完整）：请重新导出或另存后再导入", file=file)
    if "word/document.xml" in names:
        return Invalid("{file} 是 Word 文档（.docx），不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=file)
    if "ppt/presentation.xml" in names:
        return Invalid("{file} 是 PowerPoint 演示文稿，不是表格：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=file)
    if "xl/workbook.bin" in names:
        return Invalid("{file} 是 Excel 二进制工作簿（.xlsb）：{save_as}", file=file, save_as=Word(_SAVE_AS))
    if b"opendocument.spreadsheet" in mimetype:
        return Invalid("{file} 是 OpenDocument 表格（.ods）：{save_as}", file=file, save_as=Word(_SAVE_AS))
    if "xl/workbook.xml" not in names:
        return Invalid("{file} 是压缩文件（zip），不是 Excel 工作簿：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=file)
    return None


def _workbook(path: Path) -> list[Sheet]:
    refused = _zip_kind(path)
    if refused:
        raise refused
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:       # a workbook damaged inside
        raise Invalid("{file} 不是可读取的 Excel 工作簿（{kind}）：文件可能已损坏，请在 Excel 中打开后另存再导入",
                      file=path.name, kind=type(exc).__name__) from None
    try:
        out, read_rows = [], 0
        for name in book.sheetnames:
            ws = book[name]
            if isinstance(ws, Chartsheet):
                out.append(Sheet(name, [], chart=True))
                continue
            rows = [_trimmed(r) for _, r in zip(range(MAX_ROWS + 1 - read_rows),
                                                ws.iter_rows(max_col=MAX_COLUMNS, values_only=True))]
            read_rows += len(rows)
            merges, hidden_rows, hidden_columns = _layout(path, getattr(ws, "_worksheet_path", ""))
            _fill_merged(rows, merges)
            out.append(Sheet(name, rows, hidden=getattr(ws, "sheet_state", "visible") != "visible",
                             hidden_rows=hidden_rows, hidden_columns=hidden_columns))
        return out
    finally:
        book.close()


def _trimmed(cells: tuple) -> list:
    """A row without the empty cells openpyxl pads it with up to the columns asked for."""
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return list(cells[:end])


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+)([0-9]+):([A-Z]+)([0-9]+)"')
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_ATTRIBUTE = {name: re.compile(rb"\b" + name.encode() + rb'="([^"]*)"') for name in ("r", "hidden", "min", "max")}


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _attribute(attributes: bytes, name: str) -> bytes | None:
    found = _ATTRIBUTE[name].search(attributes)
    return found.group(1) if found else None


def _layout(path: Path, member: str) -> tuple[list[tuple[int, int, int, int]], frozenset, frozenset]:
    """The sheet's merged cells ((first row, first column, last row, last column), 0-based), hidden
    rows and hidden columns, read from its XML: a read-only workbook reports none of them."""
    if not member:
        return [], frozenset(), frozenset()
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read(member)
    except (KeyError, zipfile.BadZipFile):
        return [], frozenset(), frozenset()
    merges = [(int(r1) - 1, _column(c1), int(r2) - 1, _column(c2)) for c1, r1, c2, r2 in _MERGE.findall(xml)]
    hidden_rows, hidden_columns = set(), set()
    if b"hidden=" in xml:
        row = 0
        for found in _ROW.finditer(xml):
            attributes = found.group(1)
            number = _attribute(attributes, "r")
            row = int(number) if number and number.isdigit() else row + 1
            if _attribute(attributes, "hidden") in (b"1", b"true"):
                hidden_rows.add(row - 1)
        for found in _COL.finditer(xml):
            attributes = found.group(1)
            low, high = _attribute(attributes, "min"), _attribute(attributes, "max")
            if _attribute(attributes, "hidden") in (b"1", b"true") and low and high and low.isdigit() and high.isdigit():
                hidden_columns.update(range(int(low) - 1, min(int(high), MAX_COLUMNS)))
    return merges, frozenset(hidden_rows), frozenset(hidden_columns)


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
            raise Invalid("表格中合并的单元格过多，请取消合并后另存再导入")
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
        raise Invalid("{file} 不是表格文件：请导入 Excel 工作簿（.xlsx）或 CSV 文件", file=path.name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            content = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise Invalid("{file} 既不是 UTF-8 也不是 GB18030 编码的 CSV 文件，请在 Excel 中另存为 .xlsx", file=path.name)
    first = content.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    return Sheet("CSV", [row[:MAX_COLUMNS] for _, row in zip(range(MAX_ROWS + 1),
                                                             csv.reader(content.splitlines(), delimiter=delimiter))])


def rows_of(path: str | Path) -> list[list]:
    return read(path).rows


@dataclass
class Table:
    """A file's table as a statement or a list reads it: its data rows, and each row left unread
    with why (a row Excel hides is not read behind the reader's back, and not dropped unsaid)."""
    sheet: str
    positions: dict[str, int]
    rows: list[tuple[int, list]]              # (line as Excel shows it, cells)
    skipped: list[tuple[int, str]]            # (line, why)
    header: list = field(default_factory=list)


def read_table(path: str | Path, columns: dict[str, tuple[str, ...]], what: str) -> Table:
    """The file's table (see read) under the header naming `columns`: rows hidden in Excel and
    totals rows are listed as skipped, not read."""
    sheet = read(path)
    header_at, positions = find_header(sheet.rows, columns, what)
    table = Table(sheet.name, positions, [], [], [str(c or "").strip() for c in sheet.rows[header_at]])
    for line, cells in data_rows(sheet.rows, header_at, table.skipped):
        if line - 1 in sheet.hidden_rows:
            table.skipped.append((line, HIDDEN_ROW))
        else:
            table.rows.append((line, cells))
    table.skipped.sort()
    return table


HIDDEN_ROW = "隐藏的行，未读取（要读取请在 Excel 中取消隐藏）"


def skipped_text(skipped: list[tuple[int, str]]) -> list[str]:
    return [f"  未读取 第{line}行：{why}" for line, why in skipped]


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
    raise Invalid("{what}缺少列：{missing}（需要 {needed}）", what=Word(what), missing="、".join(missing),
                  needed="、".join(a[0] for a in columns.values()))


_TOTALS = re.compile(r"(?:本页|本表|全部|总)?(?:合计|总计|小计|共计|累计|总数)[:：]?"
                     r"|共计?[0-9]+(?:个|户|条|项|套|间|辆|人|行|位|笔|张)")
_TOTALS_MARK = re.compile(r"[合总小共累]")       # a character every totals word has: most rows have none
_SPACES = re.compile(r"\s+")


def totals_word(cells: list) -> str:
    """The word that makes a row a totals row, not data (合计, 小计, 共 2 个), or ""."""
    for cell in cells:
        if isinstance(cell, str) and _TOTALS_MARK.search(cell):
            words = _SPACES.sub("", unicodedata.normalize("NFKC", cell))
            if _TOTALS.fullmatch(words):
                return words
    return ""


def data_rows(rows: list[list], header_at: int, skipped: list | None = None):
    """(line number as Excel shows it, cells) of the rows after the header, blank ones and totals
    rows (a statement's 合计 is no transaction) left out; the totals rows, given a list, noted in it."""
    width = len(rows[header_at])
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(str(c or "").strip() for c in row):
            continue
        total = totals_word(row)
        if total:
            if skipped is not None:
                skipped.append((offset, f"合计行（{total}），已跳过"))
            continue
        yield offset, list(row) + [None] * (width - len(row))   # a short CSV row: its missing cells empty


def cell_date(value, line: int) -> date:
    try:
        return dates.read_date(value)
    except CounterError as exc:
        raise Invalid("第 {line} 行的{problem}", line=line, problem=exc) from None


def cell_amount(value, line: int) -> int:
    if isinstance(value, float):  # an Excel number: its shortest decimal form, then exact
        value = repr(value)
    elif isinstance(value, (int, Decimal)):
        value = str(value)
    try:
        return parse_yuan(str(value or "").strip().replace("¥", "").replace("￥", ""), allow_negative=True)
    except CounterError:
        raise Invalid("第 {line} 行的金额“{value}”不正确", line=line, value=value) from None
