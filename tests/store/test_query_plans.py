"""Every hand-written statement and model query of the counter's hot path and of the reports, as
the program runs them (no ANALYZE: the program never gathers statistics), reads the indexes it
was designed around. A reworded WHERE clause silently stops SQLite from using a partial index,
and years of paid charges get read again."""
import re
from datetime import date

import pytest

from counter_app.core.periods import Month
from counter_app.core.tenders import Tender
from counter_app.services.billing import runs as billing
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock, dues
from counter_app.services.counter import ledger, payments, receipts
from counter_app.services.reports import arrears, collection, dashboard, holdings, notices
from counter_app.store.db import database
from counter_app.store.models import Charge, Unit, open_charges
from counter_app.store.queries import charges as charge_queries, readings
from tests.factories import at

pytestmark = pytest.mark.sqlite_only   # about SQLite itself; the server run leaves it out

# Tables that grow with every month and every payment: never read whole on the hot path or in a
# report, unless through the partial index of open charges (what is owed is small).
GROWING = ("charge", "payment", "payment_line", "tender", "audit_log", "prepaid_movement", "refund_line")


def a_year_mostly_paid(estate):
    """Twelve months billed, all but the last paid: the shape of any real ledger. No ANALYZE."""
    with clock.frozen(at(2026, 1, 1, 8)):
        for month in range(1, 13):
            run = billing.run_billing(estate.admin, f"2025-{month:02d}")
    database.obj.execute_sql("UPDATE charge SET paid_fen = amount_fen WHERE period_start < '2025-12-01'")
    assert not database.obj.execute_sql(
        "SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchall(), "statistics must not exist"
    return run


def plan(sql: str, params=()) -> str:
    sql = sql if database.obj.param == "?" else sql.replace("?", database.obj.param)
    return " / ".join(row[3] for row in database.obj.execute_sql("EXPLAIN QUERY PLAN " + sql, tuple(params)))


def plan_of(query) -> str:
    return plan(*query.sql())


def full_scans(text: str, sql: str = "") -> list[str]:
    """The plan's steps that read a growing table whole: a SCAN not through charge_open, or a
    SEARCH whose only constraint is the estate or the item (every row of the estate is every row,
    and an estate's few items hold all its charges). Steps name
    tables by the statement's aliases (payment p, "charge" AS "t1"): those are resolved first."""
    aliases = {alias: table for table, alias in
               re.findall(r'(?:FROM|JOIN)\s+"?(\w+)"?\s+(?:AS\s+)?"?(\w+)"?', sql, flags=re.I)}
    found = []
    for step in (s.strip() for s in text.split(" / ")):
        m = re.match(r"(SCAN|SEARCH) (\w+)", step)
        if not m or aliases.get(m.group(2), m.group(2)) not in GROWING:
            continue
        if (m.group(1) == "SCAN" and "charge_open" not in step) or \
                (m.group(1) == "SEARCH" and re.search(r"\((estate_id|item_id)=\?\)$", step)):
            found.append(step)
    return found


class Recorder:
    """Every statement the program runs through the bound database, with its parameters."""

    def __init__(self, monkeypatch):
        self.seen: list[tuple[str, tuple]] = []
        real = database.obj.execute_sql

        def execute_sql(sql, params=None, *args, **kwargs):
            self.seen.append((sql, tuple(params or ())))
            return real(sql, params, *args, **kwargs)
        monkeypatch.setattr(database.obj, "execute_sql", execute_sql)

    def selects(self):
        out, keys = [], set()
        for sql, params in self.seen:
            if sql.lstrip().upper().startswith("SELECT") and sql not in keys:
                keys.add(sql)
                out.append((sql, params))
        return out


def test_what_a_unit_owes_comes_from_the_open_charge_index(estate):
    a_year_mostly_paid(estate)
    got = plan(charge_queries._outstanding_sql(), (estate.units["501"].id,))
    assert "charge_open" in got and not full_scans(got), got


def test_automatic_deduction_reads_only_open_charges_of_prepaid_units(estate, monkeypatch):
    run = a_year_mostly_paid(estate)
    units = [u.id for u in Unit.select()]
    recorder = Recorder(monkeypatch)
    charge_queries.new_of_run(run.run_id, units, date(2025, 12, 1))
    (sql, params), = recorder.selects()
    got = plan(sql, params)
    assert "charge_open" in got and not full_scans(got), got


def test_a_month_of_readings_is_matched_to_its_units_charges_of_the_month(estate):
    a_year_mostly_paid(estate)
    got = plan_of(readings.unbilled_readings(estate.items["SF"].id, Month.parse("2025-12")))
    assert "charge_unit_id_period_start" in got and not full_scans(got), got


def test_the_deposits_a_unit_holds_come_from_the_deposit_index(estate, monkeypatch):
    a_year_mostly_paid(estate)
    recorder = Recorder(monkeypatch)
    charge_queries.deposits_held(estate.units["501"].id)
    monkeypatch.undo()
    (sql, params), = recorder.seen               # one read, the deposit index for both of its sums
    got = plan(sql, params)
    assert got.count("charge_deposit") == 2 and not full_scans(got, sql), got


def test_deleting_a_reading_checks_its_charges_through_an_index(estate):
    a_year_mostly_paid(estate)
    got = plan("SELECT id FROM charge WHERE reading_id = ?", (1,))
    assert "charge_reading" in got, got


def test_the_hand_written_outstanding_read_is_what_the_model_query_reads(estate):
    """The statement that names its index reads exactly the open charges the model's condition
    (models.open_charges, the index's own) selects."""
    a_year_mostly_paid(estate)
    for unit in Unit.select():
        expected = [tuple(r) for r in (Charge.select(Charge.id, Charge.item, Charge.period_start, Charge.period_end,
                                                     Charge.amount_fen, Charge.paid_fen, Charge.due_date,
                                                     Charge.basis, Charge.rounding)
                                       .where((Charge.unit == unit) & open_charges())
                                       .order_by(Charge.period_start, Charge.due_date, Charge.id).tuples())]
        assert [tuple(r) for r in dues.outstanding_charges(unit)] == expected
    assert any(dues.outstanding_charges(u) for u in Unit.select())


def test_every_statement_of_the_counter_and_the_reports_avoids_reading_growing_tables_whole(estate, monkeypatch):
    """Record what the program itself runs (open a unit, search, pay, read the receipt back, the
    X report, close the shift and the day, both manager's reports, a billing run's deduction),
    then ask SQLite how it would run each SELECT."""
    a_year_mostly_paid(estate)
    recorder = Recorder(monkeypatch)
    with clock.frozen(at(2026, 1, 5, 9)):
        if shifts.current_shift(estate.cashier) is None:
            shifts.open_shift(estate.cashier, 0)
        for text in ("3-2-501", "32501", "zs", "张", "8888", "京A", "SJ2026-000001"):
            ledger.search_units(estate.cashier, text)
        unit = estate.units["501"]
        ledger.open_unit(estate.cashier, unit.id)
        receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit.code, [Tender("cash", 10_000_000)], all_due=True, overpay_to_prepaid=True))
        receipts.load_receipt(estate.cashier, receipt.number)
        closeout.x_report(estate.cashier)
        closeout.close_shift(estate.cashier, {10000: 0}, note="测试")
        closeout.close_day(estate.manager, date(2026, 1, 5))
        arrears.arrears_list(estate.manager, date(2026, 1, 5))
        collection.collection_report(estate.manager, "2025-12")
        dashboard.dashboard(estate.manager)
        holdings.holdings_report(estate.manager)
        notices.notices(estate.manager, "overdue", building_code="3")
        billing.run_billing(estate.admin, "2026-01")
    statements = recorder.selects()
    assert len(statements) > 30, "the recorder saw too little of the program"
    bad = {sql: full_scans(plan(sql, params), sql) for sql, params in statements}
    bad = {sql: steps for sql, steps in bad.items() if steps}
    assert not bad, "\n\n".join(f"{sql}\n  -> {steps}" for sql, steps in bad.items())


def test_search_starts_from_what_was_typed_not_from_every_unit_of_the_estate(estate, monkeypatch):
    """A name, initials, phone digits, a plate or a receipt number: the search starts from that
    index and checks the unit's estate after, never reading every unit of the estate per keystroke."""
    a_year_mostly_paid(estate)
    recorder = Recorder(monkeypatch)
    for text in ("张", "zs", "5678", "浙A12", "SJ2026-000001"):
        ledger.search_units(estate.cashier, text)
    plans = {sql: plan(sql, params) for sql, params in recorder.selects() if "JOIN" in sql}
    assert len(plans) >= 5
    whole_estate = {sql: got for sql, got in plans.items() if re.search(r"unit_estate_id\w* \(estate_id=\?\)", got)}
    assert not whole_estate, whole_estate
    # Nothing is read whole but the plates (a plate is matched anywhere in it: 京A12 finds 浙京A123),
    # and the few rows each lookup found (found0, found1…: one statement runs them all, each LIMITed).
    read_whole = {sql: [step.strip() for step in got.split(" / ") if step.strip().startswith("SCAN")
                        and not re.fullmatch(r"SCAN found\d+", step.strip())] for sql, got in plans.items()}
    scans = {sql: steps for sql, steps in read_whole.items()
             if any(step != "SCAN v" for step in steps) or (steps and "vehicle" not in sql)}
    assert not scans, scans


def test_a_keystroke_in_the_search_is_four_statements_whatever_was_typed(estate, monkeypatch):
    """Each statement is a round trip to a server: the ways a text may be meant (a unit number and
    its digits, phone digits; a name, initials and a plate; a receipt number) are one statement,
    then the people of the units found, the estate's day and late-fee rules, and what they owe."""
    a_year_mostly_paid(estate)
    for text in ("3-2-501", "32501", "5678", "张", "zs", "浙A12", "SJ2026-000001"):
        recorder = Recorder(monkeypatch)
        hits = ledger.search_units(estate.cashier, text)
        monkeypatch.undo()
        assert len(recorder.seen) == (4 if hits else 1), (text, [sql[:80] for sql, _ in recorder.seen])
    assert ledger.search_units(estate.cashier, "zs"), "the estate's owner 张三 is not found by his initials"


def test_opening_a_unit_reads_it_in_seven_statements(estate, monkeypatch):
    """A unit is opened for every owner at the window, each statement a round trip to a server:
    the unit with its building, estate, stamp and deposits is one read, its spaces and plates
    one, its receipts with their cashiers one, their tenders one for both what they were paid with
    and what no one paid (抹零, discounts)."""
    a_year_mostly_paid(estate)
    unit = estate.units["501"]
    with clock.frozen(at(2026, 1, 5, 9)):
        if shifts.current_shift(estate.cashier) is None:
            shifts.open_shift(estate.cashier, 0)
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit.code, [Tender("cash", 10_000_000)], all_due=True, overpay_to_prepaid=True))
        ledger.open_unit(estate.cashier, unit.id)
        recorder = Recorder(monkeypatch)
        opened = ledger.open_unit(estate.cashier, unit.id)
        monkeypatch.undo()
    assert opened.history, "the unit opened has no receipts: its history was not read"
    assert len(recorder.seen) <= 7, [sql[:70] for sql, _ in recorder.seen]
    # Read with the unit, the same figures as their own reads: a payment compares the stamp.
    assert opened.stamp == ledger.unit_stamp(estate.cashier, unit.id) and opened.stamp[0] > 0
    assert opened.summary.deposits_fen == ledger.deposits_held(unit.id)
