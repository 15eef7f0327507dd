"""Invoice requests at the counter: who the buyer is, which receipt lines, and what became of
each request (requested, issued with its number, a 红字 invoice needed after a void or refund)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ...core import text
from ...core.errors import Conflict, Invalid, NotFound, Refused, Word
from ...core.invoice_status import OPEN, RED_NEEDED, REQUESTED, status_words
from ...core.taxid import check_uscc
from ...store import locks
from ...store.db import write_transaction
from ...store.queries import invoices as invoice_queries, payments as payment_queries
from ...store.queries.charges import set_item_tax as store_item_tax
from ...ledger.estate import estate_id_of, estate_of, find_item, find_unit
from ...ledger import audit, clock, seals
from ...ledger.context import Actor

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
MOBILE = re.compile(r"1\d{10}")


@dataclass(frozen=True)
class Buyer:
    name: str
    tax_id: str            # "" for an individual
    contact: str           # email or mobile


@dataclass(frozen=True)
class InvoiceableLine:
    payment_line_id: int
    item_name: str
    period: str
    amount_fen: int        # paid less refunded: what an invoice of it says, with tax
    held: str              # "" or the status of the request that already holds it


@dataclass(frozen=True)
class RequestRow:
    id: int
    receipt: str
    unit_code: str
    buyer: Buyer
    amount_fen: int
    status: str
    status_words: str
    invoice_number: str | None
    invoice_date: date | None
    requested_at: datetime
    red_note: str


def check_buyer(name: str, tax_id: str, contact: str) -> Buyer:
    """抬头 required; a taxpayer number is a valid 18-character code or none (an individual); the
    e-invoice goes to an email address or an 11-digit mobile."""
    name = text.clean(name, "购买方名称", text.NAME * 2)
    if not name:
        raise Invalid("请填写发票抬头（购买方名称）")
    tax_id = check_uscc(tax_id) if (tax_id or "").strip() else ""
    contact = "".join(text.clean(contact, "邮箱或手机").split())
    if not (EMAIL.fullmatch(contact) or MOBILE.fullmatch(contact)):
        raise Invalid("接收发票的邮箱或手机号不正确：“{contact}”（邮箱如 name@example.com，手机为 11 位）", contact=contact)
    return Buyer(name, tax_id, contact)


def _payment(actor: Actor, number: str):
    p = payment_queries.payment_by_number(estate_id_of(actor), (number or "").strip().upper())
    if p is None:
        raise NotFound("没有编号为 {number} 的收据", number=number)
    return p


def invoiceable_lines(actor: Actor, number: str) -> list[InvoiceableLine]:
    actor.require("invoice.request")
    p = _payment(actor, number)
    lines = payment_queries.lines_with_charges(p.id)
    refunded = payment_queries.refunded_of_lines([ln.id for ln in lines])
    held = invoice_queries.lines_held([ln.id for ln in lines])
    return [InvoiceableLine(ln.id, ln.charge.item.name, f"{ln.charge.period_start:%Y.%m}",
                            ln.principal_fen + ln.late_fee_fen - ln.waived_fen - refunded.get(ln.id, 0),
                            held.get(ln.id, "")) for ln in lines]


def last_buyer(actor: Actor, unit_code: str) -> Buyer | None:
    """The buyer of the unit's latest request: offered again at its next."""
    actor.require("invoice.request")
    unit = find_unit(actor, unit_code)
    last = invoice_queries.last_request_of_unit(unit.id)
    return Buyer(last.buyer_name, last.tax_id, last.contact) if last else None


def request_invoice(actor: Actor, number: str, buyer: Buyer, line_ids: list[int] | None = None) -> RequestRow:
    """The payer of receipt `number` asks for an invoice of its lines (all it still can, or those
    chosen). Refused for a voided or training receipt and for a line already in a request."""
    actor.require("invoice.request")
    buyer = check_buyer(buyer.name, buyer.tax_id, buyer.contact)
    with write_transaction():
        p = _payment(actor, number)
        locks.lock_unit(p.unit_id)        # two counters asking for one receipt's lines take turns
        if p.status != "valid":
            raise Refused("收据 {number} 已作废，不能开发票", number=p.number)
        if p.training:
            raise Refused("收据 {number} 是练习收据，不能开发票", number=p.number)
        lines = {ln.payment_line_id: ln for ln in invoiceable_lines(actor, p.number)}
        if line_ids is None:
            chosen = [ln for ln in lines.values() if not ln.held and ln.amount_fen > 0]
            if not chosen:
                raise Refused("收据 {number} 没有可以开发票的费用行（已申请或已开具，或已退款）", number=p.number)
        else:
            chosen = []
            for line_id in line_ids:
                ln = lines.get(line_id)
                if ln is None:
                    raise NotFound("收据 {number} 没有第 {line} 行", number=p.number, line=line_id)
                if ln.held:
                    raise Refused("{item} {period} 已在开票申请中（{status}），不能重复开票", item=ln.item_name,
                                  period=ln.period, status=status_words(ln.held, ''))
                if ln.amount_fen <= 0:
                    raise Refused("{item} {period} 已全部退款，不能开发票", item=ln.item_name, period=ln.period)
                chosen.append(ln)
        now = clock.now_utc()
        request = invoice_queries.new_request(
            estate_id=p.estate_id, payment_id=p.id, unit_id=p.unit_id, buyer_name=buyer.name, tax_id=buyer.tax_id,
            contact=buyer.contact, amount_fen=sum(ln.amount_fen for ln in chosen), requested_at=clock.to_db(now),
            requested_by=actor.user_id)
        for ln in chosen:
            invoice_queries.new_request_line(request_id=request.id, payment_line_id=ln.payment_line_id,
                                             amount_fen=ln.amount_fen)
        audit.record(actor.username, "invoice.request", "invoice_request", str(request.id),
                     after={"receipt": p.number, "buyer": buyer.name, "tax_id": buyer.tax_id, "contact": buyer.contact,
                            "lines": [ln.payment_line_id for ln in chosen], "amount_fen": request.amount_fen})
    return request_row(actor, request.id)


def request_row(actor: Actor, request_id: int) -> RequestRow:
    actor.require("invoice.request")
    r = invoice_queries.request_with_receipt(estate_id_of(actor), request_id)
    if r is None:
        raise NotFound("没有第 {request} 号开票申请", request=request_id)
    return _row(r, estate_of(actor).timezone)


def _row(r, tz: str) -> RequestRow:
    return RequestRow(r.id, r.payment.number, r.unit.code, Buyer(r.buyer_name, r.tax_id, r.contact), r.amount_fen,
                      r.status, status_words(r.status, r.invoice_number), r.invoice_number,
                      r.invoice_date, clock.stored_local(r.requested_at, tz), r.red_note)


def requests(actor: Actor, statuses: tuple[str, ...] = OPEN) -> list[RequestRow]:
    """The requests in these states (by default what is still to do: to issue, or to reverse)."""
    actor.require("invoice.request")
    tz = estate_of(actor).timezone
    return [_row(r, tz) for r in invoice_queries.requests_with_receipts(estate_id_of(actor), statuses)]


def _request(actor: Actor, key: str):
    """A request by its number, or the one request of a receipt."""
    estate_id = estate_id_of(actor)
    if str(key).isdigit():
        found = invoice_queries.request_of_estate(estate_id, int(key))
        if found is None:
            raise NotFound("没有第 {request} 号开票申请", request=key)
        return found
    p = _payment(actor, key)
    found = invoice_queries.request_rows_of_payment(p.id)
    if len(found) != 1:
        raise Invalid("收据 {number} 有 {n} 个开票申请，请用申请号指明", number=p.number, n=len(found))
    return found[0]


def record_issued(actor: Actor, key: str, invoice_number: str, invoice_date: date) -> RequestRow:
    """The platform's number for a request (typed, or matched by the import)."""
    actor.require("invoice.manage")
    invoice_number = invoice_number_of(invoice_number)
    with write_transaction():
        r = _request_in(actor, key, REQUESTED, "不能再登记发票号码")
        issue(actor, r, invoice_number, invoice_date)
    return request_row(actor, r.id)


def _request_in(actor: Actor, key: str, status: str, refusal: str):
    """The request named by `key`, which must be in `status` for what is asked of it."""
    r = _request(actor, key)
    if r.status != status:
        raise Refused("开票申请 {request} 现为“{status}”，{refusal}", request=r.id,
                      status=status_words(r.status, r.invoice_number), refusal=Word(refusal))
    return r


def _refuse_taken(estate_id: int, number: str) -> None:
    if invoice_queries.number_taken(estate_id, number):
        raise Refused("发票号码 {number} 已经登记过", number=number)


def invoice_number_of(value) -> str:
    number = "".join(str(value or "").split())
    if not re.fullmatch(r"\d{8,20}", number):
        raise Invalid("发票号码“{value}”不正确（数电票号码为 20 位数字）", value=value)
    return number


def issue(actor: Actor, r, number: str, day: date) -> None:
    """Record the platform's number for an open request (inside the caller's transaction)."""
    actor.require("invoice.manage")
    _refuse_taken(r.estate_id, number)
    done = invoice_queries.mark_issued(r.id, number=number, day=day, at=clock.to_db(clock.now_utc()),
                                       by=actor.user_id)
    if done != 1:
        raise Conflict("开票申请 {request} 刚被处理过", request=r.id)
    audit.record(actor.username, "invoice.issued", "invoice_request", str(r.id),
                 after={"invoice_number": number, "invoice_date": day.isoformat(), "amount_fen": r.amount_fen})


def record_red_letter(actor: Actor, key: str, red_number: str) -> RequestRow:
    """The 红字 invoice that reversed an issued one whose receipt was voided or refunded."""
    actor.require("invoice.manage")
    red_number = invoice_number_of(red_number)
    with write_transaction():
        r = _request_in(actor, key, RED_NEEDED, "不需要红字发票")
        record_red(actor, r, red_number)
    return request_row(actor, r.id)


def record_red(actor: Actor, r, red_number: str) -> None:
    """Record the 红字 invoice of a request waiting for one (inside the caller's transaction)."""
    actor.require("invoice.manage")
    _refuse_taken(r.estate_id, red_number)
    done = invoice_queries.mark_reversed(r.id, red_number)
    if done != 1:
        raise Conflict("开票申请 {request} 刚被处理过", request=r.id)
    audit.record(actor.username, "invoice.reversed", "invoice_request", str(r.id),
                 after={"invoice_number": r.invoice_number, "red_number": red_number})


def set_item_tax(actor: Actor, item_code: str, tax_code: str, rate_percent: str) -> tuple[str, str, int]:
    """A fee item's 税收分类编码 (19 digits) and VAT rate (0–17 %, e.g. 6, 9, 13, 3, 1.5)."""
    actor.require("standard.edit")
    code = "".join(str(tax_code or "").split())
    if not re.fullmatch(r"\d{19}", code):
        raise Invalid("税收分类编码“{code}”不正确（应为 19 位数字）", code=tax_code)
    m = re.fullmatch(r"\s*(\d{1,2})(?:\.(\d{1,2}))?\s*%?\s*", str(rate_percent or ""))
    if not m or int(m.group(1)) > 17:
        raise Invalid("税率“{rate}”不正确（如 6、9、13、3，单位为 %）", rate=rate_percent)
    rate_e4 = int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))
    with write_transaction():
        item = find_item(actor, item_code)
        store_item_tax(item.id, code, rate_e4)
        audit.record(actor.username, "item.tax", "fee_item", item.code,
                     before={"tax_code": item.tax_code, "tax_rate_e4": item.tax_rate_e4},
                     after={"tax_code": code, "tax_rate_e4": rate_e4})
        seals.seal_rows(actor.username, "fee_item", [item.id], {"tax_code", "tax_rate_e4"})
    return item.name, code, rate_e4


def rate_text(rate_e4: int | None) -> str:
    if rate_e4 is None:
        return ""
    whole, rest = divmod(rate_e4, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"
