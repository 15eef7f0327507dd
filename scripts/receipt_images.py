"""Renders one demo receipt in every layout to docs/receipt-<layout>.png (for the user guide).

    .venv/bin/python scripts/receipt_images.py [--out docs]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counter_app.documents.receipt import render_receipt  # noqa: E402
from counter_app.documents.templates import LAYOUTS  # noqa: E402
from counter_app.ledger import signin
from counter_app.services.counter import receipts  # noqa: E402
from counter_app.scenarios.demo import build_demo
from counter_app.services.common.session import open_database  # noqa: E402
from counter_app.store.models import Payment  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs")
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    build_demo(work / "demo.sqlite3", months=6, entrances=1, floors=5)
    open_database(work / "demo.sqlite3")
    payment = (Payment.select().where((Payment.kind == "counter") & (Payment.late_fee_fen > 0))
               .order_by(Payment.id.desc()).first()) or Payment.select().order_by(Payment.id.desc()).first()
    data = receipts.load_receipt(signin.authenticate("admin", "admin"), payment.number)
    for layout in LAYOUTS:
        pdf = work / f"{layout}.pdf"
        pdf.write_bytes(render_receipt(data, layout).pdf)
        subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(out / f"receipt-{layout}")], check=True)
        print(out / f"receipt-{layout}.png")


if __name__ == "__main__":
    main()
