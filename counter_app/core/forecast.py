"""收费预测: what the counter can expect to collect in the next months, from each unit's own paying
habit, and the same forecast made as of a past month beside what was then collected (the
back-test). Pure arithmetic on plain rows; money stays in 分 (shares are exact fractions, each
expected cell rounded half up once).

The method, as the report prints it (METHOD):
1. A unit's habit is read from the WINDOW whole months up to the forecast's month (the "as-of"
   month): a month in which the unit was billed is *late* when a charge of it was paid after its
   due date or is unpaid past it at the month's end, and *unpaid* when some of it is still owed
   past its due date. The unit is
   - 不缴 (not paying) when more than half its billed months are unpaid;
   - 习惯性迟缴 (habitually late) when at least half are late (6 of 12, the late-payers list's rule);
   - 迟缴 (late) when at least one is late;
   - 按时 (on time) otherwise, and when it was billed in none of the months (no record yet).
2. Each class's collection curve: share(L) = of the class's charges of a month, the part paid L
   months later (L = 0 … WINDOW − 1; paid ahead counts as paid in the charge's own month),
   measured over the window's months that have reached L months.
3. Expected in a coming month: each unit's open amount of a window month already L months old is
   expected to come in k months later as share(L + k) ÷ (1 − share(0) − … − share(L)) of it (the
   class's rate for what was still open at that age); a coming month's charges, taken to be the
   same as the same month a year earlier (three months earlier for a unit and item billed only
   since), as share(0), share(1) … of them. What each month's
   charges are expected to bring is capped at what they are (never more than owed).
4. Charges more than WINDOW − 1 months old, deposits and refunds are outside the forecast, and
   outside what the back-test counts as collected: a month's collection here is what was paid in
   it of the charges of it and of the WINDOW − 1 months before (paid ahead: in the charge's month).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

WINDOW = 12          # months of history read; also the longest lag a month's charges are expected over
HORIZON = 3          # months forecast

ON_TIME, LATE, HABITUAL, NOT_PAYING = "on_time", "late", "habitually_late", "not_paying"
CLASSES = (ON_TIME, LATE, HABITUAL, NOT_PAYING)
CLASS_NAMES = {ON_TIME: "按时", LATE: "迟缴", HABITUAL: "习惯性迟缴", NOT_PAYING: "不缴"}

METHOD = (
    f"习惯按最近 {WINDOW} 个完整月份（至预测基准月）判断：某月有费用且其中有费用逾期才缴或逾期未缴，为迟缴月；"
    "逾期仍未缴清，为未缴月。未缴月超过有费用月份的一半为“不缴”；迟缴月达到一半（12 个月中 6 个）为“习惯性迟缴”；"
    "有迟缴月为“迟缴”；其余（含尚无记录的户）为“按时”。",
    "每类户的回款曲线：某月费用在第 0、1、2… 个月后缴入的比例，按窗口内已到该月龄的月份实测（预交计入费用所属月份）。",
    "预测：每户窗口内各月尚欠的金额，按其类别在该月龄之后的回款比例（占当时尚未收回部分的比例）计入以后各月；"
    "以后各月的费用按上年同月的费用计（该户该项目一年前尚未计费的，按三个月前），按回款曲线计入。"
    "每月费用预计收回的合计不超过其金额。",
    f"超过 {WINDOW - 1} 个月的欠费、押金与退款不在预测内；回测的“实收”同一口径："
    f"该月所收本月及前 {WINDOW - 1} 个月的费用（预交计入费用所属月份）。",
)


@dataclass(frozen=True)
class Billed:
    """A unit's charges of one item whose periods start in one month."""
    unit: int
    item: int
    month: int            # core.periods.Month.index() of the periods' start
    amount_fen: int
    due: date             # the latest due date among them


@dataclass(frozen=True)
class Paid:
    """What receipts of one month paid of a unit's charges of one item and one month."""
    unit: int
    item: int
    month: int            # the charges' month
    paid_month: int       # the receipts' month (business date)
    principal_fen: int
    late: bool            # paid after the charges' due date


@dataclass(frozen=True)
class Habit:
    """One unit's months in the window: billed, late (paid late or unpaid past due), unpaid."""
    billed: int
    late: int
    unpaid: int


def classify(h: Habit) -> str:
    if h.billed == 0:
        return ON_TIME                       # no record yet: expected as the punctual are
    if h.unpaid * 2 > h.billed:
        return NOT_PAYING
    if h.late * 2 >= h.billed:
        return HABITUAL
    return LATE if h.late else ON_TIME


def month_name(month: int) -> str:
    """A month number (core.periods.Month.index) as "YYYY-MM"."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def first_day(month: int) -> date:
    return date(month // 12, month % 12 + 1, 1)


def _effective(p: Paid) -> int:
    """The month a payment counts in: paid ahead, in the charges' own month."""
    return max(p.paid_month, p.month)


def habits(billed: list[Billed], paid: list[Paid], as_of: int) -> dict[int, Habit]:
    """unit -> its habit over the window ending with month `as_of`, as known at that month's end."""
    first, end = as_of - WINDOW + 1, first_day(as_of + 1)
    owed: dict[tuple[int, int], int] = defaultdict(int)          # (unit, month) -> billed − paid by then
    due: dict[tuple[int, int], date] = {}
    late: set[tuple[int, int]] = set()
    units: set[int] = set()
    for b in billed:
        units.add(b.unit)
        if first <= b.month <= as_of and b.amount_fen > 0:
            key = (b.unit, b.month)
            owed[key] += b.amount_fen
            due[key] = max(due.get(key, b.due), b.due)
    for p in paid:
        key = (p.unit, p.month)
        if key in owed and p.paid_month <= as_of:
            owed[key] -= p.principal_fen
            if p.late:
                late.add(key)
    counts: dict[int, list[int]] = {u: [0, 0, 0] for u in units}
    for (unit, month), rest in owed.items():
        unpaid = rest > 0 and due[(unit, month)] < end
        c = counts[unit]
        c[0] += 1
        c[1] += 1 if unpaid or (unit, month) in late else 0
        c[2] += 1 if unpaid else 0
    return {u: Habit(*c) for u, c in counts.items()}


def curves(billed: list[Billed], paid: list[Paid], as_of: int, classes: dict[int, str]) -> dict[str, tuple[Fraction, ...]]:
    """class -> share(L) for L = 0 … WINDOW − 1, measured on the window's months that are L months
    old or more at the end of `as_of` (a class with nothing billed: all shares 0)."""
    first = as_of - WINDOW + 1
    billed_by: dict[tuple[str, int], int] = defaultdict(int)     # (class, month) -> billed
    paid_by: dict[tuple[str, int, int], int] = defaultdict(int)  # (class, month, lag) -> paid
    for b in billed:
        if first <= b.month <= as_of:
            billed_by[(classes.get(b.unit, ON_TIME), b.month)] += b.amount_fen
    for p in paid:
        if first <= p.month <= as_of and _effective(p) <= as_of:
            paid_by[(classes.get(p.unit, ON_TIME), p.month, _effective(p) - p.month)] += p.principal_fen
    out = {}
    for cls in CLASSES:
        shares = []
        for lag in range(WINDOW):
            months = range(first, as_of - lag + 1)
            whole = sum(billed_by[(cls, m)] for m in months)
            part = sum(paid_by[(cls, m, lag)] for m in months)
            shares.append(Fraction(part, whole) if whole else Fraction(0))
        out[cls] = tuple(shares)
    return out


def _ahead(shares: tuple[Fraction, ...], age: int, months: int) -> list[Fraction]:
    """Of what a month's charges still owe when `age` months old (−1: not yet billed, all of it),
    the parts expected in each of the next `months` months, their sum capped at all of it."""
    remaining = 1 - sum(shares[:age + 1], Fraction(0))
    if remaining <= 0:
        return [Fraction(0)] * months
    out, running = [], Fraction(0)
    for k in range(1, months + 1):
        lag = age + k
        part = shares[lag] / remaining if 0 <= lag < len(shares) else Fraction(0)
        part = min(part, 1 - running)
        running += part
        out.append(part)
    return out


@dataclass(frozen=True)
class Forecast:
    as_of: int                                   # the month the forecast is made at the end of
    months: tuple[int, ...]                      # the months forecast
    classes: dict[int, str]                      # unit -> class
    shares: dict[str, tuple[Fraction, ...]]      # class -> collection curve
    expected: dict[tuple[str, int, int], int] = field(default_factory=dict)   # (class, item, month) -> 分

    def by_item(self, month: int) -> dict[int, int]:
        out: dict[int, int] = defaultdict(int)
        for (_cls, item, m), fen in self.expected.items():
            if m == month:
                out[item] += fen
        return dict(out)

    def by_class(self, month: int) -> dict[str, int]:
        out = {cls: 0 for cls in CLASSES}
        for (cls, _item, m), fen in self.expected.items():
            if m == month:
                out[cls] += fen
        return out

    def total(self, month: int) -> int:
        return sum(fen for (_c, _i, m), fen in self.expected.items() if m == month)

    def units_in(self, cls: str) -> int:
        return sum(1 for c in self.classes.values() if c == cls)


def forecast(billed: list[Billed], paid: list[Paid], as_of: int, horizon: int = HORIZON) -> Forecast:
    """The forecast made at the end of month `as_of` for the `horizon` months after it, from the
    rows of the window (rows outside it, or paid after `as_of`, are not looked at)."""
    classes = {u: classify(h) for u, h in habits(billed, paid, as_of).items()}
    shares = curves(billed, paid, as_of, classes)
    first = as_of - WINDOW + 1
    owed: dict[tuple[int, int, int], int] = defaultdict(int)      # (unit, item, month) -> open at as_of
    for b in billed:
        if first <= b.month <= as_of:
            owed[(b.unit, b.item, b.month)] += b.amount_fen
    for p in paid:
        key = (p.unit, p.item, p.month)
        if key in owed and p.paid_month <= as_of:
            owed[key] -= p.principal_fen
    months = tuple(as_of + k for k in range(1, horizon + 1))
    exact: dict[tuple[str, int, int], Fraction] = defaultdict(Fraction)
    # Open amounts of the window, by class, item and age, then spread over the months ahead.
    open_by: dict[tuple[str, int, int], int] = defaultdict(int)
    for (unit, item, month), rest in owed.items():
        if rest > 0:
            open_by[(classes[unit], item, as_of - month)] += rest
    for (cls, item, age), rest in open_by.items():
        for k, part in enumerate(_ahead(shares[cls], age, horizon), start=1):
            exact[(cls, item, as_of + k)] += rest * part
    # The months to come, billed as the same month a year before (three months before for a unit
    # and item billed only since), collected along the curve.
    since: dict[tuple[int, int], int] = {}
    for b in billed:
        if first <= b.month <= as_of and b.amount_fen > 0:
            since[(b.unit, b.item)] = min(since.get((b.unit, b.item), b.month), b.month)
    coming: dict[tuple[str, int, int], int] = defaultdict(int)
    for b in billed:
        start = since.get((b.unit, b.item))
        for j in range(1, horizon + 1):
            target = as_of + j
            if start is not None and b.month == (target - 12 if start <= target - 12 else target - 3):
                coming[(classes[b.unit], b.item, target)] += b.amount_fen
    for (cls, item, month), amount in coming.items():
        parts = _ahead(shares[cls], -1, as_of + horizon - month + 1)
        for k, part in enumerate(parts):
            exact[(cls, item, month + k)] += amount * part
    expected = {key: round_half_up(value) for key, value in exact.items()}
    return Forecast(as_of, months, classes, shares, expected)


def collected(paid: list[Paid], month: int) -> dict[int, int]:
    """item -> what was collected in `month` by the forecast's measure (point 4 of the method)."""
    out: dict[int, int] = defaultdict(int)
    for p in paid:
        if _effective(p) == month and month - p.month < WINDOW:
            out[p.item] += p.principal_fen
    return dict(out)


def round_half_up(value: Fraction) -> int:
    """A non-negative exact amount of 分 to whole 分, halves up."""
    return int((value * 2 + 1) // 2)


def error_text(forecast_fen: int, actual_fen: int) -> str:
    """The forecast's error as a share of what was collected, signed, two decimals: '+12.50%';
    nothing collected reads '—'."""
    if actual_fen <= 0:
        return "—"
    diff = forecast_fen - actual_fen
    basis = round_half_up(Fraction(abs(diff) * 10000, actual_fen))
    return f"{'-' if diff < 0 else '+'}{basis // 100}.{basis % 100:02d}%"
