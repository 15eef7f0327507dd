"""Is this receipt ours? Scanned (into the journal) or typed (`counter-app receipt verify`), a
receipt's verification QR is checked and said to be genuine, voided, refunded, forged or not ours.

Two formats are read. The signed one, `CA1|number|date|unit|amount|sig` (core/receipt_signature.py),
is checked first against the office's public key (ledger/receiptkey.py): a bad signature is forged
whatever the ledger says; then the ledger says what became of the receipt. Anyone can check the
signature without the ledger (`offline_check`, `receipt verify --public-key`). The older one,
`number|amount|check`, carries the first 12 hex digits of the keyed audit row that sealed the
payment: a counterfeit cannot carry a check that matches, since the check is an HMAC under the
ledger's key; it is checked against the ledger only."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ...core import receipt_signature as rs
from ...core.errors import Finding, Invalid
from ...core.money import format_yuan, parse_yuan
from ...store.queries import payments as payment_queries
from ...ledger.estate import estate_id_of
from ...ledger import audit, ledgerkeys, receiptkey
from ...ledger.context import Actor
from .receipts import receipt_content

GENUINE, VOIDED, REFUNDED, NOT_OURS, UNCONFIRMED = "genuine", "voided", "refunded", "not_ours", "unconfirmed"
FORGED = "forged"               # a signed QR whose signature is not the office's key's
SIGNED = "signed"               # offline: the signature is that key's (what became of it, the office knows)
NOT_IN_LEDGER = "not_in_ledger"  # signed by this office's key, but this ledger has no such receipt
DIFFERS = "differs"             # signed by this office's key, but the ledger now says otherwise: edited


@dataclass(frozen=True)
class ReceiptCheck:
    verdict: str          # genuine / voided / refunded / forged / not_ours / not_in_ledger / differs /
                          # unconfirmed (this PC lacks the audit key); offline: signed / forged
    number: str
    words: Finding        # what to tell the person holding it (worded at the edge)


def parse_scan(text: str) -> tuple[str, int, str]:
    """(number, amount in 分, check) of a scanned or typed verification code."""
    parts = [p.strip() for p in (text or "").strip().split("|")]
    if len(parts) != 3 or not parts[0] or not re.fullmatch(r"[0-9A-Fa-f]{12}", parts[2]):
        raise Invalid("收据校验码的格式为 收据号|金额|12 位校验值（扫描收据上的二维码）")
    try:
        amount = parse_yuan(parts[1])
    except ValueError:
        raise Invalid("收据校验码里的金额“{amount}”不是金额", amount=parts[1]) from None
    return parts[0].upper(), amount, parts[2].lower()


def offline_check(public: bytes, scanned: str) -> ReceiptCheck:
    """A signed QR checked against a public key alone (an auditor's or an owner's, no ledger):
    signed by that key, or forged. Whether the receipt was since voided or refunded only the
    office's ledger can say."""
    signed = rs.parse(scanned)
    fingerprint = rs.fingerprint(public)
    head = Finding("收据 {number}（{date} {unit} {amount} 元）", number=signed.number, date=signed.business_date,
                   unit=signed.unit, amount=format_yuan(signed.amount_fen))
    if not rs.verify(public, signed):
        return ReceiptCheck(FORGED, signed.number, Finding("{receipt}的签名不是公钥 {key} 签的：伪造或被改过",
                                                           receipt=head, key=fingerprint))
    return ReceiptCheck(SIGNED, signed.number, Finding("{receipt}由公钥 {key} 签名，内容未被改动"
                                                       "（是否已作废或退款，请向物业处查询）", receipt=head, key=fingerprint))


def check_receipt(actor: Actor, scanned: str) -> ReceiptCheck:
    actor.require("receipt.print")
    if rs.is_signed_text(scanned):
        return _check_signed(actor, rs.parse(scanned))
    number, amount, check = parse_scan(scanned)
    payment = payment_queries.payment_by_number(estate_id_of(actor), number)
    if payment is None:
        return ReceiptCheck(NOT_OURS, number, Finding("本小区没有编号为 {number} 的收据：不是本处开出的收据", number=number))
    if payment.total_fen != amount:
        return ReceiptCheck(NOT_OURS, number, Finding("收据 {number} 的金额为 {held} 元，扫描到的是 {scanned} 元："
                                                      "收据被改过，不是本处开出的原样", number=number,
                                                      held=format_yuan(payment.total_fen), scanned=format_yuan(amount)))
    row = next((r for r in payment_queries.seal_rows(number)
                if json.loads(r[7] or "{}").get("content_hash") == payment.content_hash), None)
    if row is None or not row[9].startswith(check):
        return ReceiptCheck(NOT_OURS, number, Finding("收据 {number} 的校验值不符：不是本处开出的收据（或账本被改动）",
                                                      number=number))
    if audit.payment_content_hash(receipt_content(payment)) != payment.content_hash:
        return ReceiptCheck(NOT_OURS, number, Finding("收据 {number} 在账本中的内容与封存不符，请运行 核对账本", number=number))
    key_id = payment_queries.key_of_row(row[0])
    if key_id:
        key = ledgerkeys.held(ledgerkeys.ledger_id(), key_id)
        if key is None:
            return ReceiptCheck(UNCONFIRMED, number, Finding("收据 {number} 与账本相符，但本机没有封存它的密钥 {key}，"
                                                             "无法确认校验值（导入密钥后再试）", number=number, key=key_id))
        if audit.link_hash(key, row[8], *row[1:8]) != row[9]:
            return ReceiptCheck(NOT_OURS, number, Finding("收据 {number} 的封存记录不是用本账本的密钥写的：账本被改动",
                                                          number=number))
    return _what_became_of(payment, number, amount)


def _check_signed(actor: Actor, signed: rs.SignedReceipt) -> ReceiptCheck:
    """The signature under the ledger's public key first (a bad one is forged whatever the ledger
    says), then what the ledger says of the receipt."""
    number, amount = signed.number.upper(), signed.amount_fen
    public = receiptkey.public_key()
    if public is None or not rs.verify(public, signed):
        return ReceiptCheck(FORGED, number, Finding("收据 {number}（{amount} 元）的签名不是本处的密钥签的："
                                                    "伪造或被改过（金额、房号、日期任何一项改动都使签名失效）",
                                                    number=number, amount=format_yuan(amount)))
    found = payment_queries.receipt_header(estate_id_of(actor), number)
    if found is None:
        return ReceiptCheck(NOT_IN_LEDGER, number, Finding("收据 {number}（{date} {unit} {amount} 元）由本处的密钥签名，"
                                                           "但本账本里没有这张收据（另一个小区或另一个账本开出的？）",
                                                           number=number, date=signed.business_date, unit=signed.unit,
                                                           amount=format_yuan(amount)))
    business_date, total_fen, unit_code = found[5].isoformat(), found[11], found[24]
    if (business_date, total_fen, unit_code) != (signed.business_date, amount, signed.unit):
        return ReceiptCheck(DIFFERS, number, Finding(
            "收据 {number} 的签名有效（{date} {unit} {amount} 元），但账本中记为 {held_date} {held_unit} {held_amount} 元："
            "账本被改动，请运行 核对账本", number=number, date=signed.business_date, unit=signed.unit,
            amount=format_yuan(amount), held_date=business_date, held_unit=unit_code, held_amount=format_yuan(total_fen)))
    payment = payment_queries.payment_by_number(estate_id_of(actor), number)
    if audit.payment_content_hash(receipt_content(payment)) != payment.content_hash:
        return ReceiptCheck(DIFFERS, number, Finding("收据 {number} 的签名有效，但它在账本中的内容与封存不符，请运行 核对账本",
                                                     number=number))
    return _what_became_of(payment, number, amount)


def _what_became_of(payment, number: str, amount: int) -> ReceiptCheck:
    yuan = format_yuan(amount)
    if payment.status != "valid":
        return ReceiptCheck(VOIDED, number, Finding("收据 {number}（{amount} 元）是本处开出的，但已作废",
                                                    number=number, amount=yuan))
    refunds = payment_queries.refunds_of(payment.id)
    if refunds:
        back = sum(t for _, t in refunds)
        return ReceiptCheck(REFUNDED, number, Finding("收据 {number}（{amount} 元）是本处开出的，已退款 {back} 元（{refunds}）",
                                                      number=number, amount=yuan, back=format_yuan(back),
                                                      refunds="、".join(n for n, _ in refunds)))
    return ReceiptCheck(GENUINE, number, Finding("收据 {number}（{amount} 元）是本处开出的有效收据", number=number, amount=yuan))
