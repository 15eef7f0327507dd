"""An invoice request's states (开票申请), as stored, and what a receipt says of each.

requested -> issued (its number recorded) -> red_needed (its receipt voided or refunded) ->
reversed (the 红字 invoice's number recorded); a request not yet issued when its receipt is
corrected is cancelled."""
from __future__ import annotations

REQUESTED, ISSUED, RED_NEEDED, REVERSED, CANCELLED = "requested", "issued", "red_needed", "reversed", "cancelled"
ALL = (REQUESTED, ISSUED, RED_NEEDED, REVERSED, CANCELLED)
# Requests that hold their lines: a line in one of these cannot be asked for again.
HOLDING = (REQUESTED, ISSUED, RED_NEEDED, REVERSED)
# Requests the office still has work on: an invoice to issue, or a 红字 invoice to record.
OPEN = (REQUESTED, RED_NEEDED)


def status_words(status: str, number: str | None) -> str:
    """What a receipt says of its invoice: 未申请, 已申请, 已开具 No.…, 待开红字 No.…, 已红冲."""
    return {REQUESTED: "已申请（待开具）", ISSUED: f"已开具 No.{number}", RED_NEEDED: f"已开具 No.{number}，待开红字",
            REVERSED: f"已红冲 No.{number}", CANCELLED: "申请已取消"}.get(status, "未申请")
