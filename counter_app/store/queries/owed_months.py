"""What is still owed now of each item's charges of each month (owed_month, schema 22), so the
dashboard's 24 months and the collection report's earlier months read a few hundred rows instead
of half a million open charges.

Kept by the database's own triggers on the charge table, in the writer's transaction: a charge
written, paid, given back, cancelled or taken away changes its month by what it owes more or less
(what a charge owes: amount less paid while it is open and not cancelled). One PC (one writer at a
time) adds to a row per item and month. A server's statements only add rows of what they changed,
so counters paying at once never wait for one row nor take rows in crossing orders (a deadlock);
readers add the rows up, and a keeper folds them (`fold`, one statement: exactly the rows it
adds up are the rows it takes away). `wrong` adds the open charges up again for the check."""
from __future__ import annotations

from ..db import is_sqlite, rows
from ..dialect import marks
from .kept_sql import period_month as _month, statement_trigger


def _owed(row: str) -> str:
    return (f"(CASE WHEN {row}.cancelled_at IS NULL AND {row}.paid_fen < {row}.amount_fen "
            f"THEN {row}.amount_fen - {row}.paid_fen ELSE 0 END)")


def triggers(sqlite: bool) -> list[str]:
    """The statements that keep owed_month with the charge table."""
    insert = "INSERT INTO owed_month (item_id, month, owed_fen)"
    if sqlite:
        upsert = "ON CONFLICT (item_id, month) DO UPDATE SET owed_fen = owed_month.owed_fen + excluded.owed_fen"

        def add(row: str, sign: str) -> str:
            return (f"{insert} SELECT {row}.item_id, {_month(True, row)}, {sign}{_owed(row)} "
                    f"WHERE {_owed(row)} <> 0 {upsert};")
        same = (f"{_owed('OLD')} = {_owed('NEW')} AND OLD.item_id = NEW.item_id "
                "AND OLD.period_start = NEW.period_start")
        return ["CREATE UNIQUE INDEX IF NOT EXISTS owed_month_one ON owed_month (item_id, month)",
                f"CREATE TRIGGER IF NOT EXISTS owed_month_insert AFTER INSERT ON charge BEGIN {add('NEW', '')} END",
                f"CREATE TRIGGER IF NOT EXISTS owed_month_update AFTER UPDATE ON charge WHEN NOT ({same}) BEGIN "
                f"{add('OLD', '-')} {add('NEW', '')} END",
                f"CREATE TRIGGER IF NOT EXISTS owed_month_delete AFTER DELETE ON charge BEGIN {add('OLD', '-')} END"]
    out = []
    keys = "{r}.item_id, " + _month(False, "{r}")
    for event, tables, source in (
            ("INSERT", "NEW TABLE AS new_rows", f"SELECT {keys.format(r='n')}, {_owed('n')} FROM new_rows n"),
            ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
             f"SELECT {keys.format(r='n')}, {_owed('n')} FROM new_rows n UNION ALL "
             f"SELECT {keys.format(r='o')}, -{_owed('o')} FROM old_rows o"),
            ("DELETE", "OLD TABLE AS old_rows", f"SELECT {keys.format(r='o')}, -{_owed('o')} FROM old_rows o")):
        out += statement_trigger(f"owed_month_{event.lower()}", f"{event} ON charge", tables,
                                 f"{insert} SELECT k1, k2, sum(d) FROM ({source}) x (k1, k2, d) GROUP BY k1, k2 "
                                 "HAVING sum(d) <> 0")
    return out


def added_since() -> str:
    """One PC: what the insert trigger would have added for the charges of id above the
    statement's parameter, in one statement (store/queries/kept_bulk.py), read by id (an index
    of the whole table would be read whole)."""
    return ("INSERT INTO owed_month (item_id, month, owed_fen) SELECT item_id, month, sum(owed) FROM (SELECT "
            f"c.item_id AS item_id, {_month(True, 'c')} AS month, {_owed('c')} AS owed FROM charge c NOT INDEXED WHERE c.id > ?) x "
            "GROUP BY item_id, month HAVING sum(owed) <> 0 ON CONFLICT (item_id, month) DO UPDATE SET "
            "owed_fen = owed_month.owed_fen + excluded.owed_fen")


def added_sql(sqlite: bool) -> str:
    return (f"SELECT c.item_id AS item_id, {_month(sqlite, 'c')} AS month, sum(c.amount_fen - c.paid_fen) AS owed "
            "FROM charge c WHERE c.paid_fen < c.amount_fen AND c.cancelled_at IS NULL GROUP BY 1, 2")


def rebuild(target=None) -> None:
    """Every month added up again from the open charges (the migration; a copied ledger), on
    `target` (a peewee database) or the bound one."""
    run = target.execute_sql if target is not None else rows
    run("DELETE FROM owed_month")
    run(f"INSERT INTO owed_month (item_id, month, owed_fen) {added_sql(is_sqlite(target) if target else is_sqlite())}")


def fold() -> None:
    """A server's rows of each item and month made one: in one statement, so the rows added up are
    exactly the rows taken away (a counter's rows committed meanwhile stay, to be folded later)."""
    if not is_sqlite():
        rows("WITH gone AS (DELETE FROM owed_month RETURNING item_id, month, owed_fen) INSERT INTO owed_month "
             "(item_id, month, owed_fen) SELECT item_id, month, sum(owed_fen) FROM gone GROUP BY item_id, month "
             "HAVING sum(owed_fen) <> 0")


def by_month(item_ids: list[int], first: int, last: int) -> dict[int, int]:
    """Month.index() -> still owed now of the items' charges starting in months first..last."""
    if not item_ids:
        return {}
    return {int(m): int(owed) for m, owed in rows(
        f"SELECT month, sum(owed_fen) FROM owed_month WHERE item_id IN ({marks(item_ids)}) AND month >= ? "
        "AND month <= ? GROUP BY month", (*item_ids, first, last))}


def before(item_ids: list[int], month: int) -> int:
    """Still owed now of the items' charges starting before the month (Month.index())."""
    if not item_ids:
        return 0
    return int(rows(f"SELECT coalesce(sum(owed_fen), 0) FROM owed_month WHERE item_id IN ({marks(item_ids)}) "
                    "AND month < ?", (*item_ids, month))[0][0])


def wrong(limit: int = 20) -> list[tuple[int, int, int, int]]:
    """(item id, month, kept, added up from the open charges) where they differ."""
    return [(int(i), int(m), int(k), int(a)) for i, m, k, a in rows(
        "SELECT item_id, month, sum(kept), sum(added) FROM (SELECT item_id, month, owed_fen AS kept, 0 AS added "
        f"FROM owed_month UNION ALL SELECT item_id, month, 0, owed FROM ({added_sql(is_sqlite())}) x) y "
        "GROUP BY item_id, month HAVING sum(kept) <> sum(added) ORDER BY item_id, month LIMIT ?", (limit,))]
