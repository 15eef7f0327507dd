"""The database adds up what units owe (store.queries.charges.owing_by_unit: the arrears list, the
search, the floor grid, the late payers), late fees included: its sums must be exactly
core.figures' and core.latefees' charge by charge, for any rule, age and amount, on both engines."""
import random
from datetime import date, timedelta

from counter_app.core.figures import OpenCharge, assess
from counter_app.core.latefees import LateFeeRule, late_fee, overdue_days
from counter_app.store.db import write_transaction
from counter_app.store.models import Charge, FeeItem
from counter_app.store.queries.charges import overdue_by_unit, owing_by_unit
from counter_app.store.queries import billed
from counter_app.core import charge_keys

AS_OF = date(2026, 12, 3)

# (daily ppm, grace days, cap percent): a common rule, none, uncapped, a zero cap, a cap reached
# in days, a long grace, the highest rate an item may have.
RULES = [(300, 30, 100), (0, 0, 100), (500, 0, None), (300, 0, 0), (10_000, 5, 3), (50, 365, 150), (10_000, 0, None)]


def expected(charges, rules):
    """What the counter would charge: core's late fee of each charge, added per unit."""
    out = {}
    for unit, item, start, due, amount, paid in charges:
        if due >= AS_OF or paid >= amount:
            continue
        rule = rules[item]
        entry = out.setdefault(unit, [start, due, 0, 0, 0, {}])
        entry[0], entry[1] = min(entry[0], start), min(entry[1], due)
        entry[2] += 1
        entry[3] += amount - paid
        entry[4] += late_fee(amount - paid, overdue_days(due, AS_OF, rule), rule)
        entry[5][item] = entry[5].get(item, 0) + amount - paid
    return {u: (e[0], e[1], e[2], e[3], e[4], e[5]) for u, e in out.items()}


def _random_charges(estate):
    """Items with every rule of RULES, and 600 open, part-paid and paid charges of all ages."""
    items = [i.id for i in FeeItem.select().order_by(FeeItem.id)][:len(RULES)]
    rules = {item: LateFeeRule(ppm, grace, cap) for item, (ppm, grace, cap) in zip(items, RULES)}
    with write_transaction():
        for item, rule in rules.items():
            FeeItem.update(late_ppm=rule.daily_ppm, late_grace_days=rule.grace_days,
                           late_cap_percent=rule.cap_percent).where(FeeItem.id == item).execute()
    units = [u.id for u in estate.units.values()]
    pick = random.Random(20261203)
    charges = []
    for n in range(600):
        item = pick.choice(items)
        grace = rules[item].grace_days
        # Ages around every boundary: not yet due, due today, the last day of grace and the next,
        # the day a cap is reached, and charges decades old.
        age = pick.choice([-3, 0, 1, grace, grace + 1, grace + 2, pick.randint(0, 400), pick.randint(3000, 40000)])
        due = AS_OF - timedelta(days=age)
        amount = pick.choice([1, 2, 99, 101, 15_999, pick.randint(1, 10**7), 10**10])
        paid = pick.choice([0, 0, amount - 1, amount, pick.randint(0, amount)])
        charges.append((pick.choice(units), item, due - timedelta(days=30), due, amount, paid))
    with write_transaction():
        Charge.insert_many([dict(unit=u, item=i, period_start=s, period_end=s, months=1, amount_fen=a, paid_fen=p,
                                 due_date=d, basis="test", rounding="test", dedupe_key=charge_keys.adhoc(),
                                 created_at=AS_OF) for n, (u, i, s, d, a, p) in enumerate(charges)]).execute()
        billed.add((i, s, a) for _, i, s, _, a, _ in charges)     # as the program keeps it beside its charges
    rows = Charge.select(Charge.unit, Charge.item, Charge.period_start, Charge.due_date, Charge.amount_fen,
                         Charge.paid_fen).where(Charge.cancelled_at.is_null(True)).tuples()
    return list(rows), {i: rules.get(i, LateFeeRule(0, 0, None)) for i in [f.id for f in FeeItem.select()]}


def test_the_databases_sums_are_cores_charge_by_charge(estate):
    rows, every_rule = _random_charges(estate)
    want = expected(rows, every_rule)
    got = {r.unit_id: (r.first_period, r.oldest_due, r.charges, r.principal_fen, r.late_fee_fen, r.owed_by_item)
           for r in overdue_by_unit(AS_OF, every_rule)}
    assert got == want
    assert sum(v[4] for v in want.values()) > 0 and len(want) == len(estate.units)


def test_every_unit_s_figures_are_the_definition_s(estate):
    """Overdue, due today, not yet due, the late fee, the oldest overdue due date: per unit as
    core.figures.assess says, for the estate and for a few units."""
    rows, every_rule = _random_charges(estate)
    want = {}
    for unit in {r[0] for r in rows}:
        want[unit] = assess([OpenCharge(amount - paid, due, every_rule[item])
                             for u, item, _, due, amount, paid in rows if u == unit and paid < amount], AS_OF)
    want = {unit: owing for unit, owing in want.items() if owing.principal_fen}
    got = {u.unit_id: u.owing for u in owing_by_unit(AS_OF, every_rule)}
    assert got == want
    assert all(o.due_today_fen and o.not_yet_due_fen and o.overdue_fen and o.late_fee_fen for o in got.values())
    some = sorted(want)[:2]
    assert {u.unit_id: u.owing for u in owing_by_unit(AS_OF, every_rule, unit_ids=some)} == \
        {unit: want[unit] for unit in some}
    assert owing_by_unit(AS_OF, every_rule, unit_ids=[]) == []


def test_a_building_scope_keeps_only_its_units(estate):
    from tests.factories import bill_months
    bill_months(estate, "2025-12", "2026-01")
    rules = {i.id: LateFeeRule(i.late_ppm, i.late_grace_days, i.late_cap_percent) for i in FeeItem.select()}
    everyone = overdue_by_unit(AS_OF, rules)
    assert everyone and overdue_by_unit(AS_OF, rules, estate.building.id) == everyone
    assert overdue_by_unit(AS_OF, rules, estate.building.id + 1000) == []
