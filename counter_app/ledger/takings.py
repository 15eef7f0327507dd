"""What shifts and days took, as the close-out reports count it: the receipts and refunds of
shifts as facts for core/closeout's arithmetic, and a day's figures (its close's, once closed).
Shared by the close (X, Z and day reports) and the dashboard, so neither imports the other."""
from __future__ import annotations

import dataclasses
import json
from datetime import date

from ..core.closeout import CashMoveFact, Figures, ReceiptFact, RefundFact, summarise
from ..store.queries import cashmoves as cash_queries, reports as report_queries, shifts as shift_queries
from ..store.queries.charges import items_by_id
from ..store.queries.users import display_names
from ..store.nogc import nogc
from . import books


def facts(shift_ids: list[int]) -> tuple[list[ReceiptFact], list[RefundFact]]:
    """The receipts and refunds of these shifts, as the close-out arithmetic counts them."""
    if not shift_ids:
        return [], []
    names = display_names()
    payments = report_queries.shift_receipts(shift_ids)
    tenders: dict[int, list[tuple[str, int]]] = {}
    for pid, method, amount in report_queries.shift_tenders(shift_ids, payments):
        tenders.setdefault(pid, []).append((method, amount))
    items: dict[int, list[tuple[str, int]]] = {}     # payment -> (item, principal) of its lines
    deposit_of: dict[int, int] = {}                    # payment -> deposit principal it took
    item_names = {i: item.name for i, item in items_by_id().items()}
    for pid, principal, item_id, origin in report_queries.shift_lines(shift_ids, payments):
        items.setdefault(pid, []).append((item_names[item_id], principal))
        if origin == "deposit":
            deposit_of[pid] = deposit_of.get(pid, 0) + principal
    none = ()
    receipts = [ReceiptFact(p.number, p.status, p.total_fen, tuple(tenders.get(p.id, none)),
                            tuple(items.get(p.id, none)), deposit_of.get(p.id, 0), p.late_fee_fen, p.waived_fen,
                            p.topup_fen, p.void_reason, names.get(p.void_authoriser, "") if p.void_authoriser else "")
                for p in payments]
    deposits = report_queries.shift_refunded_deposits(shift_ids)
    refunds = [RefundFact(number, original, total, method, deposits.get(rid, 0), reason, names.get(who, ""))
               for rid, number, original, total, method, reason, who in report_queries.shift_refunds(shift_ids)]
    return receipts, refunds


def moves(shift_ids: list[int]) -> list[CashMoveFact]:
    """The shifts' cash movements (paid-in, paid-out, drops and their reversals)."""
    names = display_names()
    return [CashMoveFact(number, kind, amount, reason, voucher, note, names.get(who, "") if who else "", reverses)
            for _id, number, kind, amount, reason, voucher, note, who, reverses in cash_queries.of_shifts(shift_ids)]


@nogc
def summarised(float_fen: int, shift_ids: list[int]) -> Figures:
    """The one place a shift's or a day's figures are made from its stored documents."""
    receipts, refunds = facts(shift_ids)
    figures = summarise(float_fen, receipts, refunds, moves(shift_ids))
    return dataclasses.replace(figures, forms=books.of_shifts(shift_ids))


def shift_figures(shift_id: int) -> Figures:
    """A shift's figures as they stand now."""
    return summarised(shift_queries.shift_by_id(shift_id).float_fen, [shift_id])


def figures_of(data: dict) -> Figures:
    """Figures read back from a stored report (JSON lists back to tuples)."""
    return Figures(**{k: tuple(tuple(x) for x in v) if k in ("voids", "refunds", "cash_moves", "forms") else v
                      for k, v in data.items()})


def day_figures(estate_id: int, day: date) -> Figures:
    """A business day's figures as its day report gives them: the stored close's while the day is
    closed, else summed now from its shifts."""
    closed = shift_queries.active_day_close(estate_id, day)
    if closed is not None:
        return figures_of(json.loads(closed.report_json)["figures"])
    shifts = shift_queries.shifts_on(estate_id, day)
    return summarised(sum(s.float_fen for s in shifts), [s.id for s in shifts])
