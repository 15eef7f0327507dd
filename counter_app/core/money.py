"""Money at the edges: parse what a person typed into 分, format 分 for people.

Inside the program money is an ``int`` of 分 (fen). Decimal is used only to parse text;
floats are refused outright, so no binary fraction ever enters an amount.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .errors import Invalid, Word

# Anything above this is a typing mistake at a fee counter (一亿元).
MAX_AMOUNT_FEN = 100_000_000 * 100


# What a person may type for an amount or a quantity, the one grammar (after full-width forms from
# a Chinese input method are made ASCII, and surrounding spaces dropped):
#
#     amount   = ["-"] ["¥" | "￥"] number ["元"]          (the minus only where a value may be negative)
#     quantity = number                                  (a minus is refused by name)
#     number   = whole ["." digits] | "." digits
#     whole    = digits | group ("," group3)+              (a comma only as a thousands separator)
#     digits   = one or more of 0-9;  group = 1 to 3 of 0-9, not starting with 0 unless alone;
#     group3   = exactly 3 of 0-9
#
# Nothing else: no exponent (1e3), no underscore (1_000), no plus sign, no inner spaces, no words
# (nan, inf), no digits of other scripts (Decimal would take ١٢٣), no "1,00" or "1,0,0"; and no
# more than MAX_DIGITS digits before the point or after it (27 digits were past Decimal's
# precision: a traceback, where a person is owed a sentence).
_FULL_WIDTH = str.maketrans({**{chr(0xFF10 + i): str(i) for i in range(10)}, "．": ".", "，": ",", "－": "-",
                             "　": " ", "＋": "+"})
_NUMBER = r"(?:(?:[0-9]+|[1-9][0-9]{0,2}(?:,[0-9]{3})+)(?:\.[0-9]+)?|\.[0-9]+)"
_AMOUNT = re.compile(r"(-)?[¥￥]?(" + _NUMBER + r")元?")
_QUANTITY = re.compile(r"(-)?(" + _NUMBER + r")")     # a minus only to be refused by name
MAX_DIGITS = 15


def _grammar(text, pattern: re.Pattern, what: str) -> tuple[bool, Decimal]:
    """(negative, value) of text in the grammar above, or a refusal naming `what`."""
    if isinstance(text, (float, bool)):
        raise TypeError(f"{what} must not be a float")
    if isinstance(text, int):
        return text < 0, Decimal(abs(text))
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise Invalid("{what}“{text}”不是有效的数字", what=Word(what), text=text)
        return text < 0, abs(text)
    raw = str(text).translate(_FULL_WIDTH).strip()
    found = pattern.fullmatch(raw)
    if found is None:
        raise Invalid("{what}“{text}”不是有效的数字（例如 1234.50 或 1,234.50）", what=Word(what), text=_shown(text))
    whole, _, fraction = found.group(2).replace(",", "").partition(".")
    if len(whole) > MAX_DIGITS or len(fraction) > MAX_DIGITS:
        raise Invalid("{what}“{text}”位数太多，请核对", what=Word(what), text=_shown(text))
    return bool(found.group(1)), Decimal(found.group(2).replace(",", ""))


def _shown(text) -> str:
    text = str(text)
    return text if len(text) <= 24 else text[:24] + "…"


def parse_yuan(text: str | int | Decimal, *, allow_zero: bool = True,
               allow_negative: bool = False, limit_fen: int = MAX_AMOUNT_FEN, what: str = "金额") -> int:
    """'1,234.5' -> 123450, by the grammar above. Refuses floats, more than two decimals, absurd
    sizes. An int is taken as 元. `what` names the amount in a refusal (a column's header)."""
    negative, value = _grammar(text, _AMOUNT, what)
    if value != value.quantize(Decimal("0.01")):
        raise Invalid("{what}“{text}”超过两位小数（最小单位为分）", what=Word(what), text=text)
    fen = int(value * 100) * (-1 if negative else 1)
    if fen < 0 and not allow_negative:
        raise Invalid("{what}“{text}”不能为负数", what=Word(what), text=text)
    if fen == 0 and not allow_zero:
        raise Invalid("{what}不能为零", what=Word(what))
    if abs(fen) > limit_fen:
        raise Invalid("{what}“{text}”过大，请核对", what=Word(what), text=text)
    return fen


def format_yuan(fen: int, *, grouping: bool = True, symbol: str = "") -> str:
    """123450 -> '1,234.50' (exact, from the integer)."""
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError(f"money must be an int of 分, got {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    whole = f"{yuan:,}" if grouping else str(yuan)
    return f"{sign}{symbol}{whole}.{cents:02d}"


def parse_scaled(text: str | int | Decimal, places: int, what: str, *,
                 allow_zero: bool = True) -> int:
    """Parse a non-negative decimal quantity (the grammar above, no sign, no currency) into an int
    of 10**-places units. Used for areas (places=2, 0.01 m²), rates (places=4, 0.0001 元) and meter
    readings."""
    negative, value = _grammar(text, _QUANTITY, what)
    scaled = value.scaleb(places)
    if scaled != scaled.to_integral_value():
        raise Invalid("{what}“{text}”最多允许 {places} 位小数", what=Word(what), text=text, places=places)
    if negative and scaled:
        raise Invalid("{what}“{text}”不能为负数", what=Word(what), text=text)
    if scaled == 0 and not allow_zero:
        raise Invalid("{what}不能为零", what=Word(what))
    if scaled > 10 ** (12 + places):
        raise Invalid("{what}“{text}”过大，请核对", what=Word(what), text=text)
    return int(scaled)


def format_scaled(value: int, places: int, *, strip: bool = False) -> str:
    """10024, 2 -> '100.24'. With strip, trailing zeros of the fraction are dropped (1.4000 -> 1.40
    keeps two places, as money rates are read)."""
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(value), 10 ** places)
    if places == 0:
        return f"{sign}{whole}"
    text = f"{frac:0{places}d}"
    if strip:
        text = text.rstrip("0")
        if len(text) < 2:
            text = text.ljust(2, "0")
    return f"{sign}{whole}.{text}"


def div_round_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounding half away from zero (四舍五入), exact for any ints."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return q if numerator >= 0 else -q
