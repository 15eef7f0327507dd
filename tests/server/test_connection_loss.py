"""A server connection cut in the middle of a payment leaves the whole payment or nothing; the
counter says so plainly and the next attempt goes through on a new connection."""
import pytest

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.ledger import verify
from counter_app.store import db as dbmod, failures, locks
from counter_app.store.db import rows
from tests.factories import at, bill_months, fingerprint


def _cut_connection(pg):
    """Terminate this process's server connection from another one, as a network drop would."""
    pid = rows("SELECT pg_backend_pid()")[0][0]
    pg.sql(f"SELECT pg_terminate_backend({pid})")


@pytest.mark.parametrize("where", ["after_lock", "before_audit"])
def test_a_connection_cut_mid_payment_records_nothing_and_the_retry_pays(server_estate, pg, monkeypatch, where):
    estate = bill_months(server_estate, "2026-01")
    url = estate.ledger.path
    request = payments.PaymentRequest(unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)],
                                      overpay_to_prepaid=True)
    before = fingerprint(url)
    name = {"after_lock": "lock_unit", "before_audit": "audit_head"}[where]
    original = getattr(locks, name)

    def cut(*args):
        result = original(*args)
        _cut_connection(pg)
        return result
    monkeypatch.setattr(locks, name, cut)
    with clock.frozen(at(2026, 1, 5, 9)):
        with pytest.raises(Exception) as caught:
            payments.take_payment(estate.cashier, request)
    assert failures.is_connection_lost(caught.value), caught.value
    message = failures.describe(caught.value, url)
    assert "没有记账" in message and "服务器" in message and "postgres@" not in message.split("服务器")[0]
    assert fingerprint(url) == before                  # nothing of it on the server

    monkeypatch.setattr(locks, name, original)
    with clock.frozen(at(2026, 1, 5, 9, 1)):
        receipt = payments.take_payment(estate.cashier, request)   # a new connection, the same request
    assert receipt.number.endswith("000001")           # the number the cut payment never took
    assert verify.verify_all().ok


def test_a_server_that_does_not_answer_is_named_without_its_password(pg):
    from counter_app.services.common.session import open_database
    url = f"postgresql://counter:secret@127.0.0.1:{pg.port + 1 if pg.port < 65535 else 1}/office"
    with pytest.raises(Exception) as caught:
        open_database(url)
    message = failures.describe(caught.value, url)
    assert failures.is_connection_lost(caught.value) and "secret" not in message and "服务器" in message
    dbmod.close()


def test_a_counter_waiting_on_another_s_lock_is_told_the_ledger_is_busy_and_records_nothing(server_estate, pg,
                                                                                            monkeypatch):
    """Another counter holds the unit (a payment that has not finished): this one waits no longer
    than the busy timeout, says so in the busy sentence, and keeps nothing."""
    import psycopg

    from counter_app.services.common.session import open_database
    estate = bill_months(server_estate, "2026-01")
    url = estate.ledger.path
    monkeypatch.setenv("COUNTER_APP_BUSY_TIMEOUT_MS", "300")
    dbmod.close()
    open_database(url)                                    # this counter's connection, with the short wait
    before = fingerprint(url)
    other = psycopg.connect(url)                          # the other counter, in the middle of a payment
    try:
        other.execute("SELECT prepaid_fen FROM unit WHERE code = '3-2-501' FOR UPDATE")
        with clock.frozen(at(2026, 1, 5, 9)):
            with pytest.raises(Exception) as caught:
                payments.take_payment(estate.cashier, payments.PaymentRequest(
                    unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
        assert failures.is_busy(caught.value) and failures.describe(caught.value) == failures.BUSY
    finally:
        other.rollback()
        other.close()
    assert fingerprint(url) == before
    with clock.frozen(at(2026, 1, 5, 9, 1)):              # the other counter is done: Enter again pays
        assert payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))


def test_a_connection_left_in_pipeline_mode_is_replaced_before_the_next_statement(server_ledger):
    """psycopg can leave a connection in pipeline mode after a cut while it reports closed=False,
    broken=False (a batch cut between its statements). Its state is read, not `closed`: the next
    statement goes on a new connection instead of failing for ever."""
    from psycopg.pq import PipelineStatus
    db = dbmod.database.obj
    rows("SELECT 1")
    conn = db._state.conn
    pipeline = conn.pipeline()
    pipeline.__enter__()
    conn.cursor().execute("SELECT 1")                  # sent in the pipeline, never read
    assert not conn.closed and not conn.broken and conn.pgconn.pipeline_status != PipelineStatus.OFF
    assert db.unusable()
    assert rows("SELECT 2") == [(2,)] and db._state.conn is not conn and conn.closed
