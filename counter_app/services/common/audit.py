"""The audit trail: append-only, hash-chained, written inside the transaction it describes."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from ...store.bulk import insert_row
from ...store.db import rows
from ...store.models import AuditLog
from . import clock

GENESIS = "0" * 64


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def row_hash(prev_hash: str, created_at: datetime, username: str, action: str, entity: str,
             entity_id: str, before: str, after: str) -> str:
    content = canonical([prev_hash, created_at.isoformat(), username, action, entity, entity_id, before, after])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def record(username: str, action: str, entity: str, entity_id="", before=None, after=None) -> AuditLog:
    """Append one row. Call inside the write transaction of the change it records."""
    last = rows("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")   # on every payment: hand-written
    prev = last[0][0] if last else GENESIS
    at = clock.to_db(clock.now_utc())
    before_text = "" if before is None else canonical(before)
    after_text = "" if after is None else canonical(after)
    digest = row_hash(prev, at, username, action, entity, str(entity_id), before_text, after_text)
    row = dict(created_at=at, username=username, action=action, entity=entity, entity_id=str(entity_id),
               before=before_text, after=after_text, prev_hash=prev, hash=digest)
    return AuditLog(id=insert_row(AuditLog, row), **row)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    first_bad_id: int | None = None
    problem: str = ""


def verify_chain() -> ChainReport:
    """Recompute every row's hash and link; name the first row that does not match."""
    prev = GENESIS
    count = 0
    expected_id = None
    for row in AuditLog.select().order_by(AuditLog.id).iterator():
        count += 1
        if expected_id is not None and row.id != expected_id:
            return ChainReport(False, count, row.id, f"审计记录 {expected_id} 缺失（被删除）")
        if row.prev_hash != prev:
            return ChainReport(False, count, row.id, f"审计记录 {row.id} 与前一条记录的链接不符")
        digest = row_hash(row.prev_hash, row.created_at, row.username, row.action, row.entity,
                          row.entity_id, row.before, row.after)
        if digest != row.hash:
            return ChainReport(False, count, row.id, f"审计记录 {row.id} 的内容被修改")
        prev = row.hash
        expected_id = row.id + 1
    return ChainReport(True, count)


def payment_content_hash(content: dict) -> str:
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def verify_documents() -> ChainReport:
    """Every payment's stored rows must still hash to the value sealed in its audit row, so an
    amount edited in the file with another tool is found (and named)."""
    import json
    from ...store.models import Payment
    from ..counter.receipts import receipt_contents
    sealed = {}
    for row in AuditLog.select(AuditLog.entity_id, AuditLog.after).where(
            (AuditLog.entity == "payment") & AuditLog.action.startswith("payment.")).iterator():
        sealed[row.entity_id] = json.loads(row.after).get("content_hash")
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
            if digest != payment.content_hash or sealed.get(payment.number) != digest:
                return ChainReport(False, count, payment.id,
                                   f"收据 {payment.number} 的内容与审计记录不符（金额或明细被改动）")


def verify_all() -> ChainReport:
    chain = verify_chain()
    if not chain.ok:
        return chain
    documents = verify_documents()
    if not documents.ok:
        return documents
    return ChainReport(True, chain.rows)
