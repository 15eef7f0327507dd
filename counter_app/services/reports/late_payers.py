"""习惯性迟缴户: the units late in at least 6 of the last 12 whole months (core.collection), with the
months they were late in and what they owe now: whom to call before the due date, not after."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.collection import LATE_MONTHS, WINDOW_MONTHS, habitually_late
from ...core.periods import Month
from ...store.queries import reports as report_queries
from ...core.figures import Owing
from ...store.queries.charges import items_by_id
from ...store.queries.occupants import owner_names, unit_codes
from ...ledger.estate import estate_of
from ...ledger import clock
from ...ledger.context import Actor
from ...ledger.dues import owing_of_units


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


def late_payers(actor: Actor, as_of: date | None = None) -> tuple[tuple[str, ...], list[LatePayer]]:
    """(the window's months, the habitual late payers, most months late first)."""
    actor.require("report.management")
    estate = estate_of(actor)
    as_of = as_of or clock.business_date(estate.timezone)
    this = Month.of(as_of)
    window = tuple(str(this.add(-n)) for n in range(WINDOW_MONTHS, 0, -1))
    # The database returns only units late in at least LATE_MONTHS of the window's months (fewer
    # cannot be habitually late); the rule itself is core's, applied to each unit's months.
    first = this.index() - WINDOW_MONTHS
    names = {first + n: str(this.add(n - WINDOW_MONTHS)) for n in range(WINDOW_MONTHS)}   # each month named once
    late = {unit: {names[n] for n in months} for unit, months in report_queries.late_months(
        estate.id, sorted(items_by_id(estate.id)), first, this.index(), as_of, LATE_MONTHS).items()}
    units = sorted(u for u, months in late.items() if habitually_late(months, window))
    codes, owners, owed = unit_codes(units), owner_names(units), owing_of_units(estate.id, units, as_of)
    found = [LatePayer(codes[u], owners.get(u, ""), tuple(sorted(late[u] & set(window))), owed.get(u, Owing(as_of)))
             for u in units]
    found.sort(key=lambda p: (-len(p.late_months), p.code))
    return window, found
