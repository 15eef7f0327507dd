"""Tables saved as a web page (older systems export them under an .xls name, and Excel opens
them): each <table> read as a sheet, a cell spanning several columns or rows showing its value in
each (as a merged cell does), a row styled display:none taken as hidden. Text only: every cell is
read as the text it shows, the way a CSV's cells are."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from ...core.errors import Invalid

_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_HIDDEN = re.compile(r"display\s*:\s*none", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")


def decode(data: bytes) -> str:
    """The page's text: as its <meta charset> says, else UTF-8, else GB18030 (GBK and GB2312 in it)."""
    declared = _CHARSET.search(data[:4096])
    tries = [declared.group(1).decode("ascii", "replace")] if declared else []
    for encoding in [*tries, "utf-8-sig", "gb18030"]:
        try:
            text = data.decode("gb18030" if encoding.lower() in ("gb2312", "gbk") else encoding)
            return text
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", "replace")


MAX_SPANNED = 300_000     # cells filled from a spanning one (a 楼栋 over its rooms): no real table has more


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells = 0
        self.tables: list[tuple[list[list], set[int]]] = []   # (rows, hidden row indexes)
        self._stack: list[dict] = []                          # nested tables being read
        self._cell: list[str] | None = None
        self._skip = 0                                        # inside <style>, <script>

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script"):
            self._skip += 1
        elif tag == "table":
            self._stack.append({"rows": [], "hidden": set(), "spans": {}, "row": None})
        elif not self._stack:
            return
        elif tag == "tr":
            self._end_row()
            t = self._stack[-1]
            t["row"] = []
            if _HIDDEN.search(a.get("style") or ""):
                t["hidden"].add(len(t["rows"]))
        elif tag in ("td", "th"):
            self._end_cell()
            if self._stack[-1]["row"] is None:
                self._stack[-1]["row"] = []
            self._cell = []
            self._span = (_int(a.get("colspan")), _int(a.get("rowspan")))
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip = max(0, self._skip - 1)
        elif not self._stack:
            return
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_row()
            t = self._stack.pop()
            self.tables.append((t["rows"], t["hidden"]))

    def handle_data(self, data):
        if self._cell is not None and not self._skip:
            self._cell.append(data)

    def _end_cell(self):
        if self._cell is None:
            return
        t = self._stack[-1]
        text = _SPACES.sub(" ", "".join(self._cell)).strip()
        value = text or None
        self._cell = None
        columns, rows = self._span
        self.cells += columns * rows - 1
        if self.cells > MAX_SPANNED:
            raise Invalid("网页里的表格过大（或跨行跨列的格过多），请在 Excel 中另存为 .xlsx 后再导入")
        row, at = t["row"], len(t["rows"])
        for _ in range(columns):
            column = _free(row, t["spans"], at)
            _put(row, column, value)
            for below in range(1, rows):
                t["spans"][(at + below, column)] = value

    def _end_row(self):
        self._end_cell()
        t = self._stack[-1] if self._stack else None
        if t is None or t["row"] is None:
            return
        at, row = len(t["rows"]), t["row"]
        for r, c in sorted(key for key in t["spans"] if key[0] == at):   # spanned from above, after the last
            _put(row, c, t["spans"].pop((r, c)))
        t["rows"].append(row)
        t["row"] = None

    def close(self):
        super().close()
        while self._stack:
            self.handle_endtag("table")


def _free(row: list, spans: dict, at: int) -> int:
    """The first column of this row not taken by a cell spanned down from above, filling those."""
    column = len(row)
    while (at, column) in spans:
        _put(row, column, spans.pop((at, column)))
        column += 1
    return column


def _put(row: list, column: int, value) -> None:
    if len(row) <= column:
        row.extend([None] * (column + 1 - len(row)))
    row[column] = value


def _int(text) -> int:
    try:
        return max(1, min(int(str(text).strip()), 100))
    except (TypeError, ValueError):
        return 1


def tables(data: bytes) -> list[tuple[list[list], set[int]]]:
    """Every table of the page with rows, in its order: (rows, hidden row indexes)."""
    parser = _Tables()
    parser.feed(decode(data))
    parser.close()
    return [(rows, hidden) for rows, hidden in parser.tables if any(any(c for c in r) for r in rows)]
