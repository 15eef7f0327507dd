"""Cash movements of a shift's drawer (paid-in, paid-out, drops, and their reversals): the rows
the counter writes and the close-out and the check read."""
from __future__ import annotations

from ..db import rows
from ..dialect import marks
from ..models import CashMovement


def new_movement(**columns):
    """Create a cash movement row (columns as the model names them); returns it."""
    return CashMovement.create(**columns)


def by_number(estate_id: int, number: str):
    """The movement row of that number in the estate, or None."""
    return CashMovement.get_or_none((CashMovement.estate == estate_id) & (CashMovement.number == number))


def reversal_of(movement_id: int):
    """The row that reverses this movement, or None."""
    return CashMovement.get_or_none(CashMovement.reverses == movement_id)


def of_shifts(shift_ids: list[int]) -> list[tuple]:
    """(id, number, kind, amount, reason, voucher, note, authoriser id, number reversed) of the
    shifts' movements, in the order they were made."""
    if not shift_ids:
        return []
    return rows("SELECT c.id, c.number, c.kind, c.amount_fen, c.reason, c.voucher, c.note, c.authoriser_id, "
                "coalesce(r.number, '') FROM cash_movement c LEFT JOIN cash_movement r ON r.id = c.reverses_id "
                f"WHERE c.shift_id IN ({marks(shift_ids)}) ORDER BY c.id", shift_ids)


def held() -> set[tuple[int, str]]:
    """(estate, number) of every movement: what the check compares with the audit trail."""
    return set(rows("SELECT estate_id, number FROM cash_movement"))


def by_id(movement_id: int):
    return CashMovement.get_by_id(movement_id)
