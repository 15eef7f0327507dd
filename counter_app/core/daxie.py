"""大写金额: an amount of 分 written in capital characters, by the rules for filling in bills.

Where the rules allow a 零 to be written or left out (a zero run ending at the 万/亿 place with the
next lower place non-zero; a zero 元 place with a non-zero 角), this follows the first form the
rules give: 壹拾万柒仟元零伍角叁分, 壹仟陆佰捌拾元零叁角贰分.
"""
from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACE = ("", "拾", "佰", "仟")
SECTION = ("", "万", "亿")
MAX_FEN = 999_999_999_999_99


def _integer_words(n: int) -> str:
    digits = str(n)
    length = len(digits)
    out: list[str] = []
    zero_pending = False
    for i, ch in enumerate(digits):
        pos = length - 1 - i  # 0 = 个 (元) place
        d = int(ch)
        if d == 0:
            zero_pending = True
        else:
            # One 零 per run of zeros; optional (and left out) when the run ends at 万/亿.
            if zero_pending and (pos + 1) % 4 != 0:
                out.append("零")
            zero_pending = False
            out.append(DIGITS[d] + PLACE[pos % 4])
        if pos % 4 == 0 and pos > 0:
            section = digits[max(0, i - 3):i + 1]
            if int(section):
                out.append(SECTION[pos // 4])
    return "".join(out)


def amount_in_words(fen: int) -> str:
    """123456 -> '壹仟贰佰叁拾肆元伍角陆分'. `fen` is an exact int from 0 to 999,999,999,999.99 元."""
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError("amount must be an int of 分")
    if fen < 0 or fen > MAX_FEN:
        raise ValueError(f"amount out of range for 大写: {fen} 分")
    yuan, rest = divmod(fen, 100)
    jiao, fen_digit = divmod(rest, 10)
    if fen == 0:
        return "零元整"
    words = ""
    if yuan:
        words = _integer_words(yuan) + "元"
    if jiao == 0 and fen_digit == 0:
        return words + "整"
    if yuan and (yuan % 10 == 0 or jiao == 0):
        words += "零"
    if jiao:
        words += DIGITS[jiao] + "角"
    if fen_digit:
        words += DIGITS[fen_digit] + "分"
    return words
