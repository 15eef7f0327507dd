"""The office's receipt-signing key (core/receipt_signature.py): an Ed25519 key pair per ledger.

The private key is a secret kept outside the ledger, in the key store (keystore.py) under the
ledger's id and the name `receipt-<fingerprint>`, so `counter-app key export` / `key import`
carry it to the office's other counters with the audit keys. The public key is in the ledger
(meta `receipt.public_key`, base64 of its raw 32 bytes, sealed with the ledger's identity), so
every counter and every verifier of this ledger knows it. It is made on first need (the first
receipt printed, the first 收费公示, `receipt public-key`) by a counter that finds none in the
ledger; a counter whose ledger names a key it does not hold signs nothing (its receipts carry the
check-only QR) and says so.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from .. import keystore
from ..core import receipt_signature as rs
from ..store import migrations
from ..store.db import write_transaction
from . import ledgerkeys, seals

META = "receipt.public_key"
PREFIX = "receipt-"
log = logging.getLogger("counter_app.keys")

# public key -> this PC's private key for it, read from the key store once per process (the pair
# is checked; a ledger's copy carries the same public key, whose private key is the same)
_held: dict[bytes, bytes] = {}


def public_key() -> bytes | None:
    """The ledger's receipt-signing public key (raw 32 bytes), or None if none was made yet."""
    value = migrations.get_meta(META)
    if not value:
        return None
    try:
        return rs.read_public_key(value)
    except rs.Invalid:
        log.error("the ledger's receipt public key is not a key: %r", value[:60])
        return None


def name_of(public: bytes) -> str:
    """The key store's name for the private key of `public`."""
    return PREFIX + rs.fingerprint(public).replace("-", "").lower()


def private_key(public: bytes | None = None) -> bytes | None:
    """This PC's private key for the ledger's public key (or `public`), if it holds it."""
    public = public_key() if public is None else public
    if public is None:
        return None
    found = _held.get(public)
    if found is not None:
        return found
    ledger = ledgerkeys.ledger_id()
    try:
        secret = keystore.get(ledger, name_of(public))
    except Exception:                  # a key store that cannot be read is a key not held, never a stop
        log.exception("the key store could not be read")
        return None
    if secret is None or len(secret) != rs.KEY_BYTES or rs.public_of(secret) != public:
        return None
    _held[public] = secret
    return secret


def ensure(by: str) -> bytes | None:
    """The ledger's public key, made now (and its private key kept on this PC) if the ledger has
    none. Two counters making one at once: the first to commit wins, the other's is never used."""
    public = public_key()
    if public is not None or training():
        return public
    secret = rs.new_private_key()
    public = rs.public_of(secret)
    try:
        keystore.put(ledgerkeys.ledger_id(), name_of(public), secret)
    except Exception:
        log.exception("the key store did not take the receipt-signing key: receipts stay unsigned")
        return None
    with write_transaction():
        if not migrations.get_meta(META):
            migrations.set_meta(META, rs.public_base64(public))
            seals.seal_meta(by, {META})
    return public_key()


def import_private(secret: bytes) -> str | None:
    """A receipt-signing key brought from another counter (an exported bundle): kept if it is a
    key at all; returns its fingerprint."""
    if len(secret) != rs.KEY_BYTES:
        return None
    public = rs.public_of(secret)
    keystore.put(ledgerkeys.ledger_id(), name_of(public), secret)
    return rs.fingerprint(public)


def training() -> bool:
    """A training copy of a ledger signs nothing: its papers must not pass for the office's."""
    return migrations.get_meta("training") == "1"


def signed_qr(number: str, business_date: str, unit: str, amount_fen: int, public: bytes | None = None) -> str:
    """The receipt's signed QR text, or "" if this PC does not hold the ledger's private key (or
    the ledger is a training copy). `public`: the ledger's public key, if the caller has read it."""
    if training():
        return ""
    secret = private_key(public)
    return rs.sign(secret, number, business_date, unit, amount_fen) if secret is not None else ""


@dataclass(frozen=True)
class OfficeKey:
    """The office's receipt-signing public key as people see it (收费公示, `receipt public-key`)."""
    fingerprint: str      # 3F2A-9C0B-1D4E-77A0
    base64: str           # the PEM's body on one line (SubjectPublicKeyInfo DER, 60 characters)
    pem: str
    held: bool            # this PC holds the private key, so its receipts are signed


def office_key(by: str) -> OfficeKey | None:
    """The ledger's public key (made now if it has none); None only where none can be made (a
    training copy, a key store that takes nothing)."""
    public = ensure(by)
    if public is None:
        return None
    pem = rs.public_pem(public)
    body = "".join(line for line in pem.splitlines() if not line.startswith("-----"))
    return OfficeKey(rs.fingerprint(public), body, pem, private_key(public) is not None)
