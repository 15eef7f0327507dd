"""What each unit owes, kept (store/queries/owing.py): the arrears list and the late payers read a
row per unit, and say exactly what the charges say however the charges changed — a payment, a
void, a refund, a month billed, a run taken back, a day passing, a late-fee rule changed, someone
editing the file behind the program — because the database's own triggers note every unit whose
charges change. What the check finds when the kept rows or the triggers are tampered with. On
either engine (the services tests run again on PostgreSQL)."""
import hashlib
import sqlite3
from datetime import date

import pytest

from counter_app.core.figures import Owing
from counter_app.ledger import clock, verify
from counter_app.ledger.standards import late_rules
from counter_app.services.billing import reversal
from counter_app.services.counter import corrections
from counter_app.services.reports import arrears, late_payers
from counter_app.store import db as dbmod
from counter_app.store.models import FeeItem, OwingTouch, OwingUnit
from counter_app.store.queries import charges as charge_queries, late_months, month_units, owed_months, owing
from tests.factories import at, bill_months
from tests.services.test_management_reports import pay

TODAY = (2026, 1, 20)


def _live(estate, day: date) -> dict:
    """What the charges say, worked out whole (the one definition: charges.owing_by_unit)."""
    rules = late_rules(estate.estate.id)
    return {u.unit_id: (u.owing, u.overdue_charges, u.overdue_by_item, u.overdue_months) for u in
            charge_queries.owing_by_unit(day, rules)}


def _kept(estate, day: date, keep: bool = False) -> dict:
    rules = late_rules(estate.estate.id)
    return {u.unit_id: (u.owing, u.overdue_charges, u.overdue_by_item, u.overdue_months)
            for u in owing.owing_of_estate(estate.estate.id, day, rules, keep=keep)}


def _same(estate, day: date = date(*TODAY)) -> None:
    """Read twice (the first keeps what it works out, the second reads it back): both as the charges say."""
    live = _live(estate, day)
    assert live, "nothing owed: the comparison would say nothing"
    assert _kept(estate, day, keep=True) == live
    assert _kept(estate, day) == live
    assert owed_months.wrong() == [] and late_months.wrong() == []      # the triggers' sums, added up again
    assert month_units.wrong() == []


@pytest.fixture
def owed(estate):
    for month in range(10, 13):
        bill_months(estate, f"2025-{month:02d}")
    bill_months(estate, "2026-01")
    return estate


def test_every_way_a_charge_changes_is_seen(owed):
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        kept_rows = OwingUnit.select().count()
        assert kept_rows == 4 and OwingTouch.select().count() <= 1      # kept: only the newest touch is left
        receipt = pay(estate.cashier, "3-2-501", all_due=True, day=TODAY)       # paid
        _same(estate)
        pay(estate.cashier, "3-1-102", amount_fen=5000, day=TODAY)               # part paid
        _same(estate)
        corrections.void_receipt(estate.cashier, receipt.number, "收错", estate.manager)   # owed again
        _same(estate)
    bill_months(estate, "2026-02")                                               # a month billed ahead
    with clock.frozen(at(*TODAY, 16)):
        _same(estate)
        last = max(r[0] for r in dbmod.rows("SELECT id FROM billing_run WHERE reversed_at IS NULL"))
        reversal.reverse_run(estate.manager, last, "录错")                       # taken back
        _same(estate)


def test_a_refund_makes_a_fee_owed_again(owed):
    estate = owed
    receipt = pay(estate.cashier, "3-2-501", all_due=True, day=(2026, 1, 10))
    pay(estate.cashier, "3-1-102", amount_fen=100, day=(2026, 1, 12))            # closes the 10th's shift
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        corrections.refund(estate.cashier, receipt.number, None, "cash", "退房", estate.manager)
        _same(estate)


def test_another_day_and_other_rules_are_worked_out_again(owed):
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        _same(estate, date(2026, 2, 25))                  # the late fees of a later day, not today's kept ones
        item = FeeItem.get((FeeItem.estate == estate.estate.id) & (FeeItem.code == "WYF"))
        with dbmod.write_transaction():
            FeeItem.update(late_ppm=900).where(FeeItem.id == item.id).execute()
        assert _kept(estate, date(*TODAY)) == _live(estate, date(*TODAY))


def test_the_reports_say_what_the_charges_say(owed):
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        first = arrears.arrears_list(estate.manager)
        assert OwingUnit.select().count() == 4
        assert arrears.arrears_list(estate.manager) == first
        pay(estate.cashier, "3-1-101", all_due=True, day=TODAY)
        after = arrears.arrears_list(estate.manager)
        assert "3-1-101" in {line.code for line in first.lines} - {line.code for line in after.lines}
        assert late_payers.late_payers(estate.manager) == late_payers.late_payers(estate.manager, date(*TODAY))


def _items_of_the_list(estate, day: date) -> dict:
    """item name -> (units, overdue principal) as the definition says (charges.owing_by_unit)."""
    names = {i.id: i.name for i in FeeItem.select()}
    out: dict = {}
    for unit in charge_queries.owing_by_unit(day, late_rules(estate.estate.id), overdue_only=True):
        for item, fen in unit.overdue_by_item.items():
            units, total = out.get(names[item], (0, 0))
            out[names[item]] = (units + 1, total + fen)
    return out


def test_a_row_kept_in_another_layout_is_worked_out_again(owed):
    """The list adds each item up from the rows' by_item text; a row written in an earlier layout
    ("item:fen;item:fen", under the key its rules had then) is never read as today's."""
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        day = date(*TODAY)
        first = arrears.arrears_list(estate.manager)
        want = _items_of_the_list(estate, day)
        assert len(want) >= 2 and {name: (u, f) for name, u, f in first.by_item} == want
        rules = late_rules(estate.estate.id)
        before = ";".join(f"{i}:{r.daily_ppm}:{r.grace_days}:{r.cap_percent}" for i, r in sorted(rules.items()))
        old_key = hashlib.sha256(before.encode()).hexdigest()[:16]
        with dbmod.write_transaction():
            for unit_id, by_item in dbmod.rows("SELECT unit_id, by_item FROM owing_unit WHERE by_item <> ''"):
                owed_now = owing._by_item(by_item, set(rules))
                dbmod.rows("UPDATE owing_unit SET rules_key = ?, by_item = ? WHERE unit_id = ?",
                           (old_key, ";".join(f"{i}:{f}" for i, f in sorted(owed_now.items())), unit_id))
        again = arrears.arrears_list(estate.manager)
        assert again == first
        assert OwingUnit.select().where(OwingUnit.rules_key == old_key).count() == 0    # kept anew


def _read_from_its_row(several_items: bool = False) -> tuple[int, str]:
    """(id, number) of a unit owing something (of more than one item, if asked) whose kept row a
    report uses (no touch left for it: the newest touch stays, its unit worked out every time)."""
    several = " AND o.by_item LIKE ?" if several_items else ""
    return tuple(dbmod.rows("SELECT u.id, u.code FROM unit u JOIN owing_unit o ON o.unit_id = u.id WHERE "
                            f"o.overdue_fen > 0 AND u.id NOT IN (SELECT unit_id FROM owing_touch){several} "
                            "ORDER BY u.code", ["%,%|%"] if several_items else [])[0])


def _edit(db_path, sql: str, params=()) -> None:
    """The file edited behind the program, as someone holding it would (sqlite3, no program)."""
    dbmod.close()
    conn = sqlite3.connect(db_path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_a_charge_edited_behind_the_program_is_seen(owed, engine, db_path):
    if engine != "sqlite":
        pytest.skip("a file edited behind the program: the SQLite ledger (a server's rows are its own)")
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        unit = dbmod.rows("SELECT id FROM unit WHERE code = '3-2-501'")[0][0]
        _edit(db_path, "UPDATE charge SET paid_fen = amount_fen WHERE unit_id = ?", (unit,))
        assert unit not in _kept(estate, date(*TODAY))          # the trigger saw it: paid, owes nothing
        assert _kept(estate, date(*TODAY)) == _live(estate, date(*TODAY))


def test_the_check_names_a_kept_row_that_lies(owed, engine, db_path):
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        assert not [p for p in verify.verify_all().problems if "欠费汇总" in p.template]
        unit, code = _read_from_its_row()
        with dbmod.write_transaction():       # as someone would who wants an owner off the list
            OwingUnit.update(overdue_fen=0, overdue_charges=0, late_fee_fen=0).where(OwingUnit.unit == unit).execute()
        found = [p for p in verify.verify_all().problems if "欠费汇总" in p.template]
        assert len(found) == 1 and found[0].params["unit"] == code


ADDS_UP_WRONG = "its own items, each fen one more"      # in the layout, but not its principal
REVERSED = "its own items and fens, last first"        # the same figures, not in the layout's order
LEADING_ZERO = "its own, the first fen written 0-first"
ZERO_ITEM = "its own, and another item owing 0"        # the program leaves an item owing nothing out
_ROW_MADE = (ADDS_UP_WRONG, REVERSED, LEADING_ZERO, ZERO_ITEM)


def _garbled_from(by_item: str, how: str, items: list[int]) -> str:
    """The unit's own by_item text, edited `how` (one of _ROW_MADE)."""
    ids, _, fens = by_item.partition("|")
    ids, fens = ids.split(","), fens.split(",")
    if how == ADDS_UP_WRONG:
        fens = [str(int(f) + 1) for f in fens]
    elif how == REVERSED:
        ids, fens = ids[::-1], fens[::-1]
    elif how == LEADING_ZERO:
        fens[0] = "0" + fens[0]
    else:
        other = next(i for i in items if str(i) not in ids)
        pairs = sorted([*zip(map(int, ids), fens), (other, "0")])
        ids, fens = [str(i) for i, _ in pairs], [f for _, f in pairs]
    return f"{','.join(ids)}|{','.join(fens)}"


@pytest.mark.parametrize("column, garbled", [
    ("by_item", "x"), ("by_item", "1,3|12"), ("by_item", "1|"), ("by_item", "|"), ("by_item", "1,,3|5,6,7"),
    ("by_item", "999|100"), ("by_item", "1,1|5,6"), ("by_item", "١|٥"), ("by_item", ADDS_UP_WRONG),
    ("by_item", b"\x00\xff"), ("oldest_due", "garbage"), ("first_period", "2026-13-45"), ("oldest_due", None),
    ("overdue_fen", "abc"), ("late_fee_fen", -5), ("late_fee_fen", 1.5), ("overdue_months", "x"),
    ("overdue_charges", -5), ("overdue_charges", 0), ("overdue_months", -1), ("overdue_months", 2**63 - 1),
    ("first_period", 20260721), ("oldest_due", "2025/10/31"),
    ("by_item", "0" * 4400 + "1|100"), ("by_item", "1|" + "0" * 4400 + "100"), ("by_item", "1|" + "9" * 19),
    ("by_item", REVERSED), ("by_item", LEADING_ZERO), ("by_item", ZERO_ITEM), ("oldest_due", "9999-12-31"),
    ("oldest_due", "%s")])
def test_a_kept_row_edited_out_of_its_layout_is_worked_out_and_named(owed, engine, db_path, column, garbled):
    """Someone holding the file writes nonsense into a kept row: the reports still say what the
    charges say (that unit worked out from them), and the check names the unit."""
    typed = isinstance(garbled, str) if column in ("by_item",) else (
        type(garbled) is int and column not in ("oldest_due", "first_period"))
    if engine != "sqlite" and not typed:
        pytest.skip("a value of another type: only a file holds one (a server's columns are typed)")
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        first = arrears.arrears_list(estate.manager)
        board = late_payers.late_payers(estate.manager)
        unit, code = _read_from_its_row(several_items=garbled == REVERSED)
        if garbled in _ROW_MADE:
            garbled = _garbled_from(dbmod.rows("SELECT by_item FROM owing_unit WHERE unit_id = ?", (unit,))[0][0],
                                    garbled, sorted(late_rules(estate.estate.id)))
        elif garbled == "%s":                 # the list's own day: nothing falls due and is overdue the same day
            garbled = date(*TODAY).isoformat()
        if engine == "sqlite":
            _edit(db_path, f"UPDATE owing_unit SET {column} = ? WHERE unit_id = ?", (garbled, unit))
        else:
            with dbmod.write_transaction():
                dbmod.rows(f"UPDATE owing_unit SET {column} = ? WHERE unit_id = ?", (garbled, unit))
        assert arrears.arrears_list(estate.manager) == first
        assert _kept(estate, date(*TODAY)) == _live(estate, date(*TODAY))
        assert late_payers.late_payers(estate.manager) == board
        found = [p for p in verify.verify_all().problems if "欠费汇总" in p.template and p.params.get("unit") == code]
        assert len(found) == 1, [p.template for p in verify.verify_all().problems]


@pytest.mark.parametrize("how", ["a fen moved from one row to the other", "a number moved from one row to the other"])
def test_two_kept_rows_edited_so_the_estate_still_adds_up_are_each_worked_out(owed, engine, db_path, how):
    """The list checks the kept rows owing the same items together: two rows edited so that, added
    up, they still make the estate's total (one fen moved from one item of one to another item of
    the other, or one number from one row to the other) are each not the program's: each is worked
    out from its charges (the list's totals by item stay the charges') and named by the check."""
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        first = arrears.arrears_list(estate.manager)
        touched = {u for u, in dbmod.rows("SELECT unit_id FROM owing_touch")}
        same_items: dict[str, list] = {}
        kept_rows = dbmod.rows("SELECT unit_id, by_item FROM owing_unit WHERE overdue_fen > 0 ORDER BY unit_id")
        for unit, by_item in kept_rows:
            if unit not in touched and "," in by_item.partition("|")[0]:
                same_items.setdefault(by_item.partition("|")[0], []).append((unit, by_item))
        (a, a_text), (b, b_text) = next(pair for pair in same_items.values() if len(pair) >= 2)[:2]
        items, _, a_fens = a_text.partition("|")
        b_fens = b_text.partition("|")[2].split(",")
        a_fens = a_fens.split(",")
        if how.startswith("a fen"):       # from B's last item to A's first: each item's total moves
            assert int(b_fens[-1]) > 0
            a_fens[0], b_fens[-1] = str(int(a_fens[0]) + 1), str(int(b_fens[-1]) - 1)
        else:               # A owes one number more than it has items, B one fewer: the same numbers in all
            a_fens, b_fens = a_fens + b_fens[:1], b_fens[1:]
        for unit, fens in ((a, a_fens), (b, b_fens)):
            text = f"{items}|{','.join(fens)}"
            if engine == "sqlite":
                _edit(db_path, "UPDATE owing_unit SET by_item = ? WHERE unit_id = ?", (text, unit))
            else:
                with dbmod.write_transaction():
                    dbmod.rows("UPDATE owing_unit SET by_item = ? WHERE unit_id = ?", (text, unit))
        assert arrears.arrears_list(estate.manager) == first
        codes = dict(dbmod.rows("SELECT id, code FROM unit WHERE id IN (?, ?)", (a, b)))
        named = {p.params.get("unit") for p in verify.verify_all().problems if "欠费汇总" in p.template}
        assert named == {codes[a], codes[b]}


def test_the_check_names_what_changed_while_the_triggers_were_gone(owed, engine, db_path):
    if engine != "sqlite":
        pytest.skip("the file edited behind the program: the SQLite ledger")
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        unit, code = _read_from_its_row()
        dbmod.close()
        conn = sqlite3.connect(db_path)
        conn.execute("DROP TRIGGER owing_touch_update")
        conn.execute("UPDATE charge SET paid_fen = amount_fen WHERE unit_id = ?", (unit,))
        conn.commit()
        conn.close()
        problems = verify.verify_all().problems
        found = [p for p in problems if "欠费汇总" in p.template and "unit" in p.params]
        assert [p.params["unit"] for p in found] == [code]
        assert [p.params["names"] for p in problems if "触发器" in p.template] == ["owing_touch_update"]


def test_a_touch_after_the_units_were_worked_out_is_kept_for_the_next_reader(owed, monkeypatch, engine):
    """A payment that commits while a report works the units out: its unit is left to be worked out
    again (its touch is not one the report saw), never kept with the figures from before it."""
    if engine == "sqlite":
        pytest.skip("one PC's keeper works its units out inside its write transaction: no payment commits meanwhile")
    estate = owed
    real = charge_queries.owing_by_unit
    paid = []

    def then_a_payment(*args, **kwargs):
        found = real(*args, **kwargs)
        if not paid:     # a counter pays right after the report read the charges
            paid.append(1)
            _pay_elsewhere(estate)
        return found
    monkeypatch.setattr(owing, "owing_by_unit", then_a_payment)
    with clock.frozen(at(*TODAY, 15)):
        owing.owing_of_estate(estate.estate.id, date(*TODAY), late_rules(estate.estate.id), keep=True)
    monkeypatch.setattr(owing, "owing_by_unit", real)
    with clock.frozen(at(*TODAY, 15)):
        assert _kept(estate, date(*TODAY)) == _live(estate, date(*TODAY))


def _pay_elsewhere(estate):
    """The unit's charges paid by another writer, on a connection of its own (a thread)."""
    import threading

    def run():
        try:
            with dbmod.write_transaction():
                dbmod.rows("UPDATE charge SET paid_fen = amount_fen WHERE unit_id = (SELECT id FROM unit "
                           "WHERE code = '3-1-101')")
        finally:
            dbmod.database.obj.close()
    worker = threading.Thread(target=run)
    worker.start()
    worker.join()


def test_units_owing_nothing_are_kept_as_zero(owed):
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _kept(estate, date(*TODAY), keep=True)
        rows = {r.unit_id: r for r in OwingUnit.select()}
        assert len(rows) == 4
        vacant_or_paid = [u for u, r in rows.items() if r.overdue_fen + r.due_today_fen + r.not_due_fen == 0]
        assert all(u not in _kept(estate, date(*TODAY)) for u in vacant_or_paid)
    assert Owing(date(*TODAY)).principal_fen == 0


def test_the_months_overdue_are_the_overdue_charges_months(owed):
    """overdue_months, bit k: a charge of the month k before the day's month is unpaid past its due date."""
    from counter_app.core.periods import Month
    from counter_app.store.models import Charge
    estate = owed
    day = date(*TODAY)
    pay(estate.cashier, "3-1-102", all_due=True, day=(2025, 12, 1))
    with clock.frozen(at(*TODAY, 15)):
        kept = {u.unit_id: u.overdue_months for u in
                owing.owing_of_estate(estate.estate.id, day, late_rules(estate.estate.id), keep=True)}
        for unit, mask in kept.items():
            months = {Month.of(c.period_start).index() for c in Charge.select().where(
                (Charge.unit == unit) & (Charge.paid_fen < Charge.amount_fen) & Charge.cancelled_at.is_null(True)
                & (Charge.due_date < day))}
            assert {Month.of(day).index() - k for k in range(63) if mask >> k & 1} == months
        assert any(kept.values())


def test_the_months_paid_late_follow_the_receipts(owed):
    """A receipt paying late counts its lines in their months; voided, they count no more; the
    check counts them again and names a month someone changed."""
    estate = owed
    receipt = pay(estate.cashier, "3-2-501", all_due=True, day=TODAY)          # October to January, late
    unit = dbmod.rows("SELECT id FROM unit WHERE code = '3-2-501'")[0][0]
    paid = late_months.paid_late(estate.estate.id, 2025 * 12, 2026 * 12 + 1)
    assert paid[unit] & (1 << 9) and paid[unit] & (1 << 11)                    # October and December 2025
    assert late_months.wrong() == []
    with clock.frozen(at(*TODAY, 16)):
        corrections.void_receipt(estate.cashier, receipt.number, "收错", estate.manager)
    assert unit not in late_months.paid_late(estate.estate.id, 2025 * 12, 2026 * 12 + 1)
    assert late_months.wrong() == []
    pay(estate.cashier, "3-2-501", all_due=True, day=TODAY)
    with dbmod.write_transaction():
        dbmod.rows("UPDATE late_month SET lines = 0 WHERE unit_id = ?", (unit,))
    found = [p for p in verify.verify_all().problems if "迟缴" in p.template]
    assert found and {p.params["unit"] for p in found} == {"3-2-501"}


def test_the_months_owed_follow_the_charges_and_the_check_sees_an_edit(owed):
    """What the dashboard's months and the collection report's earlier months say is owed: the
    open charges added up, after payments and a void; a kept month someone changed is named."""
    estate = owed
    receipt = pay(estate.cashier, "3-2-501", all_due=True, day=TODAY)
    pay(estate.cashier, "3-1-102", amount_fen=4321, day=TODAY)
    items = sorted(r[0] for r in dbmod.rows("SELECT id FROM fee_item WHERE estate_id = ?", (estate.estate.id,)))
    months = owed_months.by_month(items, 2025 * 12, 2026 * 12 + 11)
    added = dict(dbmod.rows(
        "SELECT CAST(substr(period_start, 1, 4) AS INTEGER) * 12 + CAST(substr(period_start, 6, 2) AS INTEGER) - 1, "
        "sum(amount_fen - paid_fen) FROM charge WHERE paid_fen < amount_fen AND cancelled_at IS NULL GROUP BY 1"
        if dbmod.is_sqlite() else
        "SELECT CAST(EXTRACT(YEAR FROM period_start) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM period_start) AS "
        "INTEGER) - 1, sum(amount_fen - paid_fen) FROM charge WHERE paid_fen < amount_fen AND cancelled_at IS NULL "
        "GROUP BY 1"))
    assert {m: v for m, v in months.items() if v} == {int(m): int(v) for m, v in added.items()}
    with clock.frozen(at(*TODAY, 16)):
        corrections.void_receipt(estate.cashier, receipt.number, "收错", estate.manager)
    assert owed_months.wrong() == []
    with dbmod.write_transaction():
        dbmod.rows("UPDATE owed_month SET owed_fen = owed_fen - 100 WHERE month = ?", (2025 * 12 + 11,))
    found = [p for p in verify.verify_all().problems if "欠费汇总被改动" in p.template and "收费项目" in p.template]
    assert found and all(p.params["month"] == "2025-12" for p in found)


def _elsewhere(work) -> None:
    """`work` on a connection of its own (another PC's report or counter), done before returning."""
    import threading
    failed = []

    def run():
        try:
            work()
        except BaseException as exc:      # raised in the test below
            failed.append(exc)
        finally:
            dbmod.database.obj.close()
    worker = threading.Thread(target=run)
    worker.start()
    worker.join()
    if failed:
        raise failed[0]


def _after_the_first_read(monkeypatch, module, work):
    """Run `work` elsewhere right after `module`'s first statement (between its reads, if it had several)."""
    real = module.rows
    done = []

    def rows(sql, params=()):
        out = real(sql, params)
        if not done:
            done.append(sql)
            _elsewhere(work)
        return out
    monkeypatch.setattr(module, "rows", rows)


@pytest.mark.parametrize("who", ["every unit", "one unit paid"])
def test_another_keeper_between_the_reads_leaves_nothing_out_and_nothing_stale(owed, monkeypatch, who):
    """Another PC's report keeping units while this one reads: no unit falls out of the list, and
    no kept row of a unit paid since is used (what the reader reads, it reads at one moment)."""
    estate = owed
    day = date(*TODAY)
    rules = late_rules(estate.estate.id)
    u101 = dbmod.rows("SELECT id FROM unit WHERE code = '3-1-101'")[0][0]
    with clock.frozen(at(*TODAY, 15)):
        if who == "one unit paid":
            owing.owing_of_estate(estate.estate.id, day, rules, keep=True)
            pay(estate.cashier, "3-1-101", all_due=True, day=TODAY)
            pay(estate.cashier, "3-2-501", amount_fen=5000, day=TODAY)           # a newer touch
        units = [u101] if who == "one unit paid" else [u for u, in dbmod.rows("SELECT id FROM unit")]
        live = _live(estate, day)
        _after_the_first_read(monkeypatch, owing, lambda: owing._keep(day, rules, owing.rules_key(rules), units))
        assert _kept(estate, day) == live


def test_the_check_reads_one_moment_while_a_counter_pays(owed, monkeypatch):
    """`check` while a counter takes a payment: the kept rows, the touches and the charges are read
    at one moment, so a unit paid meanwhile is not named as tampered with."""
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _kept(estate, date(*TODAY), keep=True)
        shifts_ready = pay(estate.cashier, "3-2-501", amount_fen=100, day=TODAY)    # the day's shift open
        assert shifts_ready
        _after_the_first_read(monkeypatch, owing, lambda: pay(estate.cashier, "3-1-101", all_due=True, day=TODAY))
        assert owing.wrong(late_rules) == []


def test_counters_paying_items_in_crossing_orders_never_deadlock(owed, engine, db_path):
    """On a server two counters paying two units' charges of the same items and months, one item
    first and the other the other: nothing they write is shared (the months owed are added as
    rows of their own), so neither waits for the other, let alone both."""
    if engine != "postgresql":
        pytest.skip("one PC has one writer at a time: no two transactions hold rows at once")
    import threading
    import time
    import psycopg
    url = str(db_path)
    pairs = dbmod.rows("SELECT a.id, b.id FROM charge a JOIN charge b ON b.item_id = a.item_id AND "
                       "b.period_start = a.period_start AND b.unit_id <> a.unit_id AND b.unit_id < a.unit_id "
                       "WHERE a.paid_fen < a.amount_fen AND b.paid_fen < b.amount_fen ORDER BY a.item_id, a.id")
    by_item = {}
    for a, b in pairs:
        by_item.setdefault(dbmod.rows("SELECT item_id FROM charge WHERE id = ?", (a,))[0][0], (a, b))
    assert len(by_item) >= 2, "two items with charges of two units in one month are needed"
    (a1, b1), (a2, b2) = list(by_item.values())[:2]
    dbmod.close()
    errors = []

    def counter(first, second):
        try:
            with psycopg.connect(url) as conn:
                conn.execute("UPDATE charge SET paid_fen = paid_fen + 1 WHERE id = %s", (first,))
                time.sleep(0.5)
                conn.execute("UPDATE charge SET paid_fen = paid_fen + 1 WHERE id = %s", (second,))
                conn.commit()
        except Exception as exc:      # a deadlock, named below
            errors.append(f"{type(exc).__name__}: {exc}")
    one = threading.Thread(target=counter, args=(a1, a2))     # one unit: the first item, then the second
    two = threading.Thread(target=counter, args=(b2, b1))     # another: the second item, then the first
    one.start()
    time.sleep(0.1)
    two.start()
    one.join()
    two.join()
    assert errors == []
    assert owed_months.wrong() == []


def test_a_ledger_that_cannot_be_written_still_gives_its_reports(owed, engine):
    """A copy on read-only media: the arrears list and the late payers are worked out and not
    kept, and say what the charges say. (A server that may only read answers SQLSTATE 25006, the
    same kind of failure: tests/store/test_failures_kinds.py.)"""
    if engine != "sqlite":
        pytest.skip("read-only media: a ledger file")
    estate = owed
    day = date(*TODAY)
    with clock.frozen(at(*TODAY, 15)):
        live = _live(estate, day)
        before = arrears.arrears_list(estate.manager)
        with dbmod.write_transaction():
            dbmod.rows("DELETE FROM owing_unit")
        dbmod.database.obj.execute_sql("PRAGMA query_only = 1")
        try:
            assert arrears.arrears_list(estate.manager) == before
            assert late_payers.late_payers(estate.manager) is not None
            assert _kept(estate, day, keep=True) == live
            assert dbmod.rows("SELECT count(*) FROM owing_unit")[0][0] == 0          # nothing was kept
        finally:
            dbmod.database.obj.execute_sql("PRAGMA query_only = 0")


def test_triggers_taken_away_are_named_then_made_again_on_opening(owed, engine, db_path):
    """Someone drops the triggers (and on one PC the months' index) and a counter then pays: the
    check names what is gone; opening the ledger makes them again, works every kept figure out
    anew (the payment made meanwhile included) and says so in the audit trail."""
    from counter_app.services.common.session import open_database
    from counter_app.store import migrations
    estate = owed
    with clock.frozen(at(*TODAY, 15)):
        _same(estate)
        names = sorted(migrations._kept_names(engine == "sqlite", migrations.SCHEMA_VERSION))
        for name in names:
            if name.endswith("_one"):
                dbmod.database.obj.execute_sql(f'DROP INDEX "{name}"')
            else:
                dbmod.database.obj.execute_sql(f'DROP TRIGGER "{name}"' if engine == "sqlite" else
                                               f'DROP TRIGGER "{name}" ON ' + ("payment" if name == "late_month_status"
                                                                               else "payment_line" if name.startswith("late")
                                                                               else "charge"))
        assert migrations.missing_kept(dbmod.database.obj) == names
        found = [p for p in verify.verify_all().problems if "触发器" in p.template]
        assert len(found) == 1 and all(n in found[0].params["names"] for n in names)
        pay(estate.cashier, "3-2-501", all_due=True, day=TODAY)                 # not seen by the figures
        dbmod.close()
        open_database(db_path)
        assert migrations.missing_kept(dbmod.database.obj) == []
        assert dbmod.rows("SELECT count(*) FROM audit_log WHERE action = 'kept.restored'")[0][0] == 1
        _same(estate)
        assert verify.verify_all().ok
