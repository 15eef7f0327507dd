"""习惯性迟缴户: the units late in at least 6 of the last 12 whole months (core.collection), with the
months they were late in and what they owe now: whom to call before the due date, not after."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.collection import LATE_MONTHS, WINDOW_MONTHS, habitually_late
from ...core.periods import Month
from ...store.queries import late_months
from ...core.figures import Owing
from ...store.queries.occupants import owner_names, unit_codes
from ...store.nogc import nogc
from ...ledger.estate import estate_of
from ...ledger import clock
from ...ledger.context import Actor
from ...ledger.dues import months_of_estate


_ALL = (1 << WINDOW_MONTHS) - 1
# The window's months counted back from the list's month (bit k - 1: k months back) as the bits
# counted forward from its first month (bit n: window[n]), for every combination.
_BACKWARDS = [sum(1 << (WINDOW_MONTHS - 1 - j) for j in range(WINDOW_MONTHS) if m >> j & 1) for m in range(_ALL + 1)]


@dataclass(frozen=True)
class LatePayer:
    code: str
    owner: str
    late_months: tuple[str, ...]     # "YYYY-MM", oldest first
    owing: Owing                     # what it owes on the list's date (core.figures)

    @property
    def owed_fen(self) -> int:
        """应缴合计: what the counter asks of it on the list's date."""
        return self.owing.total_fen


@nogc
def late_payers(actor: Actor, as_of: date | None = None) -> tuple[tuple[str, ...], list[LatePayer]]:
    """(the window's months, the habitual late payers, most months late first)."""
    actor.require("report.management")
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    as_of = as_of or today
    this = Month.of(as_of)
    window = tuple(str(this.add(-n)) for n in range(WINDOW_MONTHS, 0, -1))
    # A unit's months late: those a valid receipt paid late (counted as receipts are written,
    # store/queries/late_months.py) and those still unpaid past their due date on the list's day
    # (from what each unit owes, kept: store/queries/owing.py). The rule itself is core's.
    first = this.index() - WINDOW_MONTHS
    overdue_months, owed = months_of_estate(estate.id, as_of, keep=as_of == today)
    # Each unit's months as the bits of one number, bit n for window[n] (a few thousand numbers, not
    # sets); only the units late in enough months are named and put to the rule.
    months = dict(late_months.paid_late(estate.id, first, this.index()))
    for unit, mask in overdue_months.items():      # bit k: the month k before the list's month
        recent = mask >> 1 & _ALL
        if recent:
            months[unit] = months.get(unit, 0) | _BACKWARDS[recent]
    named: dict[int, tuple[str, ...] | None] = {}     # a mask's months, when the rule calls them habitual
    for mask in set(months.values()):                  # a few hundred masks, however many units
        if mask.bit_count() >= LATE_MONTHS:
            these = tuple(sorted(window[n] for n in range(WINDOW_MONTHS) if mask >> n & 1))
            named[mask] = these if habitually_late(these, window) else None
    late = {unit: these for unit, mask in months.items() if (these := named.get(mask))}
    units = sorted(late)
    codes, owners = unit_codes(units), owner_names(units)
    found = [LatePayer(codes[u], owners.get(u, ""), late[u], owed[u]) for u in units]
    found.sort(key=lambda p: (-len(p.late_months), p.code))
    return window, found
