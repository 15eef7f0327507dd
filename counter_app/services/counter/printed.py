"""Whether a receipt reached paper: each successful print is recorded (an audit row), so that after
a crash (a payment committed just before the program died) the counter shows the cashier's last
receipt as 未打印 and offers to print it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ...store.db import write_transaction
from ...store.queries import payments as payment_queries
from ...ledger.estate import estate_of
from ...ledger import audit, clock
from ...ledger.context import Actor

PRINTED = "receipt.printed"


def record_printed(actor: Actor, number: str, where: str) -> None:
    """A receipt (or a copy of it) went to the printer, as the print system reported."""
    actor.require("receipt.print")
    with write_transaction():
        audit.record(actor.username, PRINTED, "payment", number, after={"printer": where})


@dataclass(frozen=True)
class LastReceipt:
    number: str
    unit_code: str
    paid_fen: int                # the receipt's total after 抹零, as its 合计 prints it
    issued_at: datetime          # office local time
    status: str
    printed: bool


def last_receipt(actor: Actor) -> LastReceipt | None:
    """The actor's last counter receipt in the estate, and whether any print of it is recorded."""
    actor.require("receipt.print")
    estate = estate_of(actor)
    p = payment_queries.last_counter_payment(estate.id, actor.user_id)
    if p is None:
        return None
    printed = payment_queries.print_recorded(p.number, [PRINTED, "receipt.reprint"])
    paid = p.total_fen - payment_queries.unpaid_settled([p.id]).get(p.id, 0)
    return LastReceipt(p.number, p.unit.code, paid, clock.stored_local(p.created_at, estate.timezone), p.status,
                       printed)
