from datetime import date

import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.services.admin import estate as est
from counter_app.services.billing import runs as billing
from counter_app.ledger import clock, posting
from counter_app.services.counter import payments
from counter_app.services.counter.payments import PaymentRequest
from counter_app.store.models import AuditLog, Charge, MeterReading, Payment, PrepaidMovement, Unit
from tests.factories import at, fingerprint


def charges_of(unit, item):
    return list(Charge.select().where((Charge.unit == unit) & (Charge.item == item)).order_by(Charge.period_start))


def test_billing_twice_creates_nothing_twice(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        first = billing.run_billing(estate.admin, "2026-01")
        second = billing.run_billing(estate.admin, "2026-01")
    assert first.created > 0
    assert second.created == 0 and second.skipped_existing > 0
    assert Charge.select().count() == first.created


def test_area_fee_rate_change_and_vacancy(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2025-12")
        billing.run_billing(estate.admin, "2026-01")
    wyf = estate.items["WYF"]
    dec, jan = charges_of(estate.units["501"], wyf)
    assert dec.amount_fen == 14034 and dec.basis == "100.24㎡ × 1.40元 × 1月"   # 140.336 → 140.34
    assert jan.amount_fen == 16038 and jan.basis == "100.24㎡ × 1.60元 × 1月"   # 160.384 → 160.38
    assert dec.rounding == "四舍五入到分，按月取整"
    (vacant_jan,) = [c for c in charges_of(estate.units["502"], wyf) if c.period_start == date(2026, 1, 1)]
    assert vacant_jan.amount_fen == 10024  # 89.50 × 1.60 × 70% = 100.24


def test_quarterly_item_bills_only_at_quarter_start(estate):
    ljf = estate.items["LJF"]
    with clock.frozen(at(2026, 2, 1, 8)):
        billing.run_billing(estate.admin, "2026-02")
    assert charges_of(estate.units["501"], ljf) == []
    with clock.frozen(at(2026, 4, 1, 8)):
        billing.run_billing(estate.admin, "2026-04")
    (q2,) = charges_of(estate.units["501"], ljf)
    assert (q2.period_start, q2.period_end, q2.months, q2.amount_fen) == (date(2026, 4, 1), date(2026, 6, 30), 3, 3000)


def test_per_space_bills_units_with_spaces_only(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2026-01")
    (tcf,) = charges_of(estate.units["501"], estate.items["TCF"])
    assert tcf.amount_fen == 30000 and tcf.basis == "2个 × 150.00元 × 1月"
    assert charges_of(estate.units["502"], estate.items["TCF"]) == []


def test_metered_bills_reading_once(estate):
    meter = estate.meters["SB-1"]
    with clock.frozen(at(2026, 1, 28)):
        est.record_reading(estate.admin, meter, date(2026, 1, 28), "130")
        billing.run_billing(estate.admin, "2026-01")
        billing.run_billing(estate.admin, "2026-01")
    (water,) = charges_of(estate.units["501"], estate.items["SF"])
    assert water.amount_fen == 11265  # 30 m³ by tiers
    assert water.origin == "meter"


def test_meter_reading_lower_refused_unless_replacement(estate):
    meter = estate.meters["SB-1"]
    with clock.frozen(at(2026, 1, 28)):
        est.record_reading(estate.admin, meter, date(2026, 1, 28), "130")
        before = fingerprint(estate.ledger.path)
        with pytest.raises(CounterError, match="换表"):
            est.record_reading(estate.admin, meter, date(2026, 2, 28), "120")
        assert fingerprint(estate.ledger.path) == before
        with pytest.raises(CounterError, match="旧表止码"):
            est.record_reading(estate.admin, meter, date(2026, 2, 28), "12", replacement_from="0")
        assert fingerprint(estate.ledger.path) == before
        r = est.record_reading(estate.admin, meter, date(2026, 2, 28), "12", replacement_from="0", old_final="133")
    assert (r.prev_centi, r.value_centi, r.is_replacement) == (0, 1200, True)
    final = MeterReading.get_by_id(r.id - 1)          # the old meter's last part, in the same transaction
    assert (final.prev_centi, final.value_centi, final.is_replacement) == (13000, 13300, False)


def test_shared_split_adds_up(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        est.set_shared_cost(estate.admin, estate.items["GTDF"], "2026-01", 100001, building=estate.building)
        billing.run_billing(estate.admin, "2026-01")
        billing.run_billing(estate.admin, "2026-01")
    shares = list(Charge.select().where(Charge.item == estate.items["GTDF"]))
    assert len(shares) == 4
    assert sum(c.amount_fen for c in shares) == 100001


def test_explain_is_the_billing_code(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2026-01")
    unit, item = estate.units["502"], estate.items["WYF"]
    exp = billing.explain(estate.cashier, unit, item, "2026-01")
    (charge,) = charges_of(unit, item)
    assert exp.amount_fen == charge.amount_fen
    assert exp.basis == charge.basis
    text = "\n".join(exp.lines)
    assert "89.50㎡" in text and "70%" in text and "100.24" in text
    assert "业主大会决议" in exp.standard_basis
    with pytest.raises(CounterError, match="没有生效"):
        billing.explain(estate.cashier, unit, item, "2024-06")


def test_billing_needs_manager(estate):
    with pytest.raises(PermissionDenied):
        billing.run_billing(estate.cashier, "2026-01")


def test_prepaid_auto_deduction(estate):
    unit = estate.units["102"]
    with clock.frozen(at(2025, 12, 25)):
        payments.take_payment(estate.cashier, PaymentRequest(unit_code=unit.code, topup_fen=50000,
                                                             tenders=[Tender("cash", 50000)]))
    with clock.frozen(at(2026, 1, 1, 8)):
        result = billing.run_billing(estate.admin, "2026-01")
    assert result.deductions == 1
    wyf = charges_of(unit, estate.items["WYF"])[0]
    assert wyf.paid_fen == wyf.amount_fen == 12058  # 75.36 × 1.60 = 120.576
    deduction = Payment.get(Payment.kind == "deduction")
    assert deduction.number == "KK2026-000001"
    assert Unit.get_by_id(unit.id).prepaid_fen == 50000 - result.deducted_fen
    moves = list(PrepaidMovement.select().where(PrepaidMovement.unit == unit).order_by(PrepaidMovement.id))
    assert [m.kind for m in moves] == ["topup", "deduction"]
    assert moves[-1].balance_after_fen == Unit.get_by_id(unit.id).prepaid_fen
    assert AuditLog.select().where(AuditLog.action == "payment.deduction").count() == 1


def test_one_person_several_units_and_ownership_end(estate):
    from counter_app.services.counter import ledger
    from counter_app.store.models import Occupant, Person
    zhang = Person.get(Person.name == "张三")
    Occupant.create(unit=estate.units["102"], person=zhang, role="业主")      # the owner of two flats
    assert {h.code for h in ledger.search_units(estate.cashier, "张三")} == {"3-2-501", "3-1-102"}
    est.end_occupancy(estate.admin, estate.units["102"], zhang, date(2026, 3, 1))
    assert {h.code for h in ledger.search_units(estate.cashier, "张三")} == {"3-2-501"}
    assert Occupant.get((Occupant.person == zhang) & (Occupant.unit == estate.units["102"])).end_date == date(2026, 3, 1)


def test_owners_are_named_before_the_people_living_with_them(estate):
    """501 has an owner (张三, entered first) and a resident (李四): search, the unit view and the
    payer on a receipt name the owner first, whatever order the role words sort in."""
    from counter_app.services.counter import ledger
    from counter_app.store.models import Occupant, Person

    # Enter the owner after the resident, so insertion order cannot make the test pass.
    zhang = Person.get(Person.name == "张三")
    Occupant.delete().where(Occupant.person == zhang).execute()
    Occupant.create(unit=estate.units["501"], person=zhang, role="业主")
    (hit,) = ledger.search_units(estate.cashier, "3-2-501")
    assert hit.owners == "张三、李四" and hit.phone == "138****5678"
    summary = ledger.open_unit(estate.admin, estate.units["501"].id).summary
    assert [role for role, _, _ in summary.people] == ["业主", "住户"]
    assert posting._default_payer(estate.units["501"]) == "张三"


def test_a_late_fee_rate_beyond_one_percent_a_day_is_refused_when_an_item_is_set_up(estate):
    from counter_app.services.admin import estate as est
    with pytest.raises(CounterError, match="不能超过 1%"):
        est.add_fee_item(estate.admin, estate.estate, "BAD", "滞纳测试", "fixed", late_ppm=10_001)
    item = est.add_fee_item(estate.admin, estate.estate, "EDGE", "滞纳上限", "fixed", late_ppm=10_000)
    assert item.late_ppm == 10_000


def test_a_runs_deductions_are_posted_together_and_each_stands_alone(estate):
    """Three units holding balances (one too little for any charge): the run's deductions are
    consecutive numbers, each with its own lines, tender, movement and audit row, the balances
    and chain as if posted one by one; the ledger check finds nothing."""
    from counter_app.services.setup import checkup
    from counter_app.store.models import PaymentLine, TenderRow
    held = {"501": 80_000, "101": 60_000, "102": 100}
    with clock.frozen(at(2025, 12, 25)):
        for code, amount in held.items():
            payments.take_payment(estate.cashier, PaymentRequest(unit_code=estate.units[code].code, topup_fen=amount,
                                                                 tenders=[Tender("cash", amount)]))
    with clock.frozen(at(2026, 1, 1, 8)):
        result = billing.run_billing(estate.admin, "2026-01")
    deductions = list(Payment.select().where(Payment.kind == "deduction").order_by(Payment.id))
    assert result.deductions == len(deductions) == 2
    assert [p.number for p in deductions] == ["KK2026-000001", "KK2026-000002"]
    assert sum(p.total_fen for p in deductions) == result.deducted_fen
    for p in deductions:
        unit = Unit.get_by_id(p.unit_id)
        lines = PaymentLine.select().where(PaymentLine.payment == p)
        assert sum(ln.principal_fen for ln in lines) == p.total_fen > 0
        assert [(t.method, t.amount_fen) for t in TenderRow.select().where(TenderRow.payment == p)] == \
            [("prepaid", p.total_fen)]
        move = PrepaidMovement.get(PrepaidMovement.payment == p)
        assert move.amount_fen == -p.total_fen and move.balance_after_fen == unit.prepaid_fen == p.prepaid_after_fen
        assert unit.prepaid_fen == held[unit.code.split("-")[-1]] - p.total_fen
        assert p.payer   # the owner, read for all the units at once
    assert AuditLog.select().where(AuditLog.action == "payment.deduction").count() == 2
    with clock.frozen(at(2026, 1, 1, 9)):
        report = checkup.check(estate.admin)
    assert report.ok, report
