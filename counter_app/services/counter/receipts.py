"""What a receipt says, read back from the stored payment (the same for the original and reprints)."""
from __future__ import annotations

import json

from ...core.daxie import amount_in_words
from ...core.errors import NotFound
from ...core.receipt_data import ReceiptData, ReceiptLine, ReceiptTender
from ...core import discounts
from ...core.tenders import METHODS, split_rows
from ...store.queries import discounts as discount_queries, invoices as invoice_queries, payments as payment_queries
from ...store.queries.users import display_names_of
from ...ledger.estate import estate_id_of
from ...ledger import clock, receiptkey
from ...ledger.context import Actor
from ...ledger.posting import content_of


def receipt_contents(payments: list) -> dict[int, dict]:
    """The content of many payments read back from their stored rows, in two queries."""
    ids = [p.id for p in payments]
    lines: dict[int, list] = {i: [] for i in ids}
    for pid, *row in payment_queries.content_lines(ids):
        lines[pid].append(row)
    tenders: dict[int, list] = {i: [] for i in ids}
    for pid, *row in payment_queries.content_tenders(ids):
        tenders[pid].append(row)
    return {p.id: content_of(p, lines[p.id], tenders[p.id]) for p in payments}


def receipt_content(payment) -> dict:
    """The same content read back from the stored rows (what `audit verify` recomputes)."""
    return receipt_contents([payment])[payment.id]


def payment_of(actor: Actor, number: str):
    """The receipt of that number in the actor's estate (typed or scanned: spaces and case aside)."""
    actor.require("charge.view")
    payment = payment_queries.payment_by_number(estate_id_of(actor), (number or "").strip().upper())
    if payment is None:
        raise NotFound("没有编号为 {number} 的收据", number=number)
    return payment


def _day(value) -> str:
    """A stored date as printed on a receipt: 2026.01.31."""
    return f"{value:%Y.%m.%d}"


def period_text(start, end, origin: str) -> str:
    """A charge's period as a receipt prints it: 2026.01.01-2026.01.31, or the one day of a deposit
    or an ad hoc charge."""
    return _day(start) if origin in ("adhoc", "deposit") else f"{_day(start)}-{_day(end)}"


def load_receipt(actor: Actor, number: str) -> ReceiptData:
    """What a receipt of the actor's estate says, read back from its stored rows."""
    actor.require("receipt.print")
    found = payment_queries.receipt_header(estate_id_of(actor), (number or "").strip().upper())
    if found is None:
        raise NotFound("没有编号为 {number} 的收据", number=number)
    (pid, number, kind, status, created_at, business_date, payer, lines_fen, late_fee_fen, waived_fen, topup_fen,
     total_fen, cash_tendered_fen, change_fen, prepaid_after_fen, remarks, training, content_hash, title, company,
     estate_name, tz, phone, address, unit_code, area_centi, cashier) = found
    lines = []
    for principal, late, waived, days, reason, start, end, origin, basis, item_name in payment_queries.receipt_lines(pid):
        lines.append(ReceiptLine(item_name, period_text(start, end, origin), basis, principal, late, waived, days,
                                 reason))
    settled = split_rows(payment_queries.receipt_tenders(pid))
    tenders = tuple(ReceiptTender(method, METHODS[method], amount, reference)
                    for method, amount, reference in settled.money)
    return ReceiptData(
        number=number, kind=kind, status=status, title=title, company=company, estate_name=estate_name,
        issued_at=clock.stored_local(created_at, tz), business_date=business_date.isoformat(), unit_code=unit_code,
        unit_area_centi=area_centi, payer=payer, lines=tuple(lines), lines_fen=lines_fen, late_fee_fen=late_fee_fen,
        waived_fen=waived_fen, topup_fen=topup_fen, total_fen=total_fen,
        total_words=amount_in_words(settled.paid_fen(total_fen)), rounding_fen=settled.rounding_fen,
        discount_fen=settled.discount_fen, discount_note=discount_note(pid) if settled.discount_fen else "",
        offered=settled.offered,
        tenders=tenders, cash_tendered_fen=cash_tendered_fen, change_fen=change_fen,
        prepaid_after_fen=prepaid_after_fen, cashier=cashier, remarks=remarks, training=training,
        content_hash=content_hash, estate_phone=phone, estate_address=address,
        check_value=check_value(number, content_hash),
        invoice=invoice_queries.statuses_of([pid]).get(pid, ""),
        signed_qr=_signed_qr(actor, number, business_date.isoformat(), unit_code, total_fen, training))


def discount_note(payment_id: int) -> str:
    """"空置房减免 每月减免 50.00 元；原因 …；授权 李主管": what a receipt prints beside its discount."""
    found = discount_queries.of_payment(payment_id)
    if not found:
        return ""
    _charge, _fen, name, kind, value, reason, authoriser = found[0]
    who = display_names_of([authoriser]).get(authoriser, "")
    return f"{name} {discounts.describe(kind, value)}；原因 {reason}；授权 {who}"


def _signed_qr(actor: Actor, number: str, business_date: str, unit_code: str, total_fen: int, training: bool) -> str:
    """The receipt's QR signed with the office's key (made on the first receipt of a ledger that has
    none), or "" where this PC does not hold it. A training receipt is never signed: it must not
    pass for the office's."""
    if training:
        return ""
    public = receiptkey.ensure(actor.username)
    return receiptkey.signed_qr(number, business_date, unit_code, total_fen, public)


def signing(actor: Actor) -> str:
    """Whether this counter signs its receipts: "signed", "unsigned" (the ledger's key is not held
    here: import it with `counter-app key import`), or "none" (no key yet)."""
    actor.require("receipt.print")
    public = receiptkey.public_key()
    if public is None:
        return "none"
    return "signed" if receiptkey.private_key(public) is not None else "unsigned"


def check_value(number: str, content_hash: str) -> str:
    """The first 12 hex digits of the audit row that sealed this payment (an HMAC under the
    ledger's key): a counterfeit receipt cannot carry a value that matches the office's chain.
    Checked by counter/genuine.py."""
    for row in payment_queries.seal_rows(number):      # a number may be used by several estates
        if json.loads(row[7] or "{}").get("content_hash") == content_hash:
            return row[9][:12].upper()
    return ""


def office_key(actor: Actor) -> receiptkey.OfficeKey | None:
    """The office's receipt-signing public key and its fingerprint (public: printed on the
    收费公示); made now if the ledger has none."""
    actor.require("charge.view")
    return receiptkey.office_key(actor.username)
