"""Layout templates (reports/*.toml): page size, margins, fonts and field positions in mm.

A copy of a template in the user's data folder (paths.user_reports_dir()) overrides the shipped
one, so an office can move fields onto its own pre-printed forms (套打). A template with a
mistake is refused with the file and line, and the shipped template is used instead.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths

FIELDS = {
    "title", "company", "copy_label", "number", "issued_at", "unit", "payer", "lines", "total",
    "total_words", "tenders", "cash", "prepaid_after", "cashier", "remarks", "barcode", "qr", "footer",
    "rule", "contact", "seal",
}
PAGE_KEYS = {"name", "mode", "width_mm", "height_mm", "margin_mm", "font_size", "copies", "copies_on",
             "preprinted", "part_height_mm"}
FIELD_KEYS = {"name", "size", "align", "bold", "gap_mm", "x_mm", "y_mm", "width_mm", "label", "rows",
              "row_height_mm", "columns", "height_mm", "style", "group"}
MAX_PAGE_MM = 1000


class TemplateError(ValueError):
    def __init__(self, path: Path, line: int | None, message: str):
        where = f"{path}" + (f" 第 {line} 行" if line else "")
        super().__init__(f"版式文件 {where}：{message}")
        self.path, self.line = path, line


@dataclass(frozen=True)
class Field:
    name: str
    size: float = 0.0            # font size in points; 0 = the page's
    align: str = "left"
    bold: bool = False
    gap_mm: float = 0.0          # flow: space before the field
    x_mm: float = 0.0            # positioned: from the left edge of the part
    y_mm: float = 0.0            # positioned: from the top edge of the part (text baseline)
    width_mm: float = 0.0
    label: str = ""              # positioned: printed before the value unless pre-printed
    rows: int = 0                # lines table: rows available on a form
    row_height_mm: float = 0.0
    columns: dict = field(default_factory=dict)   # lines table: column -> x offset in mm
    height_mm: float = 0.0       # barcode / qr size
    style: str = ""              # lines: "stacked" (rolls) or "table"
    group: bool = False          # lines: consecutive months of one item at one rate as one line


@dataclass(frozen=True)
class Layout:
    key: str
    name: str
    mode: str                    # flow / positioned
    width_mm: float
    height_mm: float             # 0 = follows the content (rolls)
    margins_mm: tuple[float, float, float, float]
    font_size: float
    fields: tuple[Field, ...]
    copies: tuple[str, ...] = ()
    copies_on: str = "pages"     # pages / sheet
    part_height_mm: float = 0.0  # positioned: height of one copy
    preprinted: bool = False
    source: str = ""


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    return None


def _field_line(text: str, index: int) -> int | None:
    """The line of the index-th [[field]] table."""
    seen = -1
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"\s*\[\[field\]\]", line):
            seen += 1
            if seen == index:
                return number
    return None


_cache: dict[tuple[str, str, int], Layout] = {}


def _key_line(text: str, start: int | None, key: str) -> int | None:
    """The line of `key = ...` inside the table that starts at line `start`."""
    if start is None:
        return None
    lines = text.splitlines()
    for number in range(start + 1, len(lines) + 1):
        line = lines[number - 1].strip()
        if line.startswith("["):
            break
        if re.match(rf"{re.escape(key)}\s*=", line):
            return number
    return start


def parse_layout(path: Path, key: str) -> Layout:
    """Parse and check a template; parsed templates are kept until the file changes."""
    stamp = (str(path), key, path.stat().st_mtime_ns)
    if stamp not in _cache:
        _cache[stamp] = _parse_layout(path, key)
    return _cache[stamp]


def _parse_layout(path: Path, key: str) -> Layout:
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise TemplateError(path, int(m.group(1)) if m else None, f"格式错误（{exc}）") from None
    page = data.get("page")
    if not isinstance(page, dict):
        raise TemplateError(path, None, "缺少 [page] 段")
    for k in page:
        if k not in PAGE_KEYS:
            raise TemplateError(path, _line_of(text, k), f"[page] 中未知的设置“{k}”")
    mode = page.get("mode", "flow")
    if mode not in ("flow", "positioned"):
        raise TemplateError(path, _line_of(text, "mode"), f"mode 只能是 flow 或 positioned，而不是“{mode}”")
    width, height = page.get("width_mm"), page.get("height_mm", 0)
    for k, v in (("width_mm", width), ("height_mm", height)):
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0 or v > MAX_PAGE_MM:
            raise TemplateError(path, _line_of(text, k), f"纸张尺寸 {k} = {v!r} 不正确（0 到 {MAX_PAGE_MM} 毫米）")
    if width <= 20:
        raise TemplateError(path, _line_of(text, "width_mm"), f"纸张宽度 {width} 毫米太窄")
    if mode == "positioned" and height <= 0:
        raise TemplateError(path, _line_of(text, "height_mm"), "套打版式必须给出纸张高度")
    margin = page.get("margin_mm", 3)
    margins = tuple(margin) if isinstance(margin, list) else (margin,) * 4
    if len(margins) != 4 or any(not isinstance(m, (int, float)) or m < 0 for m in margins):
        raise TemplateError(path, _line_of(text, "margin_mm"), "页边距应为一个数或 [上, 右, 下, 左] 四个数")
    if margins[1] + margins[3] >= width:
        raise TemplateError(path, _line_of(text, "margin_mm"), "左右页边距之和超过纸宽")
    copies = tuple(page.get("copies", ()))
    copies_on = page.get("copies_on", "pages")
    if copies_on not in ("pages", "sheet"):
        raise TemplateError(path, _line_of(text, "copies_on"), "copies_on 只能是 pages 或 sheet")
    part_height = page.get("part_height_mm", height)  # height_mm is one copy; a sheet stacks them
    fields = []
    for index, raw in enumerate(data.get("field", [])):
        line = _field_line(text, index)
        for k in raw:
            if k not in FIELD_KEYS:
                raise TemplateError(path, _key_line(text, line, k), f"字段中未知的设置“{k}”")
        name = raw.get("name")
        if name not in FIELDS:
            raise TemplateError(path, _key_line(text, line, "name"), f"未知的字段“{name}”")
        f = Field(**raw)
        if f.align not in ("left", "center", "right"):
            raise TemplateError(path, _key_line(text, line, "align"), f"对齐方式“{f.align}”不正确")
        if mode == "positioned":
            right_edge = f.x_mm + max(f.width_mm, 0)
            bottom = f.y_mm + (f.rows * f.row_height_mm if f.name == "lines" else 0)
            if f.x_mm < 0 or f.y_mm < 0 or right_edge > width or bottom > part_height:
                culprit = "x_mm" if f.x_mm < 0 or right_edge > width else "y_mm"
                raise TemplateError(path, _key_line(text, line, culprit), f"字段“{name}”的位置 ({f.x_mm}, {f.y_mm}) 毫米超出纸张"
                                                f"（{width} × {part_height} 毫米）")
        fields.append(f)
    if not fields:
        raise TemplateError(path, None, "没有任何字段")
    return Layout(key=key, name=page.get("name", key), mode=mode, width_mm=width, height_mm=height,
                  margins_mm=margins, font_size=page.get("font_size", 9), fields=tuple(fields), copies=copies,
                  copies_on=copies_on, part_height_mm=part_height, preprinted=bool(page.get("preprinted", False)),
                  source=str(path))


LAYOUTS = {"80mm": "receipt-80mm.toml", "58mm": "receipt-58mm.toml", "a5": "receipt-a5.toml",
           "form3": "receipt-form3.toml"}


def load_layout(key: str) -> tuple[Layout, list[str]]:
    """The layout for `key`, preferring the office's copy; problems found are returned, not raised."""
    if key not in LAYOUTS:
        raise ValueError(f"未知的收据版式“{key}”（可用：{', '.join(LAYOUTS)}）")
    problems: list[str] = []
    user = paths.user_reports_dir() / LAYOUTS[key]
    if user.exists():
        try:
            return parse_layout(user, key), problems
        except TemplateError as exc:
            problems.append(f"{exc}；已改用程序自带的版式")
    return parse_layout(paths.reports_dir() / LAYOUTS[key], key), problems
