"""`audit verify` and the check: the chain and its head, every payment's stored rows against the
content it sealed, every void against its record, the sealed state of users, settings, shifts and
days, and the ledger's invariants (paid amounts, receipts adding up, gapless numbers). Each problem
is named by its row, so an edit made behind the program is found."""
from __future__ import annotations

import json
from dataclasses import dataclass

from ...core.money import format_yuan
from ...store.models import AuditLog, Payment
from ...store.queries import billed, checks
from ..common import seals
from ..common.audit import ChainReport, payment_content_hash, verify_chain
from .receipts import receipt_contents


def verify_documents() -> ChainReport:
    """Every payment's stored rows must still hash to the value sealed in its audit row, so an
    amount edited in the file with another tool is found (and named)."""
    sealed: dict[str, set] = {}      # numbers repeat across estates: each number's sealed hashes
    for row in AuditLog.select(AuditLog.entity_id, AuditLog.after).where(
            (AuditLog.entity == "payment") & AuditLog.action.startswith("payment.")).iterator():
        sealed.setdefault(row.entity_id, set()).add(json.loads(row.after).get("content_hash"))
    count = 0
    query = Payment.select().order_by(Payment.id).iterator()
    while True:
        batch = [p for _, p in zip(range(1000), query)]   # a thousand receipts' rows at a time
        if not batch:
            return ChainReport(True, count)
        contents = receipt_contents(batch)
        for payment in batch:
            count += 1
            digest = payment_content_hash(contents[payment.id])
            if digest != payment.content_hash or digest not in sealed.get(payment.number, ()):
                return ChainReport(False, count, payment.id,
                                   f"收据 {payment.number} 的内容与审计记录不符（金额或明细被改动）")


def _void_problems() -> list[str]:
    """A receipt marked voided has its void in the trail, and one voided in the trail stays voided."""
    recorded_ids, recorded_numbers = set(), set()
    for entity_id, after in (AuditLog.select(AuditLog.entity_id, AuditLog.after)
                             .where((AuditLog.entity == "payment") & (AuditLog.action == "receipt.void")).tuples()):
        payment_id = json.loads(after or "{}").get("payment_id")
        (recorded_ids.add(payment_id) if payment_id else recorded_numbers.add(entity_id))
    problems = []
    voided = Payment.select(Payment.id, Payment.number).where(Payment.status != "valid")
    for p in voided:
        if p.id not in recorded_ids and p.number not in recorded_numbers:
            problems.append(f"收据 {p.number} 被标为作废，但审计记录里没有这次作废（在程序之外被改动）")
    voided_ids = {p.id for p in voided}
    for p in Payment.select(Payment.id, Payment.number).where(Payment.id.in_(list(recorded_ids))):
        if p.id not in voided_ids:
            problems.append(f"收据 {p.number} 已作废，却又被改回有效（在程序之外被改动）")
    return problems


def _invariant_problems() -> list[str]:
    problems = [f"费用 {cid} 的已收金额为 {format_yuan(stored)}，收据实收为 {format_yuan(paid)}（已收金额被改动）"
                for cid, stored, paid in checks.charges_paid_wrongly()]
    words = {"lines": "明细与合计不符", "total": "合计与各项不符", "tenders": "付款方式合计与收据合计不符"}
    problems += [f"收据 {number}：{words[what]}" for number, what in checks.documents_not_adding_up()]
    problems += [f"编号 {series}（{year or '—'}）有缺号或重号：{count} 张，最大号 {highest}，计数器 {counter}"
                 for _, series, year, count, highest, counter in checks.series_with_gaps()]
    problems += [f"编号 {series}（{year}）的单据没有编号计数器" for _, series, year in checks.documents_without_counter()]
    problems += [f"房屋 {code} 的预存余额为 {format_yuan(stored)}，各笔收支合计为 {format_yuan(moved)}（余额被改动）"
                 for code, stored, moved in checks.prepaid_not_matching_movements()]
    problems += [f"收费项目 {item} 在 {month} 的应收合计记为 {format_yuan(kept)}，各笔应收合计为 {format_yuan(added)}"
                 for item, month, kept, added in billed.wrong()]
    return problems


@dataclass(frozen=True)
class Verification(ChainReport):
    problems: tuple[str, ...] = ()


def verify_all() -> Verification:
    """Everything above, the chain first (a broken chain makes the rest unreliable)."""
    chain = verify_chain()
    if not chain.ok:
        return Verification(False, chain.rows, chain.first_bad_id, chain.problem, (chain.problem,))
    problems = []
    documents = verify_documents()
    if not documents.ok:
        problems.append(documents.problem)
    problems += _void_problems() + seals.broken_seals() + _invariant_problems()
    if problems:
        return Verification(False, chain.rows, documents.first_bad_id, problems[0], tuple(problems))
    return Verification(True, chain.rows)
