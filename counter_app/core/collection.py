"""Management figures (DOMAIN.md): arrears aging buckets and collection rates, exactly."""
from __future__ import annotations

from .money import div_round_half_up

# (first day, last day or None, label): days past the due date of the oldest charge owed
AGING_BUCKETS: tuple[tuple[int, int | None, str], ...] = (
    (0, 30, "0–30 天"), (31, 90, "31–90 天"), (91, 180, "91–180 天"), (181, 365, "181–365 天"),
    (366, None, "365 天以上"))


def bucket_of(days_overdue: int) -> str:
    for first, last, label in AGING_BUCKETS:
        if days_overdue >= first and (last is None or days_overdue <= last):
            return label
    return AGING_BUCKETS[0][2]   # not yet overdue counts with the newest


# The management figures' names, one rule each (docs/FIGURES.md); a figure by another rule has
# another name. A month's charges are those whose period starts in it.
RATE_NAMES = {
    "rate": "收费率",              # the month's charges collected by the report date ÷ the month's charges
    "unit_rate": "户收费率",       # households whose charges of the month are all paid ÷ households billed
    "recovery_rate": "清缴率",     # earlier months' charges paid this month ÷ (those + those still owed)
    "arrears_recovered": "清欠",   # earlier months' charges paid this month (counter and prepaid deduction)
    "advance": "预收",             # later months' charges paid at the counter this month
    "rate_to_date": "至今收费率",  # the month's charges collected by today ÷ the month's charges
}


def rate_text(part: int, whole: int) -> str:
    """part / whole as a percentage with two decimals, rounded half up: 1 / 3 -> '33.33%'.
    Nothing billed reads '—', not 0% or 100%."""
    if whole <= 0:
        return "—"
    basis_points = div_round_half_up(part * 10000, whole)
    return f"{basis_points // 100}.{basis_points % 100:02d}%"


# 习惯性迟缴: a unit late in at least LATE_MONTHS of the last WINDOW_MONTHS whole months. A month is
# late when a charge of that month was paid after its due date or is still unpaid past it.
LATE_MONTHS, WINDOW_MONTHS = 6, 12


def habitually_late(late_months, window) -> bool:
    """late_months: the months (any comparable value) a unit was late in; window: the months that
    count. Months outside the window do not count."""
    return len(set(late_months) & set(window)) >= LATE_MONTHS
