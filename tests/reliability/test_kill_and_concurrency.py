"""Receipt numbers under two writers and under SIGKILL: nothing committed is lost, no gap, no repeat."""
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.ledger import audit
from counter_app.services.common.session import open_database
from counter_app.services.counter.receipts import content_of, receipt_content
from counter_app.store import db as dbmod
from counter_app.store.models import Payment
from tests import outside

ROOT = Path(__file__).resolve().parents[2]


def _spawn(db, unit, count):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.payer", str(db), unit, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


def _check_numbers(db_path):
    seqs = [r[0] for r in outside.execute(db_path, "select seq from payment where series='SJ' order by seq")]
    assert seqs == list(range(1, len(seqs) + 1)), "receipt numbers must have no gap and no repeat"
    return seqs


def _check_whole(db_path, numbers):
    """Every reported payment is there with all its rows, matching the hash it was sealed with."""
    open_database(db_path)
    try:
        for number in numbers:
            p = Payment.get(Payment.number == number)
            assert audit.payment_content_hash(receipt_content(p)) == p.content_hash
            tenders = receipt_content(p)["tenders"]
            assert sum(t[1] for t in tenders) == p.total_fen
        report = audit.verify_chain()
        assert report.ok, report.problem
    finally:
        dbmod.close()


def test_two_processes_never_share_or_skip_a_number(estate):
    path = estate.ledger.path
    dbmod.close()
    children = [_spawn(path, "3-2-501", 40), _spawn(path, "3-2-502", 40)]
    reported = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        reported += [line for line in out.splitlines() if line.startswith("SJ")]
    assert len(reported) == len(set(reported)) == 80
    seqs = _check_numbers(path)
    assert len(seqs) == 80
    _check_whole(path, reported)


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_committed(estate):
    path = estate.ledger.path
    dbmod.close()
    rng = random.Random(20261127)
    reported: list[str] = []
    kills = 0
    while kills < 50:
        child = _spawn(path, rng.choice(["3-2-501", "3-2-502", "3-1-101"]), 1000)
        assert child.stdout.readline().strip() == "ready"
        # Kill on the child's own rhythm, no clock involved: right after it announces its k-th
        # payment (so inside that payment's work) or right after it reports the k-th commit (so as
        # the next one begins), k and the kind of moment drawn at random.
        marker, k, seen = rng.choice(("paying", "SJ")), rng.randint(1, 5), 0
        while seen < k:
            line = child.stdout.readline().strip()
            if line.startswith("SJ"):
                reported.append(line)
            if line.startswith(marker):
                seen += 1
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        reported += [line for line in out.splitlines() if line.startswith("SJ")]
        assert child.returncode == -signal.SIGKILL
        kills += 1
    assert len(reported) == len(set(reported))
    seqs = _check_numbers(path)
    assert len(seqs) >= len(reported)          # some committed just before the kill, unreported
    _check_whole(path, reported)


def test_content_of_matches_stored(estate):
    """The in-memory content sealed at payment time is what is read back from the rows."""
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    r = payments.take_payment(estate.cashier, payments.PaymentRequest(
        unit_code="3-2-501", topup_fen=1234, tenders=[Tender("cash", 2000)]))
    p = Payment.get(Payment.number == r.number)
    assert audit.payment_content_hash(receipt_content(p)) == p.content_hash
    assert content_of(p, [], [["cash", 1234, ""]]) == receipt_content(p)
