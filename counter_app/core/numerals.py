"""Small whole numbers written in Chinese, as offices number buildings and entrances: 三栋, 叁号楼,
十二幢, 二单元, 一〇一. Read as the digits the ledger keeps (三 → 3), so 三栋 and 3栋 are one building."""
from __future__ import annotations

import re

_DIGITS = {"零": "0", "〇": "0", "一": "1", "壹": "1", "二": "2", "贰": "2", "两": "2", "三": "3", "叁": "3",
           "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6", "陆": "6", "七": "7", "柒": "7", "八": "8",
           "捌": "8", "九": "9", "玖": "9"}
_UNITS = {"十": "S", "拾": "S", "百": "B", "佰": "B"}
# [n百][零][[n]十][零][n], once each, in that order: 十二, 二十, 二十一, 一百零五, 一百一十
_WITH_UNITS = re.compile(r"(?:([1-9])B)?(?:0?(?P<tens>([1-9])?S))?(?:0?([1-9]))?")
CHARACTERS = "".join(_DIGITS) + "".join(_UNITS)


def small_number(text: str) -> int | None:
    """1 to 999 written in Chinese numerals, or None when the text is not one (紫荆, 3, 十十)."""
    if not text or len(text) > 6 or any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    coded = "".join(_DIGITS.get(c) or _UNITS[c] for c in text)
    if "S" not in coded and "B" not in coded:          # digit by digit: 三, 一〇一
        value = int(coded)
        return value if 0 < value and len(coded) <= 3 and not coded.startswith("0") else None
    m = _WITH_UNITS.fullmatch(coded)
    if not m or coded.startswith("0"):
        return None
    hundreds, _, tens, ones = m.group(1), m.group("tens"), m.group(3), m.group(4)
    value = int(hundreds or 0) * 100 + ((int(tens) if tens else 1) * 10 if m.group("tens") else 0) + int(ones or 0)
    return value or None
