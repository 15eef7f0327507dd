"""Where a payment's time goes: cProfile over the benchmark's payment (24 charges, split tenders)
on a large estate, the first payments warming the caches. Prints the median and the functions
that take the time, cumulative and own.

    python benchmarks/profile_payment.py --estate COPY_OF_BIG.sqlite3 [--payments 300]

The estate is changed (payments): use a copy you can throw away.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="bench-profile-"))

WARM = 20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", required=True)
    parser.add_argument("--payments", type=int, default=300)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    from counter_app.core.tenders import Tender
    from counter_app.ledger import signin
    from counter_app.services.common.session import open_database
    from counter_app.services.counter import payments
    from counter_app.store.db import rows
    open_database(args.estate)
    cashier = signin.authenticate("cashier", "cashier")
    units = [r[0] for r in rows("SELECT u.code FROM unit u JOIN charge c ON c.unit_id = u.id WHERE c.paid_fen = 0 "
                                "GROUP BY u.id HAVING count(*) >= 24 ORDER BY u.id LIMIT ?", (args.payments,))]
    requests = []
    for i, code in enumerate(units):
        ids = [r[0] for r in rows("SELECT c.id FROM charge c JOIN unit u ON u.id = c.unit_id WHERE u.code = ? "
                                  "AND c.paid_fen = 0 ORDER BY c.period_start, c.id LIMIT 24", (code,))]
        quote = payments.quote(cashier, payments.PaymentRequest(unit_code=code, charge_ids=ids, tenders=[]))
        requests.append(payments.PaymentRequest(unit_code=code, charge_ids=ids, expected_total_fen=quote.total_fen,
                                                tenders=[Tender("wechat", 10000, f"WX{i:08d}"),
                                                         Tender("cash", quote.total_fen - 10000 + 5000)]))
    for request in requests[:WARM]:
        payments.take_payment(cashier, request)
    plain = []
    for request in requests[WARM:len(requests) // 2]:
        t = time.perf_counter()
        payments.take_payment(cashier, request)
        plain.append((time.perf_counter() - t) * 1000)
    profile = cProfile.Profile()
    profile.enable()
    for request in requests[len(requests) // 2:]:
        payments.take_payment(cashier, request)
    profile.disable()
    print(f"payment, database work: median {statistics.median(plain):.2f} ms over {len(plain)} (unprofiled); "
          f"the profile below is of {len(requests) - len(requests) // 2} more")
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top // 2)


if __name__ == "__main__":
    main()
