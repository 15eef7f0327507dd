"""Reprints (重印): always possible, counted, recorded, and marked on the copy."""
from __future__ import annotations

from ...core.receipt_data import CopyInfo
from ...store.db import write_transaction
from ...store.queries import payments as payment_queries
from ...store.queries.estate import estate_by_id
from ...ledger import audit, clock
from ...ledger.context import Actor
from .receipts import payment_of


def next_copy(actor: Actor, number: str) -> int:
    """Which copy a reprint now would be (第 n 次), to say so before it prints."""
    actor.require("receipt.reprint")
    return payment_queries.reprint_count(payment_of(actor, number).id) + 1


def record_reprint(actor: Actor, number: str) -> CopyInfo:
    actor.require("receipt.reprint")
    with write_transaction():
        payment = payment_of(actor, number)
        count = payment_queries.reprint_count(payment.id) + 1
        now = clock.now_utc()
        payment_queries.new_reprint(payment_id=payment.id, user_id=actor.user_id, created_at=clock.to_db(now),
                                    count=count)
        audit.record(actor.username, "receipt.reprint", "payment", payment.number, after={"count": count})
    tz = estate_by_id(payment.estate_id).timezone
    return CopyInfo(count, clock.local(now, tz), actor.display_name)
