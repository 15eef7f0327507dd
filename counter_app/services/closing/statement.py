"""Statement check (对账): a bank's or payment platform's statement for a day (CSV or Excel with
date, amount and reference) against the non-cash tenders recorded that day."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from ...core.errors import CounterError
from ...core.money import format_yuan, parse_yuan
from ...core.tenders import METHODS, NEEDS_REFERENCE
from ...store.models import Payment, TenderRow
from ..admin.estate import estate_id_of
from ..common.context import Actor

COLUMNS = {
    "date": ("日期", "交易日期", "交易时间", "date"),
    "amount": ("金额", "交易金额", "收入金额", "amount"),
    "reference": ("参考号", "交易号", "流水号", "交易单号", "商户单号", "reference", "ref"),
}


@dataclass(frozen=True)
class StatementRow:
    line: int
    day: date
    amount_fen: int
    reference: str


@dataclass
class CheckResult:
    day: str
    matched: list = field(default_factory=list)          # (reference, amount, receipt)
    amount_differs: list = field(default_factory=list)   # (reference, recorded, on statement, receipt)
    missing: list = field(default_factory=list)          # recorded, not on the statement: (receipt, method, ref, amount)
    unrecorded: list = field(default_factory=list)       # on the statement, not recorded: (line, ref, amount)
    other_dates: int = 0


def _rows_from_file(path: Path) -> list[list]:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook
        ws = load_workbook(path, read_only=True, data_only=True).active
        return [list(r) for r in ws.iter_rows(values_only=True)]
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    return [row for row in csv.reader(text.splitlines())]


def _cell_date(value, line: int) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = re.match(r"\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", str(value or ""))
    if not m:
        raise CounterError(f"第 {line} 行的日期“{value}”看不懂")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        raise CounterError(f"第 {line} 行的日期“{value}”不存在") from None


def _cell_amount(value, line: int) -> int:
    if isinstance(value, float):  # an Excel number: its shortest decimal form, then exact
        value = repr(value)
    elif isinstance(value, (int, Decimal)):
        value = str(value)
    try:
        return parse_yuan(str(value or "").strip(), allow_negative=True)
    except CounterError:
        raise CounterError(f"第 {line} 行的金额“{value}”不正确") from None


def read_statement(path: str | Path) -> list[StatementRow]:
    path = Path(path)
    if not path.exists():
        raise CounterError(f"找不到文件 {path}")
    rows = _rows_from_file(path)
    header_at, positions = None, {}
    for index, row in enumerate(rows[:20]):
        names = [str(c or "").strip().lower() for c in row]
        found = {key: next((i for i, n in enumerate(names) if n in [a.lower() for a in aliases]), None)
                 for key, aliases in COLUMNS.items()}
        if sum(v is not None for v in found.values()) >= 2:
            header_at, positions = index, found
            break
    missing = [COLUMNS[k][0] for k, v in positions.items() if v is None] if header_at is not None \
        else [aliases[0] for aliases in COLUMNS.values()]
    if missing:
        raise CounterError(f"对账单缺少列：{'、'.join(missing)}（需要 日期、金额、参考号）")
    out = []
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(str(c or "").strip() for c in row):
            continue
        cells = list(row) + [None] * 3
        out.append(StatementRow(offset, _cell_date(cells[positions["date"]], offset),
                                _cell_amount(cells[positions["amount"]], offset),
                                str(cells[positions["reference"]] or "").strip()))
    return out


def check(actor: Actor, day: date, path: str | Path) -> CheckResult:
    actor.require("report.day")
    statement = read_statement(path)
    result = CheckResult(day.isoformat())
    recorded = list(TenderRow.select(TenderRow.method, TenderRow.amount_fen, TenderRow.reference,
                                     Payment.number.alias("number")).join(Payment)
                    .where((Payment.estate == estate_id_of(actor)) & (Payment.business_date == day) &
                           (Payment.status == "valid") &
                           TenderRow.method.in_(NEEDS_REFERENCE)).namedtuples())
    by_ref = {}
    for r in recorded:
        by_ref.setdefault(r.reference.strip().upper(), []).append(r)
    for row in statement:
        if row.day != day:
            result.other_dates += 1
            continue
        candidates = by_ref.get(row.reference.upper(), [])
        if not candidates:
            result.unrecorded.append((row.line, row.reference, row.amount_fen))
            continue
        rec = candidates.pop(0)
        if rec.amount_fen == row.amount_fen:
            result.matched.append((row.reference, row.amount_fen, rec.number))
        else:
            result.amount_differs.append((row.reference, rec.amount_fen, row.amount_fen, rec.number))
    for rest in by_ref.values():
        for rec in rest:
            result.missing.append((rec.number, METHODS[rec.method], rec.reference, rec.amount_fen))
    return result


def summary_text(r: CheckResult) -> str:
    lines = [f"{r.day} 对账：相符 {len(r.matched)} 笔，金额不符 {len(r.amount_differs)} 笔，"
             f"已收款未到账 {len(r.missing)} 笔，到账未登记 {len(r.unrecorded)} 笔"]
    lines += [f"  金额不符 {ref}：登记 {format_yuan(a)}，对账单 {format_yuan(b)}（{n}）" for ref, a, b, n in r.amount_differs]
    lines += [f"  未到账 {n} {m} {ref} {format_yuan(a)}" for n, m, ref, a in r.missing]
    lines += [f"  未登记 第{line}行 {ref} {format_yuan(a)}" for line, ref, a in r.unrecorded]
    return "\n".join(lines)
