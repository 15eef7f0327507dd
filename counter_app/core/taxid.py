"""The buyer's taxpayer number on an invoice: the 18-character unified social credit code
(统一社会信用代码, GB 32100-2015) with its check character, or none for an individual."""
from __future__ import annotations

from .errors import Invalid

# The code's 31 characters, valued 0–30 in this order (no I, O, S, V, Z).
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {c: i for i, c in enumerate(ALPHABET)}


def check_character(first17: str) -> str:
    """The 18th character for the first 17: 31 − (Σ value × weight mod 31), 31 meaning 0."""
    total = sum(_VALUE[c] * w for c, w in zip(first17, WEIGHTS))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(text: str) -> str:
    """As typed or pasted: spaces out, full-width forms and lower case folded."""
    folded = "".join(chr(ord(c) - 0xFEE0) if "！" <= c <= "～" else c for c in text or "")
    return "".join(folded.split()).upper()


def check_uscc(text: str) -> str:
    """The code, normalised, or a CounterError that says what is wrong with it."""
    code = normalise(text)
    if len(code) != 18:
        raise Invalid("纳税人识别号应为 18 位统一社会信用代码，现为 {count} 位", count=len(code))
    bad = sorted({c for c in code if c not in _VALUE})
    if bad:
        raise Invalid("纳税人识别号含有不允许的字符：{bad}（不含 I、O、S、V、Z）", bad="、".join(bad))
    if check_character(code[:17]) != code[17]:
        raise Invalid("纳税人识别号 {code} 的校验位不对，请核对后重新输入", code=code)
    return code
