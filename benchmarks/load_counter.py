"""Another counter on the server, for the payment benchmark: takes small top-up payments at random
units as fast as it can until it is told to stop (SIGTERM), then prints how many it took.

    python benchmarks/load_counter.py URL USERNAME PASSWORD SEED
"""
import random
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counter_app.core.tenders import Tender  # noqa: E402
from counter_app.ledger import signin
from counter_app.services.common.session import open_database  # noqa: E402
from counter_app.services.counter import payments  # noqa: E402
from counter_app.store.db import rows  # noqa: E402


def main() -> None:
    url, username, password, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    open_database(url)
    actor = signin.authenticate(username, password)
    codes = [r[0] for r in rows("SELECT code FROM unit ORDER BY id")]
    rng = random.Random(seed)
    print("ready", flush=True)
    taken = 0
    while not stop:
        amount = rng.randint(100, 5000)
        payments.take_payment(actor, payments.PaymentRequest(unit_code=rng.choice(codes), topup_fen=amount,
                                                             tenders=[Tender("cash", amount)]))
        taken += 1
    print(taken, flush=True)


if __name__ == "__main__":
    main()
