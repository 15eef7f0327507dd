"""A chart's money axis: round steps and their labels in words a manager reads (15万, 1,500),
the same on screen (QtCharts) and on paper (reportlab). Integers only: 分 in, 元 labels out."""
from __future__ import annotations

MAX_TICKS = 6


def step_yuan(top_fen: int, ticks: int = MAX_TICKS) -> int:
    """The smallest round step (1, 2, 5 × 10ⁿ 元) that reaches `top_fen` in at most `ticks` steps."""
    top = max(1, -(-top_fen // 100))
    scale = 1
    while True:
        for mantissa in (1, 2, 5):
            step = mantissa * scale
            if step * ticks >= top:
                return step
        scale *= 10


def yuan_label(yuan: int, in_wan: bool | None = None) -> str:
    """150000 -> '15万', 25000 -> '2.5万', 1500 -> '1,500', 0 -> '0'; in_wan: every label of an
    axis in 万 once its top reaches 1万 (5,000 beside 1.5万 reads oddly: 0.5万)."""
    if in_wan is None:
        in_wan = yuan >= 10_000 and yuan % 100 == 0
    if yuan and in_wan:
        whole, rest = divmod(yuan, 10_000)
        decimals = f"{rest:04d}".rstrip("0")
        return f"{whole}.{decimals}万" if decimals else f"{whole}万"
    return f"{yuan:,}"


def money_ticks(top_fen: int, ticks: int = MAX_TICKS) -> list[tuple[int, str]]:
    """(value in 元, label) from 0 to the first step at or above `top_fen`."""
    step = step_yuan(top_fen, ticks)
    top = max(1, -(-top_fen // 100))
    count = -(-top // step)
    in_wan = count * step >= 10_000
    return [(n * step, yuan_label(n * step, in_wan)) for n in range(count + 1)]
