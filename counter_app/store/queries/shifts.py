"""Shifts and days: the reads every payment and every report asks (moved down here so that the
counter, the close and the consultation desk share them without importing each other)."""
from __future__ import annotations

from datetime import date

from ..convert import stored_date, stored_time
from ..db import rows
from ..models import Shift, Payment, TenderRow, Refund, DayClose
from peewee import fn


def open_shift_of(user_id: int, estate_id: int) -> int | None:
    """The user's open shift at the counter of this estate."""
    found = rows("SELECT id FROM shift WHERE user_id = ? AND estate_id = ? AND closed_at IS NULL ORDER BY id DESC "
                 "LIMIT 1", (user_id, estate_id))
    return found[0][0] if found else None


def open_shift_counted(user_id: int, estate_id: int) -> tuple[int, bool] | None:
    """The user's open shift at this estate's counter, and whether its count is saved already (a
    blind count, saved before the close), or None."""
    found = rows("SELECT id, counted_json FROM shift WHERE user_id = ? AND estate_id = ? AND closed_at IS NULL "
                 "ORDER BY id DESC LIMIT 1", (user_id, estate_id))
    return (found[0][0], bool(found[0][1])) if found else None


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


# -- shift and day-close rows (models), as the shift and day close write and read them -------------

def open_shift_row(user_id: int, estate_id: int):
    """The user's open shift at this estate's counter as a row (the latest), or None."""
    return (Shift.select().where((Shift.user == user_id) & (Shift.estate == estate_id) & Shift.closed_at.is_null(True))
            .order_by(Shift.id.desc()).first())


def new_shift(*, estate_id: int, user_id: int, opened_at, float_fen: int, business_date: date):
    """Create a shift row; returns it."""
    return Shift.create(estate=estate_id, user=user_id, opened_at=opened_at, float_fen=float_fen,
                        business_date=business_date)


def save_count(shift_id: int, counted_json: str, counted_fen: int) -> None:
    """A blind count saved in the open shift before its close (once: an earlier one is kept)."""
    Shift.update(counted_json=counted_json, counted_fen=counted_fen).where(
        (Shift.id == shift_id) & Shift.closed_at.is_null(True) & (Shift.counted_json == "")).execute()


def shift_by_id(shift_id: int):
    return Shift.get_by_id(shift_id)


def shift_of_estate(shift_id: int, estate_id: int):
    """The shift row of that id if it belongs to the estate, or None."""
    return Shift.get_or_none((Shift.id == shift_id) & (Shift.estate == estate_id))


def shifts_on(estate_id: int, day: date) -> list:
    """The estate's shift rows of a business day, in id order."""
    return list(Shift.select().where((Shift.estate == estate_id) & (Shift.business_date == day)).order_by(Shift.id))


def cash_in(shift_id: int) -> int:
    """Cash kept on valid receipts of the shift (after change: change is not income)."""

    return int(TenderRow.select(fn.COALESCE(fn.SUM(TenderRow.amount_fen), 0)).join(Payment)
               .where((Payment.shift == shift_id) & (Payment.status == "valid") & (TenderRow.method == "cash"))
               .scalar())


def cash_out(shift_id: int) -> int:
    """Cash paid out of the drawer: refunds in cash."""

    return int(Refund.select(fn.COALESCE(fn.SUM(Refund.total_fen), 0))
               .where((Refund.shift == shift_id) & (Refund.method == "cash")).scalar())


def close_shift_row(shift_id: int, *, closed_at, counted_json: str, counted_fen, expected_fen: int, difference_fen,
                    note: str, z_number: str, report_json: str) -> int:
    """Close an open shift with its Z report; returns 1, or 0 when it was closed already."""
    return (Shift.update(closed_at=closed_at, counted_json=counted_json, counted_fen=counted_fen,
                         expected_fen=expected_fen, difference_fen=difference_fen, note=note, z_number=z_number,
                         report_json=report_json)
            .where((Shift.id == shift_id) & Shift.closed_at.is_null(True)).execute())


def active_day_close(estate_id: int, day: date):
    """The day's close row not reopened (the latest), or None."""
    return (DayClose.select().where((DayClose.estate == estate_id) & (DayClose.business_date == day) &
                                    DayClose.reopened_at.is_null(True))
            .order_by(DayClose.id.desc()).first())


def reopened_day_closes(estate_id: int, day: date) -> list:
    """The day's close rows an administrator reopened, oldest first."""
    return list(DayClose.select().where((DayClose.estate == estate_id) & (DayClose.business_date == day) &
                                        DayClose.reopened_at.is_null(False)).order_by(DayClose.id))


def report_before(estate_id: int, day: date) -> str | None:
    """The stored report (JSON) of the last day closed before `day`, or None."""
    before = (DayClose.select(DayClose.report_json).where((DayClose.estate == estate_id) &
                                                          (DayClose.business_date < day) &
                                                          DayClose.reopened_at.is_null(True))
              .order_by(DayClose.business_date.desc(), DayClose.id.desc()).first())
    return before.report_json if before else None


def new_day_close(*, estate_id: int, business_date: date, closed_at, closed_by: int, report_json: str) -> None:
    DayClose.create(estate=estate_id, business_date=business_date, closed_at=closed_at, closed_by=closed_by,
                    report_json=report_json)


def reopen_day_close(day_close_id: int, *, at, by: int, reason: str) -> None:
    DayClose.update(reopened_at=at, reopened_by=by, reopen_reason=reason).where(DayClose.id == day_close_id).execute()
