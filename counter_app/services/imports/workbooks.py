"""The workbooks an office fills in and gets back: a template per kind (the header on the sheet
"数据" that is read, the same header with example rows on "示例", and "说明" on every column), and
an export of the table in exactly the layout the import reads, so export → import → export is the
same file's content."""
from __future__ import annotations

from pathlib import Path

from ...core.errors import CounterError
from ..admin.estate import estate_of
from ..common import personal
from ..common.context import Actor
from ..common.exports import write_csv, write_xlsx
from .runner import kind_named
from ..common.sheets import DATA_SHEET


def headers(kind) -> list[str]:
    return [c.header for c in kind.columns]


def _notes(kind) -> tuple[list[str], list[list]]:
    rows = [[c.header, "必填" if c.required else "", c.note, "、".join(c.aliases)] for c in kind.columns]
    rows += [["", "", "", ""]] + [["说明", "", note, ""] for note in kind.notes]
    rows += [["", "", "只读取“数据”工作表（没有时读第一个工作表）；列的顺序不限，多余的列不读；空行跳过。", ""],
             ["", "", "日期可写 2026-01-05、2026/1/5 或 2026年1月5日；面积和金额可带千分位逗号。", ""]]
    return ["列名", "必填", "说明", "也可写作"], rows


def write_template(kind_name: str, path: str | Path) -> Path:
    kind = kind_named(kind_name)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise CounterError("模板是 Excel 工作簿，文件名请以 .xlsx 结尾")
    examples = [list(row) for row in zip(*(c.example or ("",) * 2 for c in kind.columns))]
    return write_xlsx(path, {DATA_SHEET: (headers(kind), []), "示例": (headers(kind), examples),
                             "说明": _notes(kind)})


def export_table(actor: Actor, kind_name: str, path: str | Path, purpose: str = "") -> tuple[Path, int]:
    """The kind's table as the import reads it: .xlsx (sheet "数据", with "说明") or .csv. A table
    with people's contacts goes out in full (it is the office's own file to re-import) only with a
    purpose, logged with its units (common/personal.py)."""
    actor.require("data.export")
    kind = kind_named(kind_name)
    path = Path(path)
    rows = kind.export(actor, estate_of(actor))
    if kind.personal:
        personal.showing(actor, [r[0] for r in rows], (personal.PHONE, personal.ID_NUMBER), purpose, "export")
    if path.suffix.lower() == ".csv":
        write_csv(path, headers(kind), rows)
    elif path.suffix.lower() == ".xlsx":
        write_xlsx(path, {DATA_SHEET: (headers(kind), rows), "说明": _notes(kind)})
    else:
        raise CounterError("导出文件名请以 .xlsx 或 .csv 结尾")
    return path, len(rows)
