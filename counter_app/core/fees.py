"""Fee formulas: the one implementation that billing, the calculator and explanations share.

Quantities are exact integers: area in 0.01 m², rates in 0.0001 元, meter readings in 0.01 units,
percentages as whole numbers. An exact amount is kept as a fraction of 分 until the standard's
rounding rule turns it into whole 分, 角 or 元, per month or per bill.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import Callable

from .errors import Invalid, Refused, Word
from .money import div_round_half_up, format_scaled, format_yuan
from .periods import Month

KINDS = {
    "area": "面积 × 单价",
    "fixed": "固定金额",
    "metered": "抄表计量",
    "per_space": "按车位",
    "shared": "公摊分摊",
    "one_off": "一次性",
}
ROUNDING_UNITS = {1: "分", 10: "角", 100: "元"}
ROUNDING_SCOPES = {"month": "按月取整", "bill": "按单取整"}
SHARED_ROUNDING = "最大余额法分摊到分"   # a shared cost's rule: the shares add up to the total
RATE_UNITS = {
    "area": "元/㎡/月",
    "fixed": "元/月",
    "per_space": "元/个/月",
    "metered": "元/单位",
    "shared": "按面积分摊",
    "one_off": "元/次",
}

# An exact amount is numerator / DEN 分: area(0.01) × rate(0.0001 元 = 0.01 分) × percent(0.01).
_RATE_TO_FEN = 100        # rate_e4 units per 分
_AREA_SCALE = 100         # area units per m²
_PCT = 100


@dataclass(frozen=True)
class Tier:
    upto_centi: int | None  # usage bound within one reading, 0.01 units; None = no bound
    rate_e4: int


@dataclass(frozen=True)
class Standard:
    kind: str
    rate_e4: int
    effective_from: date = date(2000, 1, 1)
    rounding_unit: int = 1
    rounding_scope: str = "month"
    vacancy_percent: int = 100
    tiers: tuple[Tier, ...] = ()
    basis: str = ""
    id: int | None = None
    item_name: str = ""

    def __post_init__(self):
        if self.kind not in KINDS:
            raise Invalid("未知的计费方式：{kind}", kind=self.kind)
        if self.rounding_unit not in ROUNDING_UNITS:
            raise Invalid("取整单位只能是分、角或元")
        if self.rounding_scope not in ROUNDING_SCOPES:
            raise Invalid("取整方式只能是按月或按单")
        if not 0 <= self.vacancy_percent <= 100:
            raise Invalid("空置优惠比例应在 0 到 100 之间")
        if self.rate_e4 < 0:
            raise Invalid("单价不能为负数")

    @property
    def rounding_text(self) -> str:
        return f"四舍五入到{ROUNDING_UNITS[self.rounding_unit]}，{ROUNDING_SCOPES[self.rounding_scope]}"

    def rate_text(self) -> str:
        return f"{rate_yuan(self.rate_e4)}{RATE_UNITS[self.kind]}"


@dataclass(frozen=True)
class UnitFacts:
    area_centi: int = 0
    vacant: bool = False
    spaces: int = 0


@dataclass(frozen=True)
class Computation:
    amount_fen: int
    basis: str                 # short form printed on the receipt line
    working: Callable[[], tuple[str, ...]] = field(repr=False, compare=False)
    rounding: str = ""
    months: int = 1
    standard_id: int | None = None

    @property
    def steps(self) -> tuple[str, ...]:
        """The full working, for explanations. Written out only when asked for: a billing run
        computes tens of thousands of amounts and prints none of their working."""
        return self.working()


def rate_yuan(rate_e4: int) -> str:
    """Rates read with at least two decimals: 14000 -> '1.40', 5283 -> '0.5283'."""
    return format_scaled(rate_e4, 4, strip=True)


def area_text(area_centi: int) -> str:
    return f"{format_scaled(area_centi, 2)}㎡"


def qty_text(centi: int) -> str:
    return format_scaled(centi, 2, strip=True)


def _exact_yuan(numerator: int, denominator: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 40
        value = Decimal(numerator) / Decimal(denominator) / 100
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".00"
    elif len(text.split(".")[1]) < 2:
        text += "0"
    return Decimal(text)


def round_to_unit(numerator: int, denominator: int, unit_fen: int) -> int:
    """Round numerator/denominator 分 half-up to a multiple of unit_fen 分."""
    return div_round_half_up(numerator, denominator * unit_fen) * unit_fen


def _monthly_exact(std: Standard, facts: UnitFacts) -> tuple[int, int, str, list[str]]:
    """One month's exact amount as (numerator, denominator) 分, with basis prefix and steps."""
    if std.kind == "area":
        if facts.area_centi <= 0:
            raise Refused("该房屋没有登记建筑面积，无法按面积计费")
        num, den = facts.area_centi * std.rate_e4, _AREA_SCALE * _RATE_TO_FEN
        basis = f"{area_text(facts.area_centi)} × {rate_yuan(std.rate_e4)}元"
        steps = [f"建筑面积 {area_text(facts.area_centi)} × 单价 {std.rate_text()}"
                 f" = {_exact_yuan(num, den)} 元/月"]
    elif std.kind == "fixed":
        num, den = std.rate_e4, _RATE_TO_FEN
        basis = f"{rate_yuan(std.rate_e4)}元"
        steps = [f"固定金额 {std.rate_text()}"]
    elif std.kind == "per_space":
        if facts.spaces <= 0:
            raise Refused("该房屋没有登记车位，无法按车位计费")
        num, den = facts.spaces * std.rate_e4, _RATE_TO_FEN
        basis = f"{facts.spaces}个 × {rate_yuan(std.rate_e4)}元"
        steps = [f"车位 {facts.spaces} 个 × 单价 {std.rate_text()} = {_exact_yuan(num, den)} 元/月"]
    else:
        raise Refused("{kind}不按月计费", kind=Word(KINDS[std.kind]))
    if facts.vacant and std.vacancy_percent < 100 and std.kind in ("area", "fixed"):
        num *= std.vacancy_percent
        den *= _PCT
        basis += f" × {std.vacancy_percent}%"
        steps.append(f"空置房按 {std.vacancy_percent}% 收取 = {_exact_yuan(num, den)} 元/月")
    return num, den, basis, steps


def compute_periodic(std: Standard, facts: UnitFacts, months: int) -> Computation:
    """Area × rate, fixed, and per-space fees over `months` months, rounded by the standard."""
    if months <= 0:
        raise Invalid("计费月数必须大于零")
    num, den, basis, steps = _monthly_exact(std, facts)
    unit = std.rounding_unit
    unit_name = ROUNDING_UNITS[unit]
    if std.rounding_scope == "month":
        per_month = round_to_unit(num, den, unit)
        amount = per_month * months
        steps.append(f"每月四舍五入到{unit_name}：{format_yuan(per_month)} 元")
        steps.append(f"{format_yuan(per_month)} 元 × {months} 月 = {format_yuan(amount)} 元")
    else:
        amount = round_to_unit(num * months, den, unit)
        steps.append(f"{_exact_yuan(num, den)} 元 × {months} 月 = {_exact_yuan(num * months, den)} 元")
        steps.append(f"整单四舍五入到{unit_name}：{format_yuan(amount)} 元")
    return Computation(amount, f"{basis} × {months}月", lambda: tuple(steps), std.rounding_text,
                       months, std.id)


def metered_usage(prev_centi: int, cur_centi: int, multiplier: int) -> int:
    if cur_centi < prev_centi:
        raise Invalid("本期读数小于上期读数；如更换了表具，请标记为换表")
    return (cur_centi - prev_centi) * multiplier


@dataclass(frozen=True)
class Segment:
    """One reading's part of a month's usage: from `prev_centi` to `cur_centi` on one meter.
    `new_meter`: it starts on a meter put in that day (a replacement: `prev_centi` is the new
    meter's start, and the old meter's last part is the segment before it)."""
    prev_centi: int
    cur_centi: int
    multiplier: int = 1
    new_meter: bool = False

    @property
    def usage_centi(self) -> int:
        return metered_usage(self.prev_centi, self.cur_centi, self.multiplier)

    def text(self) -> str:
        return f"({qty_text(self.cur_centi)}−{qty_text(self.prev_centi)})" + \
            (f"×{self.multiplier}" if self.multiplier != 1 else "")


def compute_metered(std: Standard, prev_centi: int, cur_centi: int, multiplier: int = 1) -> Computation:
    """(本期 − 上期) × 倍率 × 单价, with tiers (阶梯) when the standard has them."""
    return compute_metered_month(std, (Segment(prev_centi, cur_centi, multiplier),))


def compute_metered_month(std: Standard, segments, before_centi: int = 0) -> Computation:
    """A month's metered usage: the sum of its segments (a replaced meter's last part and the new
    meter's first are two), priced by the tiers on the month's total, never restarting per meter
    or per reading. `before_centi`: the month's usage a charge has already billed (a reading
    entered after the month was billed): this charge is the month's price less what was billed,
    so the month's charges add up to the price of its whole usage."""
    if std.kind != "metered":
        raise Invalid("该标准不是抄表计量")
    segments = tuple(segments)
    usage = sum(seg.usage_centi for seg in segments)
    total = before_centi + usage
    amount_total, spans, priced = _price_usage(std, total)
    billed = _price_usage(std, before_centi)[0] if before_centi else 0
    amount = amount_total - billed
    used = "+".join(seg.text() for seg in segments)
    if before_centi:
        basis = f"本月累计{qty_text(total)}（已计{qty_text(before_centi)}）{priced} − {format_yuan(billed)}元"
    else:
        basis = used + (f"={qty_text(usage)}" if len(segments) > 1 and len(spans) > 1 else "") + priced

    def working() -> tuple[str, ...]:
        parts = " + ".join(f"({qty_text(seg.cur_centi)} − {qty_text(seg.prev_centi)}) × 倍率 {seg.multiplier}"
                           + ("（换上的新表）" if seg.new_meter and len(segments) > 1 else "") for seg in segments)
        steps = [f"用量 = {parts} = {qty_text(usage)}"]
        if len(segments) > 1:
            steps.append("本月换过表：旧表止码减上次读数，加新表读数减新表起始读数，阶梯按本月合计用量计")
        if before_centi:
            steps.append(f"本月此前已计 {qty_text(before_centi)}，本月累计 {qty_text(total)}")
        for n, (span, tier) in enumerate(spans, 1):
            steps.append(f"{'第' + str(n) + '档 ' if len(std.tiers) > 1 else ''}"
                         f"{qty_text(span)} × {rate_yuan(tier.rate_e4)} 元 = "
                         f"{_exact_yuan(span * tier.rate_e4, _METERED_DEN)} 元")
        steps.append(f"四舍五入到{ROUNDING_UNITS[std.rounding_unit]}：{format_yuan(amount_total)} 元")
        if before_centi:
            steps.append(f"减去此前已计的 {format_yuan(billed)} 元：{format_yuan(amount)} 元")
        return tuple(steps)
    return Computation(amount, basis, working, std.rounding_text, 1, std.id)


_METERED_DEN = _AREA_SCALE * _RATE_TO_FEN


@lru_cache(maxsize=4096)
def _price_usage(std: Standard, usage: int) -> tuple[int, tuple[tuple[int, Tier], ...], str]:
    """(amount, (usage in each tier, tier), the basis after the usage) of a usage under a standard.
    A month's readings repeat the same usages (a hundred meters at 15 units): each is priced once."""
    tiers = std.tiers or (Tier(None, std.rate_e4),)
    num, remaining, lower, spans = 0, usage, 0, []
    for tier in tiers:
        if remaining <= 0:
            break
        span = remaining if tier.upto_centi is None else min(remaining, tier.upto_centi - lower)
        if span <= 0:
            continue
        num += span * tier.rate_e4
        spans.append((span, tier))
        remaining -= span
        lower = tier.upto_centi or lower
    if remaining > 0:
        raise Invalid("阶梯价格没有覆盖全部用量（最后一档应不设上限）")
    amount = round_to_unit(num, _METERED_DEN, std.rounding_unit)
    parts = [f"{qty_text(span)} × {rate_yuan(tier.rate_e4)}元" for span, tier in spans]
    priced = " = " + " + ".join(parts) if len(parts) > 1 else f" × {rate_yuan(tiers[0].rate_e4)}元"
    return amount, tuple(spans), priced


def split_by_weight(total_fen: int, weights: list[int]) -> list[int]:
    """Split total exactly in proportion to weights (largest remainder; ties to the earlier)."""
    if total_fen < 0:
        raise Invalid("分摊总额不能为负数")
    weight_sum = sum(weights)
    if weight_sum <= 0:
        raise Refused("分摊的总面积为零，无法分摊")
    if any(w < 0 for w in weights):
        raise Invalid("分摊权重不能为负数")
    shares = [total_fen * w // weight_sum for w in weights]
    leftover = total_fen - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(total_fen * weights[i] % weight_sum), i))
    for i in order[:leftover]:
        shares[i] += 1
    return shares


def compute_shared(std: Standard, total_fen: int, areas: list[int]) -> list[Computation]:
    """A period's total (e.g. 公摊电费) split across units by area, adding up to the 分."""
    shares = split_by_weight(total_fen, areas)
    area_sum = sum(areas)
    total_text, sum_text = format_yuan(total_fen), area_text(area_sum)

    def working(area: int, share: int) -> Callable[[], tuple[str, ...]]:
        return lambda: (f"公摊总额 {total_text} 元 × 本户面积 {area_text(area)}"
                        f" ÷ 总面积 {sum_text} = {_exact_yuan(total_fen * area, area_sum)} 元",
                        f"按最大余额法分摊到分，各户合计恰为总额：{format_yuan(share)} 元")
    area_texts: dict[int, str] = {}
    out = []
    for area, share in zip(areas, shares):
        if area not in area_texts:
            area_texts[area] = area_text(area)
        out.append(Computation(share, f"{total_text}元 × {area_texts[area]}/{sum_text}", working(area, share),
                               SHARED_ROUNDING, 1, std.id))
    return out


def compute_one_off(std: Standard, amount_fen: int | None = None) -> Computation:
    amount = std.rate_e4 // _RATE_TO_FEN if amount_fen is None else amount_fen
    if amount_fen is None and std.rate_e4 % _RATE_TO_FEN:
        raise Invalid("一次性收费的金额必须精确到分")
    return Computation(amount, f"一次性 {format_yuan(amount)}元", lambda: (f"一次性收费 {format_yuan(amount)} 元",),
                       "不取整", 1, std.id)


def standard_in_force(standards: list[Standard], day: date) -> Standard | None:
    """The latest standard whose effective date is on or before `day`."""
    best = None
    for std in standards:
        if std.effective_from <= day and (best is None or std.effective_from > best.effective_from):
            best = std
    return best


def segments(standards: list[Standard], first: Month, months: int) -> list[tuple[Standard, Month, int]]:
    """Split months into runs billed under one standard each (a rate change starts a new run).

    A month is billed under the standard in force on its first day; months before any standard
    are refused, so a bill for a past period never silently takes a later rate.
    """
    runs: list[tuple[Standard, Month, int]] = []
    for i in range(months):
        month = first.add(i)
        std = standard_in_force(standards, month.first_day())
        if std is None:
            raise Refused("{month} 没有生效的收费标准", month=month)
        if runs and runs[-1][0] is std:
            runs[-1] = (std, runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((std, month, 1))
    return runs
