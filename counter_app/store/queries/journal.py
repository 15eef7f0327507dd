"""The receipt journal and the audit trail as managers search them (model rows and tuples)."""
from __future__ import annotations

from peewee import fn

from ..models import AuditLog, Payment, Refund, Reprint, TenderRow, Unit, User


def receipts_found(estate_id: int, *, number: str = "", since=None, before=None, unit_prefix: str = "",
                   payer: str = "", cashier: str = "", method: str = "", kind: str = "", status: str = "",
                   limit: int = 500) -> list:
    """The estate's receipts matching every criterion given, newest first (named tuples: id,
    number, kind, created_at, payer, total_fen, status, unit_code, cashier). `since`/`before`
    bound the time issued (stored UTC); status is valid (not refunded), voided or refunded."""
    q = (Payment.select(Payment.id, Payment.number, Payment.kind, Payment.created_at, Payment.payer, Payment.total_fen,
                        Payment.status, Unit.code.alias("unit_code"), User.display_name.alias("cashier"))
         .join(Unit, on=(Payment.unit == Unit.id)).switch(Payment).join(User, on=(Payment.user == User.id))
         .where(Payment.estate == estate_id))
    if number:
        q = q.where(Payment.number == number)
    if since:
        q = q.where(Payment.created_at >= since)
    if before:
        q = q.where(Payment.created_at < before)
    if unit_prefix:
        q = q.where(Unit.code.startswith(unit_prefix))
    if payer:
        q = q.where(Payment.payer.contains(payer))
    if cashier:
        q = q.where(User.username == cashier)
    if method:
        q = q.where(fn.EXISTS(TenderRow.select(TenderRow.id).where((TenderRow.payment == Payment.id) &
                                                                    (TenderRow.method == method))))
    if kind:
        q = q.where(Payment.kind == kind)
    refunded_sub = Refund.select(Refund.payment)
    if status == "voided":
        q = q.where(Payment.status == "voided")
    elif status == "refunded":
        q = q.where(Payment.id.in_(refunded_sub))
    elif status == "valid":
        q = q.where((Payment.status == "valid") & Payment.id.not_in(refunded_sub))
    return list(q.order_by(Payment.created_at.desc()).limit(limit).namedtuples())


def tender_methods_unordered(payment_ids: list[int]) -> list[tuple[int, str]]:
    """(payment, method) of these payments' tenders, as the database returns them."""
    return list(TenderRow.select(TenderRow.payment, TenderRow.method).where(TenderRow.payment.in_(payment_ids)).tuples())


def refunded_totals(payment_ids: list[int]) -> dict[int, int]:
    """payment -> the total refunded of it (payments never refunded left out)."""
    return dict(Refund.select(Refund.payment, fn.SUM(Refund.total_fen)).where(Refund.payment.in_(payment_ids))
                .group_by(Refund.payment).tuples())


def payment_numbered(estate_id: int, number: str):
    """The payment row of that number in an estate (peewee's DoesNotExist when there is none)."""
    return Payment.get((Payment.estate == estate_id) & (Payment.number == number))


def reprints_of(payment_id: int) -> list:
    """A payment's reprint rows in order."""
    return list(Reprint.select().where(Reprint.payment == payment_id).order_by(Reprint.id))


def refund_rows_of(payment_id: int) -> list:
    """A payment's refund rows in order."""
    return list(Refund.select().where(Refund.payment == payment_id).order_by(Refund.id))


def refund_numbers_of(payment_id: int) -> list[str]:
    return [r.number for r in Refund.select(Refund.number).where(Refund.payment == payment_id)]


def trail_of(payment_number: str, refund_numbers: list[str]) -> list:
    """The audit rows of a payment and of its refunds, in chain order."""
    return list(AuditLog.select().where(((AuditLog.entity == "payment") & (AuditLog.entity_id == payment_number)) |
                                        ((AuditLog.entity == "refund") & AuditLog.entity_id.in_(refund_numbers)))
                .order_by(AuditLog.id))


def audit_found(action: str = "", username: str = "", text: str = "", limit: int = 2000) -> list:
    """Audit rows, newest first: of actions starting with `action`, by `username`, naming or
    holding `text` (each only when given)."""
    q = AuditLog.select()
    if action:
        q = q.where(AuditLog.action.startswith(action))
    if username:
        q = q.where(AuditLog.username == username)
    if text:
        q = q.where(AuditLog.entity_id.contains(text) | AuditLog.after.contains(text))
    return list(q.order_by(AuditLog.id.desc()).limit(limit))
