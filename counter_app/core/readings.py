"""What makes a meter reading worth a second look before it is saved (the rule only: no I/O)."""
from __future__ import annotations

from .fees import qty_text

UNUSUAL_TIMES = 3        # a usage over this many times the meter's usual one


def usage_warnings(usage_centi: int, average_centi: int | None) -> list[str]:
    """Warnings for a reading's usage (0.01 units) against the meter's average usage per reading
    (None when it has no history). A lower reading than the last is not here: it is refused
    unless the meter was replaced."""
    out = []
    if usage_centi == 0:
        out.append("用量为零：表停了还是房屋空置？请核对读数")
    elif average_centi and usage_centi > UNUSUAL_TIMES * average_centi:
        out.append(f"用量 {qty_text(usage_centi)} 是平时（{qty_text(average_centi)}）的 "
                   f"{usage_centi / average_centi:.1f} 倍：请核对读数，是否漏水或抄错")
    return out
