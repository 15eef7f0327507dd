"""A unit's account history as its statement (对账单) reads it: its charges, what valid receipts
paid of them, what refunds gave back, its prepaid movements."""
from __future__ import annotations

from ..bulk import insert_rows
from ..models import Charge, FeeItem, Payment, PaymentLine, PrepaidMovement, Refund, RefundLine, Unit


def charges_of(unit_id: int) -> list:
    """The unit's charges not cancelled (Charge rows with their items), by period start."""
    return list(Charge.select(Charge, FeeItem).join(FeeItem)
                .where((Charge.unit == unit_id) & Charge.cancelled_at.is_null(True)).order_by(Charge.period_start))


def paid_lines_of(unit_id: int) -> list:
    """Lines of valid receipts paying the unit's charges (PaymentLine rows with their payment,
    charge and item), in the order the receipts were made."""
    return list(PaymentLine.select(PaymentLine, Payment, Charge, FeeItem).join(Payment).switch(PaymentLine)
                .join(Charge).join(FeeItem).where((Charge.unit == unit_id) & (Payment.status == "valid"))
                .order_by(Payment.created_at))


def refund_lines_of(unit_id: int) -> list:
    """Refund lines of the unit's charges (RefundLine rows with their refund, payment line and charge)."""
    return list(RefundLine.select(RefundLine, Refund, PaymentLine, Charge).join(Refund).switch(RefundLine)
                .join(PaymentLine).join(Charge).where(Charge.unit == unit_id))


def prepaid_movements_of(unit_id: int) -> list:
    """The unit's prepaid movements (PrepaidMovement rows), in the order they were made."""
    return list(PrepaidMovement.select().where(PrepaidMovement.unit == unit_id).order_by(PrepaidMovement.id))


def prepaid_balance_of(unit_id: int) -> int:
    """The balance after the unit's latest prepaid movement (0 when none)."""
    return (PrepaidMovement.select(PrepaidMovement.balance_after_fen)
            .where(PrepaidMovement.unit == unit_id).order_by(PrepaidMovement.id.desc()).scalar()) or 0


def units_with_prepaid_moved(estate) -> set[int]:
    """The estate's units whose prepaid balance has moved otherwise than by an opening balance."""
    return {uid for (uid,) in PrepaidMovement.select(PrepaidMovement.unit).join(Unit)
            .where((Unit.estate == estate) & (PrepaidMovement.kind != "opening")).distinct().tuples()}


def add_prepaid_movements(rows: list[dict]) -> int:
    """Prepaid movements at once (rows by field name), with one prepared statement."""
    return insert_rows(PrepaidMovement, rows)
