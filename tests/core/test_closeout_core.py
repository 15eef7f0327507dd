"""The drawer is counted to the 分: every expected cash can be counted exactly."""
from hypothesis import given, strategies as st

from counter_app.core.closeout import (
    DENOMINATIONS, counted_total, denomination_name, greedy_count, parse_count, validate_count
)


@given(st.integers(min_value=0, max_value=10 ** 9))
def test_any_expected_cash_can_be_counted_to_the_fen(expected):
    """Late fees are to the 分, so the drawer is too: some count always equals the expected cash."""
    counts, rest = greedy_count(expected)
    assert rest == 0 and counted_total(validate_count(counts)) == expected


def test_the_fen_coins_are_named_as_coins():
    assert [denomination_name(d) for d in DENOMINATIONS[-4:]] == ["1 角", "5 分", "2 分", "1 分"]
    assert parse_count("100x1,0.05x1,0.02x2,0.01x3") == {**{d: 0 for d in DENOMINATIONS}, 10000: 1, 5: 1, 2: 2, 1: 3}
