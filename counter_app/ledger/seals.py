"""Sealed state: what matters about a row that changes (a user's role, password and lock, an
estate's settings, a fee item, a standard, a unit's billing facts, a shift's float, count, note and
stored Z report, a day's closes and their stored reports, the meta table's identity) is written
into the audit chain each time it changes, in the same transaction; `audit verify` compares every
such row with its last seal, so an edit made behind the program (another tool on the file) is
found and named, and so is a sealed row deleted.

Rows of the money tables, which never change once written, are sealed by rowseals.py; a receipt's
voiding and a charge's cancellation are checked against their records in ledger/verify.py.
"""
from __future__ import annotations

import hashlib
import json

from ..core import rounding
from ..core.errors import Finding, Word
from ..store import migrations, written
from ..store.db import read_snapshot
from ..store.queries import audit as audit_rows
from ..store.queries import seals as sealed_state
from . import audit, rowseals

SEAL = "state.seal"
TAMPERED = "state.tampered"     # a change found a row already differing from its seal in other fields
ESTATE_FIELDS = ("name", "company", "receipt_title", "timezone", "address", "phone", "receipt_format",
                 "deduction_format", "refund_format", "waiver_limit_fen", "blind_count")
# What of the meta table changes what the program does: the ledger's identity (its keys are found
# by it), whether it is a demo or a training copy, its schema, how long former occupants' data
# is kept, the public key its receipts are signed under (ledger/receiptkey.py).
META_KEYS = ("ledger_id", "created_at", "schema_version", "demo", "training", "privacy.retention_years",
             "receipt.public_key")


def _digest(text: str) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()[:32]


def _when(value) -> str | None:
    return None if value is None else str(value)


def user_state(user) -> dict:
    # The password hash itself stays out of the audit trail; a digest of it is enough to notice.
    # The lock fields are sealed too: a lock cleared behind the program would give guessers more tries.
    return {"username": user.username, "role": user.role, "active": bool(user.active),
            "password": hashlib.sha256(user.password_hash.encode()).hexdigest()[:16],
            "display_name": user.display_name, "failed_logins": user.failed_logins,
            "locked_until": _when(user.locked_until)}


def estate_state(estate) -> dict:
    """The settings sealed; the 抹零 setting (schema 14) only once it is on, so that an estate
    sealed before it existed still matches its seal."""
    state = {field: getattr(estate, field) for field in ESTATE_FIELDS}
    if estate.cash_rounding != rounding.OFF:
        state["cash_rounding"] = estate.cash_rounding
    return state


def shift_state(shift) -> dict:
    """A shift's float, its count by denomination, its note and its stored Z report (a digest of
    it: the report reprints from storage, so its totals must be what the close computed)."""
    return {"estate": shift.estate_id, "user": shift.user_id, "float_fen": shift.float_fen,
            "closed": shift.closed_at is not None, "z_number": shift.z_number, "counted_fen": shift.counted_fen,
            "expected_fen": shift.expected_fen, "difference_fen": shift.difference_fen,
            "opened_at": _when(shift.opened_at), "closed_at": _when(shift.closed_at),
            "business_date": _when(shift.business_date), "counted": shift.counted_json, "note": shift.note,
            "report": _digest(shift.report_json)}


def item_state(item) -> dict:
    """Everything of a fee item: how it is computed, when it falls due, its late fee."""
    return {name: item.__data__.get(name) for name in sealed_state.ITEM_FIELDS}


def standard_state(std) -> dict:
    return {"item": std.item_id, "from": _when(std.effective_from), "rate_e4": std.rate_e4, "tiers": std.tiers,
            "rounding_unit": std.rounding_unit, "rounding_scope": std.rounding_scope,
            "vacancy_percent": std.vacancy_percent, "basis": std.basis}


def unit_state(unit) -> dict:
    """A unit's billing facts: what the area, type and state make it owe."""
    return {"estate": unit.estate_id, "building": unit.building_id, "code": unit.code, "area_centi": unit.area_centi,
            "unit_type": unit.unit_type, "occupancy": unit.occupancy, "handover": _when(unit.handover_date)}


def day_state(estate_id: int, day) -> dict:
    """Whether a day is closed, and each close of it with its stored report (a digest: the day
    report reprints from storage)."""
    closes = sealed_state.day_closes(estate_id, day)
    return {"closed": any(c.reopened_at is None for c in closes),
            "closes": [[c.id, _when(c.closed_at), c.closed_by_id, _digest(c.report_json), _when(c.reopened_at),
                        c.reopened_by_id, c.reopen_reason] for c in closes]}


def day_key(estate_id: int, day) -> str:
    return f"{estate_id}:{day}"


def meta_state() -> dict:
    """The sealed keys that are set (a key added to META_KEYS later leaves older seals true)."""
    return {key: value for key in META_KEYS if (value := migrations.get_meta(key))}


KINDS = {"user": user_state, "estate": estate_state, "shift": shift_state, "fee_item": item_state,
         "fee_standard": standard_state, "unit": unit_state}
NAMES = {"user": "用户", "estate": "小区设置", "shift": "班次", "fee_item": "收费项目", "fee_standard": "收费标准",
         "unit": "房屋"}


def seal(by: str, entity: str, entity_id, state: dict, changed=None) -> None:
    """Record `state` as the sealed state of the row; call inside the transaction that changed it.
    `changed` names the fields this transaction changed (None: a new row). Any other field that no
    longer matches the row's last seal was edited behind the program: that is recorded first, so a
    new seal never covers an edit (a cashier made administrator, then signing in)."""
    last = last_seal(entity, str(entity_id)) if changed is not None else None
    audit.record_many(by, _sealing(entity, str(entity_id), state, changed, last))


def strays(state: dict, last: dict | None, changed=()) -> dict | None:
    """What of `state` differs from its last seal outside the fields `changed` (an edit made behind
    the program), as a TAMPERED row records it; None when nothing does or there is no seal."""
    if last is None:
        return None
    now = canonical(state)
    stray = sorted(k for k in set(now) | set(last) if k not in changed and last.get(k) != now.get(k))
    if not stray:
        return None
    return {"fields": stray, "sealed": {k: last.get(k) for k in stray}, "found": {k: now.get(k) for k in stray}}


def _sealing(entity: str, key: str, state: dict, changed, last: dict | None) -> list[tuple]:
    """The audit rows that seal `state`: the stray fields found first (see seal), then the seal."""
    found = strays(state, last, changed) if changed is not None else None
    if not found:
        return [(SEAL, entity, key, {"state": state})]
    # The new seal keeps what was sealed for the stray fields: the edit stays one that `audit
    # verify` names, until the program itself changes that field (a role given by an administrator).
    return [(TAMPERED, entity, key, found), (SEAL, entity, key, {"state": {**canonical(state), **found["sealed"]}})]


def seal_user(by: str, user, changed=None) -> None:
    seal(by, "user", user.id, user_state(sealed_state.row_of("user", user.id)), changed)


def user_strays(user_id: int) -> tuple[dict | None, dict | None]:
    """(the user's last seal, what of the row now differs from it: strays), both read at one
    moment. Read apart, a row another counter changed and sealed in between (a guesser's lock)
    would look edited behind the program against the older of the two."""
    with read_snapshot():
        last = last_seal("user", str(user_id))
        return last, strays(user_state(sealed_state.row_of("user", user_id)), last)


def seal_estate(by: str, estate, changed=None) -> None:
    seal(by, "estate", estate.id, estate_state(sealed_state.row_of("estate", estate.id)), changed)


def seal_shift(by: str, shift_id: int, changed=None) -> None:
    seal(by, "shift", shift_id, shift_state(sealed_state.row_of("shift", shift_id)), changed)


def seal_day(by: str, estate_id: int, day, changed=None) -> None:
    seal(by, "day", day_key(estate_id, day), day_state(estate_id, day), changed)


def seal_rows(by: str, entity: str, ids, changed=None) -> None:
    """Seal rows of one kind (KINDS) as they now are: many in one append (an import's units).
    `changed` as for seal()."""
    state_of = KINDS[entity]
    ids = sorted(set(ids))
    found = {}
    for start in range(0, len(ids), 500):
        found.update({r.id: r for r in sealed_state.rows_of(entity, ids[start:start + 500])})
    keys = [str(i) for i in ids if i in found]
    last = _last_seals_of(entity, keys) if changed is not None else {}
    # One append for all (an import's 20,000 units): each row's last seal read in batches, not one by one.
    audit.record_many(by, [entry for i in ids if i in found
                           for entry in _sealing(entity, str(i), state_of(found[i]), changed, last.get(str(i)))])


def seal_meta(by: str, changed=None) -> None:
    seal(by, "meta", "", meta_state(), changed)


def last_seal(entity: str, key: str) -> dict | None:
    """A row's last sealed state (one indexed read)."""
    found = audit_rows.last_state_seal(SEAL, entity, key)
    return json.loads(found)["state"] if found else None


def _last_seals_of(entity: str, keys: list[str]) -> dict[str, dict]:
    """key -> the last sealed state of those rows of `entity` that have one."""
    out: dict[str, dict] = {}
    for start in range(0, len(keys), 500):
        for entity_id, after in audit_rows.state_seals_of(SEAL, entity, keys[start:start + 500]):
            out[entity_id] = json.loads(after)["state"]
    return out


def last_seals() -> dict[tuple[str, str], dict]:
    """(entity, id) -> its last sealed state."""
    out: dict[tuple[str, str], dict] = {}
    for entity, entity_id, after in audit_rows.all_state_seals(SEAL):
        out[(entity, entity_id)] = json.loads(after)["state"]
    return out


def canonical(state: dict) -> dict:
    """A state as the audit trail keeps it (JSON), so a fresh one compares equal to a stored one."""
    return json.loads(audit.canonical(state))


def _days() -> dict[str, dict]:
    """Every (estate, day) with a close, as day_state says it, from one read."""
    out: dict[str, dict] = {}
    for c in sealed_state.every_day_close():
        state = out.setdefault(day_key(c.estate_id, c.business_date), {"closed": False, "closes": []})
        state["closed"] = state["closed"] or c.reopened_at is None
        state["closes"].append([c.id, _when(c.closed_at), c.closed_by_id, _digest(c.report_json), _when(c.reopened_at),
                                c.reopened_by_id, c.reopen_reason])
    return out


def _current() -> dict[tuple[str, str], dict]:
    """(entity, id) -> the state of every sealed kind of row as the ledger holds it now."""
    now = {(entity, str(row.id)): canonical(state_of(row))
           for entity, state_of in KINDS.items() for row in sealed_state.every_row(entity)}
    now.update({("day", key): canonical(state) for key, state in _days().items()})
    now[("meta", "")] = canonical(meta_state())
    return now


def seal_unsealed(by: str, *, changed_too: bool = False) -> int:
    """Seal every row that has no seal yet (a database from before seals, or one written by the
    benchmark generator), and with `changed_too` also those whose state differs from their seal
    (an upgrade whose seals say more than before: the state is sealed as the upgrade finds it).
    Rows of the money tables that no audit row seals are sealed too. Returns how many."""
    sealed = last_seals()
    todo = [(SEAL, entity, key, {"state": state}) for (entity, key), state in _current().items()
            if (entity, key) not in sealed or (changed_too and sealed[(entity, key)] != state)]
    audit.record_many(by, todo)
    rows = rowseals.unsealed()
    for table, ids in rows.items():
        written.note(table, ids)          # sealed by the record below
    if rows:
        audit.record(by, rowseals.RESEAL, "rows", "", after={"why": "found unsealed",
                                                            **{t: len(ids) for t, ids in rows.items()}})
    return len(todo) + sum(len(ids) for ids in rows.values())


def seal_upgrade(by: str) -> int:
    """After an upgrade of a ledger sealed before it: its new schema version, and the fields a
    sealed kind of row gained (a new setting, at its default), sealed as the upgrade finds them.
    Any other difference is still recorded as an edit made behind the program (seal's `changed`).
    Returns how many rows were sealed again."""
    seal_meta(by, {"schema_version"})
    sealed = last_seals()
    gained: dict[str, tuple[set, list]] = {}
    for (entity, key), state in _current().items():
        last = sealed.get((entity, key))
        if entity in KINDS and last is not None and set(state) - set(last):
            fields, ids = gained.setdefault(entity, (set(), []))
            fields.update(set(state) - set(last))
            ids.append(int(key))
    for entity, (fields, ids) in gained.items():
        seal_rows(by, entity, ids, fields)
    return 1 + sum(len(ids) for _, ids in gained.values())


def broken_seals() -> list[Finding]:
    """Every sealed row whose state differs from its last seal, that has none, or that is gone,
    named."""
    sealed, current = last_seals(), _current()
    problems = []
    for (entity, key), state in current.items():
        expected = sealed.get((entity, key))
        name = name_of(entity, key)
        if expected is None:
            problems.append(Finding("{name} 没有审计封存记录（在程序之外新增）", name=name))
        elif state != expected:
            changed = sorted(k for k in set(state) | set(expected) if expected.get(k) != state.get(k))
            problems.append(Finding("{name} 的 {fields} 与审计记录不符（在程序之外被改动）", name=name,
                                    fields=", ".join(changed)))
    for (entity, key) in sealed:
        if (entity, key) not in current and entity in (*KINDS, "day"):
            problems.append(Finding("{name} 已不在账本中（在程序之外被删除）", name=name_of(entity, key)))
    return problems


def name_of(entity: str, key: str) -> Finding:
    """A sealed row in words (a finding's parameter, translated with it)."""
    if entity == "day":
        return Finding("{day} 的日结记录", day=key.split(":", 1)[1])
    if entity == "meta":
        return Finding("账本信息（meta）")
    return Finding("{kind} {key}", kind=Word(NAMES[entity]), key=key)
