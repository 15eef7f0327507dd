"""The hot queries read the indexes they were designed around. A reworded WHERE clause silently
stops SQLite from using a partial index, and years of paid charges get read again."""
from counter_app.services.billing import runs as billing
from counter_app.services.common import clock
from counter_app.services.counter import ledger
from counter_app.services.counter import payments
from counter_app.store.db import database
from tests.factories import at


def a_year_mostly_paid(estate):
    """Twelve months billed, all but the last paid: the shape of any real ledger."""
    with clock.frozen(at(2026, 1, 1, 8)):
        for month in range(1, 13):
            run = billing.run_billing(estate.admin, f"2025-{month:02d}")
    database.obj.execute_sql("UPDATE charge SET paid_fen = amount_fen WHERE period_start < '2025-12-01'")
    database.obj.execute_sql("ANALYZE")
    return run


def plan_of(query) -> str:
    sql, params = query.sql()
    return " / ".join(row[3] for row in database.obj.execute_sql("EXPLAIN QUERY PLAN " + sql, params))


def test_what_a_unit_owes_comes_from_the_open_charge_index(estate):
    a_year_mostly_paid(estate)
    plan = plan_of(ledger.outstanding_query(estate.units["501"]))
    assert "charge_open" in plan, plan


def test_automatic_deduction_reads_only_open_charges_of_prepaid_units(estate):
    run = a_year_mostly_paid(estate)
    from datetime import date
    plan = plan_of(payments.new_charges_of_prepaid_units(run.run_id, date(2025, 12, 1)))
    assert "charge_open" in plan, plan


def test_a_month_of_readings_is_matched_to_charges_through_the_dedupe_key(estate):
    a_year_mostly_paid(estate)
    from counter_app.core.periods import Month
    plan = plan_of(billing.unbilled_readings(estate.items["SF"], Month.parse("2025-12")))
    assert "charge_dedupe_key" in plan, plan


def test_the_deposits_a_unit_holds_come_from_the_deposit_index(estate):
    a_year_mostly_paid(estate)
    from counter_app.store.models import Charge, deposit_charges
    plan = plan_of(Charge.select(Charge.id).where((Charge.unit == estate.units["501"]) & deposit_charges()))
    assert "charge_deposit" in plan, plan


def test_deleting_a_reading_checks_its_charges_through_an_index(estate):
    a_year_mostly_paid(estate)
    plan = " / ".join(row[3] for row in database.obj.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM charge WHERE reading_id = ?", (1,)))
    assert "charge_reading" in plan, plan


def test_the_compiled_outstanding_query_reads_what_the_model_query_reads(estate):
    a_year_mostly_paid(estate)
    from counter_app.store.models import Unit
    for unit in Unit.select():
        expected = [tuple(r) for r in ledger.outstanding_query(unit).tuples()]
        got = [tuple(r) for r in ledger.outstanding_charges(unit)]
        assert got == expected
    assert any(ledger.outstanding_charges(u) for u in Unit.select())
