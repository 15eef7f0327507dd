"""Statement check (对账): a bank's or payment platform's statement for a day (CSV or Excel with
date, amount and reference) against the non-cash tenders recorded that day."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ...core.money import format_yuan
from ...core.tenders import METHODS
from ...store.queries.payments import tenders_needing_reference_on
from ...ledger.estate import estate_id_of
from ..common import sheets
from ...ledger.context import Actor

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
    skipped: list = field(default_factory=list)          # rows not read: (line, why)


def read_statement(path: str | Path) -> tuple[list[StatementRow], list[tuple[int, str]]]:
    """The statement's transactions, and the rows not read (hidden, totals) with why."""
    table = sheets.read_table(path, COLUMNS, "对账单")
    positions = table.positions
    return [StatementRow(line, sheets.cell_date(cells[positions["date"]], line),
                         sheets.cell_amount(cells[positions["amount"]], line),
                         str(cells[positions["reference"]] or "").strip())
            for line, cells in table.rows], table.skipped


def check(actor: Actor, day: date, path: str | Path) -> CheckResult:
    actor.require("report.day")
    statement, skipped = read_statement(path)
    result = CheckResult(day.isoformat(), skipped=skipped)
    recorded = tenders_needing_reference_on(estate_id_of(actor), day)
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
    lines += sheets.skipped_text(r.skipped)
    return "\n".join(lines)
