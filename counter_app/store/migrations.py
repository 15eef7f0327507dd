"""Schema versions. A new file gets the current schema; an older one is backed up, then migrated
forward one step at a time inside a transaction; a newer one is refused.

To change the schema: bump SCHEMA_VERSION, change the models, and add a step to STEPS that takes
version N-1 to N with playhouse.migrate (foreign keys off while columns are added).
"""
from __future__ import annotations

from datetime import datetime, timezone
import uuid
from pathlib import Path
from typing import Callable

import peewee

from ..core.errors import Refused
from . import backup as copies, db as dbmod
from .models import (ALL_MODELS, Meta, Refund, RefundLine, User, DayClose, Consultation, Charge, AuditHead,
                     Estate, InvoiceLine, InvoiceRequest, OpeningDeposit, Reminder, BilledMonth, PaymentLine,
                     NumberSkip, CashMovement, DebitAuth, DebitBatch, DebitLine, BookIssue, ReceiptBook,
                     ReceiptForm, DiscountLine, DiscountPolicy, VoucherAccount, VoucherExport, OfferRule,
                     MailQueue, MailSettings, OwingTouch, OwingUnit, LateMonth, OwedMonth, MonthUnits)
from .queries import late_months, month_units, owed_months, owing
from .queries.kept_sql import created_name

SCHEMA_VERSION = 23


def _v2_voids_and_refunds(database: peewee.Database) -> None:
    """Schema 2: voids keep the receipt and say who/why; refunds get their own series."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start

    m = SchemaMigrator.from_database(database)
    apply(
        m.add_column("estate", "refund_format", peewee.CharField(default="TK{year}-{seq:06d}")),
        m.add_column("charge", "source_payment", peewee.IntegerField(null=True)),
        m.add_column("charge", "cancelled_at", peewee.DateTimeField(null=True)),
        m.add_column("payment", "voided_at", peewee.DateTimeField(null=True)),
        m.add_column("payment", "voided_by_id", peewee.ForeignKeyField(User, null=True, field=User.id)),
        m.add_column("payment", "void_authoriser_id", peewee.ForeignKeyField(User, null=True, field=User.id)),
        m.add_column("payment", "void_reason", peewee.TextField(default="")),
    )
    database.create_tables([Refund, RefundLine])


def _v3_closeout(database: peewee.Database) -> None:
    """Schema 3: shifts close with a count and a stored Z report; managers close the day."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start

    m = SchemaMigrator.from_database(database)
    apply(
        m.add_column("shift", "business_date", peewee.DateField(null=True)),
        m.add_column("shift", "counted_json", peewee.TextField(default="")),
        m.add_column("shift", "counted_fen", peewee.BigIntegerField(null=True)),
        m.add_column("shift", "expected_fen", peewee.BigIntegerField(null=True)),
        m.add_column("shift", "difference_fen", peewee.BigIntegerField(null=True)),
        m.add_column("shift", "note", peewee.TextField(default="")),
        m.add_column("shift", "z_number", peewee.CharField(null=True)),
        m.add_column("shift", "report_json", peewee.TextField(default="")),
        m.add_index("shift", ("business_date",), False),
        m.add_index("shift", ("z_number",), True),
    )
    database.create_tables([DayClose])


def _v4_billing_index(database: peewee.Database) -> None:
    """Schema 4: an index that keeps a billing run fast on an estate with years of charges."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start
    apply(SchemaMigrator.from_database(database).add_index("charge", ("item_id", "period_end"), False))


def _v5_audit_index(database: peewee.Database) -> None:
    """Schema 5: a receipt's audit rows are looked up by its number on every receipt."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start
    apply(SchemaMigrator.from_database(database).add_index("audit_log", ("entity", "entity_id"), False))


def _v6_consultations(database: peewee.Database) -> None:
    """Schema 6: the consultation log."""
    database.create_tables([Consultation])


def _v7_charge_indexes(database: peewee.Database) -> None:
    """Schema 7: five charge indexes that others cover or nothing reads go (each one is written
    on every insert of a billing run); partial indexes of the charges still owed, of deposits and of
    metered charges come."""
    for name in ("charge_unit_id", "charge_item_id", "charge_standard_id", "charge_reading_id", "charge_run_id"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    for index in Charge._meta.fields_to_index():
        if getattr(index, "_name", None) in ("charge_open", "charge_deposit", "charge_reading"):
            database.execute(index)


def _v8_estates_and_audit_head(database: peewee.Database) -> None:
    """Schema 8: unit, parking, meter, receipt, refund and Z numbers unique per estate, not per
    database (units, meters, shifts, day closes, billing runs and consultations say their estate);
    the audit chain's head kept in a row of its own."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start

    m = SchemaMigrator.from_database(database)
    estate = peewee.ForeignKeyField(Estate, null=True, field=Estate.id, index=False)
    # Tables that an earlier step created from today's models (day_close in schema 3) have it already.
    apply(*[m.add_column(table, "estate_id", estate)
            for table in ("unit", "meter", "shift", "day_close", "billing_run", "consultation")
            if "estate_id" not in {c.name for c in database.get_columns(table)}])
    database.execute_sql("UPDATE unit SET estate_id = (SELECT estate_id FROM building b WHERE b.id = unit.building_id)")
    database.execute_sql("UPDATE meter SET estate_id = (SELECT estate_id FROM unit u WHERE u.id = meter.unit_id)")
    first = database.execute_sql("SELECT min(id) FROM estate").fetchone()[0]
    # A database before schema 8 held one estate: its shifts and day closes are that estate's.
    database.execute_sql("UPDATE shift SET estate_id = ?".replace("?", database.param), (first,))
    database.execute_sql("UPDATE day_close SET estate_id = ?".replace("?", database.param), (first,))
    database.execute_sql("UPDATE consultation SET estate_id = ?".replace("?", database.param), (first,))
    database.execute_sql("UPDATE billing_run SET estate_id = coalesce((SELECT estate_id FROM building b WHERE "
                         "b.id = billing_run.building_id), ?)".replace("?", database.param), (first,))
    for name in ("unit_code", "unit_code_compact", "parking_space_code", "parkingspace_code", "parking_space_estate_id",
                 "meter_code", "payment_number", "payment_series_year_seq", "refund_number", "refund_series_year_seq",
                 "shift_z_number", "day_close_business_date"):
        database.execute_sql(f'DROP INDEX IF EXISTS "{name}"')
    wanted = (("unit", ("estate_id", "code"), True), ("unit", ("estate_id", "code_compact"), False),
              ("parking_space", ("estate_id", "code"), True), ("meter", ("estate_id", "code"), True),
              ("payment", ("estate_id", "series", "year", "seq"), True), ("payment", ("estate_id", "number"), True),
              ("refund", ("estate_id", "series", "year", "seq"), True), ("refund", ("estate_id", "number"), True),
              ("shift", ("estate_id", "z_number"), True), ("day_close", ("estate_id", "business_date"), False))
    for table, columns, unique in wanted:   # tables made by an earlier step from today's models have some
        if f"{table}_{'_'.join(columns)}" not in {i.name for i in database.get_indexes(table)}:
            apply(m.add_index(table, columns, unique))
    database.create_tables([AuditHead])
    count, last = database.execute_sql("SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                                       "FROM audit_log").fetchone()
    # Through the model: the table is made from today's model, whose later columns have defaults.
    AuditHead.insert(id=1, row_count=count, last_hash=last or "0" * 64).execute()


def _v9_invoices(database: peewee.Database) -> None:
    """Schema 9: invoice requests and their lines; a fee item's tax classification code and VAT
    rate for the invoice."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start

    m = SchemaMigrator.from_database(database)
    apply(m.add_column("fee_item", "tax_code", peewee.CharField(default="")),
          m.add_column("fee_item", "tax_rate_e4", peewee.IntegerField(null=True)))
    database.create_tables([InvoiceRequest, InvoiceLine])


def _v10_opening_deposits(database: peewee.Database) -> None:
    """Schema 10: deposits held before the program, brought in by import."""
    database.create_tables([OpeningDeposit])


def _v11_reminders(database: peewee.Database) -> None:
    """Schema 11: the reminder log (催缴记录)."""
    database.create_tables([Reminder])


def _v12_billed_months(database: peewee.Database) -> None:
    """Schema 12: what each item billed for each month, added up once from the charges; the lines
    that paid late, indexed alone; a billing run's reversal; a user's last sign-in."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start
    from .queries import billed   # why: start-up: kept out of the window's start
    m = SchemaMigrator.from_database(database)
    apply(m.add_column("billing_run", "reversed_at", peewee.DateTimeField(null=True)),
          m.add_column("billing_run", "reversed_by", peewee.CharField(default="")),
          m.add_column("billing_run", "reverse_reason", peewee.TextField(default="")),
          m.add_column("user", "last_sign_in_at", peewee.DateTimeField(null=True)))
    database.create_tables([BilledMonth])
    billed.rebuild()
    for index in PaymentLine._meta.fields_to_index():
        if getattr(index, "_name", None) == "payment_line_late":
            database.execute(index)


def _v13_requests_skips_and_keyed_chain(database: peewee.Database) -> None:
    """Schema 13: the client-made request id of every money command (a payment, its void, a
    refund), unique per estate; the numbers a restore of an older backup will not issue again; the
    ledger's id (its keys are kept outside it under this id) and the audit head's key and MAC. The
    chain's rows so far keep their plain SHA-256 links; the next row appended starts the first
    keyed period (ledger/audit.py)."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start
    m = SchemaMigrator.from_database(database)
    # Tables an earlier step created from today's models (refund in schema 2) have them already.
    for table, column in (("payment", "request_id"), ("payment", "void_request_id"), ("refund", "request_id")):
        if column not in {c.name for c in database.get_columns(table)}:
            apply(m.add_column(table, column, peewee.CharField(null=True)))
        if f"{table}_estate_id_{column}" not in {i.name for i in database.get_indexes(table)}:
            apply(m.add_index(table, ("estate_id", column), True))
    database.create_tables([NumberSkip])
    have = {c.name for c in database.get_columns("audit_head")}   # made at 8 from today's model: there
    apply(*[m.add_column("audit_head", name, peewee.CharField(default="")) for name in ("key_id", "mac")
            if name not in have])
    if not get_meta("ledger_id"):
        _set_meta("ledger_id", ledger_id_of_older(get_meta("created_at")))


def _v14_cash_rounding_setting(database: peewee.Database) -> None:
    """Schema 14: the estate's 抹零 setting (core.rounding.RULES), off until an administrator sets
    it. A rounding itself needs no column: it is a settlement row of its receipt (core/rounding.py)."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start
    m = SchemaMigrator.from_database(database)
    if "cash_rounding" not in {c.name for c in database.get_columns("estate")}:
        apply(m.add_column("estate", "cash_rounding", peewee.CharField(default="off")))


def _v15_cash_movements_and_blind_count(database: peewee.Database) -> None:
    """Schema 15: cash moved in and out of a shift's drawer (paid-in, paid-out, drops), each a
    numbered document; the estate's blind-count setting."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start
    m = SchemaMigrator.from_database(database)
    if "blind_count" not in {c.name for c in database.get_columns("estate")}:
        apply(m.add_column("estate", "blind_count", peewee.BooleanField(default=False)))
    database.create_tables([CashMovement])


def _v16_direct_debit(database: peewee.Database) -> None:
    """Schema 16: 银行代扣: units' authorisations, the batches sent to the bank and their lines."""
    database.create_tables([DebitAuth, DebitBatch, DebitLine])


def _v17_receipt_books(database: peewee.Database) -> None:
    """Schema 17: receipt books of pre-numbered forms (收据本), who holds each, and every form
    used or spoiled."""
    database.create_tables([ReceiptBook, BookIssue, ReceiptForm])


def _v18_discounts(database: peewee.Database) -> None:
    """Schema 18: 折扣 / 减免 policies per estate and what each took off a receipt's charges."""
    database.create_tables([DiscountPolicy, DiscountLine])


def _v19_voucher_accounts_and_exports(database: peewee.Database) -> None:
    """Schema 19: an estate's accounts for the day's voucher (记账凭证), and the marks of vouchers
    exported (each day once, a reopened day's reversed)."""
    database.create_tables([VoucherAccount, VoucherExport])


def _v20_prepay_offers(database: peewee.Database) -> None:
    """Schema 20: prepay offers (交 N 月送 M 月, core/offers.py) kept per estate. What an offer gave
    needs no column: its free months are charges of origin 'offer' settled by a tender row of
    method 'offer' under the rule's name."""
    database.create_tables([OfferRule])


def _v21_bills_by_email(database: peewee.Database) -> None:
    """Schema 21: bills by email: an owner's address, an estate's SMTP settings, the mail queue."""
    from playhouse.migrate import SchemaMigrator, migrate as apply   # why: start-up: kept out of the window's start
    m = SchemaMigrator.from_database(database)
    if "email" not in {c.name for c in database.get_columns("person")}:
        apply(m.add_column("person", "email", peewee.CharField(default="")))
    database.create_tables([MailSettings, MailQueue])


def _v22_owing_kept(database: peewee.Database) -> None:
    """Schema 22: what each unit owes on a day, kept for the arrears list and the late payers, with
    the triggers that note every unit whose charges change (store/queries/owing.py; it starts
    empty: every unit is worked out from its charges when first read); the months each unit paid
    late, counted once from the receipt lines, and what is owed of each item's months, added up once
    from the open charges, both kept by triggers (store/queries/late_months.py, owed_months.py)."""
    database.create_tables([OwingUnit, OwingTouch, LateMonth, OwedMonth])
    _create_triggers(database)
    late_months.rebuild()
    owed_months.rebuild()


def _v23_month_units(database: peewee.Database) -> None:
    """Schema 23: how many units each item's month billed and how many still owe, counted once
    from the charges and kept by triggers (store/queries/month_units.py)."""
    database.create_tables([MonthUnits])
    for statement in month_units.triggers(dbmod.is_sqlite(database)):
        database.execute_sql(statement)
    month_units.rebuild()


def _kept_statements(sqlite: bool, version: int = SCHEMA_VERSION) -> list[str]:
    """The triggers (and on one PC the indexes) of the kept figures a ledger of `version` has."""
    found = owing.triggers(sqlite) + late_months.triggers(sqlite) + owed_months.triggers(sqlite)
    return found + (month_units.triggers(sqlite) if version >= 23 else [])


def _create_triggers(database: peewee.Database, version: int = 22) -> None:
    """The triggers that keep the kept figures (schema 22 on) with the rows they come from."""
    for statement in _kept_statements(dbmod.is_sqlite(database), version):
        database.execute_sql(statement)


def _kept_names(sqlite: bool, version: int) -> set[str]:
    """The triggers (and on one PC the indexes) the kept figures need, by name."""
    return {name for statement in _kept_statements(sqlite, version) if (name := created_name(statement))}


def missing_kept(database: peewee.Database) -> list[str]:
    """The kept figures' triggers or index someone took away (schema 22 and later), by name."""
    version = schema_version(database)
    if version < 22:
        return []
    sqlite = dbmod.is_sqlite(database)
    if sqlite:
        there = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")}
    else:
        there = {r[0] for r in database.execute_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    return sorted(_kept_names(sqlite, version) - there)


def restore_kept(database: peewee.Database) -> None:
    """The triggers made again and every kept figure worked out anew: while a trigger was gone the
    figures may have missed what the charges and receipts did. In the caller's transaction."""
    version = schema_version(database)
    _create_triggers(database, version)
    owing.forget_all()
    database.execute_sql("DELETE FROM owing_touch")
    late_months.rebuild()
    owed_months.rebuild()
    if version >= 23:
        month_units.rebuild()


# Indexes only a server has: prefix searches (dialect.starts_with) as LIKE 'x%', which a btree
# serves in the server's collation only with the pattern operator class. SQLite reads its plain
# indexes as ranges instead.
SERVER_INDEXES = (("unit_code_prefix", "unit", "estate_id, code text_pattern_ops"),
                  ("unit_code_compact_prefix", "unit", "estate_id, code_compact text_pattern_ops"),
                  ("person_name_prefix", "person", "name text_pattern_ops"),
                  ("person_initials_prefix", "person", "initials text_pattern_ops"),
                  ("person_phone_rev_prefix", "person", "phone_rev text_pattern_ops"))


def _server_indexes(database: peewee.Database) -> None:
    for name, table, columns in SERVER_INDEXES:
        database.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')


# version reached -> function(database) that migrates from the version before it
STEPS: dict[int, Callable[[peewee.Database], None]] = {2: _v2_voids_and_refunds, 3: _v3_closeout,
                                                       4: _v4_billing_index, 5: _v5_audit_index,
                                                       6: _v6_consultations, 7: _v7_charge_indexes,
                                                       8: _v8_estates_and_audit_head, 9: _v9_invoices,
                                                       10: _v10_opening_deposits,
                                                       11: _v11_reminders, 12: _v12_billed_months,
                                                       13: _v13_requests_skips_and_keyed_chain,
                                                       14: _v14_cash_rounding_setting,
                                                       15: _v15_cash_movements_and_blind_count,
                                                       16: _v16_direct_debit,
                                                       17: _v17_receipt_books,
                                                       18: _v18_discounts,
                                                       19: _v19_voucher_accounts_and_exports,
                                                       20: _v20_prepay_offers,
                                                       21: _v21_bills_by_email,
                                                       22: _v22_owing_kept,
                                                       23: _v23_month_units}


class SchemaTooNew(Refused):
    pass


def schema_version(database: peewee.Database) -> int:
    if not database.table_exists("meta"):
        return 0
    row = Meta.get_or_none(Meta.key == "schema_version")
    return int(row.value) if row else 0


def _set_meta(key: str, value: str) -> None:
    # An upsert both engines speak (SQLite's INSERT OR REPLACE is its own).
    Meta.insert(key=key, value=value).on_conflict(conflict_target=[Meta.key], preserve=[Meta.value]).execute()


def migrate(database: peewee.Database, backup_dir: Path | None = None,
            steps: dict[int, Callable[[peewee.Database], None]] | None = None,
            target: int | None = None) -> int:
    """Bring the bound database to `target` (default: SCHEMA_VERSION). Returns the old version."""
    steps = STEPS if steps is None else steps
    target = SCHEMA_VERSION if target is None else target
    current = schema_version(database)
    if current > target:
        raise SchemaTooNew("此数据库由较新版本的程序创建（数据库版本 {version}，本程序支持到 {supported}），"
                           "请升级程序后再打开；为保护数据，本程序不会修改它。", version=current, supported=target)
    if current == target:
        return current
    if current == 0:
        with database.atomic():
            database.create_tables(ALL_MODELS)
            _create_triggers(database, target)
            if not dbmod.is_sqlite(database):
                _server_indexes(database)
            _set_meta("schema_version", str(target))
            _set_meta("created_at", datetime.now(timezone.utc).isoformat())
            _set_meta("ledger_id", new_ledger_id())
        return 0
    sqlite = dbmod.is_sqlite(database)
    if backup_dir is not None:
        # What the upgrade changes is kept first, verified, on either engine (a copy of the file, or
        # pg_dump of the server's database): no backup, no upgrade.
        path = dbmod.db_path()
        copies.take(backup_dir, name=f"{path.stem if path else 'server'}.v{current}")
    if sqlite:
        database.pragma("foreign_keys", 0)
    try:
        for version in range(current + 1, target + 1):
            with database.atomic():
                steps[version](database)
                _set_meta("schema_version", str(version))
    finally:
        if sqlite:
            database.pragma("foreign_keys", 1)
    return current


def new_ledger_id() -> str:
    """A ledger's id: random, so two offices' ledgers never share keys in one key store."""
    return uuid.uuid4().hex


def ledger_id_of_older(created_at: str) -> str:
    """The id of a ledger made before ids were (schema < 13): derived from the moment it was
    created, so the ledger and each older backup of it, upgraded apart, are one ledger."""
    if not created_at:
        return new_ledger_id()
    return uuid.uuid5(uuid.NAMESPACE_URL, f"counter-app:ledger:{created_at}").hex


def get_meta(key: str, default: str = "") -> str:
    # Hand-written: a payment reads the ledger's id, training mark and receipt key (six reads),
    # and building a model query costs ten times running it (a fifth of a payment's time).
    found = dbmod.rows("SELECT value FROM meta WHERE key = ?", (key,))
    return found[0][0] if found else default


def set_meta(key: str, value: str) -> None:
    _set_meta(key, value)
