"""What a receipt says, read back from the stored payment (the same for the original and reprints)."""
from __future__ import annotations

from ..core.daxie import amount_in_words
from ..core.receipt_data import ReceiptData, ReceiptLine, ReceiptTender
from ..core.errors import NotFound
from ..core.tenders import METHODS
from ..store.models import AuditLog, Charge, Estate, Payment, PaymentLine, TenderRow, Unit, User
from . import clock
from .ledger import items_by_id


def content_of(payment: Payment, lines: list[list], tenders: list[list]) -> dict:
    """The canonical content that the audit chain and the receipt's check value cover."""
    return {"number": payment.number, "unit": payment.unit_id, "kind": payment.kind,
            "lines_fen": payment.lines_fen, "late_fee_fen": payment.late_fee_fen, "waived_fen": payment.waived_fen,
            "topup_fen": payment.topup_fen, "total_fen": payment.total_fen,
            "cash_tendered_fen": payment.cash_tendered_fen, "change_fen": payment.change_fen,
            "prepaid_after_fen": payment.prepaid_after_fen, "created_at": payment.created_at,
            "user": payment.user_id, "lines": lines, "tenders": tenders}


def receipt_contents(payments: list[Payment]) -> dict[int, dict]:
    """The content of many payments read back from their stored rows, in two queries."""
    ids = [p.id for p in payments]
    lines: dict[int, list] = {i: [] for i in ids}
    for pid, *row in (PaymentLine.select(PaymentLine.payment, PaymentLine.charge, PaymentLine.principal_fen,
                                         PaymentLine.late_fee_fen, PaymentLine.waived_fen)
                      .where(PaymentLine.payment.in_(ids)).order_by(PaymentLine.id).tuples()):
        lines[pid].append(row)
    tenders: dict[int, list] = {i: [] for i in ids}
    for pid, *row in (TenderRow.select(TenderRow.payment, TenderRow.method, TenderRow.amount_fen, TenderRow.reference)
                      .where(TenderRow.payment.in_(ids)).order_by(TenderRow.id).tuples()):
        tenders[pid].append(row)
    return {p.id: content_of(p, lines[p.id], tenders[p.id]) for p in payments}


def receipt_content(payment: Payment) -> dict:
    """The same content read back from the stored rows (what `audit verify` recomputes)."""
    return receipt_contents([payment])[payment.id]


def load_receipt(number: str) -> ReceiptData:
    payment = Payment.get_or_none(Payment.number == (number or "").strip().upper())
    if payment is None:
        raise NotFound(f"没有编号为 {number} 的收据")
    estate = Estate.get_by_id(payment.estate_id)
    unit = Unit.get_by_id(payment.unit_id)
    cashier = User.get_by_id(payment.user_id)
    lines = []
    query = (PaymentLine.select(PaymentLine.principal_fen, PaymentLine.late_fee_fen, PaymentLine.waived_fen,
                                PaymentLine.late_days, PaymentLine.waiver_reason, Charge.period_start,
                                Charge.period_end, Charge.origin, Charge.basis, Charge.item)
             .join(Charge).where(PaymentLine.payment == payment).order_by(PaymentLine.id).namedtuples())
    item_names = {i: item.name for i, item in items_by_id().items()}   # not a join: see closeout._facts
    for ln in query:
        period = (f"{ln.period_start:%Y.%m.%d}" if ln.origin in ("adhoc", "deposit")
                  else f"{ln.period_start:%Y.%m.%d}-{ln.period_end:%Y.%m.%d}")
        lines.append(ReceiptLine(item_names[ln.item], period, ln.basis, ln.principal_fen, ln.late_fee_fen,
                                 ln.waived_fen, ln.late_days, ln.waiver_reason))
    tenders = tuple(ReceiptTender(t.method, METHODS[t.method], t.amount_fen, t.reference)
                    for t in TenderRow.select().where(TenderRow.payment == payment).order_by(TenderRow.id))
    issued = clock.stored_local(payment.created_at, estate.timezone)
    return ReceiptData(
        number=payment.number, kind=payment.kind, status=payment.status, title=estate.receipt_title,
        company=estate.company, estate_name=estate.name, issued_at=issued,
        business_date=str(payment.business_date), unit_code=unit.code, unit_area_centi=unit.area_centi,
        payer=payment.payer, lines=tuple(lines), lines_fen=payment.lines_fen, late_fee_fen=payment.late_fee_fen,
        waived_fen=payment.waived_fen, topup_fen=payment.topup_fen, total_fen=payment.total_fen,
        total_words=amount_in_words(payment.total_fen), tenders=tenders,
        cash_tendered_fen=payment.cash_tendered_fen, change_fen=payment.change_fen,
        prepaid_after_fen=payment.prepaid_after_fen, cashier=cashier.display_name, remarks=payment.remarks,
        training=payment.training, content_hash=payment.content_hash, estate_phone=estate.phone,
        estate_address=estate.address, check_value=_check_value(payment.number))


def _check_value(number: str) -> str:
    """The first 12 hex digits of the audit row that sealed this payment: a counterfeit receipt
    cannot carry a value that matches the office's chain."""
    row = (AuditLog.select(AuditLog.hash).where((AuditLog.entity == "payment") & (AuditLog.entity_id == number))
           .order_by(AuditLog.id).first())
    return row.hash[:12].upper() if row else ""
