"""Receipt PDF speed: the font is loaded once, then 200 receipts are rendered per layout.

    python benchmarks/receipt_speed.py [--db DEMO.sqlite3] [--count 200]

Without --db a small demo estate is built in a temporary folder first.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counter_app.documents import fonts  # noqa: E402
from counter_app.documents.receipt import render_receipt  # noqa: E402
from counter_app.documents.templates import LAYOUTS  # noqa: E402
from counter_app.ledger import signin
from counter_app.services.common.session import open_database  # noqa: E402
from counter_app.services.counter import receipts  # noqa: E402
from counter_app.store.models import Payment  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    db = args.db
    if not db:
        from counter_app.scenarios.demo import build_demo
        db = str(Path(tempfile.mkdtemp()) / "demo.sqlite3")
        build_demo(db, months=6, entrances=1, floors=5)
    open_database(db)
    numbers = [p.number for p in Payment.select(Payment.number).order_by(Payment.id.desc()).limit(args.count)]
    reader = signin.authenticate("cashier", "cashier")
    data = [receipts.load_receipt(reader, n) for n in numbers]
    while len(data) < args.count:
        data += data[: args.count - len(data)]
    t = time.perf_counter()
    fonts.register()
    print(f"font load (once): {(time.perf_counter() - t) * 1000:.0f} ms")
    print(f"{'layout':<8}{'receipts':>9}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}{'lines/receipt':>15}")
    for layout in LAYOUTS:
        render_receipt(data[0], layout)  # warm-up: template parse, first subset
        times = []
        for d in data:
            t = time.perf_counter()
            render_receipt(d, layout)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        lines = statistics.mean(len(d.lines) for d in data)
        print(f"{layout:<8}{len(times):>9}{statistics.median(times):>11.1f}{times[int(len(times) * 0.95) - 1]:>9.1f}"
              f"{times[-1]:>9.1f}{lines:>15.1f}")


if __name__ == "__main__":
    main()
