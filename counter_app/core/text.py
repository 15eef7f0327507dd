"""Free text a person types (payer names, remarks, references, reasons, notes): one rule for all.

Control characters and the invisible bidirectional controls (which can make a printed reason or a
file name read backwards, e.g. "\u202etxt.exe") are taken out; the rest is kept as typed, trimmed;
a text longer than its field's limit is refused with a message, never cut silently."""
from __future__ import annotations

import re
import unicodedata

from .errors import Invalid, Word

# Limits by kind of field, in characters.
NAME = 50          # a payer's or a person's name
REFERENCE = 64     # a payment platform's or bank's reference
TEXT = 200         # remarks, reasons, notes
LONG = 2000        # a consultation's question and answer

_BIDI = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))}


def clean(text: str | None, what: str, limit: int = TEXT, *, lines: bool = False) -> str:
    """`text` without control and bidirectional-override characters, trimmed; refused when longer
    than `limit`. With `lines`, line breaks are kept (a note of several lines)."""
    kept = []
    for ch in str(text or ""):
        if ch in _BIDI:
            continue
        if ch in "\r\n" and lines:
            kept.append("\n" if ch == "\n" else "")
            continue
        kind = unicodedata.category(ch)
        if kind in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != "\t":
            continue
        if ch == "\t" or kind in ("Zs", "Zl", "Zp"):     # any other space is a plain space
            ch = "\n" if lines and kind in ("Zl", "Zp") else " "
        kept.append(ch)
    result = "".join(kept).strip()
    if len(result) > limit:
        raise Invalid("{what}最多 {limit} 个字（现在 {count} 个），请删减后再提交", what=Word(what), limit=limit,
                      count=len(result))
    return result


EMAIL = 254        # an address, as SMTP allows it
# local@domain.tld: no spaces, one @, a dot in the domain. Deliberately loose (owners' addresses
# come in every form); what it refuses is what is surely a typing slip.
_EMAIL = re.compile(r"[^\s@]+@[^\s@.]+(\.[^\s@.]+)+")


class InvalidEmail(Invalid):
    """An owner's email address that cannot be one."""


def email(text: str | None) -> str:
    """An email address as kept: trimmed, the domain in lower case; empty stays empty. Refused,
    with the address said, when it is not of the form name@domain.tld."""
    raw = clean(text, "邮箱", EMAIL)
    if not raw:
        return ""
    if not raw.isascii() or not _EMAIL.fullmatch(raw):
        raise InvalidEmail("邮箱“{raw}”格式不对（应为 名字@域名，如 zhang@example.com）", raw=raw)
    local, _, domain = raw.rpartition("@")
    return f"{local}@{domain.lower()}"
