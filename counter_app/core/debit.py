"""银行代扣 (bank direct debit), the rules without the ledger: how an account number is masked, the
batch line's reference, and a bank's file layout as data (banks differ in field order, names,
encoding, amount in 元 or 分, a header line), with the batch file written and the return file read
by it. Pure: bytes in and out, no files opened here."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from .errors import Invalid, Word
from .money import MAX_AMOUNT_FEN, format_yuan, parse_yuan

# The tender a debited payment is settled by (core/tenders.METHODS), and the reminder log's
# channel of a failed debit (a follow-up for the counter, services/reports/reminders).
TENDER = "debit"
REMINDER_CHANNEL = "debit"
# A batch line's outcome, as stored.
SENT, PAID, FAILED = "sent", "paid", "failed"
STATES = {SENT: "待回盘", PAID: "扣款成功", FAILED: "扣款失败"}

ENCODINGS = {"utf-8": "utf-8-sig", "gbk": "gbk"}    # UTF-8 read with or without a BOM
AMOUNT_UNITS = {"yuan": "元", "fen": "分"}
# What a batch line can carry, each under the name the generic layout gives it.
BATCH_FIELDS = {"reference": "参考号", "account": "账号", "holder": "户名", "amount": "金额", "unit": "房号",
                "bank": "开户行", "batch": "批次号", "up_to": "截止日期"}
# What a return line can carry; a layout names at least reference, amount and result.
RETURN_FIELDS = {"reference": "参考号", "account": "账号", "holder": "户名", "amount": "金额",
                 "result": "结果", "reason": "原因", "ignore": "（不读）"}
RETURN_NEEDS = ("reference", "amount", "result")
_BATCH_NUMBER = re.compile(r"PL\d{4}-\d{4}")


def mask_account(account: str) -> str:
    """6222021234561234 -> 6222****1234: the first four and last four digits; a short number
    shows only its last four. The one rule for screens, reports and the command line."""
    digits = re.sub(r"\s", "", account)
    if len(digits) <= 8:
        return "****" + digits[-4:]
    return f"{digits[:4]}****{digits[-4:]}"


def clean_account(account: str) -> str:
    """An account number as typed (spaces allowed), kept as its digits: 12 to 30 of them."""
    digits = re.sub(r"[\s-]", "", account or "")
    if not re.fullmatch(r"\d{12,30}", digits):
        raise Invalid("银行账号应为 12 到 30 位数字")
    return digits


def batch_number(year: int, seq: int) -> str:
    return f"PL{year}-{seq:04d}"


def reference(batch: str, line: int) -> str:
    """A batch line's reference, sent to the bank and read back: the batch number and the line
    (PL2026-0001-0003). It is also the request id of the payment the line becomes."""
    return f"{batch}-{line:04d}"


def batch_of_reference(ref: str) -> str:
    """The batch number a reference belongs to; a reference not of this program is refused."""
    if not re.fullmatch(r"PL\d{4}-\d{4}-\d{4}", ref):
        raise Invalid("参考号“{ref}”不是本系统的代扣参考号", ref=ref)
    return ref[:-5]


def checked_batch_number(number: str) -> str:
    if not _BATCH_NUMBER.fullmatch(number or ""):
        raise Invalid("批次号应形如 PL2026-0001")
    return number


@dataclass(frozen=True)
class Layout:
    """A bank's file layout. `fields` are (key of BATCH_FIELDS, the column's name) in order;
    `return_fields` the keys of RETURN_FIELDS in the return file's order; a result is a success
    when it is one of `success`."""
    name: str
    encoding: str = "utf-8"
    amount: str = "yuan"
    header: bool = True
    delimiter: str = ","
    fields: tuple[tuple[str, str], ...] = tuple(BATCH_FIELDS.items())
    return_header: bool = True
    return_fields: tuple[str, ...] = ("reference", "account", "holder", "amount", "result", "reason")
    success: tuple[str, ...] = ("成功", "0000", "S")


GENERIC = Layout("generic")


def layout_from(name: str, data: dict) -> Layout:
    """A layout from its TOML's table (an office's copy may be wrong: each fault is named)."""
    batch = data.get("batch", {})
    back = data.get("return", {})
    encoding = str(data.get("encoding", "utf-8")).lower()
    if encoding not in ENCODINGS:
        raise Invalid("代扣格式 {name}：编码应为 {choices}", name=name, choices="、".join(ENCODINGS))
    amount = str(data.get("amount", "yuan"))
    if amount not in AMOUNT_UNITS:
        raise Invalid("代扣格式 {name}：金额单位应为 {choices}", name=name, choices="、".join(AMOUNT_UNITS))
    fields = []
    for entry in batch.get("fields", []):
        key = entry.get("field") if isinstance(entry, dict) else entry
        if key not in BATCH_FIELDS:
            raise Invalid("代扣格式 {name}：不认识的字段 {field}", name=name, field=str(key))
        title = entry.get("title", BATCH_FIELDS[key]) if isinstance(entry, dict) else BATCH_FIELDS[key]
        fields.append((key, str(title)))
    returns = [str(k) for k in back.get("fields", GENERIC.return_fields)]
    unknown = [k for k in returns if k not in RETURN_FIELDS]
    missing = [k for k in RETURN_NEEDS if k not in returns]
    if unknown or missing or not fields or "reference" not in dict(fields) or "amount" not in dict(fields):
        raise Invalid("代扣格式 {name}：批量文件须有参考号和金额，回盘文件须有参考号、金额和结果", name=name)
    delimiter = str(data.get("delimiter", ","))
    if len(delimiter) != 1:
        raise Invalid("代扣格式 {name}：分隔符应为一个字符", name=name)
    return Layout(name, encoding, amount, bool(batch.get("header", True)), delimiter, tuple(fields),
                  bool(back.get("header", True)), tuple(returns),
                  tuple(str(s) for s in back.get("success", GENERIC.success)))


def format_amount(fen: int, unit: str) -> str:
    return str(fen) if unit == "fen" else format_yuan(fen, grouping=False)


def parse_amount(text: str, unit: str) -> int:
    if unit == "fen":
        if not re.fullmatch(r"\d{1,12}", text.strip()):
            raise Invalid("金额“{text}”应为整数分", text=text)
        fen = int(text.strip())
        if fen > MAX_AMOUNT_FEN:
            raise Invalid("{what}“{text}”过大，请核对", what=Word("金额"), text=text)
        return fen
    return parse_yuan(text.strip())


def batch_file(layout: Layout, lines: list[dict]) -> bytes:
    """The batch file: each line a dict of BATCH_FIELDS keys (amount in 分), in the layout."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=layout.delimiter, lineterminator="\r\n")
    if layout.header:
        writer.writerow([title for _, title in layout.fields])
    for line in lines:
        writer.writerow([format_amount(line[key], layout.amount) if key == "amount" else str(line[key])
                         for key, _ in layout.fields])
    return out.getvalue().encode(ENCODINGS[layout.encoding])


@dataclass(frozen=True)
class Returned:
    """One line of a return file: where it is (row), which batch line, the amount and the result."""
    row: int
    reference: str
    amount_fen: int
    ok: bool
    reason: str


def read_return(layout: Layout, data: bytes) -> list[Returned]:
    """The return file's lines, in the layout. A line that cannot be read is refused with its row
    (nothing of a file half understood is posted)."""
    try:
        text = data.decode(ENCODINGS[layout.encoding])
    except UnicodeDecodeError:
        raise Invalid("回盘文件不是 {encoding} 编码", encoding=layout.encoding) from None
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=layout.delimiter) if any(c.strip() for c in r)]
    if layout.return_header and rows:
        rows = rows[1:]
    out = []
    for n, row in enumerate(rows, start=2 if layout.return_header else 1):
        if len(row) < len(layout.return_fields):
            raise Invalid("回盘文件第 {row} 行只有 {have} 列，应有 {need} 列", row=n, have=len(row),
                          need=len(layout.return_fields))
        cells = {key: row[i].strip() for i, key in enumerate(layout.return_fields)}
        try:
            amount = parse_amount(cells["amount"], layout.amount)
        except Invalid as exc:
            raise Invalid("回盘文件第 {row} 行：{why}", row=n, why=exc) from None
        out.append(Returned(n, cells["reference"], amount, cells["result"] in layout.success, cells.get("reason", "")))
    return out
