"""Every counter on a server waits for the same two rows: a series' number and the audit chain's
head. A document takes them last, with everything else written and read back for its seal, and
holds them for the few statements that need them, up to its commit (DESIGN.md: four counters, no
payment over 200 ms). Here every statement a posting sends is recorded, on either engine."""
import pytest

from counter_app.core.tenders import Tender
from counter_app.ledger import clock, verify
from counter_app.services.billing import runs as billing
from counter_app.services.counter import payments
from counter_app.services.counter.payments import PaymentRequest
from counter_app.store import written
from counter_app.store.db import database
from counter_app.store.models import Charge, Payment
from tests.factories import at, bill_months

# What may run while the number and the head are held: take the number, give it to the document,
# lock the head, append the chain's rows, move the head (then COMMIT). Nothing else: not even a
# charge a payment created marked as its own (that goes in before the number).
HELD = ("UPDATE document_counter", "UPDATE payment SET seq", "SELECT row_count, last_hash", "INSERT INTO \"audit_log\"",
        "UPDATE audit_head")


class Statements:
    """Every statement sent to the bound database (through its cursors, peewee's or the store's
    own), and each COMMIT."""

    def __init__(self, monkeypatch):
        self.seen: list[str] = []
        db = database.obj
        real_cursor, real_commit = db.cursor, db.commit
        seen = self.seen

        class Recording:
            def __init__(self, cursor):
                self._cursor = cursor

            def execute(self, sql, *args, **kwargs):
                seen.append(" ".join(str(sql).split()))
                return self._cursor.execute(sql, *args, **kwargs)

            def executemany(self, sql, *args, **kwargs):
                seen.append(" ".join(str(sql).split()))
                return self._cursor.executemany(sql, *args, **kwargs)

            def __getattr__(self, name):
                return getattr(self._cursor, name)

            def __iter__(self):
                return iter(self._cursor)

        def commit(*args, **kwargs):
            seen.append("COMMIT")
            return real_commit(*args, **kwargs)
        monkeypatch.setattr(db, "cursor", lambda *a, **k: Recording(real_cursor(*a, **k)))
        monkeypatch.setattr(db, "commit", commit)

    def held(self) -> list[list[str]]:
        """For each transaction that took a number, the statements from the one that took it (a
        year's first creates the series' row, then takes it) to its commit."""
        out, start = [], None
        for n, sql in enumerate(self.seen):
            if sql.startswith("UPDATE document_counter"):
                start = n
            elif sql == "COMMIT" and start is not None:
                out.append(self.seen[start:n])
                start = None
        return out


def _assert_held_briefly(held: list[list[str]]) -> None:
    assert held, "no number was taken"
    for statements in held:
        assert len(statements) <= len(HELD), "\n".join(statements)
        for sql in statements:
            assert sql.startswith(HELD), f"run while every other counter waits: {sql}"


@pytest.fixture
def billed(estate):
    return bill_months(estate, "2025-11", "2025-12", "2026-01")


def _open(unit):
    return [c.id for c in Charge.select().where((Charge.unit == unit) & (Charge.paid_fen < Charge.amount_fen))
            .order_by(Charge.period_start, Charge.id)]


def test_a_payment_holds_its_number_and_the_chain_head_only_for_the_statements_that_need_them(billed, monkeypatch):
    unit = billed.units["501"]
    recorder = Statements(monkeypatch)
    with clock.frozen(at(2026, 1, 20, 9)):
        first = payments.take_payment(billed.cashier, PaymentRequest(     # split tenders, change and a top-up
            unit_code=unit.code, charge_ids=_open(unit)[:2], topup_fen=1000, overpay_to_prepaid=False,
            tenders=[Tender("cash", 20000), Tender("wechat", 30000, "4200001234")]))
        second = payments.take_payment(billed.cashier, PaymentRequest(unit_code=unit.code, topup_fen=500,
                                                                      tenders=[Tender("cash", 500)]))
        third = payments.take_payment(billed.cashier, PaymentRequest(     # months ahead: charges it creates
            unit_code=unit.code, advance=[("WYF", 3)], adhoc=[("MJK", None, "补办门禁卡")],
            tenders=[Tender("cash", 200000)]))
    _assert_held_briefly(recorder.held())
    # The rows went in before the number, under a stand-in no receipt keeps.
    assert [first.number, second.number, third.number] == ["SJ2026-000001", "SJ2026-000002", "SJ2026-000003"]
    created = list(Charge.select().where(Charge.source_payment.is_null(False)))
    assert {c.origin for c in created} == {"advance", "adhoc"}
    assert {c.source_payment for c in created} == {Payment.get(number=third.number).id}
    assert not Payment.select().where(Payment.number.startswith("unnumbered") | (Payment.seq < 1)).exists()
    assert verify.verify_all().ok


def test_a_billing_runs_deductions_hold_the_number_only_at_the_end(estate, monkeypatch):
    """A billing run posts its deductions in one transaction: their numbers too are taken after
    every row of theirs is written."""
    with clock.frozen(at(2025, 12, 25)):
        for code in ("102", "501"):
            payments.take_payment(estate.cashier, PaymentRequest(unit_code=estate.units[code].code, topup_fen=50000,
                                                                 tenders=[Tender("cash", 50000)]))
    recorder = Statements(monkeypatch)
    with clock.frozen(at(2026, 1, 1, 8)):
        result = billing.run_billing(estate.admin, "2026-01")
    assert result.deductions == 2
    _assert_held_briefly(recorder.held())
    deductions = list(Payment.select().where(Payment.kind == "deduction").order_by(Payment.seq))
    assert [p.number for p in deductions] == ["KK2026-000001", "KK2026-000002"]
    assert verify.verify_all().ok


def _given_after(*notes) -> dict:
    written.reset()
    for note in notes:
        written.note(*note)
    written.take()
    return {i: v for known in written.given_values().values() for i, v in known.items()}


def test_a_row_written_again_is_sealed_as_last_written():
    """A row read back (or given) and then written again is sealed as it was last written: read
    back again when the last note gave no values, else as that note gave them."""
    columns = ("id", "number")
    read_ahead = ("payment", [1, 2], columns, [(1, "unnumbered-1"), (2, "unnumbered-2")])
    assert _given_after(read_ahead, ("payment", [1])) == {2: (2, "unnumbered-2")}
    assert _given_after(read_ahead, ("payment", [1], columns, [(1, "SJ2026-000001")])) == \
        {1: (1, "SJ2026-000001"), 2: (2, "unnumbered-2")}
    assert _given_after(read_ahead, ("payment", [3], columns, [(3, "SJ2026-000003")]), ("tender", [1])) == \
        {1: (1, "unnumbered-1"), 2: (2, "unnumbered-2"), 3: (3, "SJ2026-000003")}


def test_a_charge_chosen_twice_is_refused_in_words_and_nothing_is_written(billed):
    """Only the command line can send one charge twice: refused as a mistake in what was asked,
    never an internal error, and nothing recorded."""
    from counter_app.core.errors import Invalid
    unit = billed.units["501"]
    charge = _open(unit)[0]
    before = Payment.select().count()
    with clock.frozen(at(2026, 1, 20, 9)), pytest.raises(Invalid, match="两次"):
        payments.take_payment(billed.cashier, PaymentRequest(unit_code=unit.code, charge_ids=[charge, charge],
                                                             tenders=[Tender("cash", 100000)]))
    assert Payment.select().count() == before and Charge.get_by_id(charge).paid_fen == 0
