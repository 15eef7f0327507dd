"""The receipt journal (收据查询): search receipts, open one with its whole history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ...core.money import format_yuan
from ...core.receipt_data import ReceiptData
from ...core.tenders import METHODS, SETTLED_BY
from ...store.queries import invoices as invoice_queries, journal as journal_queries, payments as payment_queries
from ...store.queries.estate import estate_by_id
from ...store.queries.users import display_names
from ...ledger.estate import estate_id_of, estate_of
from ...ledger import clock
from ...ledger.context import Actor
from .receipts import load_receipt


@dataclass(frozen=True)
class JournalRow:
    number: str
    kind: str
    issued_at: str
    unit_code: str
    payer: str
    paid_fen: int        # the receipt's total after 抹零, as its 合计 prints it
    methods: str
    cashier: str
    status: str          # valid / voided / refunded (partly or wholly)
    refunded_fen: int
    invoice: str = "未申请"   # the invoice's status in words


@dataclass
class JournalFilter:
    number: str = ""
    date_from: date | None = None
    date_to: date | None = None
    unit_code: str = ""
    payer: str = ""
    cashier: str = ""     # user name
    method: str = ""
    status: str = ""      # valid / voided / refunded, or "" for all
    kind: str = ""        # counter (receipts taken at a counter) / deduction (automatic), or "" for both


def _local_bounds(d_from: date | None, d_to: date | None, tz: str):
    zone = ZoneInfo(tz)
    lo = clock.to_db(datetime.combine(d_from, time.min, zone)) if d_from else None
    hi = clock.to_db(datetime.combine(d_to + timedelta(days=1), time.min, zone)) if d_to else None
    return lo, hi


def search(actor: Actor, f: JournalFilter, limit: int = 500) -> list[JournalRow]:
    actor.require("receipt.print")
    estate = estate_of(actor)
    lo, hi = _local_bounds(f.date_from, f.date_to, estate.timezone)
    rows = journal_queries.receipts_found(estate.id, number=f.number.strip().upper(), since=lo, before=hi,
                                          unit_prefix=f.unit_code.strip(), payer=f.payer.strip(),
                                          cashier=f.cashier.strip(), method=f.method, kind=f.kind, status=f.status,
                                          limit=limit)
    ids = [r.id for r in rows]
    methods: dict[int, list[str]] = {}
    refunds: dict[int, int] = {}
    rounded = payment_queries.unpaid_settled(ids)
    if ids:
        for t in journal_queries.tender_methods_unordered(ids):
            methods.setdefault(t[0], []).append(SETTLED_BY[t[1]])
        refunds = journal_queries.refunded_totals(ids)
    tz = estate.timezone if estate else "Asia/Shanghai"
    invoiced = invoice_queries.statuses_of(ids)
    return [JournalRow(r.number, r.kind, clock.stored_text(r.created_at, tz), r.unit_code,
                       r.payer, r.total_fen - rounded.get(r.id, 0), "、".join(methods.get(r.id, [])), r.cashier,
                       "refunded" if r.status == "valid" and refunds.get(r.id) else r.status, int(refunds.get(r.id, 0)),
                       invoiced.get(r.id, "未申请"))
            for r in rows]


@dataclass(frozen=True)
class JournalDetail:
    receipt: ReceiptData
    reprints: tuple[str, ...]
    refunds: tuple[str, ...]
    audit: tuple[str, ...]
    void: str


def detail(actor: Actor, number: str) -> JournalDetail:
    actor.require("receipt.print")
    receipt = load_receipt(actor, number)
    p = journal_queries.payment_numbered(estate_id_of(actor), receipt.number)
    tz = estate_by_id(p.estate_id).timezone
    names = display_names()

    def when(value) -> str:
        return clock.stored_text(value, tz)

    reprints = tuple(f"{when(r.created_at)} 第{r.count}次 {names.get(r.user_id, '')}"
                     for r in journal_queries.reprints_of(p.id))
    refunds = tuple(f"{r.number} {when(r.created_at)} {_yuan(r.total_fen)} {METHODS[r.method]} {r.reason}"
                    f"（{names.get(r.user_id, '')}，授权 {names.get(r.authoriser_id, '')}）"
                    for r in journal_queries.refund_rows_of(p.id))
    refund_numbers = journal_queries.refund_numbers_of(p.id)
    entries = journal_queries.trail_of(p.number, refund_numbers)
    audit_lines = tuple(f"#{a.id} {when(a.created_at)} {a.username} {a.action}" for a in entries)
    void = ""
    if p.status == "voided":
        void = (f"{when(p.voided_at)} 作废，原因：{p.void_reason}；操作 {names.get(p.voided_by_id, '')}，"
                f"授权 {names.get(p.void_authoriser_id, '')}")
    return JournalDetail(receipt, reprints, refunds, audit_lines, void)


def _yuan(fen: int) -> str:
    return "¥" + format_yuan(fen)


def audit_rows(actor: Actor, action: str = "", username: str = "", text: str = "", limit: int = 2000) -> list[dict]:
    """The audit trail for managers, newest first, filtered."""
    actor.require("audit.view")
    tz = estate_of(actor).timezone
    return [{"id": a.id, "time": clock.stored_text(a.created_at, tz, "%Y-%m-%d %H:%M:%S"),
             "user": a.username, "action": a.action, "entity": a.entity, "entity_id": a.entity_id,
             "before": a.before, "after": a.after, "hash": a.hash[:16]}
            for a in journal_queries.audit_found(action, username, text, limit)]
