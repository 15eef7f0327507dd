"""Sealed state: what matters about a row that changes (a user's role and password, an estate's
settings, a shift's float and count, whether a day is closed) is written into the audit chain each
time it changes, in the same transaction; `audit verify` compares every such row with its last
seal, so an edit made behind the program (another tool on the file) is found and named.

A receipt's own content is sealed by its payment audit row (common/posting.py) and its voiding by
the void's audit row; those are checked in counter/verify.py.
"""
from __future__ import annotations

import hashlib
import json

from ...store.models import AuditLog, DayClose, Estate, Shift, User
from . import audit

SEAL = "state.seal"
ESTATE_FIELDS = ("name", "company", "receipt_title", "timezone", "address", "phone", "receipt_format",
                 "deduction_format", "refund_format", "waiver_limit_fen")


def user_state(user: User) -> dict:
    # The password hash itself stays out of the audit trail; a digest of it is enough to notice.
    return {"username": user.username, "role": user.role, "active": bool(user.active),
            "password": hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]}


def estate_state(estate: Estate) -> dict:
    return {field: getattr(estate, field) for field in ESTATE_FIELDS}


def shift_state(shift: Shift) -> dict:
    return {"estate": shift.estate_id, "user": shift.user_id, "float_fen": shift.float_fen,
            "closed": shift.closed_at is not None, "z_number": shift.z_number, "counted_fen": shift.counted_fen,
            "expected_fen": shift.expected_fen, "difference_fen": shift.difference_fen}


def day_state(estate_id: int, day) -> dict:
    closed = (DayClose.select().where((DayClose.estate == estate_id) & (DayClose.business_date == day) &
                                      DayClose.reopened_at.is_null(True)).exists())
    return {"closed": closed}


def day_key(estate_id: int, day) -> str:
    return f"{estate_id}:{day}"


KINDS = {"user": (User, user_state), "estate": (Estate, estate_state), "shift": (Shift, shift_state)}


def seal(by: str, entity: str, entity_id, state: dict) -> None:
    """Record `state` as the sealed state of the row; call inside the transaction that changed it."""
    audit.record(by, SEAL, entity, str(entity_id), after={"state": state})


def seal_user(by: str, user: User) -> None:
    seal(by, "user", user.id, user_state(User.get_by_id(user.id)))


def seal_estate(by: str, estate: Estate) -> None:
    seal(by, "estate", estate.id, estate_state(Estate.get_by_id(estate.id)))


def seal_shift(by: str, shift_id: int) -> None:
    seal(by, "shift", shift_id, shift_state(Shift.get_by_id(shift_id)))


def seal_day(by: str, estate_id: int, day) -> None:
    seal(by, "day", day_key(estate_id, day), day_state(estate_id, day))


def last_seals() -> dict[tuple[str, str], dict]:
    """(entity, id) -> its last sealed state."""
    out: dict[tuple[str, str], dict] = {}
    for entity, entity_id, after in (AuditLog.select(AuditLog.entity, AuditLog.entity_id, AuditLog.after)
                                     .where(AuditLog.action == SEAL).order_by(AuditLog.id).tuples().iterator()):
        out[(entity, entity_id)] = json.loads(after)["state"]
    return out


def canonical(state: dict) -> dict:
    """A state as the audit trail keeps it (JSON), so a fresh one compares equal to a stored one."""
    return json.loads(audit.canonical(state))


def seal_unsealed(by: str) -> int:
    """Seal every row that has no seal yet (a database from before seals, or one written by the
    benchmark generator). Returns how many were sealed."""
    sealed = last_seals()
    count = 0
    for entity, (model, state_of) in KINDS.items():
        for row in model.select().order_by(model.id):
            if (entity, str(row.id)) not in sealed:
                seal(by, entity, row.id, state_of(row))
                count += 1
    for estate_id, day in DayClose.select(DayClose.estate, DayClose.business_date).distinct().tuples():
        if ("day", day_key(estate_id, day)) not in sealed:
            seal_day(by, estate_id, day)
            count += 1
    return count


def broken_seals() -> list[str]:
    """Every sealed row whose state differs from its last seal, or that has none, named."""
    sealed = last_seals()
    names = {"user": "用户", "estate": "小区设置", "shift": "班次"}
    problems = []
    for entity, (model, state_of) in KINDS.items():
        for row in model.select().order_by(model.id):
            expected = sealed.get((entity, str(row.id)))
            if expected is None:
                problems.append(f"{names[entity]} {row.id} 没有审计封存记录（在程序之外新增）")
            elif canonical(state_of(row)) != expected:
                changed = sorted(k for k, v in canonical(state_of(row)).items() if expected.get(k) != v)
                problems.append(f"{names[entity]} {row.id} 的 {', '.join(changed)} 与审计记录不符（在程序之外被改动）")
    for estate_id, day in DayClose.select(DayClose.estate, DayClose.business_date).distinct().tuples():
        if ("day", day_key(estate_id, day)) not in sealed:
            problems.append(f"{day} 的日结记录没有审计封存记录（在程序之外新增）")
    closed = {day_key(e, d) for e, d in DayClose.select(DayClose.estate, DayClose.business_date)
              .where(DayClose.reopened_at.is_null(True)).tuples()}      # one read, not one per day
    for (entity, key), expected in sealed.items():
        if entity == "day" and {"closed": key in closed} != expected:
            problems.append(f"{key.split(':', 1)[1]} 的日结状态与审计记录不符（日结记录在程序之外被改动）")
    return problems
