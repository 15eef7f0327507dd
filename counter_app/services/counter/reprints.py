"""Reprints (重印): always possible, counted, recorded, and marked on the copy."""
from __future__ import annotations

from ...core.errors import NotFound
from ...core.receipt_data import CopyInfo
from ...store.db import write_transaction
from ...store.models import Estate, Payment, Reprint
from ..admin.estate import estate_id_of
from ..common import audit, clock
from ..common.context import Actor


def record_reprint(actor: Actor, number: str) -> CopyInfo:
    actor.require("receipt.reprint")
    with write_transaction():
        payment = Payment.get_or_none((Payment.estate == estate_id_of(actor)) &
                                      (Payment.number == (number or "").strip().upper()))
        if payment is None:
            raise NotFound(f"没有编号为 {number} 的收据")
        count = Reprint.select().where(Reprint.payment == payment).count() + 1
        now = clock.now_utc()
        Reprint.create(payment=payment, user=actor.user_id, created_at=clock.to_db(now), count=count)
        audit.record(actor.username, "receipt.reprint", "payment", payment.number, after={"count": count})
    tz = Estate.get_by_id(payment.estate_id).timezone
    return CopyInfo(count, clock.local(now, tz), actor.display_name)
