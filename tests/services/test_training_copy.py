"""练习模式's copy, without a window: the copy holds the ledger as it is, marked as practice; the
ledger itself is never written; each practice starts afresh from the ledger."""
import pytest

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.common import session
from counter_app.services.counter import payments
from counter_app.services.setup import training
from counter_app.store import db as dbmod
from counter_app.store.models import Charge, Payment
from tests.factories import at, bill_months, build_small_estate, fingerprint, open_with_admin


@pytest.fixture
def billed(tmp_path):
    """A billed ledger file on this PC, whichever engine the run tests: practice copies a file (a
    server's ledger is refused, the last test)."""
    made = bill_months(build_small_estate(open_with_admin(tmp_path / "office.sqlite3")), "2025-12", "2026-01")
    yield made
    dbmod.close()


def _pay(actor, amount_fen: int):
    with clock.frozen(at(2026, 1, 10, 9)):
        return payments.take_payment(actor, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", amount_fen)]), training=session.is_training())


def test_the_copy_holds_the_ledger_marked_and_the_ledger_is_untouched(billed):
    ledger = billed.ledger.path
    charges = [(c.id, c.amount_fen, c.dedupe_key) for c in Charge.select().order_by(Charge.id)]
    assert charges and not session.is_training()
    dbmod.close()
    before = fingerprint(ledger)
    copy = training.open_training_copy(ledger)
    assert copy == training.copy_of(ledger) and copy != ledger and copy.parent == ledger.parent
    assert session.is_training()
    assert [(c.id, c.amount_fen, c.dedupe_key) for c in Charge.select().order_by(Charge.id)] == charges
    assert _pay(billed.cashier, 10_000_000).training
    assert Payment.select().count() == 1
    training.leave_training(ledger)
    assert not session.is_training() and Payment.select().count() == 0
    dbmod.close()
    assert fingerprint(ledger) == before            # not one committed row of the ledger changed


def test_a_practice_receipt_never_takes_the_number_of_a_real_one(billed):
    """The copy counts on from the ledger's numbers; its receipts carry LX- before them, so the
    practice slip and the next real receipt (and their printouts' file names) never share one."""
    ledger = billed.ledger.path
    dbmod.close()
    training.open_training_copy(ledger)
    practice = _pay(billed.cashier, 10_000_000)
    training.leave_training(ledger)
    real = _pay(billed.cashier, 10_000_000)
    assert practice.number == "LX-" + real.number and not real.number.startswith("LX-")


def test_each_practice_starts_afresh_from_the_ledger(billed):
    ledger = billed.ledger.path
    dbmod.close()
    copy = training.open_training_copy(ledger)
    _pay(billed.cashier, 10_000_000)
    # Yesterday's practice left as a pulled plug leaves it: its payment still in the -wal beside
    # the copy, which SQLite would replay onto any file of that name.
    journals = {suffix: (copy.parent / (copy.name + suffix)).read_bytes() for suffix in ("-wal", "-shm")}
    assert journals["-wal"]
    dbmod.close()
    for suffix, content in journals.items():
        (copy.parent / (copy.name + suffix)).write_bytes(content)
    training.open_training_copy(ledger)
    assert session.is_training() and Payment.select().count() == 0


def test_a_server_ledger_is_not_copied():
    url = "postgresql://counter@server/office"
    assert not training.possible(url)
    with pytest.raises(ValueError):
        training.open_training_copy(url)
