"""`audit verify`: the chain, and every payment's stored rows against the content it sealed."""
from __future__ import annotations

import json

from ...store.models import AuditLog, Payment
from ..common.audit import ChainReport, payment_content_hash, verify_chain
from .receipts import receipt_contents


def verify_documents() -> ChainReport:
    """Every payment's stored rows must still hash to the value sealed in its audit row, so an
    amount edited in the file with another tool is found (and named)."""
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
