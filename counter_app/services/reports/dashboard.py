"""The manager's dashboard (经营看板): today's and the month's takings by item, tender and cashier;
24 months of billing, collection and what is still owed of each month; the habitual late payers.
Every figure is taken from the report it belongs to (the day report, the collection report, the
late-payer list) or added up by the rule those reports use, so the dashboard never says other
figures than the papers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.collection import rate_text
from ...core.errors import Invalid
from ...core.periods import Month
from ...core.tables import TOTAL, beyond_principal, takings_by_item
from ...core.tenders import METHODS
from ...store.db import read_together
from ...store.queries import billed as billed_months, owed_months, reports as report_queries
from ...store.queries.charges import items_by_id
from ...store.queries.users import display_names
from ...store.nogc import nogc
from ...ledger.estate import estate_of
from ...ledger import clock, takings
from ...ledger.context import Actor
from .collection import CollectionReport, collection_report
from .late_payers import LatePayer, late_payers

TREND_MONTHS = 24


@dataclass(frozen=True)
class Takings:
    received_fen: int
    by_item: tuple[tuple[str, int], ...]       # items' principal, then late fees, waivers, prepayments
    by_tender: tuple[tuple[str, int], ...]
    by_cashier: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class MonthPoint:
    month: str
    billed_fen: int
    owed_fen: int              # still owed now of the month's charges

    @property
    def collected_fen(self) -> int:
        """至今已收: of the month's charges, what is paid by today."""
        return self.billed_fen - self.owed_fen

    @property
    def rate(self) -> str:
        """至今收费率 (RATE_NAMES["rate_to_date"]): the collection report's 收费率 counts to its
        report date (the month's end), this to today; for the running month they are one."""
        return rate_text(self.collected_fen, self.billed_fen)


@dataclass(frozen=True)
class Dashboard:
    title: str                 # the estate's name
    company: str
    today: date
    month: str
    day: Takings
    month_takings: Takings
    trend: tuple[MonthPoint, ...]
    late_window: tuple[str, ...]
    late: tuple[LatePayer, ...]
    month_report: CollectionReport     # the month's rates are this report's own, not worked out again


@nogc
def dashboard(actor: Actor, month_text: str | None = None) -> Dashboard:
    actor.require("report.management")
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    month = Month.parse(month_text) if month_text else Month.of(today)
    if month.first_day() > today:
        raise Invalid("{month} 还没有到，看板只看今天（{today}）以前的月份", month=month, today=today)
    names = display_names()

    def by(tenders: dict, users: dict) -> tuple[tuple, tuple]:
        return (tuple((METHODS.get(m, m), a) for m, a in sorted(tenders.items(), key=lambda x: -x[1])),
                tuple((names.get(u, str(u)), a) for u, a in sorted(users.items(), key=lambda x: -x[1])))

    actor.require("report.day")
    # The month's report, the late payers, the 24 months, the day's figures and its takings read
    # at once on a server, each on a connection of its own (store.db.read_together).
    report, (window, late), trend, day, day_by = read_together(
        lambda: collection_report(actor, str(month)),
        lambda: late_payers(actor, min(today, month.last_day())),
        lambda: _trend(estate.id, month),
        lambda: takings.day_figures(estate.id, today),
        lambda: report_queries.month_takings_by(estate.id, today, today))
    day_tenders, day_cashiers = by(*day_by)
    day_takings = Takings(day.received_fen,
                          tuple((row[0], int(row[1])) for row in takings_by_item(day) if row[0] != TOTAL),
                          day_tenders, day_cashiers)
    month_items = tuple((c.item, c.total_fen) for c in report.cash) + tuple(
        beyond_principal(report.late_fees_fen, report.waived_fen, report.topups_fen, report.rounding_fen,
                         report.discount_fen, report.offer_fen))
    month_tenders, month_cashiers = by(*report_queries.takings_by(report.tenders))   # the report's own rows
    return Dashboard(estate.name, estate.company, today, str(month),
                     day_takings, Takings(report.received_fen, month_items, month_tenders, month_cashiers),
                     trend, window, tuple(late), report)


def _trend(estate_id: int, month: Month) -> tuple[MonthPoint, ...]:
    """The 24 months to `month`: billed and still owed, both kept beside the charges
    (store/queries/billed.py, owed_months.py)."""
    first = month.add(-(TREND_MONTHS - 1))
    item_ids = sorted(items_by_id(estate_id))
    billed = billed_months.by_month(item_ids, str(first), str(month))
    owed = owed_months.by_month(item_ids, first.index(), month.index())
    return tuple(MonthPoint(str(first.add(n)), billed.get(str(first.add(n)), 0), owed.get(first.index() + n, 0))
                 for n in range(TREND_MONTHS))
