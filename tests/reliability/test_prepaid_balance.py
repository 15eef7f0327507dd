"""The prepaid balance is changed relatively and guarded, never written back from a stale read:
two counters using and topping up one unit's balance at once lose nothing."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender, settle
from counter_app.ledger.estate import estate_of
from counter_app.ledger import clock
from counter_app.ledger.posting import Quote, post_document
from counter_app.services.counter import payments
from counter_app.store import db as dbmod, locks
from counter_app.store.db import write_transaction
from counter_app.store.models import Unit
from tests import outside
from tests.factories import at

ROOT = Path(__file__).resolve().parents[2]


def test_a_stale_balance_is_never_written_back(estate):
    """A payment posted with a balance read before another counter's change is refused, and the
    other counter's change stays (the old absolute write would have overwritten it)."""
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(estate.cashier, payments.PaymentRequest("3-2-501", [Tender("cash", 30000)],
                                                                      topup_fen=30000))
        stale = Unit.get(Unit.code == "3-2-501")                      # reads 300.00
        with write_transaction():                                     # another counter tops up 1,000.00
            locks.add_to_prepaid(stale.id, 100000)
        q = Quote(stale.id, (), {}, 0, 0, 0, 10000)
        with pytest.raises(CounterError, match="已被其他收款改变"):
            with write_transaction():
                post_document(estate.cashier, estate_of(estate.cashier), stale, "SJ", "SJ{year}-{seq:06d}", "counter",
                              q, settle(10000, [Tender("cash", 10000)]), "", "", "", clock.now_utc())
    assert Unit.get_by_id(stale.id).prepaid_fen == 130000


def test_the_balance_never_goes_below_zero(estate):
    unit = Unit.get(Unit.code == "3-2-501")
    with pytest.raises(ValueError):
        with write_transaction():
            locks.add_to_prepaid(unit.id, -1)
    assert Unit.get_by_id(unit.id).prepaid_fen == 0


def _spawn(db, unit, count):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.prepaid_payer", str(db), unit, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


def test_two_counters_topping_up_and_spending_one_balance_lose_nothing(estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(estate.cashier, payments.PaymentRequest("3-2-501", [Tender("cash", 50000)],
                                                                      topup_fen=50000))
    path = estate.ledger.path
    dbmod.close()
    children = [_spawn(path, "3-2-501", 30), _spawn(path, "3-2-501", 30)]
    for child in children:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 0, err
    (unit_id, balance), = outside.execute(path, "SELECT id, prepaid_fen FROM unit WHERE code = '3-2-501'")
    moves = outside.execute(path, "SELECT amount_fen, balance_after_fen FROM prepaid_movement WHERE unit_id = ? "
                            "ORDER BY id", (unit_id,))
    assert len(moves) == 1 + 2 * 30 * 3          # the first top-up; per round a top-up, a use and a top-up
    running = 0
    for amount, after in moves:                   # each movement follows the one before it
        running += amount
        assert after == running >= 0
    assert balance == running
