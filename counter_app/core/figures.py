"""What a unit owes on a date, defined once (docs/FIGURES.md says it in the office's words).

Every surface that shows what a unit owes — the counter, the search, the floor grid, the arrears
list, the notices, the dashboard, the account statement, the command line — takes its figure from
`Owing`, built here from the unit's open charges or added up by the database by the same rules
(store.queries.charges.owing_by_unit), and names it with `NAMES`. A surface that shows a part
(overdue only, principal only) says which part in those words.

- A charge is *overdue* on a date when its due date is before that date: the due date itself is
  the last day to pay on time. Grace days do not make a charge less overdue; they only postpone
  its late fee (core.latefees).
- *Days overdue* are counted from the day after the due date: a charge due on the 31st is 1 day
  overdue on the 1st. The late fee runs on the days beyond the grace days (滞纳天数).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from .latefees import LateFeeRule, late_fee, overdue_days

# The names every surface uses for the figures, as a cashier reads them.
NAMES = {
    "total": "应缴合计",             # every open charge, due or not, with the late fee to date
    "due_now": "到期应缴",           # charges due on or before the date, with the late fee to date
    "overdue_total": "逾期合计",     # charges past their due date, with the late fee to date
    "overdue": "逾期本金",           # charges past their due date, principal only
    "due_today": "今日到期",         # charges whose due date is the date itself
    "not_yet_due": "未到期",         # billed, due after the date
    "late_fee": "滞纳金",            # the late fee to date of the overdue charges
    "principal": "未缴本金",         # every open charge, principal only
    "days_overdue": "逾期天数",      # of the oldest overdue charge, from the day after its due date
    "late_days": "滞纳天数",         # the days a late fee runs: days overdue less the grace days
}


def days_overdue(due: date, as_of: date) -> int:
    """Days past the due date (the day after it is day 1); 0 when not overdue."""
    return max(0, (as_of - due).days)


@dataclass(frozen=True)
class OpenCharge:
    """One charge as the figures need it: what is still unpaid of it, when it falls due, and the
    late-fee rule of its item."""
    outstanding_fen: int
    due_date: date
    rule: LateFeeRule

    def late_fee(self, as_of: date) -> int:
        return late_fee(self.outstanding_fen, overdue_days(self.due_date, as_of, self.rule), self.rule)


@dataclass(frozen=True)
class Owing:
    """What a unit owes on `as_of`, in parts that add up: principal = overdue + due today + not
    yet due; total = principal + late fee."""
    as_of: date
    overdue_fen: int = 0
    due_today_fen: int = 0
    not_yet_due_fen: int = 0
    late_fee_fen: int = 0
    oldest_due: date | None = None     # the due date of the oldest overdue charge

    @property
    def principal_fen(self) -> int:
        return self.overdue_fen + self.due_today_fen + self.not_yet_due_fen

    @property
    def due_fen(self) -> int:
        return self.overdue_fen + self.due_today_fen

    @property
    def due_now_fen(self) -> int:
        return self.due_fen + self.late_fee_fen

    @property
    def overdue_total_fen(self) -> int:
        return self.overdue_fen + self.late_fee_fen

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.late_fee_fen

    @property
    def days_overdue(self) -> int:
        return days_overdue(self.oldest_due, self.as_of) if self.oldest_due else 0

    @property
    def state(self) -> str:
        """paid (nothing open), owing (open, none overdue) or overdue."""
        return "overdue" if self.overdue_fen else "owing" if self.principal_fen else "paid"

    def figures(self) -> dict[str, int]:
        """Every money figure by its key in NAMES (what --json prints)."""
        return {"total_fen": self.total_fen, "due_now_fen": self.due_now_fen,
                "overdue_total_fen": self.overdue_total_fen, "overdue_fen": self.overdue_fen,
                "due_today_fen": self.due_today_fen, "not_yet_due_fen": self.not_yet_due_fen,
                "late_fee_fen": self.late_fee_fen, "principal_fen": self.principal_fen,
                "days_overdue": self.days_overdue}


def owing(charges: Iterable[tuple[int, date, int]], as_of: date) -> Owing:
    """The figures on `as_of` of a unit's open charges, each given as (still unpaid, due date, its
    late fee to `as_of`)."""
    overdue = today = later = late = 0
    oldest: date | None = None
    for outstanding, due, fee in charges:
        if outstanding <= 0:
            continue
        if due < as_of:
            overdue += outstanding
            late += fee
            oldest = due if oldest is None else min(oldest, due)
        elif due == as_of:
            today += outstanding
        else:
            later += outstanding
    return Owing(as_of, overdue, today, later, late, oldest)


def assess(charges: Iterable[OpenCharge], as_of: date) -> Owing:
    """The figures of open charges with their late fees worked out here: the definition the
    database's sums (store.queries.charges.owing_by_unit) are tested against."""
    return owing(((c.outstanding_fen, c.due_date, c.late_fee(as_of)) for c in charges), as_of)
