"""A database made by each earlier schema version, opened by this version, keeps every record."""
import sqlite3
from pathlib import Path

import pytest

from counter_app.ledger import signin
from counter_app.ledger import audit
from counter_app.services.common.session import open_database
from counter_app.ledger import verify
from counter_app.services.counter.receipts import load_receipt
from counter_app.store import db as dbmod
from counter_app.store.migrations import SCHEMA_VERSION, schema_version
from counter_app.store.models import User

pytestmark = pytest.mark.sqlite_only   # about SQLite itself; the server run leaves it out

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_v*.sql"))


def test_there_is_a_fixture_for_the_current_schema():
    """Each schema version leaves its fixture behind (python -m tests.store.make_fixture)."""
    assert Path(__file__).parent / "fixtures" / f"schema_v{SCHEMA_VERSION}.sql" in FIXTURES


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_upgrade_keeps_every_record(fixture, tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table' "
                                         "and name not like 'sqlite_%'")]
    before = {t: conn.execute(f'select * from "{t}" order by rowid').fetchall() for t in tables}
    conn.close()
    open_database(path, backup_dir=tmp_path / "backups")
    assert schema_version(dbmod.database.obj) == SCHEMA_VERSION
    db = dbmod.database.obj
    for table, rows in before.items():
        if table in ("meta", "audit_head"):     # the head moves with the seals the upgrade appends
            continue
        old_cols = len(rows[0]) if rows else 0
        now = db.execute_sql(f'select * from "{table}" order by rowid').fetchall()
        if table == "audit_log":     # the upgrade seals what it found (schemas 8 and 13): new rows after the old
            assert {r[3] for r in now[len(rows):]} <= {"key.period", "state.seal", "rows.seal"}, table
            now = now[:len(rows)]
        assert len(now) == len(rows), table
        # Columns a migration adds come after the old ones; the old values are unchanged.
        assert [tuple(r[:old_cols]) for r in now] == [tuple(r) for r in rows], table
    # The migrated file has the same tables and columns as a new one.
    fresh = tmp_path / "fresh.sqlite3"
    migrated_columns = _columns(db)
    open_database(fresh, backup_dir=tmp_path / "unused")
    assert _columns(dbmod.database.obj) == migrated_columns
    open_database(path, backup_dir=tmp_path / "backups")
    assert audit.verify_chain().ok
    report = verify.verify_all()          # sealed on the upgrade, invariants hold
    assert report.ok, report.problems
    if before.get("charge"):              # each month's billed total, added up on the upgrade (schema 12)
        billed = db.execute_sql("select sum(billed_fen), sum(charges) from billed_month").fetchone()
        assert billed == db.execute_sql("select sum(amount_fen), count(*) from charge "
                                        "where cancelled_at is null").fetchone() and billed[1] > 0
    number = db.execute_sql("select number from payment order by id limit 1").fetchone()[0]
    reader = signin.actor_of(User.select().order_by(User.id).first())
    assert load_receipt(reader, number).total_words
    if before:
        assert (tmp_path / "backups").exists() == (int(fixture.stem.split("_v")[1]) < SCHEMA_VERSION)


def _columns(db) -> dict[str, set]:
    """Each table's columns and indexes (columns and uniqueness), as a new database has them."""
    tables = [t for t in db.get_tables() if not t.startswith("sqlite_")]
    return {t: ({c.name for c in db.get_columns(t)},
                {(tuple(i.columns), i.unique) for i in db.get_indexes(t)}) for t in tables}


def test_a_chain_from_before_keys_stays_checkable_as_its_unkeyed_period(tmp_path):
    """A schema-12 ledger's plain SHA-256 links are checked as they are; what the upgrade and the
    counter append after them is keyed, from a key period the upgrade starts."""
    fixture = Path(__file__).parent / "fixtures" / "schema_v12.sql"
    path = tmp_path / "v12.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(fixture.read_text(encoding="utf-8"))
    old_rows = conn.execute("select count(*) from audit_log").fetchone()[0]
    conn.close()
    open_database(path, backup_dir=tmp_path / "backups")
    report = verify.verify_all()
    assert report.complete, report.problems
    assert report.unkeyed == old_rows and report.rows > old_rows
    db = dbmod.database.obj
    first_new = db.execute_sql("select action, after from audit_log order by id limit 1 offset ?", (old_rows,)).fetchone()
    assert first_new[0] == "key.period" and '"why":"new"' in first_new[1]
    # An old row edited is still found: its plain link no longer matches.
    db.execute_sql("update audit_log set username = 'someone' where id = (select min(id) from audit_log)")
    assert not verify.verify_all().ok
