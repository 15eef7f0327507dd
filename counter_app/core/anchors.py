"""An anchor: the audit chain's head as it leaves the file (printed on the Z and day reports,
written with every backup and in the log) and is typed back to `audit verify --anchor`: the row
number and the first 12 hex digits of that row's hash, e.g. 1234:3F2A9C0B1D4E."""
from __future__ import annotations

DIGITS = 12


def anchor_text(count: int, last_hash: str) -> str:
    return f"{count}:{last_hash[:DIGITS].upper()}" if count else "0:—"


def parse_anchor(text: str) -> tuple[int, str]:
    """(row number, hash prefix in lower case) of an anchor as printed; ValueError if it is none."""
    number, sep, digest = (text or "").strip().partition(":")
    digest = digest.strip().lower()
    if not sep or not number.strip().isdigit() or int(number) < 1 or len(digest) < 8 or \
            any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("锚点的格式为 行号:哈希（如 1234:3F2A9C0B1D4E，见交班或日结报表）")
    return int(number), digest
