"""A child process that tops up a unit's prepaid balance and spends some of it, in turns.

Usage: python -m tests.reliability.prepaid_payer DB UNIT ROUNDS
"""
import sys

from counter_app.core.tenders import Tender
from counter_app.store.queries import users
from counter_app.ledger import signin
from counter_app.services.common.session import open_database
from counter_app.services.counter import payments


def main() -> None:
    db, unit, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    open_database(db)
    actor = signin.actor_of(users.user_named("cashier"))
    for i in range(rounds):
        payments.take_payment(actor, payments.PaymentRequest(unit, [Tender("cash", 700)], topup_fen=700))
        # Spend 5.00 of the balance on a top-up paid from the balance itself: a use and a top-up.
        payments.take_payment(actor, payments.PaymentRequest(unit, [Tender("prepaid", 500)], topup_fen=500))


if __name__ == "__main__":
    main()
