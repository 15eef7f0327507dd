"""The one source of 'now': UTC for storage, the estate's zone for business dates.

Tests and the demo builder set a fixed time with `frozen()` instead of patching datetime.
"""
from __future__ import annotations

import contextlib
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

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


def to_db(at: datetime) -> datetime:
    """Stored as naive UTC (peewee's DateTimeField keeps no zone)."""
    return at.astimezone(timezone.utc).replace(tzinfo=None)


def from_db(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc)
