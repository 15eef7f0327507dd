"""滞纳金: a daily rate on overdue principal after a grace period, optionally capped.

The late fee is charged on the principal actually paid late, so a partial payment carries the late
fee of the part it pays, and the rest keeps accruing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .money import div_round_half_up, format_yuan

PPM = 1_000_000
# 1 % a day (365 % a year) is beyond any contract; the bound keeps a fee's arithmetic inside 64
# bits where the database adds late fees up (store.queries.charges.late_fee_sql).
MAX_DAILY_PPM = 10_000


@dataclass(frozen=True)
class LateFeeRule:
    daily_ppm: int = 0            # 300 = 0.03 % a day
    grace_days: int = 0
    cap_percent: int | None = 100  # of the principal; None = no cap

    @property
    def charges(self) -> bool:
        return self.daily_ppm > 0

    def describe(self) -> str:
        if not self.charges:
            return "不收滞纳金"
        pct = ppm_percent(self.daily_ppm)
        cap = "不封顶" if self.cap_percent is None else f"最高不超过欠费本金的 {self.cap_percent}%"
        return f"逾期每日 {pct}%，宽限 {self.grace_days} 天，{cap}"


NO_LATE_FEE = LateFeeRule(0, 0, None)


def ppm_percent(ppm: int) -> str:
    """300 ppm -> '0.03' (percent), exactly."""
    return format(Decimal(ppm).scaleb(-4).normalize(), "f")


def overdue_days(due: date, as_of: date, rule: LateFeeRule) -> int:
    """Days that bear a late fee: those past the due date beyond the grace period."""
    if not rule.charges:
        return 0
    late = (as_of - due).days - rule.grace_days
    return max(0, late)


def late_fee(principal_fen: int, days: int, rule: LateFeeRule) -> int:
    if principal_fen <= 0 or days <= 0 or not rule.charges:
        return 0
    fee = div_round_half_up(principal_fen * rule.daily_ppm * days, PPM)
    if rule.cap_percent is not None:
        fee = min(fee, principal_fen * rule.cap_percent // 100)
    return fee


def explain_late_fee(principal_fen: int, days: int, rule: LateFeeRule) -> list[str]:
    if not rule.charges:
        return ["该项目不收滞纳金"]
    if days <= 0:      # days are 滞纳天数: overdue days beyond the grace (core.figures)
        return [f"未逾期或在到期日后 {rule.grace_days} 天的宽限期内，不收滞纳金" if rule.grace_days else "未逾期，不收滞纳金"]
    fee = late_fee(principal_fen, days, rule)
    raw = div_round_half_up(principal_fen * rule.daily_ppm * days, PPM)
    lines = [f"滞纳金 = 欠费 {format_yuan(principal_fen)} 元 × 每日 {ppm_percent(rule.daily_ppm)}% × 滞纳 {days} 天"
             f" = {format_yuan(raw)} 元"]
    if fee < raw:
        lines.append(f"封顶为本金的 {rule.cap_percent}%：{format_yuan(fee)} 元")
    return lines
