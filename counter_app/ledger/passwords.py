"""Passwords: the rule a new one is held to, by role, and how one is kept (scrypt, salted) and
checked. Signing in, the first run, the demo and the user admin share these."""
from __future__ import annotations

import hashlib
import hmac
import os

from ..core.errors import Invalid, Word
from ..core.permissions import ROLES

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
# Shortest password by role: whoever authorises voids and refunds or runs the estate needs a
# longer one.
MIN_PASSWORD = {"cashier": 6, "manager": 8, "admin": 8}


def password_rule(role: str) -> str:
    """The rule check_new_password holds a password to, in words, shown before it is typed."""
    shortest = MIN_PASSWORD.get(role, max(MIN_PASSWORD.values()))
    return f"{ROLES.get(role, role)}的密码至少 {shortest} 位，不能以空格开头或结尾"


def check_new_password(role: str, password: str) -> None:
    shortest = MIN_PASSWORD.get(role, max(MIN_PASSWORD.values()))
    if len(password or "") < shortest:
        raise Invalid("{role}的密码至少 {shortest} 位", role=Word(ROLES.get(role, role)), shortest=shortest)
    if password != password.strip() or any(not c.isprintable() for c in password):
        raise Invalid("密码不能以空格开头或结尾，也不能含控制字符")


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    return hmac.compare_digest(candidate.hex(), digest)
