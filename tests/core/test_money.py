from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from counter_app.core.errors import CounterError
from counter_app.core.money import div_round_half_up, format_yuan, parse_scaled, parse_yuan


@pytest.mark.parametrize("text,fen", [("0", 0), ("1", 100), ("1.5", 150), ("1,234.56", 123456),
                                      ("¥12.30", 1230), ("12.300", 1230), (" 7元", 700), ("0.01", 1)])
def test_parse_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["1.234", "abc", "", "-5", "1e400", "NaN", "100000001"])
def test_parse_yuan_refuses(text):
    with pytest.raises(CounterError):
        parse_yuan(text)


def test_parse_yuan_refuses_float():
    with pytest.raises(TypeError):
        parse_yuan(0.1)


def test_format_yuan():
    assert format_yuan(123456) == "1,234.56"
    assert format_yuan(-5) == "-0.05"
    assert format_yuan(100, grouping=False, symbol="¥") == "¥1.00"
    with pytest.raises(TypeError):
        format_yuan(1.0)


@given(st.integers(min_value=0, max_value=10 ** 12))
def test_format_parse_roundtrip(fen):
    assert parse_yuan(format_yuan(fen), limit_fen=10 ** 13) == fen


def test_parse_scaled():
    assert parse_scaled("100.24", 2, "面积") == 10024
    assert parse_scaled("0.5283", 4, "单价") == 5283
    with pytest.raises(CounterError):
        parse_scaled("1.001", 2, "面积")


@given(st.integers(-10 ** 9, 10 ** 9), st.integers(1, 10 ** 6))
def test_round_half_up_matches_decimal(n, d):
    from decimal import ROUND_HALF_UP
    expected = int((Decimal(n) / Decimal(d)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert div_round_half_up(n, d) == expected
