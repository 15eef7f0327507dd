"""One counter of several on the server: takes top-ups at its own unit and races the other counters
for a shared list of charges, printing each result once it is committed or refused.

Usage: python -m tests.server.counter_payer URL USERNAME UNIT TOPUPS CHARGE_ID...
Prints "paid NUMBER", "topup NUMBER" or "refused CHARGE MESSAGE", one line each, flushed.
"""
import sys

from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.store.queries import users
from counter_app.ledger import signin
from counter_app.services.common.session import open_database
from counter_app.services.counter import payments


def main() -> None:
    url, username, unit, topups = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    charge_ids = [int(c) for c in sys.argv[5:]]
    open_database(url)
    actor = signin.actor_of(users.user_named(username))
    print("ready", flush=True)
    every = max(1, topups // max(1, len(charge_ids)))
    pending = list(charge_ids)
    for i in range(topups):
        amount = 100 + i % 7
        receipt = payments.take_payment(actor, payments.PaymentRequest(
            unit_code=unit, topup_fen=amount, tenders=[Tender("cash", amount)], remarks=f"{username} {i}"))
        print("topup", receipt.number, flush=True)
        if pending and i % every == 0:
            cid = pending.pop(0)
            try:
                receipt = payments.take_payment(actor, payments.PaymentRequest(
                    unit_code=_unit_of(cid), charge_ids=[cid], tenders=[Tender("cash", 10_000_000)],
                    overpay_to_prepaid=True))
                print("paid", receipt.number, cid, flush=True)
            except CounterError as exc:
                print("refused", cid, str(exc).replace("\n", " "), flush=True)


def _unit_of(charge_id: int) -> str:
    from counter_app.store.models import Charge, Unit
    return Unit.select(Unit.code).join(Charge).where(Charge.id == charge_id).scalar()


if __name__ == "__main__":
    main()
