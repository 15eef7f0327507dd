"""Backup and restore, on whichever engine the run uses (a SQLite file's online backup, or
pg_dump/pg_restore on the server): the copy is verified, a restore saves what it replaces first
and brings back exactly what was backed up."""
import pytest

from counter_app import cli
from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.ledger import verify
from counter_app.services.setup import backups, restore
from counter_app.store import db as dbmod
from counter_app.store.models import AuditLog, Payment
from tests.factories import at, bill_months


def _pay(estate, unit, day, hour=9):
    with clock.frozen(at(2026, 1, day, hour)):
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code=unit, all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))


def test_a_restore_brings_back_exactly_what_was_backed_up(estate, tmp_path):
    bill_months(estate, "2026-01")
    first = _pay(estate, "3-2-501", 5)
    taken = backups.back_up(estate.manager, tmp_path / "usb")
    assert taken.size > 0 and taken.path.startswith(str(tmp_path / "usb"))
    name = taken.path.rsplit("/", 1)[1]      # the copy (no -wal) and the head it holds, beside it
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == [name, name + backups.ANCHOR_SUFFIX]
    assert (tmp_path / "usb" / (name + backups.ANCHOR_SUFFIX)).read_text(encoding="utf-8").startswith(taken.anchor)
    number, digest = taken.anchor.split(":")     # a server's dump: the head as the dump began
    assert len(digest) == 12 and (int(number) == taken.audit_rows or name.endswith(".dump"))
    assert AuditLog.select().order_by(AuditLog.id.desc()).first().action == "database.backup"
    later = _pay(estate, "3-1-101", 6)

    with pytest.raises(CounterError, match=f"(?s)丢掉.*{later.number}"):      # older: what it drops, said first
        restore.restore(estate.admin, taken.path, tmp_path / "safety")
    result = restore.restore(estate.admin, taken.path, tmp_path / "safety", accept_loss=True)
    assert [p.number for p in Payment.select().order_by(Payment.id)] == [first.number]
    assert later.number not in result.previous_saved_to and result.dropped == 1
    assert verify.verify_all().ok
    # What was replaced is itself a backup that restores.
    restore.restore(estate.admin, result.previous_saved_to, tmp_path / "safety2")
    assert [p.number for p in Payment.select().order_by(Payment.id)] == [first.number, later.number]
    assert verify.verify_all().ok


def test_only_a_manager_backs_up_and_only_an_administrator_restores(estate, tmp_path):
    with pytest.raises(PermissionDenied):
        backups.back_up(estate.cashier, tmp_path)
    taken = backups.back_up(estate.manager, tmp_path)
    with pytest.raises(PermissionDenied):
        restore.restore(estate.manager, taken.path, tmp_path / "safety")


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(estate, tmp_path):
    bill_months(estate, "2026-01")
    _pay(estate, "3-2-501", 5)
    bogus = tmp_path / ("x.sqlite3" if dbmod.is_sqlite() else "x.dump")
    bogus.write_bytes(b"not a backup at all" * 100)
    before = Payment.select().count()
    with pytest.raises(CounterError):
        restore.restore(estate.admin, bogus, tmp_path / "safety")
    dbmod.close()
    from counter_app.services.common.session import open_database
    open_database(estate.ledger.path)
    assert Payment.select().count() == before and verify.verify_all().ok


def test_the_command_line_backs_up_and_restores(estate, tmp_path, monkeypatch, capsys):
    bill_months(estate, "2026-01")
    _pay(estate, "3-2-501", 5)
    db = str(estate.ledger.path)
    dbmod.close()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    assert cli.main(["backup", "--db", db, "--to", str(tmp_path / "b"), "--user", "manager", "--json"]) == 0
    import json
    path = json.loads(capsys.readouterr().out)["path"]
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    assert cli.main(["restore", path, "--db", db, "--user", "admin", "--safety", str(tmp_path / "s")]) == 0
    out = capsys.readouterr().out
    assert "检查通过" in out and str(tmp_path / "s") in out          # names the safety copy
    assert cli.main(["backup", "--db", db, "--to", "", "--user", "admin"]) == 2


def test_a_backup_of_a_newer_program_or_of_no_ledger_is_refused_before_anything_is_replaced(estate, tmp_path):
    from counter_app.store import migrations
    bill_months(estate, "2026-01")
    _pay(estate, "3-2-501", 5)
    taken = backups.back_up(estate.manager, tmp_path / "b")
    later = _pay(estate, "3-1-101", 6)
    if dbmod.is_sqlite():        # make the backup say a newer schema, as a later program's would
        import sqlite3
        conn = sqlite3.connect(taken.path)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(migrations.SCHEMA_VERSION + 1),))
        conn.commit()
        conn.close()
        with pytest.raises(CounterError, match="较新版本"):
            restore.restore(estate.admin, taken.path, tmp_path / "safety")
    empty = tmp_path / ("empty.sqlite3" if dbmod.is_sqlite() else "empty.dump")
    if dbmod.is_sqlite():
        import sqlite3
        sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    else:
        empty.write_bytes(b"PGDMP not really")
    with pytest.raises(CounterError, match="不是本程序的账本备份" if dbmod.is_sqlite() else "已损坏"):
        restore.restore(estate.admin, empty, tmp_path / "safety")
    assert not (tmp_path / "safety").exists()                 # refused before the current one was even copied
    assert Payment.select().where(Payment.number == later.number).exists() and verify.verify_all().ok
