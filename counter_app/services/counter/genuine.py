"""Is this receipt ours? The verification QR on every receipt carries `number|amount|check`, the
check being the first 12 hex digits of the keyed audit row that sealed the payment: scanned (into
the journal) or typed (`counter-app receipt verify`), it is looked up and said to be genuine,
voided, refunded, or not ours. A counterfeit cannot carry a check that matches, since the check is
an HMAC under the ledger's key."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from ...core.errors import Invalid
from ...core.money import format_yuan, parse_yuan
from ...store.queries import payments as payment_queries
from ...ledger.estate import estate_id_of
from ...ledger import audit, ledgerkeys
from ...ledger.context import Actor
from .receipts import receipt_content

GENUINE, VOIDED, REFUNDED, NOT_OURS, UNCONFIRMED = "genuine", "voided", "refunded", "not_ours", "unconfirmed"


@dataclass(frozen=True)
class ReceiptCheck:
    verdict: str          # genuine / voided / refunded / not_ours / unconfirmed (this PC lacks the key)
    number: str
    words: str            # what to tell the person holding it


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


def check_receipt(actor: Actor, scanned: str) -> ReceiptCheck:
    actor.require("receipt.print")
    number, amount, check = parse_scan(scanned)
    payment = payment_queries.payment_by_number(estate_id_of(actor), number)
    if payment is None:
        return ReceiptCheck(NOT_OURS, number, f"本小区没有编号为 {number} 的收据：不是本处开出的收据")
    if payment.total_fen != amount:
        return ReceiptCheck(NOT_OURS, number, f"收据 {number} 的金额为 {format_yuan(payment.total_fen)} 元，扫描到的是 "
                                              f"{format_yuan(amount)} 元：收据被改过，不是本处开出的原样")
    row = next((r for r in payment_queries.seal_rows(number)
                if json.loads(r[7] or "{}").get("content_hash") == payment.content_hash), None)
    if row is None or not row[9].startswith(check):
        return ReceiptCheck(NOT_OURS, number, f"收据 {number} 的校验值不符：不是本处开出的收据（或账本被改动）")
    if audit.payment_content_hash(receipt_content(payment)) != payment.content_hash:
        return ReceiptCheck(NOT_OURS, number, f"收据 {number} 在账本中的内容与封存不符，请运行 核对账本")
    key_id = payment_queries.key_of_row(row[0])
    if key_id:
        key = ledgerkeys.held(ledgerkeys.ledger_id(), key_id)
        if key is None:
            return ReceiptCheck(UNCONFIRMED, number, f"收据 {number} 与账本相符，但本机没有封存它的密钥 {key_id}，"
                                                     "无法确认校验值（导入密钥后再试）")
        if audit.link_hash(key, row[8], *row[1:8]) != row[9]:
            return ReceiptCheck(NOT_OURS, number, f"收据 {number} 的封存记录不是用本账本的密钥写的：账本被改动")
    if payment.status != "valid":
        return ReceiptCheck(VOIDED, number, f"收据 {number}（{format_yuan(amount)} 元）是本处开出的，但已作废")
    refunds = payment_queries.refunds_of(payment.id)
    if refunds:
        back = sum(t for _, t in refunds)
        return ReceiptCheck(REFUNDED, number, f"收据 {number}（{format_yuan(amount)} 元）是本处开出的，已退款 "
                                              f"{format_yuan(back)} 元（{'、'.join(n for n, _ in refunds)}）")
    return ReceiptCheck(GENUINE, number, f"收据 {number}（{format_yuan(amount)} 元）是本处开出的有效收据")
