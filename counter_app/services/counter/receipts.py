"""What a receipt says, read back from the stored payment (the same for the original and reprints)."""
from __future__ import annotations

from ...core.daxie import amount_in_words
from ...core.receipt_data import ReceiptData, ReceiptLine, ReceiptTender
from ...core.errors import NotFound
from ...core.tenders import METHODS
from ...store.db import rows
from ...store.models import Payment, PaymentLine, TenderRow
from ..common import clock


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


# A receipt is read on every payment, reprint and scan: hand-written statements (portable SQL,
# the backend's placeholder) instead of building four queries through the model layer each time.
_HEADER = ("SELECT p.id, p.number, p.kind, p.status, p.created_at, p.business_date, p.payer, p.lines_fen, "
           "p.late_fee_fen, p.waived_fen, p.topup_fen, p.total_fen, p.cash_tendered_fen, p.change_fen, "
           "p.prepaid_after_fen, p.remarks, p.training, p.content_hash, e.receipt_title, e.company, e.name, "
           "e.timezone, e.phone, e.address, u.code, u.area_centi, s.display_name FROM payment p "
           "JOIN estate e ON e.id = p.estate_id JOIN unit u ON u.id = p.unit_id JOIN \"user\" s ON s.id = p.user_id "
           "WHERE p.number = ?")
_LINES = ("SELECT l.principal_fen, l.late_fee_fen, l.waived_fen, l.late_days, l.waiver_reason, c.period_start, "
          "c.period_end, c.origin, c.basis, f.name FROM payment_line l JOIN charge c ON c.id = l.charge_id "
          "CROSS JOIN fee_item f ON f.id = c.item_id WHERE l.payment_id = ? ORDER BY l.id")
_TENDERS = "SELECT method, amount_fen, reference FROM tender WHERE payment_id = ? ORDER BY id"


def _day(value) -> str:
    """A stored date as printed on a receipt: 2026.01.31."""
    return str(value)[:10].replace("-", ".")


def load_receipt(number: str) -> ReceiptData:
    found = rows(_HEADER, ((number or "").strip().upper(),))
    if not found:
        raise NotFound(f"没有编号为 {number} 的收据")
    (pid, number, kind, status, created_at, business_date, payer, lines_fen, late_fee_fen, waived_fen, topup_fen,
     total_fen, cash_tendered_fen, change_fen, prepaid_after_fen, remarks, training, content_hash, title, company,
     estate_name, tz, phone, address, unit_code, area_centi, cashier) = found[0]
    lines = []
    for principal, late, waived, days, reason, start, end, origin, basis, item_name in rows(_LINES, (pid,)):
        period = _day(start) if origin in ("adhoc", "deposit") else f"{_day(start)}-{_day(end)}"
        lines.append(ReceiptLine(item_name, period, basis, principal, late, waived, days, reason))
    tenders = tuple(ReceiptTender(method, METHODS[method], amount, reference)
                    for method, amount, reference in rows(_TENDERS, (pid,)))
    return ReceiptData(
        number=number, kind=kind, status=status, title=title, company=company, estate_name=estate_name,
        issued_at=clock.stored_local(created_at, tz), business_date=str(business_date)[:10], unit_code=unit_code,
        unit_area_centi=area_centi, payer=payer, lines=tuple(lines), lines_fen=lines_fen, late_fee_fen=late_fee_fen,
        waived_fen=waived_fen, topup_fen=topup_fen, total_fen=total_fen, total_words=amount_in_words(total_fen),
        tenders=tenders, cash_tendered_fen=cash_tendered_fen, change_fen=change_fen,
        prepaid_after_fen=prepaid_after_fen, cashier=cashier, remarks=remarks, training=bool(training),
        content_hash=content_hash, estate_phone=phone, estate_address=address, check_value=_check_value(number))


def _check_value(number: str) -> str:
    """The first 12 hex digits of the audit row that sealed this payment: a counterfeit receipt
    cannot carry a value that matches the office's chain."""
    row = rows("SELECT hash FROM audit_log WHERE entity = 'payment' AND entity_id = ? ORDER BY id LIMIT 1", (number,))
    return row[0][0][:12].upper() if row else ""
