"""A cash movement cut at any moment by the server ending the counter's connection (before, during
or after any of its statements, the COMMIT among them, and the reading back of its slip): the same
request sent again gets the one document, recorded once, and at the end the XJ series is gapless,
every movement sealed and the drawer's expected cash exactly what was moved."""
import random

import psycopg
import pytest

from counter_app.core import cashmoves as rules
from counter_app.services.closing import shifts
from counter_app.ledger import clock
from counter_app.services.counter import cashmoves, request_ids
from counter_app.ledger import verify
from counter_app.store import failures
from counter_app.store.models import CashMovement
from tests.factories import at
from tests.server.test_terminate_trials import Terminator

TRIALS = 80


@pytest.fixture
def cutter(pg, monkeypatch):
    """test_terminate_trials' Terminator watching every statement this process sends."""
    watcher = Terminator(pg.admin_url)
    for name in ("execute", "executemany", "copy"):
        original = getattr(psycopg.Cursor, name)

        def watched(cursor, *args, _original=original, **kwargs):
            watcher.seen(cursor)
            return _original(cursor, *args, **kwargs)
        monkeypatch.setattr(psycopg.Cursor, name, watched)
    yield watcher
    watcher.admin.close()


def _move(estate, rng: random.Random, request_id: str):
    kind = rng.choice([rules.PAID_IN, rules.PAID_OUT, rules.DROP])
    amount = rng.randrange(100, 5000)
    return cashmoves.record(estate.cashier, kind, amount, reason=rules.OTHER if kind == rules.PAID_OUT else "",
                            note="零用" if kind == rules.PAID_OUT else "",
                            authoriser=None if kind == rules.PAID_IN else estate.manager, request_id=request_id)


def test_a_cash_movement_cut_at_any_moment_is_whole_or_absent(server_estate, cutter):
    terminator = cutter
    estate = server_estate
    rng = random.Random(20261205)
    with clock.frozen(at(2026, 1, 10, 9)):
        drawer = cashmoves.record(estate.cashier, rules.PAID_IN, 1_000_000).drawer_change_fen   # enough to pay out
        terminator.arm(-1, 0)
        drawer += cashmoves.record(estate.cashier, rules.DROP, 100, authoriser=estate.manager).drawer_change_fen
        statements = terminator.count               # a drop's, the longest: it reads the drawer's cash
        cuts = 0
        for trial in range(TRIALS):
            request_id = request_ids.new()
            state = rng.getstate()
            terminator.arm(rng.randrange(statements), rng.choice([0.0, rng.random() * 0.002]))
            try:
                first = _move(estate, rng, request_id)
            except Exception as exc:
                assert failures.is_connection_lost(exc), (trial, repr(exc))
                first = None
            cuts += terminator.settle()
            rng.setstate(state)
            rng.randrange(statements), rng.choice([0.0, rng.random() * 0.002])
            again = _move(estate, rng, request_id)                     # the same request: never twice
            if first is not None:
                assert again == first, trial
            drawer += again.drawer_change_fen
        expected = shifts.expected_cash(shifts.current_shift(estate.cashier).id)
    assert cuts >= TRIALS // 2, cuts
    assert CashMovement.select().count() == TRIALS + 2 and expected == drawer
    checked = verify.verify_all()
    assert checked.ok, checked.problems
