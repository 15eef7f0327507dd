"""A server's backup (pg_dump) changed behind the program and dumped again whole is loaded into a
scratch database, checked there and refused, the ledger in use unchanged table by table; and a
restore onto a server database with nothing in it yet works from the command line, signed in as
the backup's administrator."""
import subprocess
from pathlib import Path

import pytest

from counter_app import cli
from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.ledger import verify
from counter_app.services.setup import backups, restore
from counter_app.store import backup as engine, db as dbmod
from counter_app.store.models import Payment
from tests.factories import at, bill_months, fingerprint


def _pay(estate):
    with clock.frozen(at(2026, 1, 5, 9)):
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))


def _tampered_dump(good: Path, target: Path, statement: str) -> None:
    """The server's backup changed behind the program: loaded aside, edited, dumped again whole."""
    scratch = engine.scratch_database(dbmod.database.obj.database)
    try:
        engine.load_dump(scratch, good)
        import psycopg
        with psycopg.connect(scratch, autocommit=True) as conn:
            conn.execute(statement)
        subprocess.run([engine.client_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                        "--file", str(target), "--dbname", scratch], check=True, capture_output=True)
    finally:
        engine.drop_database(scratch)


EDITS = {"a receipt's total changed": "UPDATE payment SET total_fen = total_fen + 100",
         "a tender's method changed": "UPDATE tender SET method = 'card'",
         "an audit row deleted": "DELETE FROM audit_log WHERE id = 5",
         "the chain's head moved back": "UPDATE audit_head SET row_count = row_count - 1",
         "a charge marked paid": "UPDATE charge SET paid_fen = amount_fen WHERE paid_fen < amount_fen",
         "a newer program's": "UPDATE meta SET value = '99' WHERE key = 'schema_version'",
         "no schema version": "DELETE FROM meta WHERE key = 'schema_version'"}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_dump_changed_behind_the_program_is_refused_and_the_ledger_is_unchanged(server_estate, tmp_path, edit):
    estate = bill_months(server_estate, "2026-01")
    _pay(estate)
    good = Path(backups.back_up(estate.manager, tmp_path / "usb").path)
    bad = tmp_path / "bad.dump"
    _tampered_dump(good, bad, EDITS[edit])
    before = fingerprint(estate.ledger.path)
    with pytest.raises(CounterError) as refused:
        restore.restore(estate.admin, bad, tmp_path / "safety", accept_loss=True)
    assert "没有恢复" in str(refused.value), refused.value
    assert fingerprint(estate.ledger.path) == before and not (tmp_path / "safety").exists()
    assert verify.verify_all().ok


def test_a_restore_onto_an_empty_server_database_from_the_command_line(server_estate, tmp_path, pg, monkeypatch,
                                                                        capsys):
    estate = bill_months(server_estate, "2026-01")
    paid = _pay(estate)
    taken = backups.back_up(estate.manager, tmp_path / "usb")
    dbmod.close()
    empty = pg.empty_database()                # a new server: not even the tables
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    code = cli.main(["restore", taken.path, "--db", empty, "--user", "admin", "--safety", str(tmp_path / "s")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "原来没有账本" in out and "检查通过" in out
    from counter_app.services.common.session import open_database
    open_database(empty)
    assert [p.number for p in Payment.select()] == [paid.number] and verify.verify_all().ok
    dbmod.close()
    pg.drop(empty)


def test_a_server_backup_says_what_it_checked_and_finds_a_broken_chain(server_estate, tmp_path):
    from counter_app.store.models import AuditLog
    from tests.outside import execute
    estate = bill_months(server_estate, "2026-01")
    _pay(estate)
    taken = backups.back_up(estate.manager, tmp_path / "usb")
    assert taken.audit_rows == AuditLog.select().count() - 1 > 10      # the backup's own row came after
    assert "从头读到尾" in taken.checked and f"审计链 {taken.audit_rows} 条" in taken.checked
    execute(estate.ledger.path, "UPDATE audit_log SET username = 'someone' WHERE id = 4")   # behind the program
    with pytest.raises(CounterError, match="审计链校验不通过"):
        backups.back_up(estate.manager, tmp_path / "usb")
