"""Another counter on the server, for the payment benchmarks: pays at random units as fast as it
can, what each owes of its oldest charges (up to 12) or a small top-up when it owes nothing.

    python benchmarks/load_counter.py URL USERNAME PASSWORD SEED [QUOTA]

Without QUOTA it pays until it is told to stop (SIGTERM) and prints how many it took. With QUOTA
it takes that many once every counter is ready (a line "go" on its input), timing each payment at
the service level (take_payment, its transaction and commit), and prints the times as JSON.
"""
import json
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counter_app.core.errors import Conflict  # noqa: E402
from counter_app.core.tenders import Tender  # noqa: E402
from counter_app.ledger import signin  # noqa: E402
from counter_app.services.common.session import open_database  # noqa: E402
from counter_app.services.counter import payments  # noqa: E402
from counter_app.store.db import rows  # noqa: E402


def _request(codes: list[str], rng: random.Random, actor) -> payments.PaymentRequest:
    code = rng.choice(codes)
    owed = [r[0] for r in rows("SELECT c.id FROM charge c JOIN unit u ON u.id = c.unit_id WHERE u.code = ? "
                               "AND c.paid_fen < c.amount_fen AND c.cancelled_at IS NULL "
                               "ORDER BY c.period_start, c.id LIMIT 12", (code,))]
    if owed:
        q = payments.quote(actor, payments.PaymentRequest(unit_code=code, charge_ids=owed, tenders=[]))
        return payments.PaymentRequest(unit_code=code, charge_ids=owed, expected_total_fen=q.total_fen,
                                       tenders=[Tender("cash", q.total_fen)])
    amount = rng.randint(100, 5000)
    return payments.PaymentRequest(unit_code=code, topup_fen=amount, tenders=[Tender("cash", amount)])


def main() -> None:
    url, username, password, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    quota = int(sys.argv[5]) if len(sys.argv) > 5 else None
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    open_database(url)
    actor = signin.authenticate(username, password)
    codes = [r[0] for r in rows("SELECT code FROM unit ORDER BY id")]
    rng = random.Random(seed)
    print("ready", flush=True)
    if quota is None:
        taken = 0
        while not stop:
            payments.take_payment(actor, _request(codes, rng, actor))
            taken += 1
        print(taken, flush=True)
        return
    sys.stdin.readline()            # "go": every counter starts at once
    times = []
    while len(times) < quota:
        request = _request(codes, rng, actor)      # what the cashier sees before paying: not timed
        started = time.perf_counter()
        try:
            payments.take_payment(actor, request)
        except Conflict:                            # another counter paid the same charge first
            continue
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps(times), flush=True)


if __name__ == "__main__":
    main()
