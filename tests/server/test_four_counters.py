"""Four counters paying at once on one server: receipt numbers gapless and unique, no charge
paid twice (the loser is told who paid it, and nothing of its attempt is recorded), every
payment a counter reported is there, whole."""
import os
import subprocess
import sys
from pathlib import Path

from counter_app.services.closing import shifts
from counter_app.ledger import audit
from counter_app.ledger import verify
from counter_app.services.counter.receipts import receipt_content
from counter_app.store import db as dbmod
from counter_app.store.models import Charge, Payment, PaymentLine
from tests import outside
from tests.factories import bill_months, make_user

ROOT = Path(__file__).resolve().parents[2]
COUNTERS = 4
TOPUPS = 260          # per counter: with the charges, over 1,000 payments in all


def test_four_counters_paying_at_once_never_share_skip_or_double_pay(server_estate):
    estate = bill_months(server_estate, "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06")
    units = ["3-2-501", "3-2-502", "3-1-101", "3-1-102"]
    names = []
    for n in range(COUNTERS):
        actor = make_user(f"counter{n}", "cashier", "counter", f"收费员{n}")
        shifts.open_shift(actor, 0)
        names.append(actor.username)
    charge_ids = [c.id for c in Charge.select(Charge.id).where(Charge.paid_fen < Charge.amount_fen)
                  .order_by(Charge.id)]
    assert len(charge_ids) >= 30
    url = estate.ledger.path
    dbmod.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [subprocess.Popen([sys.executable, "-m", "tests.server.counter_payer", url, names[n], units[n],
                                  str(TOPUPS), *map(str, charge_ids)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
                for n in range(COUNTERS)]
    reported, paid, refused = [], {}, {}
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        for line in out.splitlines():
            kind, _, rest = line.partition(" ")
            if kind == "topup":
                reported.append(rest)
            elif kind == "paid":
                number, cid = rest.split()
                reported.append(number)
                paid.setdefault(int(cid), []).append(number)
            elif kind == "refused":
                cid, message = rest.split(" ", 1)
                refused.setdefault(int(cid), []).append(message)
    assert len(reported) >= 1000

    # Numbers: 1..n, each once, and exactly the payments the counters reported.
    seqs = [r[0] for r in outside.execute(url, "SELECT seq FROM payment WHERE series = 'SJ' ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert sorted(reported) == sorted(r[0] for r in outside.execute(url, "SELECT number FROM payment "
                                                                          "WHERE series = 'SJ'"))
    # Each charge collected by exactly one counter; the other three were told, and by whom.
    assert set(paid) == set(charge_ids)
    assert all(len(numbers) == 1 for numbers in paid.values())
    for cid in charge_ids:
        assert len(refused.get(cid, [])) == COUNTERS - 1
        assert all("已缴清" in m and "收取（收据 " + paid[cid][0] in m for m in refused[cid]), refused[cid]

    from counter_app.services.common.session import open_database
    open_database(url)
    assert all(PaymentLine.select().where(PaymentLine.charge == cid).count() == 1 for cid in charge_ids)
    for payment in Payment.select():
        assert audit.payment_content_hash(receipt_content(payment)) == payment.content_hash
    report = verify.verify_all()
    assert report.ok, report.problems
