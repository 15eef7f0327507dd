"""A voucher file's columns as an accounting package imports them (金蝶 KIS/K3, 用友 T3/U8, a plain
CSV), read from a small TOML (resources/vouchers/<format>.toml, or the office's copy of it): the
office renames, reorders, adds a fixed column or leaves one out without a new program. Each
column is either a field of a voucher line or a fixed `value`; parsing is pure, the file is read by
the caller."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from decimal import Decimal

from .errors import Invalid

# field -> what it is; the row builder below gives each its value
FIELDS = {"date": "日期", "year": "会计年度", "period": "会计期间", "word": "凭证字", "number": "凭证号",
          "attachments": "附单据数", "entry": "分录序号", "summary": "摘要", "account_code": "科目代码",
          "account_name": "科目名称", "debit": "借方金额", "credit": "贷方金额", "preparer": "制单人"}


@dataclass(frozen=True)
class Column:
    header: str
    field: str = ""
    value: str = ""


@dataclass(frozen=True)
class Layout:
    name: str
    word: str                     # 凭证字: 记, 收 …
    sheet: str
    columns: tuple[Column, ...]


def parse(text: str, source: str) -> Layout:
    """A layout from its TOML text; refused in words naming the file and what is wrong."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise Invalid("凭证格式文件 {file} 有误：{why}", file=source, why=str(exc)) from None
    columns = []
    for raw in data.get("columns", []):
        header, field_, value = str(raw.get("header", "")).strip(), raw.get("field", ""), raw.get("value")
        if not header or (field_ and field_ not in FIELDS) or (not field_ and value is None):
            raise Invalid("凭证格式文件 {file} 的列“{column}”须有标题，以及字段（{fields}）或固定值 value",
                          file=source, column=header, fields=", ".join(FIELDS))
        columns.append(Column(header, field_, "" if value is None else str(value)))
    if not columns:
        raise Invalid("凭证格式文件 {file} 没有列", file=source)
    return Layout(str(data.get("name", source)), str(data.get("word", "记")), str(data.get("sheet", "凭证"))[:31],
                  tuple(columns))


def cells(layout: Layout, vouchers: list, first_number: int, preparer: str, as_text: bool) -> list[list]:
    """The file's rows, one per voucher line, vouchers numbered from `first_number`. Amounts in 元
    (Decimal, two places); dates as dates, or ISO text when `as_text` (a CSV)."""
    out = []
    for n, voucher in enumerate(vouchers, first_number):
        for entry, line in enumerate(voucher.lines, 1):
            values = {"date": voucher.day.isoformat() if as_text else voucher.day, "year": voucher.day.year,
                      "period": voucher.day.month, "word": layout.word, "number": n,
                      "attachments": voucher.attachments, "entry": entry, "summary": line.summary,
                      "account_code": line.account.code, "account_name": line.account.name,
                      "debit": _yuan(line.debit_fen), "credit": _yuan(line.credit_fen), "preparer": preparer}
            out.append([values[c.field] if c.field else c.value for c in layout.columns])
    return out


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def headers(layout: Layout) -> list[str]:
    return [c.header for c in layout.columns]

