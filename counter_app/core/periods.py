"""Billing periods: months, cycles, and the dates a charge covers."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import Invalid

CYCLE_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}
CYCLE_NAMES = {"monthly": "按月", "quarterly": "按季", "half_yearly": "按半年", "yearly": "按年"}


# The years a date or a month typed by a person may fall in: part of their grammar, so that a month
# read as 9999-12 or 0001-01 is refused in words before any arithmetic runs past the calendar.
FIRST_YEAR, LAST_YEAR = 2000, 2099


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise Invalid("年份 {year} 不在 {first} 到 {last} 之间", year=year, first=FIRST_YEAR, last=LAST_YEAR)


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> "Month":
        m = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise Invalid("账期“{period}”格式应为 YYYY-MM", period=text)
        check_year(int(m.group(1)))
        return cls(int(m.group(1)), int(m.group(2)))

    @classmethod
    def of(cls, d: date) -> "Month":
        return cls(d.year, d.month)

    def add(self, months: int) -> "Month":
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)

    def index(self) -> int:
        return self.year * 12 + self.month - 1

    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def month_after_billed(last_billed_day: date | None, today: date) -> Month:
    """The first month a periodic fee is still to be billed in: the month after the end of its last
    charge (cancelled ones aside), or this month when it has none yet."""
    return Month.of(last_billed_day).add(1) if last_billed_day is not None else Month.of(today)


def cycle_starts_at(cycle: str, month: Month) -> bool:
    """Cycles are anchored on January: quarters start in 1/4/7/10, halves in 1/7."""
    length = CYCLE_MONTHS[cycle]
    return (month.month - 1) % length == 0


def cycle_containing(cycle: str, month: Month) -> tuple[Month, int]:
    """The first month of the cycle that contains `month`, and the cycle's length."""
    length = CYCLE_MONTHS[cycle]
    offset = (month.month - 1) % length
    return month.add(-offset), length


def due_date_for(period_start: date, due_days: int) -> date:
    return period_start + timedelta(days=due_days)

