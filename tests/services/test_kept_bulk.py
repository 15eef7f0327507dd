"""A billing run's charges written at once (store/queries/kept_bulk.py): on one PC the charge
table's insert triggers are set aside while the run writes, and the kept figures brought up to
date by a statement each. They must then say what the charges say, also for units that already
had charges of the month (paid ahead, a run taken back and billed again), and a run stopped
while writing must leave the triggers as they were. On either engine (a server's triggers run
per statement: the same checks hold)."""
from datetime import date

import pytest

from counter_app.core import charge_keys

from counter_app.ledger import clock
from counter_app.services.billing import reversal, runs as billing
from counter_app.store import db as dbmod, migrations
from counter_app.store.queries import billed, charges as charge_queries, kept_bulk, month_units, owed_months
from tests.factories import at, bill_months
from tests.services.test_management_reports import pay
from tests.services.test_owing_kept import _same


class Stop(Exception):
    pass


def _triggers() -> list:
    if dbmod.is_sqlite():
        return dbmod.rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    return dbmod.rows("SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1")


def test_a_run_over_charges_already_there_keeps_what_the_charges_say(estate):
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 2, 15)):
        last = max(r[0] for r in dbmod.rows("SELECT id FROM billing_run WHERE reversed_at IS NULL"))
        reversal.reverse_run(estate.manager, last, "单价录错")
    bill_months(estate, "2026-01")                   # January again, over its cancelled charges
    pay(estate.cashier, "3-1-102", all_due=True, advance=[("WYF", 2)], day=(2026, 1, 8))   # February paid ahead
    # Ad hoc charges of February before it is billed, of an item the run does not bill: one owed,
    # one paid. The run's charges of those units then count for the estate's month only where
    # nothing before did.
    with dbmod.write_transaction():
        for code, paid in (("501", 0), ("101", 700)):
            charge_queries.new_charge(unit=estate.units[code].id, item=estate.items["ZXYJ"].id, standard=None,
                                      period_start=date(2026, 2, 1), period_end=date(2026, 2, 28), months=1,
                                      amount_fen=700, paid_fen=paid, due_date=date(2026, 2, 28), basis="ad hoc",
                                      rounding="", origin="adhoc", dedupe_key=charge_keys.adhoc(),
                                      created_at=at(2026, 1, 8, 15))
            billed.add([(estate.items["ZXYJ"].id, date(2026, 2, 1), 700)])     # as the program keeps it
    bill_months(estate, "2026-02")                   # over the charge paid ahead and the ad hoc ones
    assert dbmod.rows("SELECT count(DISTINCT unit_id) FROM charge WHERE period_start >= ? AND origin = 'bill'",
                      (date(2026, 2, 1).isoformat(),))[0][0] >= 2
    assert dbmod.rows("SELECT count(*) FROM charge WHERE cancelled_at IS NOT NULL")[0][0] > 0
    assert month_units.wrong() == [] and owed_months.wrong() == []
    with clock.frozen(at(2026, 1, 20, 15)):
        _same(estate)
    assert migrations.missing_kept(dbmod.database.obj) == []


def test_a_run_stopped_while_writing_leaves_the_triggers_and_nothing_else(estate, monkeypatch):
    bill_months(estate, "2025-12")
    triggers, charges = _triggers(), dbmod.rows("SELECT count(*) FROM charge")[0][0]
    real = charge_queries.insert_values

    def written_then_stopped(*args):
        real(*args)
        raise Stop()
    monkeypatch.setattr(charge_queries, "insert_values", written_then_stopped)
    with clock.frozen(at(2026, 1, 1, 8)), pytest.raises(Stop):
        billing.run_billing(estate.manager, "2026-01")
    assert _triggers() == triggers and dbmod.rows("SELECT count(*) FROM charge")[0][0] == charges
    monkeypatch.setattr(charge_queries, "insert_values", real)
    bill_months(estate, "2026-01")
    assert month_units.wrong() == [] and owed_months.wrong() == [] and _triggers() == triggers


def test_charges_written_at_once_over_any_charges_of_their_months(estate):
    """Whatever a run may write (a metered item bills a second reading of a month its unit already
    has a charge of): copies of January's charges, paid or not, over January's own, some paid, and
    over a cancelled one."""
    bill_months(estate, "2025-12", "2026-01")
    pay(estate.cashier, "3-2-501", amount_fen=1, day=(2026, 1, 5))
    pay(estate.cashier, "3-1-101", all_due=True, day=(2026, 1, 5))
    columns = ", ".join(charge_queries.CHARGE_COLUMNS)
    with dbmod.write_transaction():
        first = dbmod.rows("SELECT min(id) FROM charge WHERE period_start >= ?", (date(2026, 1, 1).isoformat(),))[0][0]
        dbmod.rows("UPDATE charge SET cancelled_at = created_at WHERE id = ?", (first,))
        billed.cancelled([first])
        found = dbmod.rows(f"SELECT {columns} FROM charge WHERE period_start >= ?", (date(2026, 1, 1).isoformat(),))
        paid_at = charge_queries.CHARGE_COLUMNS.index("paid_fen")
        key_at = charge_queries.CHARGE_COLUMNS.index("dedupe_key")
        copies = []
        for n, row in enumerate(found):
            row = [v.isoformat() if hasattr(v, "isoformat") else v for v in row]
            row[key_at] = charge_keys.adhoc()
            row[paid_at] = row[paid_at] if n % 2 else 0
            copies.append(tuple(row))
        assert len(copies) >= 4
        with kept_bulk.charges_in_bulk():
            charge_queries.insert_charges(copies)
        billed.add((r[1], date.fromisoformat(r[3][:10]), r[6]) for r in copies)
    assert month_units.wrong() == [] and owed_months.wrong() == []
    with clock.frozen(at(2026, 1, 20, 15)):
        _same(estate)
