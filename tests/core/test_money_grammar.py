"""What a person types for an amount: one grammar (core/money.py), and nothing outside it parses.
The reference below is written from the grammar's words, independently of the program's regex."""
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from counter_app.core.errors import CounterError
from counter_app.core.money import parse_scaled, parse_yuan

FULL = {**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "，": ",", "－": "-", "　": " "}
ASCII_DIGITS = set("0123456789")


def reference(text: str):
    """(negative, Decimal) if `text` is in the grammar, else None."""
    s = "".join(FULL.get(c, c) for c in text).strip(" \t\n\r\x0b\x0c")
    negative = s.startswith("-")
    if negative:
        s = s[1:]
    if s[:1] in ("¥", "￥"):
        s = s[1:]
    if s.endswith("元"):
        s = s[:-1]
    whole, dot, frac = s.partition(".")
    if dot and (not frac or not set(frac) <= ASCII_DIGITS):
        return None
    if not whole and not dot:
        return None
    if "," in whole:
        groups = whole.split(",")
        if not (1 <= len(groups[0]) <= 3 and groups[0][0] != "0" and set(groups[0]) <= ASCII_DIGITS):
            return None
        if not all(len(g) == 3 and set(g) <= ASCII_DIGITS for g in groups[1:]):
            return None
    elif whole and not set(whole) <= ASCII_DIGITS:
        return None
    return negative, Decimal((whole.replace(",", "") or "0") + ("." + frac if frac else ""))


ALPHABET = "0123456789.,-+ ¥￥元eE_naif xX０１２９．，－　٣۴٠\t"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=14))
def test_nothing_outside_the_grammar_parses(text):
    expected = reference(text)
    try:
        got = parse_yuan(text, allow_negative=True)
    except CounterError:
        if expected is not None:    # inside the grammar, refused only for more than two decimals or size
            negative, value = expected
            assert value != value.quantize(Decimal("0.01")) or value * 100 > 10 ** 10, text
        return
    assert expected is not None, f"{text!r} parsed to {got} but is not in the grammar"
    negative, value = expected
    assert got == int(value * 100) * (-1 if negative else 1)


@given(st.integers(min_value=0, max_value=10 ** 9), st.booleans(), st.booleans(), st.booleans())
def test_every_amount_written_as_people_write_it_parses(fen, grouped, full_width, symbol):
    text = f"{fen // 100:,}" if grouped else str(fen // 100)
    text += f".{fen % 100:02d}"
    if symbol:
        text = "¥" + text + "元"
    if full_width:
        text = text.translate(str.maketrans({v: k for k, v in FULL.items() if v != " "}))
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["1e3", "1E7", "1_000", "nan", "NaN", "inf", "Infinity", "-inf", "١٢٣", "۴۵",
                                  "1,00", "1,0,0", ",100", "1,000,00", "1.000,50", "+5", "1 000", "0x10", "",
                                  " ", ".", "-", "¥", "元", "12..5", "1.2.3", "１e３", "1,000.5.0"])
def test_the_audit_s_strings_are_refused(text):
    with pytest.raises(CounterError):
        parse_yuan(text, allow_negative=True)


@pytest.mark.parametrize("text, fen", [("1,000.50", 100050), ("１２３．５０", 12350), ("１，２３４", 123400),
                                       ("¥12", 1200), ("12元", 1200), (" 7.5 ", 750), (".5", 50), ("007", 700),
                                       ("1,234,567.89", 123456789)])
def test_what_a_cashier_types_is_read(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["88.5㎡", "1e2", "1_0", "-1", "１２a", "1,00", "nan"])
def test_quantities_follow_the_same_grammar(text):
    with pytest.raises(CounterError):
        parse_scaled(text, 2, "建筑面积")
    assert parse_scaled("１,２００.５", 2, "建筑面积") == 120050


@given(st.integers(min_value=16, max_value=400), st.integers(min_value=0, max_value=40), st.sampled_from(["", "¥", "-"]))
def test_an_amount_of_any_length_is_refused_as_too_long_never_a_traceback(whole, fraction, sign):
    """27 digits were past Decimal's precision (InvalidOperation, a traceback at the counter)."""
    text = sign + "9" * whole + ("." + "1" * fraction if fraction else "")
    for parse in (lambda t: parse_yuan(t, allow_negative=True), lambda t: parse_scaled(t, 4, "单价")):
        with pytest.raises(CounterError, match="位数太多|不能为负数|不是有效的数字"):
            parse(text)
    with pytest.raises(CounterError, match="位数太多"):
        parse_yuan("1." + "0" * (15 + fraction + 1))
