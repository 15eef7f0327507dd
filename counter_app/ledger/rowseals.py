"""Row seals: every row of a money table (store/written.py's SEALED_TABLES) is sealed by the audit
row of the transaction that wrote it, so an edit, a deletion or an insertion made behind the
program is found and the row named.

A seal covers a group of rows of one table (at most GROUP ids): their ids, as ranges, and two
sums modulo the prime P = 2^61 − 1 of a keyed value of each row, h = keyed BLAKE2b(key, table,
id, the row's facts) as a 61-bit number: s0 = Σ h and s1 = Σ id·h. One changed row changes s0 by
some d and s1 by id·d, so the row is named as (s1' − s1)/(s0' − s0); a row deleted is named by
the ids; a row in no seal's ranges was added behind the program. Without the key nobody can
compute h, so no edit can be made to add up. A row's facts are the columns that never change
once written (FACTS); those that do change (a charge's paid amount, a receipt's voiding, a
charge's cancellation) are checked against their own records and the ledger's invariants
(ledger/verify.py).
"""
from __future__ import annotations

import hashlib
import heapq
import json
from bisect import bisect_right
from operator import itemgetter
from dataclasses import dataclass

from ..core import charge_keys
from ..core.errors import Finding, first_of
from ..store import written
from ..store.queries import audit as audit_rows
from ..store.queries import sealed as sealed_rows

P = 2 ** 61 - 1
GROUP = 1024
SEALED = "sealed"       # the key of a seal in an audit row's JSON
RESEAL = "rows.seal"    # an audit row that seals rows by itself (rows found unsealed, or re-sealed)

# What never changes once written. Left out, and checked otherwise: a payment's status and its
# voiding (and the void's request id); a charge's paid amount and cancellation (its billing key is renamed when it is
# cancelled: the fact is the original key), and the receipt that created it (set once the receipt
# is numbered; verify holds it to the receipt whose record sealed the charge); a run's reversal; a
# deposit's return.
_LEFT_OUT = {"payment": {"status", "voided_at", "voided_by", "void_authoriser", "void_reason", "void_request_id"},
             "charge": {"paid_fen", "cancelled_at", "source_payment"},
             "billing_run": {"reversed_at", "reversed_by", "reverse_reason"},
             "opening_deposit": {"returned_at"}}
# table -> (field name, column, kind) of each fact, in the model's order
FACTS = sealed_rows.columns_of(_LEFT_OUT)
assert set(FACTS) == written.SEALED_TABLES


def _kinds(table: str) -> tuple[list[int], list[int], list[int]]:
    """Which of a table's facts are booleans, times and free text (each needs making one)."""
    fields = FACTS[table]
    return ([i for i, f in enumerate(fields) if f[2] == sealed_rows.BOOL],
            [i for i, f in enumerate(fields) if f[2] == sealed_rows.TIME],
            [i for i, f in enumerate(fields) if f[2] == sealed_rows.TEXT])


_KINDS = {table: _kinds(table) for table in FACTS}
_TABLE_NAMES = {table: table for table in FACTS}
_KEY = [f[0] for f in FACTS["charge"]].index("dedupe_key")


def facts_of(table: str, raw: tuple) -> str:
    """A row (as the store reads it, id first) as the text its seal covers: each value as text,
    made one across engines (SQLite's 0/1 and a server's booleans; SQLite's text times and a
    server's datetimes print alike), None as NUL, joined by US (a free text's own US escaped).
    A cancelled charge's billing key is renamed "x:ID:KEY" to free it: its fact is KEY."""
    values = list(raw[1:])
    bools, times, texts = _KINDS[table]
    for i in bools:
        if values[i] is not None:
            values[i] = 1 if values[i] else 0
    for i in times:
        if values[i].__class__ is str and "T" in values[i]:
            values[i] = values[i].replace("T", " ")
    if table == "charge" and values[_KEY]:
        values[_KEY] = charge_keys.original(values[_KEY])
    joined = "\x1f".join(["\x00" if v is None else str(v) for v in values])
    if "\\" in joined or joined.count("\x1f") != len(values) - 1:     # rare: a text holds US or a backslash
        for i in texts:
            if values[i]:
                values[i] = values[i].replace("\\", "\\\\").replace("\x1f", "\\x1f")
        joined = "\x1f".join(["\x00" if v is None else str(v) for v in values])
    return joined


def _columns(table: str) -> list[str]:
    return [f[1] for f in FACTS[table]]


class Hasher:
    """h of a row: keyed BLAKE2b (a MAC by its design, RFC 7693; a sixth of HMAC-SHA256's cost on
    millions of rows) of the table, the id and the facts, as a number below P."""

    def __init__(self, key: bytes):
        self.key = key

    def h(self, table: str, row_id: int, facts: str) -> int:
        mac = hashlib.blake2b(f"{table}\x1f{row_id}\x1f{facts}".encode("utf-8"), key=self.key, digest_size=8)
        return int.from_bytes(mac.digest(), "big") % P


def _ranges(ids: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for i in ids:
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return out


def _read(table: str, ids: list[int]) -> list[tuple]:
    return sealed_rows.rows_by_id(table, _columns(table), ids)


def columns(table: str) -> tuple[str, ...]:
    """The columns a seal covers of a table's rows, id first: what a writer gives written.note
    of rows whose stored values it holds."""
    return ("id", *_columns(table))


def read_ahead() -> None:
    """Read back the rows this transaction wrote so far, as its seal will cover them: done before
    a writer takes the locks every counter waits for (a receipt's number, the audit chain's head),
    so the seal reads nothing while they are held."""
    written.read_back(lambda table, ids: (columns(table), _read(table, sorted(set(ids)))))


def _given(table: str) -> dict[int, tuple]:
    """Rows of `table` just written whose stored values the inserter gave (a billing run's charges),
    in the order a seal reads them: no need to read them back."""
    out: dict[int, tuple] = {}
    wanted = _columns(table)
    for (name, columns), rows in written.given_values().items():
        if name == table and columns and set(wanted) <= set(columns):
            pick = itemgetter(*[columns.index(c) for c in wanted])
            out.update({i: (i, *pick(v)) for i, v in rows.items()})
    return out


def seal(key: bytes, rows_by_table: dict[str, list[int]]) -> dict:
    """The seal (for an audit row's JSON) of rows just written: as the inserter gave them where it
    gave their stored values, else read back as stored."""
    hasher = Hasher(key)
    out = {}
    for table in sorted(rows_by_table):
        ids = sorted(set(rows_by_table[table]))
        given = _given(table)
        groups = []
        for start in range(0, len(ids), GROUP):
            part = ids[start:start + GROUP]
            s0 = s1 = 0
            known = [given[i] for i in part if i in given]
            for raw in known + (_read(table, [i for i in part if i not in given]) if len(known) < len(part) else []):
                h = hasher.h(table, raw[0], facts_of(table, raw))
                s0, s1 = (s0 + h) % P, (s1 + raw[0] * h) % P
            groups.append({"ids": _ranges(part), "n": len(part), "s0": f"{s0:x}", "s1": f"{s1:x}"})
        out[table] = groups
    return out


# -- verification ------------------------------------------------------------------------------

@dataclass(slots=True, eq=False)      # millions on a large estate: no per-group dict
class Group:
    table: str
    ranges: tuple              # ((lo, hi), ...)
    n: int
    s0: int
    s1: int
    key: bytes | None          # None: sealed under a key this PC does not hold
    record: str                # the sealing audit row, in words (a Finding where verify made it)
    source: tuple = ()         # the sealing audit row's (action, entity id)
    owned: int = 0             # ids of its ranges no later seal took over
    number: int = 0            # its place among the seals
    seen: int = 0
    t0: int = 0
    t1: int = 0


class Coverage:
    """Which ids of which table each seal covers; an id sealed again later (a re-seal) belongs to
    the later seal."""

    def __init__(self):
        self.groups: list[Group] = []
        self._index: dict[str, tuple[list, list]] = {}

    def add_json(self, after: str, key: bytes | None = b"", record: str = "", source: tuple = ()) -> None:
        sealed = json.loads(after).get(SEALED) if after else None
        for table, groups in (sealed or {}).items():
            table = _TABLE_NAMES.get(table, table)       # one string per table, not one per group
            for g in groups:
                self.groups.append(Group(table, tuple(map(tuple, g["ids"])), g["n"], int(g["s0"], 16), int(g["s1"], 16),
                                         key, record, source))

    def build(self) -> None:
        """Segments of ids, each with the latest group covering it (a sweep over the ranges)."""
        events: dict[str, list] = {}
        for number, g in enumerate(self.groups):
            g.number = number
            for lo, hi in g.ranges:
                events.setdefault(g.table, []).extend(((lo, 1, number), (hi + 1, 0, number)))
        self._index = {}
        for table, items in events.items():
            items.sort()
            starts, owners, active, ended = [], [], [], set()
            for k, (at, opening, number) in enumerate(items):
                if opening:
                    heapq.heappush(active, -number)
                else:
                    ended.add(number)
                if k + 1 < len(items) and items[k + 1][0] == at:
                    continue            # every change at this id first
                while active and -active[0] in ended:
                    ended.discard(-heapq.heappop(active))
                top = -active[0] if active else None
                if owners and owners[-1] == top:
                    continue
                starts.append(at)
                owners.append(top)
            self._index[table] = (starts, owners)
            for i, top in enumerate(owners):
                if top is not None:
                    self.groups[top].owned += starts[i + 1] - starts[i]

    def segments(self, table: str) -> tuple[list, list]:
        return self._index.get(table, ([], []))

    def owner(self, table: str, row_id: int) -> Group | None:
        found = self._index.get(table)
        if not found:
            return None
        starts, owners = found
        k = bisect_right(starts, row_id) - 1
        return self.groups[owners[k]] if k >= 0 and owners[k] is not None else None

    def owned_ids(self, g: Group) -> list[int]:
        starts, owners = self._index[g.table]
        out = []
        for lo, hi in g.ranges:        # the group's own spans, less what later seals took over
            k = bisect_right(starts, lo) - 1
            while k < len(owners) and starts[k] <= hi:
                if owners[k] == g.number:
                    out.extend(range(max(starts[k], lo), min(starts[k + 1] - 1, hi) + 1))
                k += 1
        return out


def unsealed() -> dict[str, list[int]]:
    """Rows of sealed tables no audit row seals (a ledger from before row seals, or a generator's)."""
    covered = Coverage()
    for after, in audit_rows.records_holding(f'"{SEALED}"'):
        covered.add_json(after)
    covered.build()
    out = {}
    for table in sorted(FACTS):
        ids = [i for i in sealed_rows.all_ids(table) if covered.owner(table, i) is None]
        if ids:
            out[table] = ids
    return out


def check(coverage: Coverage, name_row) -> list[Finding]:
    """Every row of every sealed table against the seal that covers it. `name_row(table, id)`
    says in words which row it is. Returns the problems, each naming its row."""
    coverage.build()
    problems: list[str] = []
    hashers: dict[bytes, Hasher] = {}
    for table in sorted(FACTS):
        starts, owners = coverage.segments(table)
        k = -1
        for raw in sealed_rows.all_rows(table, _columns(table)):
            while k + 1 < len(starts) and starts[k + 1] <= raw[0]:   # rows come in id order: walk the spans
                k += 1
            g = coverage.groups[owners[k]] if k >= 0 and owners[k] is not None else None
            if g is None:
                problems.append(Finding("{row} 没有审计记录为它封存（在程序之外新增）", row=name_row(table, raw[0])))
                continue
            g.seen += 1
            if g.key is None:
                continue
            hasher = hashers.get(g.key) or hashers.setdefault(g.key, Hasher(g.key))
            h = hasher.h(table, raw[0], facts_of(table, raw))
            g.t0, g.t1 = (g.t0 + h) % P, (g.t1 + raw[0] * h) % P
    for g in coverage.groups:
        if not g.owned:
            continue                      # wholly re-sealed by a later seal
        if g.seen < g.owned:
            ids = coverage.owned_ids(g)
            there = {r[0] for r in _read(g.table, ids)}
            problems += first_of([Finding("{row} 已不在账本中（被删除；封存于{record}）", row=name_row(g.table, i),
                                          record=g.record) for i in ids if i not in there], 20)
            continue
        if g.key is None or (g.t0 == g.s0 and g.t1 == g.s1):
            continue
        d0, d1 = (g.t0 - g.s0) % P, (g.t1 - g.s1) % P
        suspect = d1 * pow(d0, P - 2, P) % P if d0 else None
        if suspect is not None and coverage.owner(g.table, suspect) is g:
            problems.append(Finding("{row} 的内容与封存不符（在程序之外被改动；封存于{record}）",
                                    row=name_row(g.table, suspect), record=g.record))
        else:
            ids = coverage.owned_ids(g)
            problems.append(Finding("{first} 至 {last} 中不止一行的内容与封存不符（在程序之外被改动；封存于{record}）",
                                    first=name_row(g.table, ids[0]), last=name_row(g.table, ids[-1]), record=g.record))
    return problems


def groups_covering(table: str, ids: list[int]) -> list[int]:
    """Every id of the seals that cover these rows of `table`: what must be sealed again, whole,
    when a recorded change (an erasure) alters them (a seal is checked whole or not at all)."""
    if not ids:
        return []
    covered = Coverage()
    for after, in audit_rows.records_holding(f'"{SEALED}"'):
        covered.add_json(after)
    covered.build()
    out: set[int] = set(ids)
    for g in {id(g): g for g in (covered.owner(table, i) for i in ids) if g is not None}.values():
        out.update(covered.owned_ids(g))
    return sorted(out)
