"""The audit trail: append-only, chained, written inside the transaction it describes.

Each row's hash is HMAC-SHA256, under the ledger's key (ledger/ledgerkeys.py, kept outside
the ledger), of the previous row's hash and the row's own content; a chain from before keys
(schema 12 and older) keeps its plain SHA-256 links, checked as such. The chain's head (rows, last
hash, key) carries a MAC of its own, so rows cut from the end are found by whoever holds the key,
and its anchor (row number and a short hash) leaves the file: printed on the Z and day reports,
written with every backup and in the log, and checked by `audit verify --anchor N:HASH`.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime

from ..core.anchors import anchor_text
from ..core.errors import Finding
from ..store import locks, written
from ..store.queries import audit as audit_rows
from ..store.queries import personal as personal_queries
from . import clock, ledgerkeys, rowseals
from .canonical import canonical
from ..store.backup import audit_rows_of, dump_rows

GENESIS = locks.GENESIS
KEY_PERIOD = "key.period"          # the row where a key starts sealing the chain
HEAD_BROKEN = "audit.head_broken"  # an append found the head's MAC wrong (rows cut, head edited)
ERASED = "personal.erased"         # a former occupant's data erased: the rows redacted, with digests
log = logging.getLogger("counter_app.audit")


def _content(prev_hash: str, created_at, username: str, action: str, entity: str, entity_id: str, before: str,
             after: str) -> bytes:
    stamp = created_at.isoformat() if isinstance(created_at, datetime) else str(created_at)
    return canonical([prev_hash, stamp, username, action, entity, entity_id, before, after]).encode("utf-8")


def row_hash(prev_hash: str, created_at: datetime, username: str, action: str, entity: str,
             entity_id: str, before: str, after: str) -> str:
    """A link of the chain from before keys (plain SHA-256)."""
    return hashlib.sha256(_content(prev_hash, created_at, username, action, entity, entity_id, before,
                                   after)).hexdigest()


def link_hash(key: bytes | None, *fields) -> str:
    """A row's hash: HMAC-SHA256 under the key in force, or plain SHA-256 before keys (key None)."""
    content = _content(*fields)
    if key is None:
        return hashlib.sha256(content).hexdigest()
    return hmac.new(key, content, hashlib.sha256).hexdigest()


def redaction_digest(before: str, after: str) -> str:
    """What an erasure record keeps of a row it redacted: its content as redacted, hashed."""
    return hashlib.sha256(f"{before}\x1f{after}".encode("utf-8")).hexdigest()


def redactions(erasure_records) -> dict[int, str]:
    """audit row id -> the digest of its redacted content, from the erasure records' JSON."""
    out: dict[int, str] = {}
    for after in erasure_records:
        out.update({int(k): v for k, v in json.loads(after or "{}").get("redacted", {}).items()})
    return out


def head_mac(key: bytes, count: int, last_hash: str, key_id: str) -> str:
    return hmac.new(key, canonical(["head", count, last_hash, key_id]).encode(), hashlib.sha256).hexdigest()


def record(username: str, action: str, entity: str, entity_id="", before=None, after=None):
    """Append one row. Call inside the write transaction of the change it records."""
    entries = _append(username, [(action, entity, entity_id, before, after)])
    return entries[-1]


def record_many(username: str, entries: list[tuple[str, str, object, object]]) -> None:
    """Append (action, entity, entity id, after) rows in order, linked as record() links them,
    with one lock of the head and one move of it (a billing run's deductions)."""
    if entries:
        _append(username, [(action, entity, entity_id, None, after) for action, entity, entity_id, after in entries])


def read_ahead() -> None:
    """What this transaction's append needs that no other writer waits for, read before it takes
    the locks they do wait for (a series' number, the chain's head): the rows it wrote, read back
    for their seal, and the ledger's id."""
    rowseals.read_ahead()
    written.remember("ledger_id", ledgerkeys.ledger_id())


def _append(username: str, entries: list[tuple]) -> list:
    ledger = written.remembered("ledger_id") or ledgerkeys.ledger_id()
    head = locks.audit_head()   # locked: two writers on a server cannot link to one tail
    at = clock.to_db(clock.now_utc())
    key_id, key, why = ledgerkeys.for_append(ledger, head.key_id)
    if not why and head.count and not hmac.compare_digest(head.mac, head_mac(key, *head[:3])):
        # The head was rewound or edited behind the program (rows cut from the end): said in the
        # chain before anything links to it, so this append does not cover the cut.
        entries = [(HEAD_BROKEN, "audit", str(head.count), None, {"head": list(head[:3]), "mac": head.mac})] + entries
    if why:   # a key starts here: a new ledger, one from before keys, or a PC without the head's key
        entries = [(KEY_PERIOD, "audit", key_id, None,
                    {"key": key_id, "previous": head.key_id, "why": why, "rows_before": head.count})] + entries
    fresh = written.take()
    if fresh:     # the rows this transaction wrote are sealed by its last audit row
        action, entity, entity_id, before, after = entries[-1]
        after = dict(after or {}, **{rowseals.SEALED: rowseals.seal(key, fresh)})
        entries[-1] = (action, entity, entity_id, before, after)
    rows, prev = [], head.last_hash
    for action, entity, entity_id, before, after in entries:
        rows.append(_linked(key, prev, at, username, action, entity, entity_id, before, after))
        prev = rows[-1]["hash"]
    out = audit_rows.append(rows)    # in order: ids follow the chain
    count = head.count + len(rows)
    locks.move_audit_head(locks.Head(count, prev, key_id, head_mac(key, count, prev, key_id)))
    return out


def _seal_leftovers() -> None:
    """Rows a transaction wrote after its last audit row (or without one) are sealed by a row of
    their own before it commits: no path can leave a money row unsealed."""
    if written.mark():
        _append("system", [(rowseals.RESEAL, "rows", "", None, {"why": "written"})])


written.before_commit(_seal_leftovers)


def _linked(key: bytes, prev: str, at, username: str, action: str, entity: str, entity_id, before, after) -> dict:
    before_text = "" if before is None else canonical(before)
    after_text = "" if after is None else canonical(after)
    digest = link_hash(key, prev, at, username, action, entity, str(entity_id), before_text, after_text)
    return dict(created_at=at, username=username, action=action, entity=entity, entity_id=str(entity_id),
                before=before_text, after=after_text, prev_hash=prev, hash=digest)


# -- anchors: the head outside the file --------------------------------------------------------

def current_anchor() -> str:
    """The head as it stands (inside a transaction: as it will be committed)."""
    head = locks.read_audit_head()
    return anchor_text(head.count, head.last_hash) if head else anchor_text(0, GENESIS)


def note_anchor(what: str, anchor: str) -> None:
    """The head written to the log: one more place outside the ledger that holds it."""
    log.info("审计链头 %s（%s）", anchor, what)


# -- verification ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChainReport:
    ok: bool                    # no problem found in what could be checked
    rows: int
    first_bad_id: int | None = None
    problem: str = ""
    # rows sealed under a key this PC does not hold: (key id, first row number, last row number)
    unchecked: tuple[tuple[str, int, int], ...] = ()
    unkeyed: int = 0            # rows from before keys, checked by their plain SHA-256 links only
    head: str = ""              # the anchor of the chain's end
    notes: tuple[str, ...] = field(default=())

    @property
    def complete(self) -> bool:
        return self.ok and not self.unchecked


def verify_chain(anchors=(), on_row=None) -> ChainReport:
    """Recompute every row's hash and follow the links from the first row; name the first row
    that does not match. Ids may skip (a server's sequence leaves gaps after a rollback): a row
    deleted from the middle breaks the next row's link, and one deleted from the end leaves the
    chain shorter than its head, whose MAC a cut cannot make again without the key."""
    rows = audit_rows.chain_rows()
    return check_chain(rows, locks.read_audit_head(), ledgerkeys.ledger_id(), anchors, on_row,
                       redactions(personal_queries.erasures()))


CHAIN_COLUMNS = audit_rows.CHAIN_COLUMNS


def _bad(count: int, row_id, problem: str, **more) -> ChainReport:
    return ChainReport(False, count, row_id, problem, **more)


def check_chain(rows, head, ledger: str, anchors=(), on_row=None, redacted=None) -> ChainReport:
    """The chain check over rows of CHAIN_COLUMNS in id order, from this ledger or from a copy of
    it (a backup, read with its own connection). `anchors` are (row number, hash prefix) pairs
    from outside the file; `on_row(number, row, key)` sees each row once it is checked, with the
    key it was sealed under (None: not held here, or a row from before keys). `redacted`: rows an
    erasure record redacted (id -> digest of their content since), checked by that digest."""
    redacted = redacted or {}
    wanted = dict(anchors)
    prev, count, key, key_id, unkeyed = GENESIS, 0, None, "", 0
    unchecked: list[list] = []
    for row in rows:
        row_id, created_at, username, action, entity, entity_id, before, after, prev_hash, digest = row
        count += 1
        if prev_hash != prev:
            return _bad(count, row_id, Finding("审计记录第 {count} 条（id {row_id}）与前一条的链接不符（之前的记录被删除或改动）",
                                                count=count, row_id=row_id))
        if action == KEY_PERIOD and entity == "audit":
            if not entity_id:       # a chain never goes back to unkeyed links
                return _bad(count, row_id, Finding("审计记录第 {count} 条（id {row_id}）声称改用无密钥的链接（被伪造）",
                                                    count=count, row_id=row_id))
            key_id = entity_id
            key = ledgerkeys.held(ledger, key_id)
            if key is None:
                unchecked.append([key_id, count, count])
        elif key_id and key is None:
            unchecked[-1][2] = count
        if not key_id:
            unkeyed += 1
        if row_id in redacted:
            if redaction_digest(before, after) != redacted[row_id]:
                return _bad(count, row_id, Finding("审计记录第 {count} 条（id {row_id}）在删除个人信息后又被改动",
                                                    count=count, row_id=row_id))
        elif key is not None or not key_id:
            fields = (prev_hash, created_at, username, action, entity, entity_id, before, after)
            if link_hash(key, *fields) != digest:
                return _bad(count, row_id, Finding("审计记录第 {count} 条（id {row_id}，{action}）的内容被修改，或不是用本账本的密钥写的",
                                                    count=count, row_id=row_id, action=action))
        if action == HEAD_BROKEN and entity == "audit":
            return _bad(count, row_id, Finding("审计记录第 {count} 条：写入时发现链头被改动（链头记为 {recorded} 条），此前的记录可能被截去",
                                               count=count, recorded=entity_id))
        if count in wanted and not digest.startswith(wanted.pop(count)):
            return _bad(count, row_id, Finding("审计记录第 {count} 条与锚点不符：锚点打印之后，链在此处被重写", count=count))
        if on_row is not None:
            on_row(count, row, key)
        prev = digest
    common = dict(unchecked=tuple(map(tuple, unchecked)), unkeyed=unkeyed, head=anchor_text(count, prev))
    for number in sorted(wanted):
        return _bad(count, None, Finding("锚点第 {number} 条不在账本中：审计链只有 {count} 条（之后的记录被截去）",
                                             number=number, count=count), **common)
    head = head or locks.Head(0, GENESIS)   # none yet: nothing was ever recorded
    if head.count != count or head.last_hash != prev or head.key_id != key_id:
        return _bad(count, None, Finding("审计链的末端与记录的链头不符（链头 {head} 条，实有 {count} 条）：最后的记录被删除或改动",
                                         head=head.count, count=count), **common)
    if key_id and key is not None and not hmac.compare_digest(head.mac, head_mac(key, count, prev, key_id)):
        return _bad(count, None, Finding("审计链头的校验值不符：链尾的记录被截去，或链头被改动"), **common)
    return ChainReport(True, count, **common)


def describe_unchecked(report: ChainReport) -> list[Finding]:
    """What verify could not check, as findings: rows sealed under a key this PC does not hold."""
    return [Finding("审计记录第 {first}–{last} 条以密钥 {key_id} 封存，本机没有这把密钥，无法核对"
                    "（在原电脑上导出密钥，或用恢复码 counter-app key import 导入后再核对）",
                    first=first, last=last, key_id=key_id)
            for key_id, first, last in report.unchecked]


def verify_copy_chain(path) -> ChainReport:
    """The audit chain of a SQLite copy of the ledger (a backup just written), read through its
    own read-only connection: the ledger's bound models and their connections are not touched, so
    the counter keeps working while a copy is checked."""
    to_time = audit_rows.stored_time
    ledger, head, rows, erasures = audit_rows_of(path, list(CHAIN_COLUMNS))
    return check_chain(((r[0], to_time(r[1]), *r[2:]) for r in rows), head and locks.Head(*head), ledger,
                       redacted=redactions(erasures))


def verify_dump_chain(path) -> ChainReport:
    """The audit chain of a server's backup (a pg_dump archive), read from its data without
    loading it anywhere."""
    to_time = audit_rows.stored_time
    columns, rows = dump_rows(path, "audit_log")
    at = [columns.index(c) for c in CHAIN_COLUMNS]
    rows.sort(key=lambda r: int(r[at[0]]))
    head_columns, heads = dump_rows(path, "audit_head")
    head = None
    if heads:
        got = dict(zip(head_columns, heads[0]))
        head = locks.Head(int(got["row_count"]), got["last_hash"], got.get("key_id") or "", got.get("mac") or "")
    meta_columns, metas = dump_rows(path, "meta")
    ledger = next((r[meta_columns.index("value")] for r in metas if r[meta_columns.index("key")] == "ledger_id"), "")
    erasures = [r[at[7]] for r in rows if r[at[3]] == "personal.erased"]
    return check_chain(((int(r[at[0]]), to_time(r[at[1]]), *(r[i] for i in at[2:])) for r in rows), head, ledger,
                       redacted=redactions(erasures))


def payment_content_hash(content: dict) -> str:
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()
