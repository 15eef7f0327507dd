"""A charge's billing key (dedupe_key): what makes a second billing run, a retried import or an
advance payment create nothing twice. The one place its grammar is spelled:

    p:UNIT:ITEM:YYYY-MM-DD   a periodic fee's period of a unit, from its first day
    r:READING                a metered month, billed through its last reading
    s:COST:UNIT              a unit's share of a shared cost
    a:TOKEN                  a one-off charge taken at the counter (never repeated: a fresh token)
    o:UNIT:ITEM:YYYY-MM-DD   an opening balance brought in by the arrears import
    x:CHARGE:KEY             a cancelled charge, its key freed so the period can be billed again
"""
from __future__ import annotations

import re
import uuid
from datetime import date

PERIODIC, READING, SHARED, ADHOC, OPENING, CANCELLED = "p", "r", "s", "a", "o", "x"
SEP = ":"

_ID = r"[1-9][0-9]*"
_DAY = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
_TOKEN = r"[0-9a-f]{32}"
_LIVE = {PERIODIC: rf"{_ID}:{_ID}:{_DAY}", READING: _ID, SHARED: rf"{_ID}:{_ID}", ADHOC: _TOKEN,
         OPENING: rf"{_ID}:{_ID}:{_DAY}"}
GRAMMAR = re.compile("|".join(rf"{kind}:{rest}" for kind, rest in _LIVE.items()))


def _day(start: date | str) -> str:
    return start if isinstance(start, str) else start.isoformat()


def periodic(unit_id: int, item_id: int, start: date | str) -> str:
    """start: the period's first day, or its ISO text (a billing run's rows hold text)."""
    return f"{PERIODIC}:{unit_id}:{item_id}:{_day(start)}"


def reading(reading_id: int) -> str:
    return f"{READING}:{reading_id}"


def shared_prefix(cost_id: int) -> str:
    return f"{SHARED}:{cost_id}:"


def shared(cost_id: int, unit_id: int) -> str:
    return f"{shared_prefix(cost_id)}{unit_id}"


def after_prefix(prefix: str) -> str:
    """The least text above every key that starts with `prefix` (which ends in SEP): a range on
    the unique index (key >= prefix AND key < this), which LIKE could not use."""
    assert prefix.endswith(SEP)
    return prefix[:-1] + chr(ord(SEP) + 1)


def adhoc() -> str:
    return f"{ADHOC}:{uuid.uuid4().hex}"


def opening(unit_id: int, item_id: int, start: date | str) -> str:
    return f"{OPENING}:{unit_id}:{item_id}:{_day(start)}"


CANCELLED_PREFIX = f"{CANCELLED}{SEP}"


def cancelled(charge_id: int, key: str) -> str:
    """The key a cancelled charge keeps: its own, behind its id, so the period is free again."""
    return f"{CANCELLED_PREFIX}{charge_id}{SEP}{key}"


def cancelled_sql(id_column: str = "id", key_column: str = "dedupe_key") -> str:
    """cancelled() as an SQL expression over a charge row, for updates of many rows at once."""
    return f"'{CANCELLED_PREFIX}' || {id_column} || '{SEP}' || {key_column}"


def is_cancelled(key: str) -> bool:
    return key.startswith(CANCELLED_PREFIX)


def original(key: str) -> str:
    """The key a charge was made with (a cancelled one's, from behind its id)."""
    return key.split(SEP, 2)[2] if is_cancelled(key) else key


def is_valid(key: str) -> bool:
    """Whether `key` is in the grammar above (a cancelled key: its id, then a valid key)."""
    if is_cancelled(key):
        parts = key.split(SEP, 2)
        return len(parts) == 3 and re.fullmatch(_ID, parts[1]) is not None and is_valid(parts[2])
    return GRAMMAR.fullmatch(key) is not None
