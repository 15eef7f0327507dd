"""The server ends this counter's connection (pg_terminate_backend, as a restart or a dropped cable
would) at a random moment of a payment: before, during or after any of its statements, the batch
writes and the COMMIT among them, and the reading back of the receipt. Hundreds of trials in one
process: after each, the same request sent again gets its receipt (the one recorded, or one
recorded now), the process pays on, and at the end every payment is whole, each request recorded
once, and every number series gapless."""
import random
import threading
import time

import psycopg
import pytest

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments, request_ids
from counter_app.ledger import verify
from counter_app.store import db as dbmod, failures
from counter_app.store.models import Payment
from tests.factories import at, bill_months

CUTS = 500            # trials that cut the connection, at least
MOST_TRIALS = 1500    # a cut armed past a payment's last statement cuts nothing: tried again


class Terminator:
    """Counts the statements this process sends on its ledger connection; at the chosen one it
    has the server end that connection after a random delay, from a connection of its own."""

    def __init__(self, admin_url: str):
        self.admin = psycopg.connect(admin_url, autocommit=True)
        self.armed_at: int | None = None
        self.delay = 0.0
        self.count = 0
        self.thread: threading.Thread | None = None
        self.pid = None

    def arm(self, statement: int, delay: float) -> None:
        self.count, self.armed_at, self.delay, self.thread = 0, statement, delay, None

    def seen(self, cursor) -> None:
        ledger = dbmod.database.obj._state.conn
        if cursor.connection is not ledger:
            return
        if self.count == self.armed_at:
            self.pid = ledger.pgconn.backend_pid
            pid, delay = self.pid, self.delay

            def terminate():
                time.sleep(delay)
                self.admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            self.thread = threading.Thread(target=terminate)
            self.thread.start()
        self.count += 1

    def settle(self) -> bool:
        """Wait until the chosen backend is gone; True if a cut was made. Disarmed either way."""
        self.armed_at = None
        if self.thread is None:
            return False
        self.thread.join()
        while self.admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (self.pid,)).fetchone():
            time.sleep(0.001)
        return True


@pytest.fixture
def terminator(pg, monkeypatch):
    watcher = Terminator(pg.admin_url)
    for name in ("execute", "executemany", "copy"):
        original = getattr(psycopg.Cursor, name)

        def watched(cursor, *args, _original=original, **kwargs):
            watcher.seen(cursor)
            return _original(cursor, *args, **kwargs)
        monkeypatch.setattr(psycopg.Cursor, name, watched)
    yield watcher
    watcher.admin.close()


def _request(rng: random.Random, request_id: str) -> payments.PaymentRequest:
    """A top-up, or a unit's dues with the overpayment kept, in cash or split with WeChat: each
    writes the receipt, its tenders (a batch), its prepaid movement and its audit row."""
    amount = rng.randrange(100, 1500)
    if rng.random() < 0.5:
        unit = rng.choice(["3-2-501", "3-1-101", "3-1-102", "3-2-502"])
        return payments.PaymentRequest(unit_code=unit, topup_fen=amount, request_id=request_id,
                                       tenders=[Tender("cash", amount - 50), Tender("wechat", 50, "WX")])
    # A year of 3-2-501's dues is far more than the trials pay of it, oldest first.
    return payments.PaymentRequest(unit_code="3-2-501", amount_fen=amount, request_id=request_id,
                                   tenders=[Tender("cash", amount + 100)], overpay_to_prepaid=True)


def test_a_payment_cut_at_any_moment_is_whole_or_absent_and_the_process_pays_on(server_estate, terminator):
    estate = bill_months(server_estate, *[f"2026-{m:02d}" for m in range(1, 13)])
    rng = random.Random(20261202)
    with clock.frozen(at(2026, 12, 20, 9)):
        # What one payment sends, reading back included: the fewest of a few of either kind (the
        # first also reads what later ones find cached), so a cut is armed within every payment.
        sent = []
        for _ in range(4):
            terminator.arm(-1, 0)
            payments.take_payment(estate.cashier, _request(rng, request_ids.new()))
            sent.append(terminator.count)
        statements = min(sent)
        outcomes = {"recorded": 0, "not_recorded": 0, "no_cut": 0}
        asked = []
        trial = 0
        while outcomes["recorded"] + outcomes["not_recorded"] < CUTS and trial < MOST_TRIALS:
            trial += 1
            request_id = request_ids.new()
            request = _request(rng, request_id)
            terminator.arm(rng.randrange(statements), rng.choice([0.0, rng.random() * 0.002]))
            try:
                first = payments.take_payment(estate.cashier, request)
            except Exception as exc:
                # The cut came before the commit (or the lookup found nothing): said so, by its code.
                assert failures.is_connection_lost(exc), (trial, repr(exc))
                first = None
            cut = terminator.settle()
            again = payments.take_payment(estate.cashier, request)        # the same request: never twice
            if first is not None:
                assert again.number == first.number, trial
            outcomes["no_cut" if not cut else "recorded" if first is not None else "not_recorded"] += 1
            asked.append((request_id, again.number))
    print(f"{trial} trials, {sent} statements a payment: {outcomes}")
    assert sum(outcomes.values()) == trial and outcomes["recorded"] + outcomes["not_recorded"] >= CUTS, outcomes
    assert outcomes["not_recorded"] >= 50 and outcomes["recorded"] >= 50, outcomes
    numbers = dict(Payment.select(Payment.request_id, Payment.number).tuples())
    assert all(numbers.get(request_id) == number for request_id, number in asked)
    assert Payment.select().count() == trial + len(sent)   # each request recorded once, none lost
    checked = verify.verify_all()                          # whole documents, the chain, gapless numbers
    assert checked.ok, checked.problems
