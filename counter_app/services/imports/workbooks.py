"""The workbooks an office fills in and gets back: a template per kind (the header on the sheet
"数据" that is read, the same header with example rows on "示例", and "说明" on every column), and
an export of the table in exactly the layout the import reads, so export → import → export is the
same file's content."""
from __future__ import annotations

from pathlib import Path

from ...core.errors import Invalid
from ...ledger.estate import estate_of
from ...ledger import personal
from ...ledger.context import Actor
from ..common.exports import write_csv, write_xlsx
from .runner import kind_named
from ..common.sheets import DATA_SHEET


def headers(kind) -> list[str]:
    return [c.header for c in kind.columns]


# How every kind's file is read, on each template's 说明 sheet after the kind's own columns and notes.
READING = (
    "每张表头相同的工作表都会读取（如一栋楼一张工作表）；“示例”“说明”、图表、隐藏的工作表和没有表头的工作表不读，"
    "预览时逐一列出并说明原因。像是本表却缺少必填列的工作表会被拒绝。",
    "表头在前 20 行中按列名查找，列的顺序不限；合并的标题行可以保留。未读取的列、隐藏的列都会在预览中列出。",
    "空行跳过；隐藏的行、合计行（合计、总计、小计、共 N 个）和重复的表头行跳过，并在预览中逐行列出。",
    "房号可以整个写在一列：3-2-501、3-2-501室、8#2-501、3栋2单元501、3号楼2单元501室；"
    "也可以分成 楼栋、单元、房号 三列。所有表都一样。",
    "只有 楼栋、房号 两列（楼没有单元）时：房号 2-101 或 2单元101 按 2 单元读，只写 101 的记为 1 单元，预览中会注明。",
    "楼栋写成汉字数字（三栋、叁号楼）读作 3，单元“二单元”读作 2，预览中会注明；"
    "账本里已有楼栋“三”（没有楼栋 3）时，三栋和 3 都指它。",
    "同一样东西在文件里只能出现一次：同一户、同一项目（编号或名称都算）、同一收据号或同一日期的行重复时，"
    "后一行被拒绝并指出与哪一行重复；期初欠费的期间按月份范围判断重叠。",
    "同一人（姓名和手机相同）在几行中的证件号码必须一致；同一车牌的各行必须是同一户。",
    "日期可写 2026-01-05、2026/1/5、2026年1月5日或 Excel 日期；抄表、收押金、入住和迁出的日期不能晚于今天，"
    "期初欠费不能含尚未开始的月份。",
    "面积和金额可带千分位逗号；小数位过多、负数、零分别说明原因。手机号和证件号码请设为“文本”列，"
    "否则 Excel 会把长数字改成科学计数法。",
    "错误信息使用文件自己的列名；有一行被拒绝时整个文件都不导入，问题另存为“文件名-导入检查.xlsx”。",
    "读取 Excel 工作簿（.xlsx 和旧版 .xls）、CSV（UTF-8 或 GB18030）和网页格式的 .xls（旧系统常这样导出，按网页里的表格读）；"
    "设有密码的工作簿、Word 文档等请先在 Excel 或 WPS 中另存为 .xlsx。",
)


def _notes(kind) -> tuple[list[str], list[list]]:
    rows = [[c.header, "必填" if c.required else "", c.note, "、".join(c.aliases)] for c in kind.columns]
    rows += [["", "", "", ""]] + [["说明", "", note, ""] for note in kind.notes]
    rows += [["", "", "", ""]] + [["读取规则", "", note, ""] for note in READING]
    return ["列名", "必填", "说明", "也可写作"], rows


def write_template(kind_name: str, path: str | Path) -> Path:
    kind = kind_named(kind_name)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise Invalid("模板是 Excel 工作簿，文件名请以 .xlsx 结尾")
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
        raise Invalid("导出文件名请以 .xlsx 或 .csv 结尾")
    return path, len(rows)
