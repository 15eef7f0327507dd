"""月度收费汇总: what a month billed and how much of it has been collected (收费率, 户收费率),
and what the counter took in that month, split into the month's own fees, arrears recovered
(清欠, with 清缴率) and fees paid ahead (预收).

Figures are as of the month's last day, or today for the running month: what is paid of a charge
now, less what receipts dated after that day paid, plus what refunds since took back; so a report
printed again later for the same month says the same. A charge belongs to the month its period
starts in; a receipt to its shift's business day, as in the day reports."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.collection import rate_text
from ...core.discounts import DISCOUNT
from ...core.offers import OFFER
from ...core.rounding import ROUNDING
from ...core.periods import Month
from ...store.db import read_at_once
from ...store.queries import owed_months, reports as report_queries
from ...store.queries.charges import items_by_id
from ...store.nogc import nogc
from ...ledger.estate import estate_of
from ...ledger import clock
from ...ledger.context import Actor


@dataclass(frozen=True)
class ItemCollection:
    item: str
    billed_fen: int          # 当期应收
    collected_fen: int       # 当期实收, as of the report date
    units_billed: int
    units_paid: int          # households whose charges of the month for this item are fully paid

    @property
    def rate(self) -> str:
        return rate_text(self.collected_fen, self.billed_fen)


@dataclass(frozen=True)
class CashLine:
    item: str
    current_fen: int         # the month's own charges
    arrears_fen: int         # charges of earlier months (清欠)
    advance_fen: int         # charges of later months (预收)

    @property
    def total_fen(self) -> int:
        return self.current_fen + self.arrears_fen + self.advance_fen


@dataclass(frozen=True)
class CollectionReport:
    month: str
    as_of: date
    title: str                 # the estate's name, as the reports' subtitle says whose figures they are
    company: str
    items: tuple[ItemCollection, ...]
    units_billed: int
    units_paid: int
    cash: tuple[CashLine, ...]          # counter receipts of the month, by item
    receipts: int
    received_fen: int                   # every counter receipt's total (as the day reports add up)
    late_fees_fen: int
    waived_fen: int
    topups_fen: int
    deductions_fen: int                 # charges settled from prepaid balances (no money taken)
    refunds_fen: int
    arrears_recovered_fen: int          # earlier months' charges paid this month, at the counter or by deduction
    arrears_open_fen: int               # earlier months' charges still owed on the report date
    rounding_fen: int = 0               # 抹零 of the month's receipts (−: less cash taken); in received_fen
    discount_fen: int = 0               # 折扣/减免 by policy of the month's receipts: not received
    offer_fen: int = 0                  # 赠送 of the month's receipts (core/offers.py): kept out of received_fen
    tenders: tuple = ()                 # (kind, user, method, amount) of their tender rows, added up

    @property
    def billed_fen(self) -> int:
        return sum(i.billed_fen for i in self.items)

    @property
    def collected_fen(self) -> int:
        return sum(i.collected_fen for i in self.items)

    @property
    def rate(self) -> str:
        return rate_text(self.collected_fen, self.billed_fen)

    @property
    def unit_rate(self) -> str:
        return rate_text(self.units_paid, self.units_billed)

    @property
    def recovery_rate(self) -> str:
        return rate_text(self.arrears_recovered_fen, self.arrears_recovered_fen + self.arrears_open_fen)


@nogc
def collection_report(actor: Actor, month_text: str) -> CollectionReport:
    actor.require("report.management")
    estate = estate_of(actor)
    month = Month.parse(month_text)
    first, last = month.first_day(), month.last_day()
    as_of = min(month.last_day(), clock.business_date(estate.timezone))
    items = items_by_id(estate.id)
    # The month's documents by their range of ids first; then its charges, the documents' lines, their
    # totals and tenders, and the earlier months still owed: four reads apart, at once on a large
    # ledger (store.db.read_at_once; the lines, the longest, beside the rest).
    documents = report_queries.month_documents(estate.id, first, last)
    (per_item, (units_billed, units_paid_up)), lines, (totals, refunds, tenders), still_owed = read_at_once(
        lambda: report_queries.month_collection(estate.id, sorted(items), first, last, as_of),
        lambda: report_queries.month_lines(documents, first, last),
        lambda: (report_queries.month_totals(documents), report_queries.month_refunds_total(estate.id, first, last),
                 report_queries.month_tenders(documents)),
        lambda: _still_owed(estate.id, sorted(items), first, as_of))
    item_rows = [ItemCollection(items[item].name, billed, got, units, paid_up)
                 for item, billed, got, units, paid_up in per_item]
    cash, counts, recovered, rounding, discount, offered = _month_documents(items, totals, lines, refunds, tenders)
    return CollectionReport(str(month), as_of, estate.name, estate.company, tuple(item_rows),
                            units_billed, units_paid_up, cash, *counts, recovered, still_owed, rounding, discount,
                            offered, tuple(tenders))


def _month_documents(items: dict, totals: dict, lines: list, refunds: int,
                     tenders: list) -> tuple[tuple[CashLine, ...], tuple, int, int, int, int]:
    """The month's valid documents (report_queries.month_totals, month_lines, month_refunds_total
    and month_tenders of them): counter receipts' principal by item and by the period paid for,
    their totals, prepaid deductions, refunds; and earlier months' charges they paid (清欠)."""
    receipts, received, late, waived, topups, _lines = totals.get("counter", (0,) * 6)
    deductions = sum(sums[5] for kind, sums in totals.items() if kind != "counter")
    split: dict[int, list[int]] = {}
    recovered = 0
    for kind, item_id, when, principal in lines:
        if when == 1:
            recovered += principal
        if kind == "counter":
            split.setdefault(item_id, [0, 0, 0])[when] += principal
    rounding = -report_queries.settled_by(tenders, ROUNDING)
    discount = report_queries.settled_by(tenders, DISCOUNT)
    offered = report_queries.settled_by(tenders, OFFER)
    received += rounding - discount - offered    # 实收: what was taken; 抹零, 折扣/减免 and 赠送 their own lines
    cash = tuple(CashLine(items[i].name, *split[i]) for i in sorted(split))
    return cash, (receipts, received, late, waived, topups, deductions, refunds), recovered, rounding, discount, offered


def _still_owed(estate_id: int, item_ids: list[int], first: date, day: date) -> int:
    """Earlier months' charges still owed on the report date: owed now, plus what receipts after
    the date paid of them, less what refunds since took back (by the documents' own dates)."""
    return (owed_months.before(item_ids, Month.of(first).index()) + report_queries.paid_after_before(estate_id, day, first)
            - report_queries.refunded_after_before(estate_id, day, first))
