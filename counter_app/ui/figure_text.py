"""What a unit owes in words on screen: core.figures' names (translated as data words) and amounts,
one way for the unit view, the search list, the floor grid and the dashboard."""
from __future__ import annotations

from ..core.figures import NAMES, Owing
from ..core.money import format_yuan
from .fit import WORD_JOINER
from .labels import label


def figure(key: str, fen: int) -> str:
    """应缴合计 ¥4,313.14, held on one line: a label that wraps breaks between figures, never inside
    a name (未到 | 期) or between a name and its amount."""
    return f"{WORD_JOINER.join(label(NAMES[key]))}\u00a0¥{format_yuan(fen)}"


def breakdown(owing: Owing) -> str:
    """到期应缴 ¥N（逾期本金 ¥O ＋ 滞纳金 ¥L ＋ 今日到期 ¥D）＋ 未到期 ¥Y: the parts that are not zero."""
    inner = [figure(key, fen) for key, fen in (("overdue", owing.overdue_fen), ("late_fee", owing.late_fee_fen),
                                               ("due_today", owing.due_today_fen)) if fen]
    text = figure("due_now", owing.due_now_fen) + (f"（{' ＋ '.join(inner)}）" if inner else "")
    return text + (f" ＋ {figure('not_yet_due', owing.not_yet_due_fen)}" if owing.not_yet_due_fen else "")
