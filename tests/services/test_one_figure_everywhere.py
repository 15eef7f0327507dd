"""One figure, one truth: over random small estates and dates, every surface that says what a unit
owes says, for every unit, the figure core.figures defines for the scope it names — the counter
(and what it asks to be paid), the search hit, the floor grid, the arrears list, the 催缴 and 缴费
notices, the late payers, the reminder log, the account statement, and owed / find / arrears
--json; the printed arrears list and notices read back with pdftotext say the same. On either
engine (the services tests run again on PostgreSQL).

Each example adds a building of its own to the estate, with new fee items of random late-fee
rules and due days, bills random months, takes random payments in order of their dates, and looks
at a day after all of it (overdue charges, some due that very day, some not yet due, sometimes the
next month billed ahead)."""
import json
import re
import subprocess
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings, strategies as st

from counter_app import cli
from counter_app.core.errors import CounterError
from counter_app.core.figures import NAMES, OpenCharge, assess
from counter_app.core.money import format_yuan
from counter_app.core.periods import Month
from counter_app.core.tenders import Tender
from counter_app.documents.notice import render_notices
from counter_app.services.admin import estate as est
from counter_app.services.billing import runs as billing
from counter_app.ledger.standards import late_rule
from counter_app.ledger import clock, dues as owed_rules
from counter_app.services.consultation import desk
from counter_app.services.counter import ledger, payments
from counter_app.services.reports import arrears, floor_grid, late_payers, notices, reminders, tables
from counter_app.store.models import Building, Charge, FeeItem, Unit
from counter_app.store import db as dbmod
from counter_app.store.queries import billed
from tests.factories import at, build_small_estate, open_with_admin

RULES = st.tuples(st.sampled_from([0, 300, 500, 10_000]), st.sampled_from([0, 3, 30]),
                  st.sampled_from([None, 100, 3]))
PAYMENTS = st.lists(st.tuples(st.integers(0, 240), st.integers(0, 3), st.sampled_from(["all", "part"]),
                              st.integers(1, 99)), max_size=6)


def _definition(unit: Unit, day: date):
    """What the unit owes on `day` by core.figures, from its charges as the database holds them."""
    open_charges = [OpenCharge(c.amount_fen - c.paid_fen, c.due_date, late_rule(c.item))
                    for c in Charge.select().join(FeeItem).switch(Charge)
                    .where((Charge.unit == unit) & (Charge.paid_fen < Charge.amount_fen) & Charge.cancelled_at.is_null(True))]
    return assess(open_charges, day)


def _pdf_text(pdf: bytes, tmp_path, name: str, raw: bool = False) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-raw" if raw else "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _cli_json(capsys, *argv):
    code = cli.main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code in (0, None), err
    return json.loads(out)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(units=st.integers(1, 4), rules=st.lists(RULES, min_size=2, max_size=2),
       due_days=st.lists(st.integers(0, 40), min_size=2, max_size=2), months=st.integers(1, 6),
       paid=PAYMENTS, after=st.integers(0, 60), due_that_day=st.booleans(), ahead=st.booleans())
def test_every_surface_says_the_definition_s_figure(engine, request, capsys, monkeypatch, tmp_path, units, rules,
                                                    due_days, months, paid, after, due_that_day, ahead):
    """Each example on a ledger of its own (a file, or a database on the run's server)."""
    examples = getattr(request.node, "examples", 0) + 1
    request.node.examples = examples
    pg = request.getfixturevalue("pg") if engine == "postgresql" else None
    db = pg.new_database() if pg else tmp_path / f"ledger{examples}.sqlite3"
    try:
        estate = build_small_estate(open_with_admin(db))
        _every_surface(estate, db, capsys, monkeypatch, tmp_path, units, rules, due_days, months, paid, after,
                       due_that_day, ahead)
        assert billed.wrong() == []
    finally:
        dbmod.close()
        if pg:
            pg.drop(db)


def _every_surface(estate, db_path, capsys, monkeypatch, tmp_path, units, rules, due_days, months, paid, after,
                   due_that_day, ahead):
    admin, manager, cashier = estate.admin, estate.manager, estate.cashier
    n = Building.select().count()
    with clock.frozen(at(2025, 12, 20, 9)):
        building = est.add_building(admin, estate.estate, f"{n + 10}")
        homes = [est.add_unit(admin, building, 1, f"{101 + k}", ("88.50", "120.00", "75.36", "143.25")[k])
                 for k in range(units)]
        est.add_parking(admin, estate.estate, f"P{n}-1", homes[0])
        for k, ((ppm, grace, cap), due) in enumerate(zip(rules, due_days)):
            kind, cycle, rate = (("area", "monthly", "1.35"), ("fixed", "quarterly", "20.00"))[k]
            item = est.add_fee_item(admin, estate.estate, f"T{n}X{k}", f"测试费{n}-{k}", kind, cycle=cycle,
                                    due_days=due, late_ppm=ppm, late_grace_days=grace, late_cap_percent=cap)
            est.add_standard(admin, item, date(2025, 1, 1), rate, basis="测试")
    events = [(date(2026, m, 1), "bill", f"2026-{m:02d}") for m in range(1, months + 1)]
    events += [(date(2026, 1, 2) + timedelta(days=offset), "pay", (homes[k % units], how, share))
               for offset, k, how, share in paid]
    for day, what, detail in sorted(events, key=lambda e: (e[0], e[1] == "pay")):
        with clock.frozen(at(day.year, day.month, day.day, 8 if what == "bill" else 11)):
            if what == "bill":
                billing.run_billing(admin, detail, building.code)
                continue
            unit, how, share = detail
            owing = owed_rules.owed_with_figures(cashier, unit, day)[2]
            if not owing.principal_fen:
                continue
            how = {"all_due": True} if how == "all" else {"amount_fen": max(1, owing.total_fen * share // 100)}
            quote = payments.quote(cashier, payments.PaymentRequest(unit_code=unit.code, tenders=[], **how))
            if quote.total_fen:       # an amount too small for the oldest charge's principal and fee pays nothing
                payments.take_payment(cashier, payments.PaymentRequest(
                    unit_code=unit.code, tenders=[Tender("wechat", quote.total_fen, "WX")], **how))
    last = max(day for day, _, _ in events)
    day = last + timedelta(days=after)
    if due_that_day:     # the day some charge falls due: 今日到期 is not overdue
        dues = sorted({c.due_date for c in Charge.select().where(Charge.unit.in_(homes)) if c.due_date >= last})
        day = dues[0] if dues else day
    if ahead:            # next month billed already: charges of a period not begun, not yet due
        with clock.frozen(at(day.year, day.month, day.day, 8)):
            billing.run_billing(admin, str(Month.of(day).add(1)), building.code)
    want = {u.code: _definition(u, day) for u in homes}

    with clock.frozen(at(day.year, day.month, day.day, 9)):
        # the counter: what it shows, and what it asks to be paid
        for u in homes:
            assert ledger.open_unit(cashier, u.id, day).owing == want[u.code], u.code
            if want[u.code].principal_fen:
                quote = payments.quote(cashier, payments.PaymentRequest(unit_code=u.code, all_due=True, tenders=[]))
                assert quote.total_fen == want[u.code].total_fen
            (hit,) = [h for h in ledger.search_units(cashier, u.code) if h.code == u.code]
            assert hit.owing == want[u.code]
            statement = desk.account_statement(cashier, u.code, date(2025, 12, 1), day)
            assert statement.owing == want[u.code]
            assert reminders.log_reminder(manager, u.code, "phone", "测试").owed_fen == want[u.code].total_fen
        grid = floor_grid.floor_grid(manager, building.code, day)
        assert {c.code: c.owing for _, cells in grid.floors for c in cells} == want
        report = arrears.arrears_list(manager, day, building.code)
        assert {ln.code: (ln.principal_fen, ln.late_fee_fen, ln.total_fen, ln.oldest_days) for ln in report.lines} == \
            {code: (o.overdue_fen, o.late_fee_fen, o.overdue_total_fen, o.days_overdue)
             for code, o in want.items() if o.overdue_fen}
        _, late = late_payers.late_payers(manager, day)
        for payer in late:
            if payer.code in want:
                assert payer.owing == want[payer.code]
        # the papers, read back
        # A row read in the order it is drawn (cell by cell: a wrapped list of items stays inside
        # its row), from its unit's number to the next row's.
        printed = _pdf_text(tables.arrears_pdf(report), tmp_path, "arrears.pdf", raw=True)
        detail = printed[printed.index("欠费明细"):]
        starts = sorted((detail.index(ln.code), ln) for ln in report.lines)
        if starts:
            starts.append((starts[-1][0] + re.search(r"^合计", detail[starts[-1][0]:], re.M).start(), None))
        for (start, ln), (end, _) in zip(starts, starts[1:]):
            row = detail[start:end].split()
            for amount in (ln.principal_fen, ln.late_fee_fen, ln.total_fen):
                assert format_yuan(amount) in row, (ln.code, amount, row)
            assert str(ln.oldest_days) in row
        for kind, scope in (("overdue", "overdue_total_fen"), ("due", "total_fen")):
            try:
                batch = notices.notices(manager, kind, building_code=building.code, as_of=day)
            except CounterError:
                assert not any(getattr(o, scope) for o in want.values())
                continue
            assert {n.unit: n.total_fen for n in batch.notices} == \
                {code: getattr(o, scope) for code, o in want.items() if getattr(o, scope)}
            pages = _pdf_text(render_notices(batch), tmp_path, f"{kind}.pdf").split("\f")
            for notice, page in zip(batch.notices, pages):
                flat = page.replace(" ", "")
                named = NAMES["overdue_total" if kind == "overdue" else "total"]
                assert notice.unit in flat and f"{named}：¥{format_yuan(notice.total_fen)}" in flat, flat
                left = want[notice.unit].due_today_fen + want[notice.unit].not_yet_due_fen
                if kind == "overdue" and left:   # it says what it leaves out, and the whole
                    assert f"¥{format_yuan(want[notice.unit].total_fen)}" in flat
        # the command line, on the same ledger, as the manager (what a unit owes needs a user)
        monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
        for u in homes:
            said = _cli_json(capsys, "owed", u.code, "--db", str(db_path), "--date", day.isoformat(),
                             "--user", "manager")
            assert {k: said[k] for k in want[u.code].figures()} == want[u.code].figures()
            found = [h for h in _cli_json(capsys, "find", u.code, "--db", str(db_path), "--user", "manager")
                     if h["code"] == u.code]
            assert {k: found[0][k] for k in want[u.code].figures()} == want[u.code].figures()
        listed = _cli_json(capsys, "arrears", "--as-of", day.isoformat(), "--building", building.code, "--db",
                           str(db_path), "--user", "manager")
        assert {ln["code"]: (ln["overdue_fen"], ln["late_fee_fen"], ln["overdue_total_fen"], ln["days_overdue"])
                for ln in listed["lines"]} == {code: (o.overdue_fen, o.late_fee_fen, o.overdue_total_fen, o.days_overdue)
                                               for code, o in want.items() if o.overdue_fen}
