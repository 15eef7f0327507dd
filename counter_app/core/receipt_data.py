"""What a receipt says: plain data read from the ledger, rendered by documents/ (no I/O here)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ReceiptLine:
    item_name: str
    period: str
    basis: str
    principal_fen: int
    late_fee_fen: int
    waived_fen: int
    late_days: int
    waiver_reason: str

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.late_fee_fen - self.waived_fen


@dataclass(frozen=True)
class ReceiptTender:
    method: str
    method_name: str
    amount_fen: int
    reference: str


@dataclass(frozen=True)
class ReceiptData:
    number: str
    kind: str                 # counter / deduction
    status: str               # valid / voided
    title: str
    company: str
    estate_name: str
    issued_at: datetime       # office local time
    business_date: str
    unit_code: str
    unit_area_centi: int
    payer: str
    lines: tuple[ReceiptLine, ...]
    lines_fen: int
    late_fee_fen: int
    waived_fen: int
    topup_fen: int
    total_fen: int
    total_words: str
    tenders: tuple[ReceiptTender, ...]
    cash_tendered_fen: int
    change_fen: int
    prepaid_after_fen: int
    cashier: str
    remarks: str
    training: bool
    content_hash: str
    estate_phone: str = ""
    estate_address: str = ""
    check_value: str = ""     # derived from the audit chain, printed in the verification QR
    invoice: str = ""         # the invoice's status in words ("" when none was asked for)
    signed_qr: str = ""       # the QR signed with the office's key (core/receipt_signature.py); "" if
                              # this PC does not hold it: the QR is then the check-only one
    rounding_fen: int = 0     # 抹零 as printed (−7: the cash part taken 0.07 less); tenders leave its row out
    discount_fen: int = 0     # 折扣/减免 by policy (core/discounts.py), not paid; tenders leave its row out
    discount_note: str = ""   # the policy, the reason and who authorised it, as printed
    offered: tuple[tuple[str, int], ...] = ()   # 赠送 (core/offers.py): (rule name, 分) the free months came to

    @property
    def offer_fen(self) -> int:
        return sum(amount for _, amount in self.offered)

    @property
    def paid_fen(self) -> int:
        """What the payer paid: the total the lines come to, less the discount and the 赠送, with
        the 抹零."""
        return self.total_fen - self.discount_fen - self.offer_fen + self.rounding_fen


@dataclass(frozen=True)
class CopyInfo:
    """A reprint: which one, when (office local time), by whom."""
    count: int
    at: datetime
    by: str
