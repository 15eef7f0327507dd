from datetime import date

import pytest
from hypothesis import given, strategies as st

from counter_app.core import fees
from counter_app.core.errors import CounterError
from counter_app.core.periods import Month

AREA = fees.Standard(kind="area", rate_e4=14000)  # 1.40 元/㎡/月


def test_area_rounding_per_month_vs_per_bill():
    # DOMAIN.md: 100.24 ㎡ × 1.40 × 12 = 1684.032, but 12 × round(140.336) = 1684.08
    facts = fees.UnitFacts(area_centi=10024)
    per_month = fees.compute_periodic(AREA, facts, 12)
    per_bill = fees.compute_periodic(fees.Standard(kind="area", rate_e4=14000, rounding_scope="bill"), facts, 12)
    assert per_month.amount_fen == 168408
    assert per_bill.amount_fen == 168403
    assert per_month.basis == "100.24㎡ × 1.40元 × 12月"
    assert "140.336" in "\n".join(per_month.steps)


@pytest.mark.parametrize("unit,scope,expected", [(1, "month", 42102), (10, "month", 42090), (100, "month", 42000),
                                                 (1, "bill", 42101), (10, "bill", 42100), (100, "bill", 42100)])
def test_rounding_units(unit, scope, expected):
    std = fees.Standard(kind="area", rate_e4=14000, rounding_unit=unit, rounding_scope=scope)
    comp = fees.compute_periodic(std, fees.UnitFacts(area_centi=10024), 3)  # 140.336 × 3 = 421.008
    assert comp.amount_fen == expected
    assert fees.ROUNDING_UNITS[unit] in comp.rounding


def test_vacancy_discount():
    std = fees.Standard(kind="area", rate_e4=14000, vacancy_percent=70)
    occupied = fees.compute_periodic(std, fees.UnitFacts(area_centi=10000), 1)
    vacant = fees.compute_periodic(std, fees.UnitFacts(area_centi=10000, vacant=True), 1)
    assert occupied.amount_fen == 14000
    assert vacant.amount_fen == 9800
    assert "× 70%" in vacant.basis


def test_fixed_and_per_space():
    fixed = fees.compute_periodic(fees.Standard(kind="fixed", rate_e4=1500000), fees.UnitFacts(), 3)
    assert fixed.amount_fen == 45000 and fixed.basis == "150.00元 × 3月"
    spaces = fees.compute_periodic(fees.Standard(kind="per_space", rate_e4=1500000), fees.UnitFacts(spaces=2), 3)
    assert spaces.amount_fen == 90000 and spaces.basis == "2个 × 150.00元 × 3月"
    with pytest.raises(CounterError):
        fees.compute_periodic(fees.Standard(kind="per_space", rate_e4=1500000), fees.UnitFacts(), 1)
    with pytest.raises(CounterError):
        fees.compute_periodic(AREA, fees.UnitFacts(area_centi=0), 1)


def test_metered_flat_and_multiplier():
    std = fees.Standard(kind="metered", rate_e4=5283)  # 0.5283 元/度
    comp = fees.compute_metered(std, 132000, 135000, multiplier=2)  # (1350 − 1320) × 2 = 60 度
    assert comp.amount_fen == 3170  # 31.698 → 31.70
    with pytest.raises(CounterError):
        fees.compute_metered(std, 135000, 132000)


def test_metered_tiers():
    std = fees.Standard(kind="metered", rate_e4=29000,
                        tiers=(fees.Tier(1800, 29000), fees.Tier(2500, 38500), fees.Tier(None, 67000)))
    # 30 m³: 18 × 2.90 + 7 × 3.85 + 5 × 6.70 = 52.20 + 26.95 + 33.50 = 112.65
    comp = fees.compute_metered(std, 10000, 13000)
    assert comp.amount_fen == 11265
    assert "18.00 × 2.90元 + 7.00 × 3.85元 + 5.00 × 6.70元" in comp.basis
    small = fees.compute_metered(std, 10000, 11000)
    assert small.amount_fen == 2900


def test_shared_split_exact():
    std = fees.Standard(kind="shared", rate_e4=0)
    comps = fees.compute_shared(std, 100, [1, 1, 1])
    assert [c.amount_fen for c in comps] == [34, 33, 33]


@given(st.integers(0, 10 ** 9), st.lists(st.integers(1, 10 ** 6), min_size=1, max_size=60))
def test_split_adds_up_exactly(total, weights):
    shares = fees.split_by_weight(total, weights)
    assert sum(shares) == total
    weight_sum = sum(weights)
    for share, w in zip(shares, weights):
        exact = total * w / weight_sum
        assert abs(share - exact) < 1  # never more than one 分 away from its exact share


def test_one_off():
    comp = fees.compute_one_off(fees.Standard(kind="one_off", rate_e4=200000000))
    assert comp.amount_fen == 2000000
    assert fees.compute_one_off(fees.Standard(kind="one_off", rate_e4=0), 1234).amount_fen == 1234


def test_rate_change_splits_segments():
    old = fees.Standard(kind="area", rate_e4=14000, effective_from=date(2025, 1, 1), id=1)
    new = fees.Standard(kind="area", rate_e4=16000, effective_from=date(2026, 2, 1), id=2)
    runs = fees.segments([new, old], Month(2026, 1), 3)
    assert [(s.id, str(m), n) for s, m, n in runs] == [(1, "2026-01", 1), (2, "2026-02", 2)]
    with pytest.raises(CounterError):
        fees.segments([new], Month(2026, 1), 1)


def test_standard_validation():
    with pytest.raises(CounterError):
        fees.Standard(kind="nonsense", rate_e4=1)
    with pytest.raises(CounterError):
        fees.Standard(kind="area", rate_e4=1, rounding_unit=5)
    with pytest.raises(CounterError):
        fees.Standard(kind="area", rate_e4=1, vacancy_percent=120)


def test_the_month_after_the_last_one_billed():
    from counter_app.core.periods import Month, month_after_billed
    today = date(2026, 1, 10)
    assert month_after_billed(None, today) == Month(2026, 1)                   # nothing billed: this month
    assert month_after_billed(date(2026, 3, 31), today) == Month(2026, 4)      # billed ahead
    assert month_after_billed(date(2025, 12, 31), today) == Month(2026, 1)
    assert month_after_billed(date(2025, 12, 15), today) == Month(2026, 1)     # an imported period ending mid-month
    assert month_after_billed(date(2025, 6, 30), today) == Month(2025, 7)      # the gap is still to bill
