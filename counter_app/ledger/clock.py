"""The one source of 'now': UTC for storage, the estate's zone for business dates.

Tests and the demo builder set a fixed time with `frozen()` instead of patching datetime.
"""
from __future__ import annotations

import contextlib
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from ..store.convert import stored_time

_fixed: datetime | None = None


def now_utc() -> datetime:
    return _fixed if _fixed is not None else datetime.now(timezone.utc)


@contextlib.contextmanager
def frozen(at: datetime):
    """Make now_utc() return `at` (aware) inside the block."""
    global _fixed
    if at.tzinfo is None:
        raise ValueError("frozen() needs an aware datetime")
    previous, _fixed = _fixed, at.astimezone(timezone.utc)
    try:
        yield
    finally:
        _fixed = previous


def local(at: datetime, tz_name: str) -> datetime:
    return at.astimezone(ZoneInfo(tz_name))


def business_date(tz_name: str, at: datetime | None = None) -> date:
    """营业日: the office's local date."""
    return local(at or now_utc(), tz_name).date()


def stored_local(value: datetime | str, tz_name: str) -> datetime:
    """A stored (naive UTC) time in the office's zone."""
    return local(from_db(value), tz_name)


def stored_text(value: datetime | str | None, tz_name: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored time as the office reads it; "" for none."""
    return stored_local(value, tz_name).strftime(fmt) if value else ""


def to_db(at: datetime) -> datetime:
    """Stored as naive UTC (peewee's DateTimeField keeps no zone)."""
    return at.astimezone(timezone.utc).replace(tzinfo=None)


# How stored text becomes times and dates is the store's (store/convert.py); kept here by name
# for the services that read model rows.
from_db = stored_time
