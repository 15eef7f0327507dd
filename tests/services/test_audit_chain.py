"""The audit chain is verified by its links and against its head, not by contiguous ids: a server's
sequence leaves gaps after a rollback, while a row deleted anywhere, the last one included, is
found."""
from counter_app.ledger import audit
from counter_app.store import db as dbmod, locks
from counter_app.store.db import write_transaction
from counter_app.store.models import AuditLog


def _append(n):
    with write_transaction():
        for i in range(n):
            audit.record("admin", "test.append", "test", str(i), after={"i": i})


def test_an_id_gap_from_a_rolled_back_insert_is_not_a_deletion(ledger):
    _append(3)
    # What a PostgreSQL sequence leaves behind after a rolled-back payment: the next id skips.
    db = dbmod.database.obj
    db.execute_sql("INSERT INTO audit_log (id, created_at, username, action, entity, entity_id, before, after, "
                   "prev_hash, hash) SELECT id + 9, created_at, username, action, entity, entity_id, before, "
                   "after, prev_hash, hash FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    db.execute_sql("DELETE FROM audit_log WHERE id = (SELECT max(id) - 9 FROM audit_log)")
    if not dbmod.is_sqlite():   # a server's sequence hands out ids after the moved row
        db.execute_sql("SELECT setval('audit_log_id_seq', (SELECT max(id) FROM audit_log))")
    ids = [a.id for a in AuditLog.select().order_by(AuditLog.id)]
    assert ids[-1] - ids[-2] == 10
    _append(2)
    report = audit.verify_chain()
    assert report.ok, report.problem
    assert report.rows == AuditLog.select().count() == locks.read_audit_head()[0]


def test_deleting_the_last_row_is_found_through_the_head(ledger):
    _append(4)
    dbmod.database.obj.execute_sql("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    report = audit.verify_chain()
    assert not report.ok and "链头" in report.problem


def test_deleting_a_row_in_the_middle_breaks_the_next_link(ledger):
    _append(4)
    victim = AuditLog.select().order_by(AuditLog.id).offset(2).first()
    dbmod.database.obj.execute_sql(f"DELETE FROM audit_log WHERE id = {victim.id}")
    report = audit.verify_chain()
    assert not report.ok and report.first_bad_id > victim.id and "链接" in report.problem


def test_the_head_moves_with_every_append_in_the_same_transaction(ledger):
    before = locks.read_audit_head() or locks.Head(0, locks.GENESIS)
    _append(3)
    count, last, _key, _mac = locks.read_audit_head()
    tail = AuditLog.select().order_by(AuditLog.id.desc()).first()
    assert count == before[0] + 3 == AuditLog.select().count() and last == tail.hash


def test_a_missing_head_with_rows_in_the_chain_is_found(ledger):
    _append(2)
    dbmod.database.obj.execute_sql("DELETE FROM audit_head")
    report = audit.verify_chain()
    assert not report.ok and "链头" in report.problem
