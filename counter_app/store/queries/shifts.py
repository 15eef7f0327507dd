"""Shifts and days: the reads every payment and every report asks (moved down here so that the
counter, the close and the consultation desk share them without importing each other)."""
from __future__ import annotations

from datetime import date

from ..db import rows


def open_shift_of(user_id: int, estate_id: int) -> int | None:
    """The user's open shift at the counter of this estate."""
    found = rows("SELECT id FROM shift WHERE user_id = ? AND estate_id = ? AND closed_at IS NULL ORDER BY id DESC "
                 "LIMIT 1", (user_id, estate_id))
    return found[0][0] if found else None


def day_is_closed(estate_id: int, day: date) -> bool:
    """Asked on every payment."""
    return bool(rows("SELECT 1 FROM day_close WHERE estate_id = ? AND business_date = ? AND reopened_at IS NULL "
                     "LIMIT 1", (estate_id, day.isoformat())))


def consultations_in_shift(shift_id: int) -> int:
    return rows("SELECT count(*) FROM consultation WHERE shift_id = ?", (shift_id,))[0][0]
