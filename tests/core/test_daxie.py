import re

import pytest
from hypothesis import given, strategies as st

from counter_app.core.daxie import MAX_FEN, amount_in_words

# Every example in DOMAIN.md's 大写 rules (first allowed form where two are allowed).
EXAMPLES = [
    (140950, "壹仟肆佰零玖元伍角"),
    (600714, "陆仟零柒元壹角肆分"),
    (168032, "壹仟陆佰捌拾元零叁角贰分"),
    (10700053, "壹拾万柒仟元零伍角叁分"),
    (1640902, "壹万陆仟肆佰零玖元零贰分"),
    (32504, "叁佰贰拾伍元零肆分"),
    (1500, "壹拾伍元整"),
    (10000000, "壹拾万元整"),
    (0, "零元整"),
    (1, "壹分"),
    (50, "伍角"),
    (201, "贰元零壹分"),          # peers print 贰元壹分
    (2000000000000, "贰佰亿元整"),
    (20000000000, "贰亿元整"),      # peers print 两亿零元整
    (2000, "贰拾元整"),             # peers print 贰拾零
    (100050000, "壹佰万零伍佰元整"),
    (1005000000, "壹仟零伍万元整"),
    (MAX_FEN, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize("fen,words", EXAMPLES)
def test_examples(fen, words):
    assert amount_in_words(fen) == words


def test_range_and_type():
    with pytest.raises(ValueError):
        amount_in_words(-1)
    with pytest.raises(ValueError):
        amount_in_words(MAX_FEN + 1)
    with pytest.raises(TypeError):
        amount_in_words(1.5)


DIG = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
UNIT = {"拾": 10, "佰": 100, "仟": 1000}


def read_back(words: str) -> int:
    """An independent reader of 大写, to check that what we write means the number we meant."""
    assert words.count("元") <= 1
    yuan_part, _, frac = words.partition("元")
    if not _:
        yuan_part, frac = "", words
    total = 0
    section = 0
    digit = 0
    for ch in yuan_part:
        if ch in DIG:
            digit = DIG[ch]
        elif ch in UNIT:
            section += digit * UNIT[ch]
            digit = 0
        elif ch == "万":
            total += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            total = (total + section + digit) * 100_000_000
            section = digit = 0
        else:
            raise AssertionError(f"unexpected {ch} in {words}")
    total += section + digit
    fen = total * 100
    m = re.fullmatch(r"(零)?(?:([壹贰叁肆伍陆柒捌玖])角)?(?:([壹贰叁肆伍陆柒捌玖])分)?(整)?", frac)
    assert m, words
    if m.group(2):
        fen += DIG[m.group(2)] * 10
    if m.group(3):
        fen += DIG[m.group(3)]
    assert not (m.group(4) and m.group(3)), "整 never follows 分"
    return fen


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_reads_back_to_same_number(fen):
    words = amount_in_words(fen)
    assert read_back(words) == fen
    assert "零零" not in words
    assert not words.startswith("零") or fen == 0
    assert "两" not in words
    assert fen == 0 or not re.search(r"零[万亿元]", words), words


@given(st.integers(min_value=1, max_value=MAX_FEN))
def test_ten_to_nineteen_take_yi(fen):
    words = amount_in_words(fen)
    assert not re.match(r"^拾", words)
