"""Stored values as Python values: a hand-written read gives SQLite's text for dates and times
(PostgreSQL's driver gives date and datetime objects); every read in queries/ converts here."""
from __future__ import annotations

from datetime import date, datetime, timezone


def stored_time(value: datetime | str) -> datetime:
    """A stored (naive UTC) time as an aware UTC datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc)


def stored_date(value: date | str) -> date:
    """A stored date (text or a date) as a date."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])

