"""Voids (作废) and refunds (退款): nothing is deleted; each is a new record pointing at what it
undoes, authorised by a manager at the counter, audited in the same transaction. Refusals are
recorded too."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from ...core import invoice_status, offers, rounding, text
from ...core.daxie import amount_in_words
from ...core.errors import Conflict, CounterError, Invalid, NotFound, Refused, Word
from ...core.money import format_yuan
from ...core.tenders import METHODS, NEEDS_REFERENCE, split_rows
from ...store import locks
from ...store.queries import billed, charges as charge_queries, invoices as invoice_queries
from ...store.queries import discounts as discount_queries, payments as payment_queries
from ...store.queries.estate import estate_by_id
from ...store.queries.units import unit_by_id
from ...store.queries.users import display_names_of
from ...store.db import write_transaction
from ...ledger.estate import estate_id_of
from ...ledger.shifts import is_open, require_open_shift
from ...ledger import audit, clock, numbering
from ...ledger.numbering import REFUND_SERIES
from ...ledger.context import Actor
from . import request_ids
from .receipts import payment_of


@contextlib.contextmanager
def _recording_refusal(actor: Actor, action: str, number: str):
    """A refused void or refund changes nothing, but the attempt is recorded."""
    try:
        yield
    except CounterError as exc:
        with write_transaction():
            audit.record(actor.username, f"{action}.refused", "payment", number, after={"why": str(exc)})
        raise


def _shift_still_open(payment, today) -> bool:
    """A receipt can be voided while its shift is open (or, taken outside any shift, on its day)."""
    if payment.shift_id is not None:
        return is_open(payment.shift_id)
    return payment.business_date == today


# -- void ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class VoidSlip:
    number: str
    unit_code: str
    total_fen: int
    total_words: str
    reason: str
    cashier: str
    authoriser: str
    voided_at: datetime
    issued_at: datetime
    title: str
    company: str
    returned: tuple[tuple[str, int, str], ...] = ()   # how the money went back: (method, 分, reference)
    rounding_fen: int = 0     # the receipt's 抹零, reversed with it (no money moves for it)
    offer_fen: int = 0        # what its offer's 赠送 settled: cancelled with its free months, not paid back


def _invoices_on_correction(p, red_letter_note: str, what: str, reason: str) -> list[str]:
    """A receipt being voided or refunded: an issued invoice needs a 红字 invoice, so the
    correction goes ahead only with a note saying so; requests not yet issued are cancelled.
    Returns the numbers of the invoices to reverse."""
    issued = [number for _, status, number in invoice_queries.requests_of_payment(p.id) if status == invoice_status.ISSUED]
    if issued and not red_letter_note.strip():
        raise Invalid("收据 {number} 已开具发票 No.{invoices}：{what}后须在电子税务局开具红字发票。请填写红字发票说明后再办理",
                      number=p.number, invoices="、".join(issued), what=Word(what))
    return invoice_queries.mark_corrected(p.id, red_letter_note.strip() or f"收据{what}：{reason.strip()}")


def void_receipt(actor: Actor, number: str, reason: str, authoriser: Actor, red_letter_note: str = "",
                 request_id: str | None = None) -> VoidSlip:
    """作废, at most once per request id (a repeated request gets the slip of the void it made)."""
    actor.require("payment.take")     # asked at the counter; the authoriser's role is checked below
    request_id = request_ids.checked(request_id)
    return request_ids.once(actor, request_id, "void",
                            lambda: _void(actor, number, reason, authoriser, red_letter_note, request_id),
                            lambda voided: void_slip(actor, voided))


def _void(actor: Actor, number: str, reason: str, authoriser: Actor, red_letter_note: str, request_id: str) -> str:
    with _recording_refusal(actor, "receipt.void", number):
        reason = text.clean(reason, "作废原因")
        red_letter_note = text.clean(red_letter_note, "红字发票说明")
        authoriser.require("receipt.void")
        if authoriser.user_id == actor.user_id:
            raise Refused("不能自己为自己授权作废")
        if not reason.strip():
            raise Invalid("作废必须填写原因")
        with write_transaction():
            p = payment_of(actor, number)
            estate = estate_by_id(p.estate_id)
            now = clock.now_utc()
            if p.kind != "counter":
                raise Refused("只有柜台收据可以作废；预存扣款请办理退款")
            if p.status == "voided":
                raise Refused("收据 {number} 已经作废", number=p.number)
            if payment_queries.has_refund(p.id):
                raise Refused("收据 {number} 已有退款，不能作废", number=p.number)
            if not _shift_still_open(p, clock.business_date(estate.timezone, now)):
                raise Refused("收据 {number} 所在班次已交班，不能作废，只能办理退款", number=p.number)
            locks.lock_unit(p.unit_id)      # as a payment does: the unit first, then its charges and balance
            lines = payment_queries.lines_of(p.id)
            for ln in lines:
                done = charge_queries.give_back_paid(ln.charge_id, ln.principal_fen)
                if done != 1:
                    raise Refused("费用 {charge} 的已收金额不一致，不能作废", charge=ln.charge_id)
            # Charges this payment created (advance months, ad hoc, deposits) go with it; their keys
            # are freed so that a later billing run can bill those months again.
            created = charge_queries.unpaid_created_by_payment(p.id)
            billed.cancelled([ch.id for ch in created])
            for ch in created:
                charge_queries.cancel_charge(ch.id, ch.dedupe_key, clock.to_db(now))
            unit = unit_by_id(p.unit_id)
            moves = payment_queries.prepaid_movements_of(p.id)
            change = -sum(m.amount_fen for m in moves)
            for m in moves:                  # relative and guarded: a balance already spent is not taken back
                try:
                    running = locks.add_to_prepaid(unit.id, -m.amount_fen)
                except ValueError:
                    raise Conflict("这张收据存入的预存款已被使用，不能作废，请办理退款") from None
                payment_queries.add_prepaid_movement(unit_id=unit.id, payment_id=p.id, amount_fen=-m.amount_fen,
                                                     balance_after_fen=running, kind="void", created_at=clock.to_db(now))
            voided = payment_queries.mark_voided(p.id, at=clock.to_db(now), by=actor.user_id,
                                                 authoriser=authoriser.user_id, reason=reason.strip(),
                                                 request_id=request_id)
            if voided != 1:                  # another counter voided it a moment ago
                raise Refused("收据 {number} 已经作废", number=p.number)
            to_reverse = _invoices_on_correction(p, red_letter_note, "作废", reason)
            audit.record(actor.username, "receipt.void", "payment", p.number, before={"status": "valid"},
                         after={"status": "voided", "payment_id": p.id, "reason": reason,
                                "authoriser": authoriser.username,
                                "charges_reopened": [ln.charge_id for ln in lines],
                                "charges_cancelled": [c.id for c in created], "prepaid_change_fen": change,
                                "total_fen": p.total_fen, "red_letter_for": to_reverse, "request_id": request_id})
    return p.number


def void_slip(actor: Actor, number: str) -> VoidSlip:
    """The slip of a voided receipt, read back from its stored row (the same for the void's own
    print and for a repeated request): how each tender's money went back included."""
    actor.require("receipt.print")
    p = payment_of(actor, number)
    if p.status != "voided":
        raise NotFound("收据 {number} 没有作废", number=p.number)
    estate = estate_by_id(p.estate_id)
    names = display_names_of([p.voided_by_id, p.void_authoriser_id])
    settled = split_rows([(t.method, t.amount_fen, t.reference) for t in payment_queries.tender_rows_of(p.id)])
    returned, rounded, offer_fen = settled.money, settled.rounding_fen, settled.allowance_fen - settled.discount_fen
    paid = settled.paid_fen(p.total_fen)      # what the receipt said was paid, and what goes back
    return VoidSlip(p.number, unit_by_id(p.unit_id).code, paid, amount_in_words(paid),
                    p.void_reason, names.get(p.voided_by_id, ""), names.get(p.void_authoriser_id, ""),
                    clock.stored_local(p.voided_at, estate.timezone), clock.stored_local(p.created_at, estate.timezone),
                    estate.receipt_title, estate.company, returned, rounded, offer_fen)


# -- refund -------------------------------------------------------------------------------------

def _period(start, end) -> str:
    return f"{start:%Y.%m.%d}-{end:%Y.%m.%d}"


@dataclass(frozen=True)
class RefundableLine:
    payment_line_id: int
    item_name: str
    period: str
    paid_fen: int          # principal + late fee − waived
    refunded_fen: int
    is_deposit: bool
    principal_fen: int = 0             # of what was paid: the charge's principal …
    refunded_principal_fen: int = 0    # … and how much of it refunds gave back already
    is_free: bool = False              # a free month of an offer (core/offers.py): taken back first

    @property
    def refundable_fen(self) -> int:
        return self.paid_fen - self.refunded_fen

    @property
    def late_fee_fen(self) -> int:
        """The late fee paid (after any waiver)."""
        return self.paid_fen - self.principal_fen

    def split(self, amount_fen: int) -> tuple[int, int]:
        """(principal, late fee) of a refund of amount_fen on this line: the late fee kept on the
        line goes back first, then the principal (docs/FIGURES.md). A principal given back is owed
        again and, paid again, carries the late fee of its days then; so the late fee kept on a
        charge never exceeds what its overdue days justify for the principal kept (tested over
        random sequences)."""
        late_kept = self.late_fee_fen - (self.refunded_fen - self.refunded_principal_fen)
        late = min(amount_fen, max(0, late_kept))
        return amount_fen - late, late


def refundable_lines(actor: Actor, number: str) -> list[RefundableLine]:
    """What of a receipt can still be refunded, line by line: what was paid for it, never a 折扣/减免
    it was granted (that part of the charge stays settled by the allowance; the rest is owed again)."""
    actor.require("charge.view")
    p = payment_of(actor, number)
    refunded = payment_queries.refunded_by_line(p.id)
    off = discount_queries.by_charge(p.id)
    out = []
    for ln in payment_queries.lines_with_charges(p.id):
        ch = ln.charge
        amount, principal = refunded.get(ln.id, (0, 0))
        given = off.get(ch.id, 0)
        out.append(RefundableLine(ln.id, ch.item.name, _period(ch.period_start, ch.period_end),
                                  ln.principal_fen + ln.late_fee_fen - ln.waived_fen - given, amount,
                                  ch.origin == "deposit", ln.principal_fen - given, principal,
                                  ch.origin == offers.ORIGIN))
    return out


def _rounding_back(payment_id: int) -> int:
    """What the next refund of a receipt gives back of its 抹零: what the rounding settled (+7 when
    0.07 was not taken, so the refund pays 0.07 less), on its first refund only."""
    return 0 if payment_queries.has_refund(payment_id) else payment_queries.rounding_settled([payment_id]).get(payment_id, 0)


def rounding_given_back(actor: Actor, number: str) -> int:
    """What a refund of receipt `number` made now would take off for its 抹零 (0 for none, or once
    a refund has given it back): shown before the manager is asked."""
    actor.require("charge.view")
    return _rounding_back(payment_of(actor, number).id)


def _cancel_free_month(charge_id: int, now) -> None:
    """A refunded offer's free month cancelled (its key freed, as a void frees the months its
    receipt created): the months it covered are billed again like any other."""
    charge = charge_queries.charge_by_id(charge_id)
    billed.cancelled([charge.id])
    charge_queries.cancel_charge(charge.id, charge.dedupe_key, clock.to_db(now))


@dataclass(frozen=True)
class RefundDoc:
    number: str
    original: str
    unit_code: str
    lines: tuple[tuple[str, str, int], ...]   # item, period, amount
    total_fen: int
    total_words: str
    method: str
    reference: str
    reason: str
    cashier: str
    authoriser: str
    issued_at: datetime
    title: str
    company: str


def refund(actor: Actor, number: str, amounts: dict[int, int] | None, method: str, reason: str,
           authoriser: Actor, reference: str = "", red_letter_note: str = "", request_id: str | None = None) -> RefundDoc:
    """退款 of a receipt whose shift is closed: all of it (amounts=None) or chosen lines
    {payment_line_id: 分}. A fee refunded is due again; a deposit refunded is no longer held. At most
    once per request id (a repeated request gets the refund it made)."""
    actor.require("payment.take")     # paid out at the counter; the authoriser's role is checked below
    request_id = request_ids.checked(request_id)
    return request_ids.once(actor, request_id, "refund",
                            lambda: _refund(actor, number, amounts, method, reason, authoriser, reference,
                                            red_letter_note, request_id),
                            lambda made: refund_document(actor, made))


def _refund(actor: Actor, number: str, amounts: dict[int, int] | None, method: str, reason: str,
            authoriser: Actor, reference: str, red_letter_note: str, request_id: str) -> str:
    with _recording_refusal(actor, "receipt.refund", number):
        reason = text.clean(reason, "退款原因")
        reference = text.clean(reference, "交易参考号", text.REFERENCE)
        red_letter_note = text.clean(red_letter_note, "红字发票说明")
        authoriser.require("receipt.refund")
        if authoriser.user_id == actor.user_id:
            raise Refused("不能自己为自己授权退款")
        if not reason.strip():
            raise Invalid("退款必须填写原因")
        if method not in METHODS or method in ("prepaid", "debit"):
            raise Invalid("退款方式不正确：{method}", method=method)
        if method in NEEDS_REFERENCE and not reference.strip():
            raise Invalid("{method}退款需要填写交易参考号", method=Word(METHODS[method]))
        with write_transaction():
            p = payment_of(actor, number)
            estate = estate_by_id(p.estate_id)
            now = clock.now_utc()
            if p.status != "valid":
                raise Refused("收据 {number} 已作废，不能退款", number=p.number)
            if p.kind == "counter" and _shift_still_open(p, clock.business_date(estate.timezone, now)):
                raise Refused("收据 {number} 所在班次尚未交班，请直接作废", number=p.number)
            shift_id = require_open_shift(actor, clock.business_date(estate.timezone, now))  # paid out of a drawer
            lines = {ln.payment_line_id: ln for ln in refundable_lines(actor, p.number)}
            wanted = {k: v.refundable_fen for k, v in lines.items() if v.refundable_fen > 0} if amounts is None \
                else dict(amounts)
            if not wanted or sum(wanted.values()) <= 0:
                raise Refused("没有可退的金额")
            for line_id, amount in wanted.items():
                if line_id not in lines:
                    raise NotFound("收据 {number} 没有第 {line} 行", number=p.number, line=line_id)
                if amount <= 0:
                    raise Invalid("退款金额必须大于零")
                if amount > lines[line_id].refundable_fen:
                    raise Invalid("{item} 最多可退 {most} 元，不能退 {amount} 元", item=lines[line_id].item_name,
                                  most=format_yuan(lines[line_id].refundable_fen), amount=format_yuan(amount))
            to_reverse = _invoices_on_correction(p, red_letter_note, "退款", reason)
            local_now = clock.local(now, estate.timezone)
            seq, doc_number = numbering.next_number(estate, REFUND_SERIES, local_now.year, estate.refund_format)
            # An offer's free months (core/offers.py) go back with the first refund, before any
            # month paid, whole and with no money: their charges are cancelled, and the payer gets
            # back what the months paid that are refunded came to. Refunding any of the months paid
            # undoes the offer they earned.
            free = {k: v.refundable_fen for k, v in lines.items() if v.is_free and v.refundable_fen > 0}
            total = sum(amount for line_id, amount in wanted.items() if not lines[line_id].is_free)
            if not total:
                raise Refused("赠送的月份不能单独退款，请选择所缴的月份")
            wanted.update(free)
            # 抹零 goes back with the receipt's first refund: the lines refunded at their full amounts,
            # less what the rounding settled (more, for a rounding up). What stands of the receipt is
            # then paid in full money, and a receipt refunded whole gives back what was taken.
            rounded = _rounding_back(p.id)
            if total - rounded <= 0:
                raise Refused("退款 {amount} 元不足以退回抹零 {rounding} 元，请多退几项",
                              amount=format_yuan(total), rounding=format_yuan(rounded))
            total -= rounded
            offer_back = sum(free.values())
            doc = payment_queries.new_refund(estate=estate, series=REFUND_SERIES, year=local_now.year, seq=seq, number=doc_number,
                                payment=p, unit=p.unit_id, user=actor.user_id, authoriser=authoriser.user_id,
                                created_at=clock.to_db(now), business_date=local_now.date(), total_fen=total,
                                method=method, reference=reference.strip(), reason=reason.strip(),
                                shift=shift_id, content_hash="", request_id=request_id)
            rows = []
            for line_id, amount in wanted.items():
                pl = payment_queries.line_by_id(line_id)
                principal, _late = lines[line_id].split(amount)       # the late fee first, then principal
                payment_queries.new_refund_line(refund_id=doc.id, payment_line_id=pl.id, amount_fen=amount,
                                                principal_fen=principal)
                if not lines[line_id].is_deposit and principal:
                    charge_queries.reopen_paid(pl.charge_id, principal)
                if line_id in free:       # a free month taken back is no longer owed either
                    _cancel_free_month(pl.charge_id, now)
                rows.append([line_id, amount, principal])
            content = {"number": doc_number, "original": p.number, "total_fen": total, "method": method,
                       "reference": reference.strip(), "lines": rows, "created_at": str(clock.to_db(now)),
                       "request_id": request_id}
            if rounded:
                content["rounding_fen"] = -rounded
            if offer_back:
                content["offer_fen"] = offer_back
            cancelled = [payment_queries.line_by_id(line_id).charge_id for line_id in free]
            digest = audit.payment_content_hash(content)
            payment_queries.seal_refund(doc.id, digest)
            audit.record(actor.username, "receipt.refund", "refund", doc_number,
                         after=dict(content, reason=reason.strip(), authoriser=authoriser.username, content_hash=digest,
                                    red_letter_for=to_reverse, **({"charges_cancelled": cancelled} if cancelled else {})))
    return doc_number


def refund_document(actor: Actor, number: str) -> RefundDoc:
    """A refund read back from its stored rows (the same for its own print and for a repeated
    request)."""
    actor.require("receipt.print")
    doc = payment_queries.refund_by_number(estate_id_of(actor), (number or "").strip().upper())
    if doc is None:
        raise NotFound("没有编号为 {number} 的退款单", number=number)
    estate = estate_by_id(doc.estate_id)
    shown = payment_queries.refund_lines_shown(doc.id)
    lines = tuple((item, _period(start, end), amount) for item, start, end, amount, _origin in shown)
    offer_back = sum(amount for *_, amount, origin in shown if origin == offers.ORIGIN)
    if offer_back:              # the free months taken back: no money goes back for them
        lines += ((offers.NAME + "收回", "", -offer_back),)
    if sum(amount for *_, amount in lines) != doc.total_fen:     # the receipt's 抹零, given back with it
        lines += ((rounding.NAME, "", doc.total_fen - sum(amount for *_, amount in lines)),)
    names = display_names_of([doc.user_id, doc.authoriser_id])
    return RefundDoc(doc.number, payment_queries.payment_by_id(doc.payment_id).number, unit_by_id(doc.unit_id).code, lines,
                     doc.total_fen, amount_in_words(doc.total_fen), METHODS[doc.method], doc.reference, doc.reason,
                     names.get(doc.user_id, ""), names.get(doc.authoriser_id, ""),
                     clock.stored_local(doc.created_at, estate.timezone), estate.receipt_title, estate.company)
