"""A child process that takes payments in a loop and reports each one after it committed.

Usage: python -m tests.reliability.payer DB UNIT COUNT
Prints "paying" just before each payment starts and the receipt number once take_payment
returned (committed), each line flushed: the parent kills on that rhythm, without sleeping.
"""
import sys

from counter_app.core.tenders import Tender
from counter_app.store.queries import users
from counter_app.ledger import signin
from counter_app.services.common.session import open_database
from counter_app.services.counter import payments


def main() -> None:
    db, unit, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    open_database(db)
    actor = signin.actor_of(users.user_named("cashier"))
    print("ready", flush=True)
    for i in range(count):
        amount = 100 + i % 7
        print("paying", flush=True)
        receipt = payments.take_payment(actor, payments.PaymentRequest(
            unit_code=unit, topup_fen=amount, tenders=[Tender("cash", amount + 50)], remarks=f"loop {i}"))
        print(receipt.number, flush=True)


if __name__ == "__main__":
    main()
