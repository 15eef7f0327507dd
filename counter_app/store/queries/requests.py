"""What a money command's client-made request id recorded (models.REQUEST_IDS: a payment, its
void, a refund, a cash movement), looked up by the id: one statement, each branch on its unique index."""
from __future__ import annotations

from ..convert import stored_time
from ..db import rows

_FIND = ("SELECT 'payment', p.number, u.code, p.total_fen, p.created_at, s.display_name FROM payment p "
         "JOIN unit u ON u.id = p.unit_id JOIN \"user\" s ON s.id = p.user_id "
         "WHERE p.estate_id = ? AND p.request_id = ? "
         "UNION ALL SELECT 'void', p.number, u.code, p.total_fen, p.voided_at, s.display_name FROM payment p "
         "JOIN unit u ON u.id = p.unit_id JOIN \"user\" s ON s.id = p.voided_by_id "
         "WHERE p.estate_id = ? AND p.void_request_id = ? "
         "UNION ALL SELECT 'refund', r.number, u.code, r.total_fen, r.created_at, s.display_name FROM refund r "
         "JOIN unit u ON u.id = r.unit_id JOIN \"user\" s ON s.id = r.user_id "
         "WHERE r.estate_id = ? AND r.request_id = ? "
         "UNION ALL SELECT 'cashmove', c.number, '', c.amount_fen, c.created_at, s.display_name FROM cash_movement c "
         "JOIN \"user\" s ON s.id = c.user_id WHERE c.estate_id = ? AND c.request_id = ?")


def find(estate_id: int, request_id: str) -> tuple[str, str, str, int, object, str] | None:
    """(command, document number, unit, total, when, by whom) of what `request_id` recorded in the
    estate, or None when it recorded nothing."""
    found = rows(_FIND, (estate_id, request_id) * 4)
    if not found:
        return None
    command, number, unit, total, at, by = found[0]
    return command, number, unit, total, stored_time(at), by
