"""The audit trail's rows (ledger/audit.py links them, ledger/seals.py and ledger/rowseals.py read
the seals they carry): appended inside the caller's write transaction, read in id order."""
from __future__ import annotations

from ..bulk import insert_row, insert_rows
from ..models import AuditLog

# The columns a chain check reads, in its order.
CHAIN_COLUMNS = ("id", "created_at", "username", "action", "entity", "entity_id", "before", "after", "prev_hash",
                 "hash")
_CHAIN_FIELDS = tuple(getattr(AuditLog, name) for name in CHAIN_COLUMNS)
assert tuple(f.column_name for f in _CHAIN_FIELDS) == CHAIN_COLUMNS


def append(rows: list[dict]) -> list[AuditLog]:
    """Insert linked rows in order (ids follow the chain): one row with its id read back, many in
    one statement."""
    if len(rows) == 1:
        return [AuditLog(id=insert_row(AuditLog, rows[0]), **rows[0])]
    insert_rows(AuditLog, rows)
    return [AuditLog(**row) for row in rows]


def chain_rows():
    """Every row as CHAIN_COLUMNS, in id order, as a cursor (a chain of millions is not held)."""
    return AuditLog.select(*_CHAIN_FIELDS).order_by(AuditLog.id).tuples().iterator()


def stored_time(value):
    """A row's created_at as read from a copy's raw text, made what the ledger's own reads give."""
    return AuditLog.created_at.python_value(value)


def records_holding(marker: str):
    """(after,) of every row whose JSON holds `marker` (a row seal's key), in id order, as a cursor."""
    return (AuditLog.select(AuditLog.after).where(AuditLog.after.contains(marker))
            .order_by(AuditLog.id).tuples().iterator())


def last_state_seal(action: str, entity: str, entity_id: str) -> str | None:
    """The JSON of a row's last state seal (one indexed read), None when it has none."""
    found = (AuditLog.select(AuditLog.after).where((AuditLog.entity == entity) & (AuditLog.entity_id == entity_id) &
                                                   (AuditLog.action == action))
             .order_by(AuditLog.id.desc()).first())
    return found.after if found else None


def state_seals_of(action: str, entity: str, entity_ids: list[str]):
    """(entity id, JSON) of the state seals of these rows, in id order (callers batch the ids)."""
    return (AuditLog.select(AuditLog.entity_id, AuditLog.after)
            .where((AuditLog.entity == entity) & (AuditLog.action == action) & AuditLog.entity_id.in_(entity_ids))
            .order_by(AuditLog.id).tuples())


def all_state_seals(action: str):
    """(entity, entity id, JSON) of every state seal, in id order, as a cursor."""
    return (AuditLog.select(AuditLog.entity, AuditLog.entity_id, AuditLog.after)
            .where(AuditLog.action == action).order_by(AuditLog.id).tuples().iterator())
