"""Reminders (催缴记录): each contact with a unit about what it owes, written and read here."""
from __future__ import annotations

from datetime import date

from peewee import fn

from ..models import Reminder


def create_reminder(*, estate: int, unit: int, at, username: str, channel: str, owed_fen: int, note: str,
                    promised_on: date | None, follow_up_on: date | None):
    """A contact logged (its Reminder row), inside the caller's transaction."""
    return Reminder.create(estate=estate, unit=unit, at=at, username=username, channel=channel, owed_fen=owed_fen,
                           note=note, promised_on=promised_on, follow_up_on=follow_up_on)


def add_notice_reminders(estate: int, at, username: str, notices: list[tuple[int, int, str]]) -> None:
    """Units reminded by a printed notice, at once: notices as (unit id, owed, note)."""
    Reminder.insert_many([dict(estate=estate, unit=unit, at=at, username=username, channel="notice",
                               owed_fen=owed, note=note) for unit, owed, note in notices]).execute()


def latest_of_unit(unit_id: int, limit: int) -> list:
    """A unit's last contacts (Reminder rows), newest first."""
    return list(Reminder.select().where(Reminder.unit == unit_id).order_by(Reminder.at.desc()).limit(limit))


def follow_ups_due(estate_id: int, on: date) -> list:
    """The estate's contacts with a follow-up on or before `on` (Reminder rows), oldest first."""
    return list(Reminder.select().where((Reminder.estate == estate_id) & Reminder.follow_up_on.is_null(False) &
                                        (Reminder.follow_up_on <= on)).order_by(Reminder.follow_up_on, Reminder.at))


def latest_ids(unit_ids: list[int]) -> dict[int, int]:
    """unit -> its latest contact's id (ids grow as contacts are logged)."""
    if not unit_ids:
        return {}
    return dict(Reminder.select(Reminder.unit, fn.MAX(Reminder.id)).where(Reminder.unit.in_(unit_ids))
                .group_by(Reminder.unit).tuples())
