import sqlite3

import peewee as pw
import pytest
from playhouse.migrate import SchemaMigrator, migrate as run_ops

from counter_app.services.common.session import open_database
from counter_app.store import db as dbmod, migrations
from counter_app.store.models import Estate
from tests.factories import fingerprint


@pytest.mark.sqlite_only
def test_new_database_gets_current_schema(db_path):
    open_database(db_path)
    assert migrations.schema_version(dbmod.database.obj) == migrations.SCHEMA_VERSION
    pragmas = dict(journal_mode=dbmod.database.obj.pragma("journal_mode"),
                   foreign_keys=dbmod.database.obj.pragma("foreign_keys"),
                   synchronous=dbmod.database.obj.pragma("synchronous"))
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2}


def test_newer_database_refused_untouched(db_path):
    open_database(db_path)
    migrations.set_meta("schema_version", str(migrations.SCHEMA_VERSION + 5))
    dbmod.close()
    before = fingerprint(db_path)
    with pytest.raises(migrations.SchemaTooNew, match="较新版本"):
        open_database(db_path)
    assert fingerprint(db_path) == before


@pytest.mark.sqlite_only
def test_forward_migration_backs_up_and_keeps_rows(db_path, tmp_path):
    open_database(db_path)
    Estate.create(name="老小区", company="老物业")
    database = dbmod.database.obj

    def add_column(db):
        run_ops(SchemaMigrator.from_database(db).add_column("estate", "fax", pw.CharField(default="")))

    old = migrations.migrate(database, tmp_path / "backups", steps={migrations.SCHEMA_VERSION + 1: add_column},
                             target=migrations.SCHEMA_VERSION + 1)
    assert old == migrations.SCHEMA_VERSION
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION + 1
    cols = [c.name for c in database.get_columns("estate")]
    assert "fax" in cols
    assert database.execute_sql("select name from estate").fetchone() == ("老小区",)
    (backup,) = (tmp_path / "backups").iterdir()
    conn = sqlite3.connect(backup)
    assert conn.execute("select value from meta where key='schema_version'").fetchone() == (str(migrations.SCHEMA_VERSION),)
    assert "fax" not in [r[1] for r in conn.execute("pragma table_info(estate)")]
    conn.close()


def test_failed_step_rolls_back(db_path, tmp_path):
    open_database(db_path)
    database = dbmod.database.obj

    def broken(db):
        db.execute_sql("create table half_done (x int)")
        raise RuntimeError("step failed")

    with pytest.raises(RuntimeError):
        migrations.migrate(database, tmp_path / "b", steps={migrations.SCHEMA_VERSION + 1: broken},
                           target=migrations.SCHEMA_VERSION + 1)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert not database.table_exists("half_done")


def test_the_step_to_schema_12_on_either_engine(estate):
    """An office's ledger at schema 11 — on a server too, which the SQLite fixtures cannot show —
    takes the step to 12: billed months added up from its charges, the late lines' index, a run's
    reversal and a user's last sign-in, its rows kept."""
    from tests.factories import bill_months
    from counter_app.store.queries import billed
    bill_months(estate, "2025-12", "2026-01")
    database = dbmod.database.obj
    kept = database.execute_sql("select sum(amount_fen), count(*) from charge").fetchone()
    # Back to schema 11 as it was: without what step 12 adds.
    database.execute_sql("DROP TABLE billed_month")
    database.execute_sql('DROP INDEX "payment_line_late"')
    m = SchemaMigrator.from_database(database)
    run_ops(m.drop_column("billing_run", "reversed_at"), m.drop_column("billing_run", "reversed_by"),
            m.drop_column("billing_run", "reverse_reason"), m.drop_column("user", "last_sign_in_at"))
    migrations.set_meta("schema_version", "11")
    migrations.migrate(database, steps=migrations.STEPS, target=12)
    assert migrations.schema_version(database) == 12
    assert billed.wrong() == []
    assert database.execute_sql("select sum(billed_fen), sum(charges) from billed_month").fetchone() == kept
    assert {"reversed_at", "reversed_by", "reverse_reason"} <= {c.name for c in database.get_columns("billing_run")}
    assert "last_sign_in_at" in {c.name for c in database.get_columns("user")}
    assert "payment_line_late" in {i.name for i in database.get_indexes("payment_line")}


def test_the_step_to_schema_13_on_either_engine(estate):
    """A ledger at schema 12 with a receipt takes the step to 13 on either engine: every money
    command's request id (payments, voids, refunds, unique per estate) and the table of numbers a
    restore skipped, its rows kept (that receipts of before verify after it: tests/store/test_upgrade.py)."""
    from counter_app.core.tenders import Tender
    from counter_app.ledger import clock
    from counter_app.services.counter import payments
    from counter_app.store.models import NumberSkip, Payment
    from tests.factories import at, bill_months
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 5, 9)):
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
    database = dbmod.database.obj
    # Back to schema 12 as it was: nothing of step 13 exists.
    for index in ("payment_estate_id_request_id", "payment_estate_id_void_request_id", "refund_estate_id_request_id"):
        database.execute_sql(f'DROP INDEX "{index}"')
    database.execute_sql("DROP TABLE number_skip")
    m = SchemaMigrator.from_database(database)
    run_ops(m.drop_column("payment", "request_id"), m.drop_column("payment", "void_request_id"),
            m.drop_column("refund", "request_id"))
    migrations.set_meta("schema_version", "12")
    migrations.migrate(database, steps=migrations.STEPS)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    columns = {c.name for c in database.get_columns("payment")}
    assert {"request_id", "void_request_id"} <= columns and "request_id" in {c.name for c in database.get_columns("refund")}
    indexes = {i.name: i.unique for i in database.get_indexes("payment")}
    assert indexes["payment_estate_id_request_id"] and indexes["payment_estate_id_void_request_id"]
    assert NumberSkip.select().count() == 0
    assert Payment.select().count() == 1


def _step_of(step) -> int:
    """The schema version a step brings a ledger to (steps are renumbered as branches land)."""
    return next(n for n, fn in migrations.STEPS.items() if fn is step)


def test_the_step_adding_the_cash_rounding_setting_on_either_engine(estate):
    """A ledger from before the 抹零 setting takes the step that adds it on either engine: every
    estate off, as it was, and its sealed settings still matching their seal."""
    from counter_app.ledger import verify
    from counter_app.store.models import Estate
    database = dbmod.database.obj
    m = SchemaMigrator.from_database(database)
    run_ops(m.drop_column("estate", "cash_rounding"))
    migrations.set_meta("schema_version", str(_step_of(migrations._v14_cash_rounding_setting) - 1))
    migrations.migrate(database, steps=migrations.STEPS)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert "cash_rounding" in {c.name for c in database.get_columns("estate")}
    assert [e.cash_rounding for e in Estate.select()] == ["off"]
    assert verify.verify_all().ok


def test_the_step_adding_receipt_books_on_either_engine(estate):
    """A ledger from before receipt books takes the step that adds their tables on either engine:
    none there before, empty after, its rows kept and the ledger still checking."""
    from counter_app.ledger import verify
    from counter_app.store.models import BookIssue, ReceiptBook, ReceiptForm
    database = dbmod.database.obj
    kept = database.execute_sql("select count(*) from payment").fetchone()
    database.drop_tables([ReceiptForm, BookIssue, ReceiptBook])
    migrations.set_meta("schema_version", str(_step_of(migrations._v17_receipt_books) - 1))
    migrations.migrate(database, steps=migrations.STEPS)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert all(database.table_exists(t) for t in ("receipt_book", "book_issue", "receipt_form"))
    assert ReceiptBook.select().count() == ReceiptForm.select().count() == 0
    assert database.execute_sql("select count(*) from payment").fetchone() == kept
    assert verify.verify_all().ok
def test_the_step_adding_discounts_on_either_engine(estate):
    """A ledger from before 折扣/减免 policies takes the step that adds their tables on either
    engine, its receipts and seals as they were; a policy can then be kept and listed."""
    from datetime import date

    from counter_app.core import discounts as rule
    from counter_app.ledger import clock, verify
    from counter_app.services.admin import discounts
    from tests.factories import at
    database = dbmod.database.obj
    database.execute_sql('DROP TABLE "discount_line"')
    database.execute_sql('DROP TABLE "discount_policy"')
    migrations.set_meta("schema_version", str(_step_of(migrations._v18_discounts) - 1))
    migrations.migrate(database, steps=migrations.STEPS)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert {"discount_policy", "discount_line"} <= set(database.get_tables())
    assert verify.verify_all().ok
    with clock.frozen(at(2026, 1, 10, 9)):
        discounts.add_policy(estate.admin, "空置房减免", rule.AMOUNT, 5000, ["WYF"], date(2026, 1, 1))
        assert [p.name for p in discounts.list_policies(estate.admin)] == ["空置房减免"]


def test_the_step_adding_prepay_offers_on_either_engine(estate):
    """A ledger from before prepay offers takes the step that adds their table on either engine:
    no rule, payments as before, the ledger's check still clean; and a rule can then be kept."""
    from datetime import date

    from counter_app.ledger import clock, verify
    from counter_app.services.offers import rules
    database = dbmod.database.obj
    database.execute_sql("DROP TABLE offer_rule")
    migrations.set_meta("schema_version", str(_step_of(migrations._v20_prepay_offers) - 1))
    migrations.migrate(database, steps=migrations.STEPS)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert "offer_rule" in database.get_tables()
    assert rules.list_offers(estate.admin) == []
    with clock.frozen(clock.now_utc()):
        rules.add_offer(estate.admin, "WYF", "交一年送一月", 12, 1, date(2026, 1, 1))
    assert [r.terms for r in rules.list_offers(estate.admin)] == ["交12个月送1个月"]
    assert verify.verify_all().ok


def test_the_step_adding_bills_by_email_on_either_engine(estate):
    """A ledger from before bills by email takes the step on either engine: its people kept with
    no address, the settings and queue tables there and empty, the ledger still checking."""
    from counter_app.ledger import verify
    from counter_app.store.models import MailQueue, MailSettings, Person
    database = dbmod.database.obj
    people = [p.name for p in Person.select().order_by(Person.id)]
    database.drop_tables([MailQueue, MailSettings])
    run_ops(SchemaMigrator.from_database(database).drop_column("person", "email"))
    migrations.set_meta("schema_version", str(_step_of(migrations._v21_bills_by_email) - 1))
    migrations.migrate(database, steps=migrations.STEPS)
    assert migrations.schema_version(database) == migrations.SCHEMA_VERSION
    assert {"mail_settings", "mail_queue"} <= set(database.get_tables())
    assert [(p.name, p.email) for p in Person.select().order_by(Person.id)] == [(n, "") for n in people]
    assert MailQueue.select().count() == MailSettings.select().count() == 0
    assert verify.verify_all().ok
