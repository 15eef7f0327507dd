from datetime import date, timedelta

from hypothesis import given, strategies as st

from counter_app.core.allocation import DueCharge, allocate_amount, allocate_full
from counter_app.core.latefees import NO_LATE_FEE, LateFeeRule, late_fee, overdue_days

RULE = LateFeeRule(daily_ppm=300, grace_days=10, cap_percent=100)


def test_overdue_days_with_grace():
    due = date(2026, 1, 31)
    assert overdue_days(due, date(2026, 2, 10), RULE) == 0
    assert overdue_days(due, date(2026, 2, 20), RULE) == 10
    assert overdue_days(due, date(2026, 2, 20), NO_LATE_FEE) == 0


def test_late_fee_rate_and_cap():
    assert late_fee(100000, 10, RULE) == 300           # 1000 元 × 0.03% × 10 = 3 元
    assert late_fee(100000, 10_000, RULE) == 100000    # capped at the principal
    assert late_fee(100000, 10_000, LateFeeRule(300, 0, 50)) == 50000
    assert late_fee(100000, 10_000, LateFeeRule(300, 0, None)) == 300000
    assert late_fee(100000, 10, NO_LATE_FEE) == 0


charges_strategy = st.lists(
    st.tuples(st.integers(1, 500_000), st.integers(0, 800), st.sampled_from([0, 300, 500]),
              st.sampled_from([None, 100, 50])),
    min_size=1, max_size=24)


def _build(specs, as_of):
    out = []
    for i, (amount, days_late, ppm, cap) in enumerate(specs):
        due = as_of - timedelta(days=days_late)
        out.append(DueCharge(i + 1, due - timedelta(days=30), due, amount, LateFeeRule(ppm, 0, cap)))
    return out


@given(charges_strategy, st.integers(1, 5_000_000))
def test_allocation_never_exceeds_due_or_amount(specs, amount):
    as_of = date(2026, 6, 1)
    charges = _build(specs, as_of)
    allocs = allocate_amount(charges, amount, as_of)
    by_id = {c.charge_id: c for c in charges}
    full = allocate_full(charges, as_of)
    # The amount typed is the amount paid, unless it is more than is owed in all.
    assert sum(a.total_fen for a in allocs) == min(amount, sum(a.total_fen for a in full))
    for a in allocs:
        charge = by_id[a.charge_id]
        assert 0 < a.principal_fen <= charge.outstanding_fen
        due = charge.late_fee_for(a.principal_fen, as_of)
        # Never more late fee than the principal paid justifies, and short of it only where the
        # amount falls between two principals' totals: by less than one step of the fee.
        assert a.late_fee_fen <= due
        assert a.total_fen > a.principal_fen - 1 + charge.late_fee_for(a.principal_fen - 1, as_of)
    # Oldest first: every charge before the last one allocated is paid in full, with its whole fee.
    for a in allocs[:-1]:
        assert a.principal_fen == by_id[a.charge_id].outstanding_fen
        assert a.late_fee_fen == by_id[a.charge_id].late_fee_for(a.principal_fen, as_of)
    # Enough money pays everything, exactly as a full allocation would.
    if amount >= sum(a.total_fen for a in full):
        assert allocs == full


def test_partial_payment_carries_its_own_late_fee():
    as_of = date(2026, 6, 1)
    charge = DueCharge(1, date(2026, 1, 1), as_of - timedelta(days=100), 100000, LateFeeRule(1000, 0, None))
    (a,) = allocate_amount([charge], 55000, as_of)  # 10 % late fee: p + p/10 <= 550
    assert a.principal_fen == 50000 and a.late_fee_fen == 5000
