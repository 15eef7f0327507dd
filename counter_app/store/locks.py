"""What a money transaction locks, and the writes that must stay right with several writers.

On SQLite the write transaction (BEGIN IMMEDIATE) already holds the whole file, so these locks
cost nothing there; on a server each is a row lock held to the end of the payment's transaction.
Balances and counters are changed relatively and guarded in the same statement, never written
back as an absolute value read earlier: a second writer cannot undo the first one's change.
"""
from __future__ import annotations

from typing import NamedTuple

from .db import database, rows
from .dialect import for_update, marks


def _require_transaction() -> None:
    if database.obj.transaction_depth() == 0:
        raise RuntimeError("locks are taken only inside a write transaction")


def lock_unit(unit_id: int) -> int:
    """Lock a unit for a payment: its charges' paid amounts and its prepaid balance change only
    under this lock, so two counters paying one unit take turns. Returns the balance held now."""
    _require_transaction()
    found = rows("SELECT prepaid_fen FROM unit WHERE id = ?" + for_update(), (unit_id,))
    if not found:
        raise LookupError(f"unit {unit_id} does not exist")
    return found[0][0]


def lock_units(unit_ids: list[int]) -> dict[int, int]:
    """lock_unit for many units at once (a billing run's deductions), in id order so that two
    writers locking overlapping sets cannot deadlock. Returns each unit's balance held now."""
    _require_transaction()
    return _balances(unit_ids, lock=True)


def _balances(unit_ids, *, lock: bool = False) -> dict[int, int]:
    """unit -> prepaid balance, read (and row-locked, in id order) a few hundred units at a time."""
    out: dict[int, int] = {}
    ids = sorted(unit_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(rows(f"SELECT id, prepaid_fen FROM unit WHERE id IN ({marks(chunk)}) ORDER BY id"
                        + (for_update() if lock else ""), chunk))
    return out


def add_to_prepaid(unit_id: int, delta_fen: int) -> int:
    """Change a unit's prepaid balance by `delta_fen`, never below zero. Returns the new balance;
    raises ValueError (the caller rolls back) when the balance would go negative."""
    _require_transaction()
    p = database.obj.param
    cursor = database.obj.cursor()
    cursor.execute(f"UPDATE unit SET prepaid_fen = prepaid_fen + {p} WHERE id = {p} AND prepaid_fen + {p} >= 0 "
                   "RETURNING prepaid_fen", (delta_fen, unit_id, delta_fen))
    found = cursor.fetchall()
    if len(found) != 1:
        raise ValueError(f"prepaid balance of unit {unit_id} cannot change by {delta_fen}")
    return found[0][0]


def change_prepaid(changes: list[tuple[int, int]], expected: dict[int, int]) -> None:
    """Apply (unit, delta) changes to prepaid balances in order, each guarded never to go below
    zero, then check each unit ends at the balance `expected` of it (what the caller worked out
    from the balance it locked). Raises ValueError (the caller rolls back) otherwise. One
    statement for all the changes and one to check, however many documents."""
    _require_transaction()
    if not changes:
        return
    p = database.obj.param
    cursor = database.obj.cursor()
    cursor.executemany(f"UPDATE unit SET prepaid_fen = prepaid_fen + {p} WHERE id = {p} AND prepaid_fen + {p} >= 0",
                       [(delta, unit, delta) for unit, delta in changes])
    if cursor.rowcount != len(changes):
        raise ValueError("a prepaid balance would go below zero")
    if _balances(expected) != expected:
        raise ValueError("a prepaid balance was changed by another writer")


def next_seq(estate_id: int, series: str, year: int, count: int = 1) -> int:
    """The next `count` numbers of a gapless series, taken under the counter row's lock (created
    on first use); returns the first of them. A rolled-back transaction gives them back."""
    _require_transaction()
    if count < 1:
        raise ValueError("at least one number")
    key = (count, estate_id, series, year)
    # One statement that locks, counts and reads (UPDATE ... RETURNING: SQLite's and PostgreSQL's
    # alike); the row is created the first time a series is used in a year.
    sql = ("UPDATE document_counter SET last_seq = last_seq + ? WHERE estate_id = ? AND series = ? AND year = ? "
           "RETURNING last_seq")
    taken = rows(sql, key)
    if not taken:
        # ON CONFLICT DO NOTHING: another counter may create the row at the same moment; then count on it.
        rows("INSERT INTO document_counter (estate_id, series, year, last_seq) VALUES (?, ?, ?, 0) "
             "ON CONFLICT DO NOTHING", key[1:])
        taken = rows(sql, key)
    return taken[0][0] - count + 1


# -- the audit chain's head ------------------------------------------------------------------

GENESIS = "0" * 64


class Head(NamedTuple):
    """The audit chain's head: rows in the chain, the last row's hash, the key it was sealed under
    ("" for a chain from before keys) and the head's own MAC under that key (schema 13)."""
    count: int
    last_hash: str
    key_id: str = ""
    mac: str = ""


_HEAD = "SELECT row_count, last_hash, key_id, mac FROM audit_head WHERE id = 1"


def audit_head() -> Head:
    """The head, locked for the append that follows: two writers on a server cannot both link
    to the same tail."""
    _require_transaction()
    found = rows(_HEAD + for_update())
    if not found:     # the first append ever (or another writer's at the same moment)
        rows("INSERT INTO audit_head (id, row_count, last_hash, key_id, mac) VALUES (1, 0, ?, '', '') "
             "ON CONFLICT DO NOTHING", (GENESIS,))
        found = rows(_HEAD + for_update())
    return Head(*found[0])


def move_audit_head(head: Head) -> None:
    rows("UPDATE audit_head SET row_count = ?, last_hash = ?, key_id = ?, mac = ? WHERE id = 1", tuple(head))


def read_audit_head() -> Head | None:
    """The head as stored (no lock: for verify)."""
    found = rows(_HEAD)
    return Head(*found[0]) if found else None
