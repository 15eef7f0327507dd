"""When a queued bill is tried again, and the SMTP password's place in the key store.

The backoff doubles from one minute up to six hours, so a counter offline over a weekend does
not hammer the server on its return nor wait a day once it is back.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from .. import keystore

FIRST = timedelta(minutes=1)
LONGEST = timedelta(hours=6)


def next_try(attempts: int, now: datetime) -> datetime:
    """The time of the next try after `attempts` failed ones (attempts >= 1)."""
    wait = FIRST * (2 ** min(max(attempts - 1, 0), 20))
    return now + min(wait, LONGEST)


def _key_name(estate_id: int) -> str:
    return f"smtp-password-{estate_id}"


def put_password(ledger: str, estate_id: int, password: str) -> None:
    # Kept beside the audit key, never in the ledger or a settings file.
    keystore.put(ledger, _key_name(estate_id), password.encode("utf-8"))


def password(ledger: str, estate_id: int) -> str:
    found = keystore.get(ledger, _key_name(estate_id))
    return found.decode("utf-8") if found is not None else ""
