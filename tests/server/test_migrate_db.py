"""`counter-app migrate-db`: a single counter's ledger copied onto the server, verified by counts,
money totals and the audit chain; the server then carries on numbering where the file stopped."""
import pytest

from counter_app import cli
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.common.session import open_database
from counter_app.services.counter import payments
from counter_app.ledger import verify
from counter_app.store import db as dbmod
from counter_app.store.models import ALL_MODELS, DERIVED_MODELS
from tests import outside
from tests.factories import at, bill_months, build_small_estate, make_user, open_with_admin


@pytest.fixture
def single_counter_file(tmp_path):
    path = tmp_path / "counter.sqlite3"
    estate = bill_months(build_small_estate(open_with_admin(path)), "2026-01", "2026-02")
    with clock.frozen(at(2026, 2, 10, 9)):
        for unit in ("3-2-501", "3-1-101"):
            payments.take_payment(estate.cashier, payments.PaymentRequest(
                unit_code=unit, all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
    dbmod.close()
    return path


def _tables(target):
    """The ledger's own rows, table by table (the figures kept beside them are worked out anew on
    the server and checked by verify_all below)."""
    return {m._meta.table_name: outside.execute(target, f'SELECT count(*) FROM "{m._meta.table_name}"')[0][0]
            for m in ALL_MODELS if m._meta.table_name not in ("meta", "audit_log", "audit_head")
            and m not in DERIVED_MODELS}


def test_a_ledger_moves_to_the_server_whole_and_carries_on(single_counter_file, pg, monkeypatch, capsys):
    import hashlib
    url = pg.empty_database()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    source = hashlib.sha256(single_counter_file.read_bytes()).hexdigest()
    assert cli.main(["migrate-db", "--from", str(single_counter_file), "--to", url, "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "校验通过" in out and url.split("@")[1] in out
    # The file is only read: not a sign-in, not a migration, not a byte written into it.
    assert hashlib.sha256(single_counter_file.read_bytes()).hexdigest() == source
    assert all(wal.stat().st_size == 0 for wal in single_counter_file.parent.glob("*-wal"))   # SQLite's read lock
    assert _tables(url) == _tables(single_counter_file)
    numbers = "SELECT number, total_fen FROM payment ORDER BY id"
    assert outside.execute(url, numbers) == outside.execute(single_counter_file, numbers)
    # The move itself is in the server's chain, after the file's rows.
    moved = outside.execute(url, "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")
    assert moved == [("database.moved",)]

    open_database(url)
    cashier = make_user("counter2", "cashier", "counter2")
    from counter_app.services.closing import shifts
    shifts.open_shift(cashier, 0)
    with clock.frozen(at(2026, 2, 11, 9)):
        receipt = payments.take_payment(cashier, payments.PaymentRequest(
            unit_code="3-1-102", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
    assert receipt.number.endswith("000003")         # numbering goes on from the file's two receipts
    assert verify.verify_all().ok


def test_a_server_database_with_a_ledger_is_not_overwritten(single_counter_file, pg, monkeypatch, capsys):
    url = pg.empty_database()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    assert cli.main(["migrate-db", "--from", str(single_counter_file), "--to", url, "--user", "admin"]) == 0
    before = outside.fingerprint(url)
    capsys.readouterr()
    assert cli.main(["migrate-db", "--from", str(single_counter_file), "--to", url, "--user", "admin"]) == 2
    assert "已经有账本" in capsys.readouterr().err
    assert outside.fingerprint(url) == before


def test_a_ledger_that_does_not_verify_is_not_moved(single_counter_file, pg, monkeypatch, capsys):
    outside.execute(single_counter_file, "UPDATE payment SET total_fen = total_fen + 100 WHERE id = 1")
    url = pg.empty_database()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    assert cli.main(["migrate-db", "--from", str(single_counter_file), "--to", url, "--user", "admin"]) == 2
    assert "校验不通过" in capsys.readouterr().err
    assert outside.execute(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_a_cashier_cannot_move_the_ledger(single_counter_file, pg, monkeypatch, capsys):
    url = pg.empty_database()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    assert cli.main(["migrate-db", "--from", str(single_counter_file), "--to", url, "--user", "cashier"]) == 2
    assert "无权" in capsys.readouterr().err


def test_an_empty_server_database_is_not_taken_for_a_ledger(pg, capsys):
    url = pg.empty_database()
    assert cli.main(["find", "501", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "还没有账本" in err and "migrate-db" in err


def test_a_server_database_is_dumped_before_its_schema_is_upgraded(server_ledger, tmp_path):
    """No backup, no upgrade: the step of a next schema runs only after pg_dump wrote a copy that
    reads back, and the copy is of the schema before it."""
    import peewee as pw
    from playhouse.migrate import SchemaMigrator, migrate as run_ops

    from counter_app.store import backup, migrations
    database = dbmod.database.obj

    def add_column(db):
        run_ops(SchemaMigrator.from_database(db).add_column("estate", "fax", pw.CharField(default="")))

    migrations.migrate(database, tmp_path / "backups", steps={migrations.SCHEMA_VERSION + 1: add_column},
                       target=migrations.SCHEMA_VERSION + 1)
    (dump,) = (tmp_path / "backups").iterdir()
    assert dump.name.startswith(f"server.v{migrations.SCHEMA_VERSION}-") and dump.suffix == ".dump"
    assert backup.meta_of(dump)["schema_version"] == str(migrations.SCHEMA_VERSION)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION + 1
    assert "fax" in [c.name for c in database.get_columns("estate")]
