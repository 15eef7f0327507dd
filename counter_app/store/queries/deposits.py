"""Deposits (押金) as their import reads and writes them: opening deposits taken before the
program, and what deposit lines of this counter's receipts still hold."""
from __future__ import annotations

from ..bulk import insert_rows
from ..models import Charge, FeeItem, OpeningDeposit, Payment, PaymentLine, RefundLine, Unit


def opening_deposits(estate) -> list:
    """The estate's opening deposits not returned (OpeningDeposit rows)."""
    return list(OpeningDeposit.select().where((OpeningDeposit.estate == estate) &
                                              OpeningDeposit.returned_at.is_null(True)))


def add_opening_deposits(rows: list[dict]) -> int:
    """Opening deposits at once (rows by field name), with one prepared statement."""
    return insert_rows(OpeningDeposit, rows)


def change_opening_deposit(deposit_id: int, change: dict) -> None:
    """An opening deposit's changed columns (change: column -> (before, after))."""
    OpeningDeposit.update({getattr(OpeningDeposit, c): after for c, (_, after) in change.items()}) \
        .where(OpeningDeposit.id == deposit_id).execute()


def opening_for_export(estate) -> list[tuple]:
    """(unit number, item code, amount, received on, reference, note) of the estate's opening
    deposits not returned, in the order they were recorded."""
    return list(OpeningDeposit.select(Unit.code, FeeItem.code, OpeningDeposit.amount_fen, OpeningDeposit.received_on,
                                      OpeningDeposit.reference, OpeningDeposit.note)
                .join(Unit).switch(OpeningDeposit).join(FeeItem)
                .where((OpeningDeposit.estate == estate) & OpeningDeposit.returned_at.is_null(True))
                .order_by(OpeningDeposit.id).tuples())


def receipt_deposit_lines(estate) -> list[tuple]:
    """(line id, unit number, item code, principal, business date, receipt number) of the deposit
    lines of the estate's valid receipts, in line order."""
    return list(PaymentLine.select(PaymentLine.id, Unit.code, FeeItem.code, PaymentLine.principal_fen,
                                   Payment.business_date, Payment.number)
                .join(Payment).switch(PaymentLine).join(Charge).join(FeeItem, on=(Charge.item == FeeItem.id))
                .switch(Charge).join(Unit, on=(Charge.unit == Unit.id))
                .where((Payment.estate == estate) & (Payment.status == "valid") & (Charge.origin == "deposit"))
                .order_by(PaymentLine.id).tuples())


def receipt_lines_of_deposit(estate, number: str, unit_id: int, item_id: int) -> list[tuple[int, int]]:
    """(line id, principal) of a valid receipt's (by its number) deposit lines of a unit and item."""
    return list(PaymentLine.select(PaymentLine.id, PaymentLine.principal_fen).join(Payment)
                .switch(PaymentLine).join(Charge)
                .where((Payment.estate == estate) & (Payment.number == number) &
                       (Payment.status == "valid") & (Charge.unit == unit_id) &
                       (Charge.item == item_id) & (Charge.origin == "deposit")).tuples())


def refunded_of_line(line_id: int) -> int:
    """What refunds gave back of a receipt's line."""
    return sum(p for (p,) in RefundLine.select(RefundLine.principal_fen)
               .where(RefundLine.payment_line == line_id).tuples())
