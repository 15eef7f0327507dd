"""The audit chain's keys: random 256-bit secrets of one ledger, kept outside it in the key store
(keystore.py) under the ledger's id (meta `ledger_id`). The chain's links are HMAC-SHA256 under
the key in force; a row `key.period` in the chain says where a key starts being used.

A PC that does not hold the key of the chain's head (a new PC, one restored without its keys)
never stops: it seals on under the key it last sealed with for this ledger, or a new one it makes
and keeps, and the change is itself a row of the chain. `audit verify` then says which rows it
could not check until the key is imported (`counter-app key import`).
"""
from __future__ import annotations

import hashlib
import logging
import os

from .. import keystore
from ..store import migrations

PREFIX = "audit-"
CURRENT = "_audit-current"      # the key id this PC seals with when the head's key is not here
SHOWN = "_shown-"               # a key whose recovery code was shown to an administrator


def key_id_of(key: bytes) -> str:
    """A key's public name: 16 hex digits of a hash of it (it tells nothing of the key)."""
    return hashlib.sha256(b"counter-app audit key id\0" + key).hexdigest()[:16]


def ledger_id() -> str:
    """The bound ledger's id (made when it was created, or on the upgrade to schema 13)."""
    return migrations.get_meta("ledger_id")


# Keys made by this process that the key store would not take (a locked or broken OS key store):
# the counter seals on with them rather than stop, and says so in the log.
_unsaved: dict[tuple[str, str], bytes] = {}
log = logging.getLogger("counter_app.keys")


def _get(ledger: str, name: str) -> bytes | None:
    try:
        return keystore.get(ledger, name)
    except Exception:                 # a key store that cannot be read is a key not held, never a stop
        log.exception("the key store could not be read")
        return None


def held(ledger: str, key_id: str) -> bytes | None:
    """The key named `key_id` if this PC holds it."""
    if not key_id:
        return None
    key = _get(ledger, PREFIX + key_id) or _unsaved.get((ledger, key_id))
    return key if key is not None and key_id_of(key) == key_id else None


def add(ledger: str, key: bytes) -> str:
    """Keep `key` for the ledger on this PC (made here, or imported); returns its id."""
    key_id = key_id_of(key)
    keystore.put(ledger, PREFIX + key_id, key)
    return key_id


def for_append(ledger: str, head_key: str) -> tuple[str, bytes, str]:
    """(key id, key, why a new key period starts or "") to seal the next rows with, given the key
    the chain's head was sealed under."""
    key = held(ledger, head_key)
    if key is not None:
        return head_key, key, ""
    mine = _get(ledger, CURRENT)
    if mine:
        key = held(ledger, mine.decode())
        if key is not None:
            return mine.decode(), key, "switch"
    key = os.urandom(32)
    key_id = key_id_of(key)
    try:
        add(ledger, key)
        keystore.put(ledger, CURRENT, key_id.encode())
    except Exception:
        log.exception("the key store did not take the ledger's new key %s: it is used unsaved", key_id)
        _unsaved[(ledger, key_id)] = key
    return key_id, key, "new" if not head_key else "missing"


def import_key(ledger: str, key: bytes) -> str:
    """A key brought from another PC (its recovery code or an exported bundle): kept, and sealed
    with from now on if the chain's head is under it."""
    key_id = add(ledger, key)
    keystore.put(ledger, CURRENT, key_id.encode())
    keystore.put(ledger, SHOWN + key_id, b"1")     # whoever imported it has its code
    return key_id


def held_ids(ledger: str) -> list[str]:
    return [n[len(PREFIX):] for n in keystore.names(ledger) if n.startswith(PREFIX)]


def code_to_show(ledger: str) -> tuple[str, str] | None:
    """(key id, recovery code) of the key this PC seals with, if its code was never shown to an
    administrator here (a key made on this PC)."""
    mine = _get(ledger, CURRENT)
    if not mine or _get(ledger, SHOWN + mine.decode()):
        return None
    key = held(ledger, mine.decode())
    return (mine.decode(), keystore.recovery_code(key)) if key else None


def mark_shown(ledger: str, key_id: str) -> None:
    keystore.put(ledger, SHOWN + key_id, b"1")
