"""收费预测: expected collection for the three months after a whole month, per fee item and in
total, from each unit's own paying habit (core/forecast.py says how, and the report prints it),
with the same forecast made three months earlier beside what was then collected (the back-test),
and, when the months forecast are past, what was collected in them."""
from __future__ import annotations

from dataclasses import dataclass

from ...core import forecast as F
from ...core.errors import Invalid
from ...core.periods import Month
from ...core.tables import TOTAL, Fen, Section
from ...store.queries import forecast as forecast_queries
from ...store.queries.charges import estate_items
from ...ledger.estate import estate_of
from ...ledger import clock
from ...ledger.context import Actor
from .printed import Printed

# What is forecast: fees billed period by period or by reading; deposits and one-off charges aside.
FORECAST_KINDS = ("area", "fixed", "per_space", "metered", "shared")
BACK = F.HORIZON       # the back-test is made this many months before the forecast


@dataclass(frozen=True)
class ForecastReport(Printed):
    as_of: str                                  # "YYYY-MM": the forecast is made at its end
    title: str
    company: str
    items: tuple[tuple[int, str], ...]          # (id, name) in display order
    forecast: F.Forecast
    back: F.Forecast                            # made BACK months earlier
    actual: dict[int, dict[int, int]]           # month number -> item -> collected, of the months past

    heading = property(lambda self: f"收费预测（基准月 {self.as_of}，预测其后 {F.HORIZON} 个月）")
    stem = property(lambda self: f"forecast-{self.as_of}")
    footer = "预测方法与口径见“方法”一节；误差 = 预测 − 实收，误差率以实收为基数。"
    page = "a4-landscape"

    def collected(self, month: int) -> int | None:
        return sum(self.actual[month].values()) if month in self.actual else None

    def sections(self) -> list[Section]:
        months = self.forecast.months
        names = [F.month_name(m) for m in months]
        by_item = tuple((name, *(Fen(self.forecast.by_item(m).get(i, 0)) for m in months),
                         Fen(sum(self.forecast.by_item(m).get(i, 0) for m in months))) for i, name in self.items)
        totals = [self.forecast.total(m) for m in months]
        by_item += ((TOTAL, *(Fen(t) for t in totals), Fen(sum(totals))),)
        by_class = tuple((F.CLASS_NAMES[c], self.forecast.units_in(c), *(Fen(self.forecast.by_class(m)[c]) for m in months))
                         for c in F.CLASSES)
        by_class += ((TOTAL, len(self.forecast.classes), *(Fen(t) for t in totals)),)
        curves = tuple((F.CLASS_NAMES[c], *(_percent(s) for s in self.forecast.shares[c][:6]))
                       for c in F.CLASSES)
        sections = [Section("预测（按收费项目）", ("收费项目", *names, "三个月合计"), by_item),
                    Section("预测（按缴费习惯）", ("类别", "户数", *names), by_class),
                    Section("回款曲线（某月费用在第 n 个月后缴入的比例）",
                            ("类别", *(f"第 {n} 月" if n else "当月" for n in range(6))), curves)]
        past = [m for m in months if m in self.actual]
        if past:
            sections.append(self._against("本次预测与实收", self.forecast, past))
        sections.append(self._against(f"回测：基准月 {F.month_name(self.back.as_of)} 的预测与当时实收", self.back,
                                      list(self.back.months)))
        sections.append(Section("方法", ("", "说明"), tuple((n + 1, text) for n, text in enumerate(F.METHOD))))
        return sections

    def _against(self, title: str, f: F.Forecast, months: list[int]) -> Section:
        rows = []
        for m in months:
            for i, name in self.items:
                guess, got = f.by_item(m).get(i, 0), self.actual[m].get(i, 0)
                rows.append((F.month_name(m), name, Fen(guess), Fen(got), Fen(guess - got), F.error_text(guess, got)))
            guess, got = f.total(m), sum(self.actual[m].values())
            rows.append((F.month_name(m), "小计", Fen(guess), Fen(got), Fen(guess - got), F.error_text(guess, got)))
        guess, got = sum(f.total(m) for m in months), sum(sum(self.actual[m].values()) for m in months)
        rows.append((TOTAL, "", Fen(guess), Fen(got), Fen(guess - got), F.error_text(guess, got)))
        return Section(title, ("月份", "收费项目", "预测", "实收", "误差", "误差率"), tuple(rows))


def forecast_report(actor: Actor, as_of: str | None = None) -> ForecastReport:
    """as_of: a whole month ("YYYY-MM") before the current one; the last whole month by default."""
    actor.require("report.management")
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    this = Month.of(today)
    month = Month.parse(as_of) if as_of else this.add(-1)
    if month.index() >= this.index():
        raise Invalid("预测基准月 {month} 应为已结束的月份（{last} 或更早）", month=str(month), last=str(this.add(-1)))
    items = tuple((i.id, i.name) for i in sorted(estate_items(estate.id), key=lambda i: (i.sort_order, i.id))
                  if i.kind in FORECAST_KINDS and not i.is_deposit)
    ids = [i for i, _ in items]
    first = month.add(-BACK - F.WINDOW + 1)               # the back-test's window starts here
    last = month.add(F.HORIZON)
    billed = [F.Billed(*row) for row in forecast_queries.billed_by_month(ids, first.first_day(), last.last_day())]
    # Receipts of the whole months past (the month under way is neither forecast from nor shown).
    paid = [F.Paid(*row) for row in forecast_queries.paid_by_month(estate.id, ids, first.first_day(), last.last_day(),
                                                                    this.add(-1).last_day())]
    # Items billed in none of the months read (a shop fee not yet in force) would be rows of noughts.
    seen = {b.item for b in billed}
    items = tuple((i, name) for i, name in items if i in seen)
    made = F.forecast(billed, paid, month.index())
    back = F.forecast(billed, paid, month.index() - BACK)
    done = [m for m in range(month.index() - BACK + 1, month.index() + F.HORIZON + 1) if m < this.index()]
    actual = {m: F.collected(paid, m) for m in done}
    return ForecastReport(str(month), estate.name, estate.company, items, made, back, actual)


def _percent(share) -> str:
    basis = F.round_half_up(share * 10000)
    return f"{basis // 100}.{basis % 100:02d}%"
