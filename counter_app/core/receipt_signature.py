"""The signed receipt QR: what an owner or an auditor can check with the office's public key alone.

    CA1|<number>|<YYYY-MM-DD>|<unit>|<amount>|<sig>

`number` the receipt's number, the date its business date, `unit` the unit's code, `amount` the
receipt's total in 元 with two decimals and no grouping (931.14); `sig` is the Ed25519 signature
over the UTF-8 bytes of everything before the last "|" (the message: `CA1|…|<amount>`), written
base64url without padding (86 characters). Ed25519 is deterministic, so a reprint carries the
same QR. A unit code with a "|" in it still parses: the unit is whatever lies between the date and
the amount.

The key's fingerprint, what people compare (printed on the 收费公示, shown by
`counter-app receipt public-key`): the first 16 hex digits of SHA-256 of the raw 32-byte public
key, in groups of four (3F2A-9C0B-1D4E-77A0).

Pure: keys are bytes in, bytes out (raw 32-byte Ed25519 keys); no I/O.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .errors import Invalid
from .money import format_yuan, parse_yuan

VERSION = "CA1"
SEPARATOR = "|"
KEY_BYTES = 32
SIGNATURE_CHARS = 86            # 64 bytes in base64url, unpadded


@dataclass(frozen=True)
class SignedReceipt:
    number: str
    business_date: str          # YYYY-MM-DD
    unit: str
    amount_fen: int
    signature: bytes            # 64 bytes

    @property
    def message(self) -> bytes:
        return message(self.number, self.business_date, self.unit, self.amount_fen)

    def text(self) -> str:
        return self.message.decode() + SEPARATOR + _b64url(self.signature)


def message(number: str, business_date: str, unit: str, amount_fen: int) -> bytes:
    """The signed bytes: the payload's fields before the signature, joined by "|"."""
    for name, value in (("number", number), ("business_date", business_date)):
        if not value or SEPARATOR in value or value != value.strip():
            raise ValueError(f"a signed receipt's {name} cannot be {value!r}")
    date.fromisoformat(business_date)
    return SEPARATOR.join((VERSION, number, business_date, unit, format_yuan(amount_fen, grouping=False))).encode()


def new_private_key() -> bytes:
    """A new random Ed25519 private key, its 32 raw bytes (the seed)."""
    return Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                      serialization.NoEncryption())


def public_of(private: bytes) -> bytes:
    """The raw 32-byte public key of a raw private key."""
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign(private: bytes, number: str, business_date: str, unit: str, amount_fen: int) -> str:
    """The QR text of a receipt signed with `private` (deterministic: the same for every reprint)."""
    body = message(number, business_date, unit, amount_fen)
    signature = Ed25519PrivateKey.from_private_bytes(private).sign(body)
    return body.decode() + SEPARATOR + _b64url(signature)


def is_signed_text(text: str) -> bool:
    """Whether a scan is in the signed format (versus the older NUMBER|AMOUNT|CHECK)."""
    return (text or "").strip().upper().startswith(VERSION + SEPARATOR)


def parse(text: str) -> SignedReceipt:
    """The fields of a signed QR as scanned or typed; refused (Invalid) if it is not one."""
    parts = (text or "").strip().split(SEPARATOR)
    if len(parts) < 6 or parts[0].upper() != VERSION:
        raise Invalid("签名收据码的格式为 CA1|收据号|日期|房号|金额|签名（扫描收据上的二维码）")
    number, day, unit, amount, sig = parts[1], parts[2], SEPARATOR.join(parts[3:-2]), parts[-2], parts[-1]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise Invalid("签名收据码里的日期“{day}”不是 YYYY-MM-DD", day=day)
    try:
        date.fromisoformat(day)
    except ValueError:
        raise Invalid("签名收据码里的日期“{day}”不是 YYYY-MM-DD", day=day) from None
    if not re.fullmatch(r"\d+\.\d{2}", amount):
        raise Invalid("签名收据码里的金额“{amount}”不是金额", amount=amount)
    signature = _unb64url(sig)
    if not number or signature is None:
        raise Invalid("签名收据码的签名“{sig}”不完整（应为 86 个字符）", sig=sig[:12])
    return SignedReceipt(number, day, unit, parse_yuan(amount), signature)


def verify(public: bytes, receipt: SignedReceipt) -> bool:
    """Whether `receipt` carries a signature made with the private key of `public` (raw 32 bytes)."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(receipt.signature, receipt.message)
        return True
    except (InvalidSignature, ValueError):
        return False


def fingerprint(public: bytes) -> str:
    """What people compare: 16 hex digits of SHA-256 of the raw public key, in groups of four."""
    digits = hashlib.sha256(public).hexdigest()[:16].upper()
    return "-".join(digits[i:i + 4] for i in range(0, 16, 4))


def public_pem(public: bytes) -> str:
    """The public key as PEM (SubjectPublicKeyInfo): what `openssl pkeyutl -pubin` reads."""
    return Ed25519PublicKey.from_public_bytes(public).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def public_base64(public: bytes) -> str:
    """The raw public key in standard base64 (44 characters): short enough to print and type."""
    return base64.b64encode(public).decode()


def read_public_key(text: str) -> bytes:
    """A public key as given: PEM, or the base64 (or base64url) of the raw 32 bytes or of its DER.
    Refused (Invalid) otherwise."""
    text = (text or "").strip()
    try:
        if "-----BEGIN" in text:
            key = serialization.load_pem_public_key(text.encode())
        else:
            raw = base64.b64decode(text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4), validate=True)
            key = (Ed25519PublicKey.from_public_bytes(raw) if len(raw) == KEY_BYTES
                   else serialization.load_der_public_key(raw))
    except (ValueError, TypeError, binascii.Error):
        raise Invalid("这不是一把公钥（应为 PEM 文件或它的 base64）") from None
    if not isinstance(key, Ed25519PublicKey):
        raise Invalid("这把公钥不是 Ed25519 公钥")
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64url(text: str) -> bytes | None:
    if len(text) != SIGNATURE_CHARS or not re.fullmatch(r"[A-Za-z0-9_-]+", text):
        return None
    raw = base64.urlsafe_b64decode(text + "==")
    return raw if len(raw) == 64 else None
