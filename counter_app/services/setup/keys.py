"""The ledger's keys for people (`counter-app key`, the set-up's recovery code): which keys this PC
holds and which the chain used, a key's recovery code to print and keep, and a ledger's keys moved
to another PC or counter as text (exported, then imported there)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ... import keystore
from ...core.errors import NotFound, Refused, Unavailable
from ...store.queries import payments as payment_queries
from ...documents.recovery import recovery_pdf
from ...ledger.estate import estate_of
from ...ledger import clock, ledgerkeys, receiptkey
from ...ledger.audit import KEY_PERIOD
from ...ledger.context import Actor


@dataclass(frozen=True)
class KeyPeriod:
    key_id: str
    first_row: int
    rows: int
    why: str          # new (set-up), missing (this PC lacked the key then), switch
    held: bool        # this PC holds it, so its rows can be checked here


@dataclass(frozen=True)
class KeyStatus:
    ledger: str
    store: str                    # keyring (the OS key store) or file
    sealing_with: str             # the key this PC seals with now ("" if none yet)
    periods: tuple[KeyPeriod, ...]
    unkeyed_rows: int             # rows from before keys


def status(actor: Actor) -> KeyStatus:
    actor.require("key.manage")
    ledger = ledgerkeys.ledger_id()
    periods, unkeyed, total = [], 0, 0
    for number, (action, key_id, after) in enumerate(payment_queries.key_periods(), start=1):
        total = number
        if action == KEY_PERIOD:
            why = json.loads(after or "{}").get("why", "")
            periods.append([key_id, number, 0, why, ledgerkeys.held(ledger, key_id) is not None])
        elif not periods:
            unkeyed += 1
    ends = [p[1] for p in periods[1:]] + [total + 1]
    out = tuple(KeyPeriod(k, first, end - first, why, held) for (k, first, _, why, held), end in zip(periods, ends))
    mine = keystore.get(ledger, ledgerkeys.CURRENT)
    return KeyStatus(ledger, keystore.store().where, mine.decode() if mine else "", out, unkeyed)


def recovery_code(actor: Actor) -> tuple[str, str]:
    """(key id, recovery code) of the key this PC seals with: to print and keep."""
    actor.require("key.manage")
    ledger = ledgerkeys.ledger_id()
    mine = keystore.get(ledger, ledgerkeys.CURRENT)
    key = ledgerkeys.held(ledger, mine.decode()) if mine else None
    if key is None:
        raise NotFound("本机还没有这个账本的密钥")
    ledgerkeys.mark_shown(ledger, mine.decode())
    return mine.decode(), keystore.recovery_code(key)


def export_keys(actor: Actor, path: str | Path) -> int:
    """Every key this PC holds for the ledger, written to `path` (readable by this user only):
    for a new PC, another counter of the office, or the safe. Returns how many."""
    actor.require("key.manage")
    ledger = ledgerkeys.ledger_id()
    ids = ledgerkeys.held_ids(ledger)
    if not ids:
        raise NotFound("本机没有这个账本的密钥，没有可导出的")
    text = keystore.export_text(ledger)
    target = Path(path)
    try:
        target.unlink(missing_ok=True)
        with open(target, "x", encoding="utf-8", opener=lambda p, flags: os.open(p, flags, 0o600)) as f:
            f.write(text)
    except OSError as exc:
        raise Unavailable("写不了 {path}：{why}", path=str(target), why=exc.strerror or str(exc)) from None
    return len(ids)


def import_keys(actor: Actor, source: str) -> list[str]:
    """Keys brought from another PC: an exported file, or a recovery code as printed. Returns the
    key ids now held. A file of another ledger is refused."""
    actor.require("key.manage")
    ledger = ledgerkeys.ledger_id()
    path = Path(source)
    try:
        if path.is_file():
            found, secrets = keystore.read_bundle(path.read_text(encoding="utf-8"))
            if found != ledger:
                raise Refused("{file} 是另一个账本（{other}…）的密钥，本账本为 {ledger}…；没有导入", file=path.name,
                              other=found[:8], ledger=ledger[:8])
            keys = [secret for name, secret in secrets.items() if name.startswith(ledgerkeys.PREFIX)]
            # the office's receipt-signing key travels in the same file (ledger/receiptkey.py)
            for name, secret in secrets.items():
                if name.startswith(receiptkey.PREFIX):
                    receiptkey.import_private(secret)
        else:
            keys = [keystore.parse_recovery_code(source)]
    except keystore.KeyStoreError as exc:
        raise exc from None
    return [ledgerkeys.import_key(ledger, key) for key in keys]


@dataclass(frozen=True)
class CodeToKeep:
    key_id: str
    code: str
    pdf: bytes            # the page to print and keep


def code_to_keep(actor: Actor) -> CodeToKeep | None:
    """The recovery code of a key made on this PC that no administrator has been shown yet (the
    set-up's, or one made because this PC lacked the ledger's key): shown once, at sign-in."""
    if not actor.may("key.manage"):
        return None
    ledger = ledgerkeys.ledger_id()
    found = ledgerkeys.code_to_show(ledger)
    if found is None:
        return None
    key_id, code = found
    made = f"{clock.now_utc().astimezone():%Y-%m-%d %H:%M}"
    return CodeToKeep(key_id, code, recovery_pdf(estate_of(actor).name if actor.estate_id else "", ledger, key_id,
                                                 code, made))


def code_kept(actor: Actor, key_id: str) -> None:
    """The administrator has printed or written down the code: not shown again on this PC."""
    actor.require("key.manage")
    ledgerkeys.mark_shown(ledgerkeys.ledger_id(), key_id)
