"""The collection report's month from the figures kept beside the charges (store/queries/month_units.py
with billed_month and owed_month): what it says is what the charges and documents say, counted
the long way below, for the running month and for a month reported on a day receipts and refunds
came after; through a payment, a part payment, a void, a refund, a month paid ahead, a run taken
back, two charges of one unit's item in one month, a charge cancelled and one deleted. On either
engine (the services tests run again on PostgreSQL)."""
from datetime import date

from counter_app.core import charge_keys
from counter_app.core.periods import Month
from counter_app.ledger import clock, verify
from counter_app.services.billing import reversal
from counter_app.services.counter import corrections
from counter_app.services.reports import collection
from counter_app.store import db as dbmod
from counter_app.store.queries import billed, month_units, reports as report_queries
from counter_app.store.queries.charges import items_by_id
from tests.factories import at, bill_months
from tests.services.test_management_reports import pay

MONTHS = ("2025-10", "2025-11", "2025-12", "2026-01")


def _counted(estate_id: int, first: date, last: date, as_of: date):
    """The month the long way: every charge of it, collected by the date = paid now, less what
    valid receipts after the date paid of it, plus what refunds after the date gave back."""
    items = sorted(items_by_id(estate_id))
    after: dict[int, int] = {}
    for charge, fen in dbmod.rows(
            "SELECT l.charge_id, l.principal_fen FROM payment_line l JOIN payment p ON p.id = l.payment_id "
            "WHERE p.business_date > ? AND p.status = 'valid' AND NOT p.training", (as_of.isoformat(),)):
        after[charge] = after.get(charge, 0) - fen
    for charge, fen in dbmod.rows(
            "SELECT l.charge_id, r.principal_fen FROM refund f JOIN refund_line r ON r.refund_id = f.id JOIN "
            "payment_line l ON l.id = r.payment_line_id WHERE f.business_date > ?", (as_of.isoformat(),)):
        after[charge] = after.get(charge, 0) + fen
    per: dict[tuple[int, int], list[int]] = {}
    for charge, unit, item, amount, paid, start in dbmod.rows(
            "SELECT id, unit_id, item_id, amount_fen, paid_fen, period_start FROM charge WHERE cancelled_at IS NULL"):
        start = date.fromisoformat(str(start))
        if item in items and first <= start <= last:
            sums = per.setdefault((unit, item), [0, 0])
            sums[0] += amount
            sums[1] += paid + after.get(charge, 0)
    out = []
    for item in items:
        mine = [v for (u, i), v in per.items() if i == item]
        if mine:
            out.append((item, sum(b for b, _ in mine), sum(g for _, g in mine), len(mine),
                        sum(1 for b, g in mine if g >= b)))
    units: dict[int, list[int]] = {}
    for (unit, _item), (b, g) in per.items():
        sums = units.setdefault(unit, [0, 0])
        sums[0] += b
        sums[1] += g
    return out, (len(units), sum(1 for b, g in units.values() if g >= b))


def _same(estate, today=(2026, 1, 20)) -> None:
    estate_id = estate.estate.id
    items = sorted(items_by_id(estate_id))
    for text in MONTHS:
        month = Month.parse(text)
        for as_of in {min(month.last_day(), date(*today)), month.first_day(), date(*today)}:
            if as_of < month.first_day():
                continue
            kept = report_queries.month_collection(estate_id, items, month.first_day(), month.last_day(), as_of)
            assert kept == _counted(estate_id, month.first_day(), month.last_day(), as_of), (text, as_of)
    assert month_units.wrong() == []


def test_the_month_says_what_its_charges_say_however_they_changed(estate):
    bill_months(estate, *MONTHS[:3])
    counted, _ = _counted(estate.estate.id, date(2025, 10, 1), date(2025, 10, 31), date(2026, 1, 20))
    assert counted and all(units for _, _, _, units, _ in counted), "nothing billed: the comparison says nothing"
    pay(estate.cashier, "3-2-501", all_due=True, day=(2025, 11, 5))              # October and November paid
    pay(estate.cashier, "3-1-102", amount_fen=5000, day=(2025, 11, 20))           # part of October
    late = pay(estate.cashier, "3-1-101", all_due=True, day=(2025, 12, 3))       # after November's end
    voided = pay(estate.cashier, "3-2-502", all_due=True, day=(2025, 12, 10))
    with clock.frozen(at(2025, 12, 10, 15)):
        corrections.void_receipt(estate.cashier, voided.number, "收错", estate.manager)
    bill_months(estate, MONTHS[3])
    pay(estate.cashier, "3-1-102", all_due=True, advance=[("WYF", 2)], day=(2026, 1, 8))   # two months ahead
    pay(estate.cashier, "3-1-101", amount_fen=100, day=(2026, 1, 12))
    with clock.frozen(at(2026, 1, 12, 15)):
        corrections.refund(estate.cashier, late.number, None, "cash", "退房", estate.manager)   # December's report
    with clock.frozen(at(2026, 1, 20, 15)):
        _same(estate)
        found = collection.collection_report(estate.manager, "2025-11")
        assert 0 < found.units_paid < found.units_billed                   # the date's paid units, not today's


def test_a_second_charge_a_cancelled_one_and_a_run_taken_back(estate):
    bill_months(estate, *MONTHS[:2])
    unit = dbmod.rows("SELECT id FROM unit WHERE code = '3-2-501'")[0][0]
    first = dbmod.rows("SELECT id, item_id, period_start, amount_fen FROM charge WHERE unit_id = ? ORDER BY id",
                       (unit,))[0]
    columns = [c.name for c in dbmod.database.obj.get_columns("charge") if c.name != "id"]
    with dbmod.write_transaction():      # a second charge of the unit's item and month (an adjustment)
        copied = ", ".join("?" if c == "dedupe_key" else c for c in columns)       # an ad hoc charge's key
        dbmod.rows(f"INSERT INTO charge ({', '.join(columns)}) SELECT {copied} FROM charge WHERE id = ?",
                   (charge_keys.adhoc(), first[0]))
        billed.add([(first[1], first[2], first[3])])
    pay(estate.cashier, "3-2-501", amount_fen=first[3], day=(2025, 11, 5))        # one of the two paid
    with clock.frozen(at(2025, 11, 5, 15)):
        _same(estate, (2025, 11, 5))
        with dbmod.write_transaction():   # the other cancelled (as a void's new charges are)
            second = dbmod.rows("SELECT max(id) FROM charge WHERE unit_id = ?", (unit,))[0][0]
            billed.cancelled([second])
            dbmod.rows("UPDATE charge SET cancelled_at = ? WHERE id = ?", ("2025-11-05T15:00:00", second))
        _same(estate, (2025, 11, 5))
    bill_months(estate, MONTHS[2])
    with clock.frozen(at(2025, 12, 2, 15)):
        last = max(r[0] for r in dbmod.rows("SELECT id FROM billing_run WHERE reversed_at IS NULL"))
        reversal.reverse_run(estate.manager, last, "录错")
        _same(estate, (2025, 12, 2))
        with dbmod.write_transaction():     # a charge taken away (as an import's dry run would)
            gone, item, start, amount = dbmod.rows(
                "SELECT id, item_id, period_start, amount_fen FROM charge WHERE cancelled_at IS NULL AND paid_fen = 0 "
                "AND id NOT IN (SELECT charge_id FROM payment_line) ORDER BY id DESC LIMIT 1")[0]
            billed.add([(item, start, amount)], -1)
            dbmod.rows("DELETE FROM charge WHERE id = ?", (gone,))
        _same(estate, (2025, 12, 2))


def test_the_check_names_a_count_someone_changed(estate):
    bill_months(estate, *MONTHS[:2])
    assert not [p for p in verify.verify_all().problems if "户数汇总" in p.template]
    with dbmod.write_transaction():        # as someone would who wants a better 户收费率
        dbmod.rows("UPDATE month_units SET owing = owing - 1 WHERE item_id < 0 AND month = ?", (2025 * 12 + 9,))
    found = [p for p in verify.verify_all().problems if "户数汇总" in p.template]
    assert found and {p.params["month"] for p in found} == {"2025-10"}
    assert found[0].params["item"] == estate.estate.name
