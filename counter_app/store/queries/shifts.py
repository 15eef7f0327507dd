"""Shifts and days: the reads every payment and every report asks (moved down here so that the
counter, the close and the consultation desk share them without importing each other)."""
from __future__ import annotations

from datetime import date

from ..convert import stored_date, stored_time
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


def shift_is_open(shift_id: int) -> bool:
    return bool(rows("SELECT 1 FROM shift WHERE id = ? AND closed_at IS NULL", (shift_id,)))


def consultations_in_shift(shift_id: int) -> int:
    return rows("SELECT count(*) FROM consultation WHERE shift_id = ?", (shift_id,))[0][0]


def first_days(estate_id: int) -> tuple:
    """When the estate was set up (its creation's audit row, UTC) and its first shift's business
    day; each None when there is none."""
    created = rows("SELECT min(created_at) FROM audit_log WHERE entity = 'estate' AND entity_id = ? "
                   "AND action = 'estate.create'", (str(estate_id),))[0][0]
    shift = rows("SELECT min(business_date) FROM shift WHERE estate_id = ?", (estate_id,))[0][0]
    return stored_time(created) if created else None, stored_date(shift) if shift else None
