"""The audit trail: append-only, hash-chained, written inside the transaction it describes."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from ...store import locks
from ...store.bulk import insert_row, insert_rows
from ...store.models import AuditLog
from . import clock

GENESIS = locks.GENESIS


def canonical(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def row_hash(prev_hash: str, created_at: datetime, username: str, action: str, entity: str,
             entity_id: str, before: str, after: str) -> str:
    content = canonical([prev_hash, created_at.isoformat(), username, action, entity, entity_id, before, after])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def record(username: str, action: str, entity: str, entity_id="", before=None, after=None) -> AuditLog:
    """Append one row. Call inside the write transaction of the change it records."""
    count, prev = locks.audit_head()   # locked: two writers on a server cannot link to one tail
    row = _linked(prev, clock.to_db(clock.now_utc()), username, action, entity, entity_id, before, after)
    entry = AuditLog(id=insert_row(AuditLog, row), **row)
    locks.move_audit_head(count + 1, row["hash"])
    return entry


def record_many(username: str, entries: list[tuple[str, str, object, object]]) -> None:
    """Append (action, entity, entity id, after) rows in order, linked as record() links them,
    with one lock of the head and one move of it (a billing run's deductions)."""
    if not entries:
        return
    count, prev = locks.audit_head()
    at = clock.to_db(clock.now_utc())
    rows = []
    for action, entity, entity_id, after in entries:
        rows.append(_linked(prev, at, username, action, entity, entity_id, None, after))
        prev = rows[-1]["hash"]
    insert_rows(AuditLog, rows)    # in order: ids follow the chain
    locks.move_audit_head(count + len(rows), prev)


def _linked(prev: str, at, username: str, action: str, entity: str, entity_id, before, after) -> dict:
    before_text = "" if before is None else canonical(before)
    after_text = "" if after is None else canonical(after)
    digest = row_hash(prev, at, username, action, entity, str(entity_id), before_text, after_text)
    return dict(created_at=at, username=username, action=action, entity=entity, entity_id=str(entity_id),
                before=before_text, after=after_text, prev_hash=prev, hash=digest)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    first_bad_id: int | None = None
    problem: str = ""


def verify_chain() -> ChainReport:
    """Recompute every row's hash and follow the links from the first row; name the first row
    that does not match. Ids may skip (a server's sequence leaves gaps after a rollback): a row
    deleted from the middle breaks the next row's link, and one deleted from the end leaves the
    chain shorter than its head, which is kept outside the chain (store.locks.audit_head)."""
    rows = AuditLog.select(*CHAIN_COLUMNS).order_by(AuditLog.id).tuples().iterator()
    return check_chain(rows, locks.read_audit_head())


CHAIN_COLUMNS = (AuditLog.id, AuditLog.created_at, AuditLog.username, AuditLog.action, AuditLog.entity,
                 AuditLog.entity_id, AuditLog.before, AuditLog.after, AuditLog.prev_hash, AuditLog.hash)


def check_chain(rows, head: tuple[int, str] | None) -> ChainReport:
    """The chain check over rows of CHAIN_COLUMNS in id order, from this ledger or from a copy of
    it (a backup, read with its own connection)."""
    prev = GENESIS
    count = 0
    for row_id, created_at, username, action, entity, entity_id, before, after, prev_hash, digest in rows:
        count += 1
        if prev_hash != prev:
            return ChainReport(False, count, row_id, f"审计记录 {row_id} 与前一条记录的链接不符（之前的记录被删除或改动）")
        if row_hash(prev_hash, created_at, username, action, entity, entity_id, before, after) != digest:
            return ChainReport(False, count, row_id, f"审计记录 {row_id} 的内容被修改")
        prev = digest
    head = head or (0, GENESIS)   # none yet: nothing was ever recorded
    if head[0] != count or head[1] != prev:
        return ChainReport(False, count, None, f"审计链的末端与记录的链头不符（链头 {head[0]} 条，实有 {count} 条）："
                                               "最后的记录被删除或改动")
    return ChainReport(True, count)


def verify_copy_chain(path) -> ChainReport:
    """The audit chain of a SQLite copy of the ledger (a backup just written), read through its
    own read-only connection: the ledger's bound models and their connections are not touched, so
    the counter keeps working while a copy is checked."""
    from ...store.backup import audit_rows_of
    to_time = AuditLog.created_at.python_value
    head, rows = audit_rows_of(path, [c.column_name for c in CHAIN_COLUMNS])
    return check_chain(((r[0], to_time(r[1]), *r[2:]) for r in rows), head)


def verify_dump_chain(path) -> ChainReport:
    """The audit chain of a server's backup (a pg_dump archive), read from its data without
    loading it anywhere."""
    from ...store.backup import dump_rows
    to_time = AuditLog.created_at.python_value
    columns, rows = dump_rows(path, "audit_log")
    at = [columns.index(c.column_name) for c in CHAIN_COLUMNS]
    rows.sort(key=lambda r: int(r[at[0]]))
    head_columns, heads = dump_rows(path, "audit_head")
    head = (int(heads[0][head_columns.index("row_count")]), heads[0][head_columns.index("last_hash")]) if heads else None
    return check_chain(((int(r[at[0]]), to_time(r[at[1]]), *(r[i] for i in at[2:])) for r in rows), head)


def payment_content_hash(content: dict) -> str:
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()
