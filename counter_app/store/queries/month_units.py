"""How many units each month billed and how many still owe (month_units, schema 23): per item, and
over all of an estate's items (the row of item −estate id), so the collection report's 户收费率
reads a dozen rows instead of grouping a month's hundred thousand charges by unit.

A unit counts in an item's month while it has a charge of the item starting in that month that is
not cancelled (units), and owes while one of them is not fully paid (owing); a charge that is
neither cancelled nor paid up is open, as owed_months counts it. Kept by the database's own
triggers on the charge table, in the writer's transaction: a change counts only when no other
charge of the unit in that month (of that item, or of any) says the same, so the triggers look at
the unit's other charges of the month through the (unit, period start) index. One PC adds to a row
per item and month; a server's statements only add rows of what they changed (no row shared, so
no counter waits for another), folded by fold(). `wrong` counts the charges again for the check."""
from __future__ import annotations

from ..db import is_sqlite, rows
from ..dialect import marks
from .kept_sql import period_month as _month, statement_trigger

_LIVE = "{r}.cancelled_at IS NULL"
_OPEN = "({r}.cancelled_at IS NULL AND {r}.paid_fen < {r}.amount_fen)"


def _sqlite_keys(row: str) -> str:
    """The two keys a charge row counts under: its item's month and its estate's month (with the
    first day of the month, for looking at the unit's other charges)."""
    start = f"substr({row}.period_start, 1, 7) || '-01'"
    return (f"SELECT {row}.unit_id AS unit, {row}.item_id AS item, {_month(True, row)} AS month, {start} AS ms "
            f"UNION SELECT {row}.unit_id, -(SELECT estate_id FROM unit WHERE id = {row}.unit_id), "
            f"{_month(True, row)}, {start}")


def _sqlite_change(old: bool, new: bool) -> str:
    """One statement adding what one row's change did to the counts of its keys (one PC: row by row,
    each seeing the rows changed before it)."""
    rowid = "NEW.id" if new else "OLD.id"

    def others(state: str) -> str:
        return (f"EXISTS (SELECT 1 FROM charge o WHERE o.unit_id = k.unit AND o.period_start >= k.ms AND "
                f"o.period_start < date(k.ms, '+1 month') AND o.id <> {rowid} AND (k.item < 0 OR o.item_id = k.item) "
                f"AND {state.format(r='o')})")

    def held(row: str, state: str) -> str:
        return (f"(CASE WHEN {row}.unit_id = k.unit AND {_month(True, row)} = k.month AND (k.item < 0 OR "
                f"{row}.item_id = k.item) AND {state.format(r=row)} THEN 1 ELSE 0 END)")

    def delta(state: str) -> str:
        now = held("NEW", state) if new else "0"
        before = held("OLD", state) if old else "0"
        return f"CASE WHEN {others(state)} THEN 0 ELSE {now} - {before} END"
    keys = " UNION ".join(([_sqlite_keys("OLD")] if old else []) + ([_sqlite_keys("NEW")] if new else []))
    return (f"INSERT INTO month_units (item_id, month, units, owing) SELECT item, month, units, owing FROM "
            f"(SELECT k.item AS item, k.month AS month, {delta(_LIVE)} AS units, {delta(_OPEN)} AS owing FROM "
            f"({keys}) k) d WHERE units <> 0 OR owing <> 0 ON CONFLICT (item_id, month) DO UPDATE SET "
            "units = month_units.units + excluded.units, owing = month_units.owing + excluded.owing;")


def _server_function(tables: str) -> str:
    """A server's statement-level trigger: the keys of the rows whose counting changed, each
    counted now and before the statement (now, less the statement's new rows, plus its old ones)."""
    month = _month(False, "{r}")
    have_old, have_new = "OLD" in tables, "NEW" in tables
    parts = []
    for name, present in (("old_rows", have_old), ("new_rows", have_new)):
        if present:
            parts.append(f"SELECT r.id, r.unit_id, r.item_id, {month.format(r='r')} AS month, "
                         f"date_trunc('month', r.period_start)::date AS ms, {_LIVE.format(r='r')} AS live, "
                         f"{_OPEN.format(r='r')} AS opened, {1 if name == 'new_rows' else -1} AS side FROM {name} r")
    changed = " UNION ALL ".join(parts)
    if have_old and have_new:
        # An update counts only where a row's key or state moved (a part payment moves neither).
        changed = (f"SELECT * FROM ({changed}) c WHERE c.id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON "
                   f"o.id = n.id WHERE ({_LIVE.format(r='o')}) <> ({_LIVE.format(r='n')}) OR "
                   f"({_OPEN.format(r='o')}) <> ({_OPEN.format(r='n')}) OR o.unit_id <> n.unit_id OR "
                   "o.item_id <> n.item_id OR date_trunc('month', o.period_start) <> date_trunc('month', n.period_start))")
    probe = ("(SELECT count(*) FROM charge o WHERE o.unit_id = m.unit AND o.period_start >= m.ms AND o.period_start < "
             "(m.ms + interval '1 month')::date AND (m.item < 0 OR o.item_id = m.item) AND o.cancelled_at IS NULL{})")
    moved = "sum(c.side * c.live::int) AS live_moved, sum(c.side * c.opened::int) AS open_moved"
    return (
        f"WITH c AS ({changed}), "
        f"m AS (SELECT c.unit_id AS unit, c.item_id AS item, c.month, c.ms, {moved} FROM c GROUP BY 1, 2, 3, 4 "
        f"UNION ALL SELECT c.unit_id, -u.estate_id, c.month, c.ms, {moved} FROM c JOIN unit u ON u.id = c.unit_id "
        "GROUP BY 1, 2, 3, 4), "
        f"s AS (SELECT m.item, m.month, m.live_moved, m.open_moved, {probe.format('')} AS live_now, "
        f"{probe.format(' AND o.paid_fen < o.amount_fen')} AS open_now FROM m) "
        "INSERT INTO month_units (item_id, month, units, owing) SELECT item, month, "
        "sum((live_now > 0)::int - (live_now - live_moved > 0)::int), "
        "sum((open_now > 0)::int - (open_now - open_moved > 0)::int) FROM s GROUP BY item, month "
        "HAVING sum((live_now > 0)::int - (live_now - live_moved > 0)::int) <> 0 OR "
        "sum((open_now > 0)::int - (open_now - open_moved > 0)::int) <> 0")


def triggers(sqlite: bool) -> list[str]:
    """The statements that keep month_units with the charge table."""
    if sqlite:
        moved = ("({live_o}) <> ({live_n}) OR ({open_o}) <> ({open_n}) OR OLD.unit_id <> NEW.unit_id OR "
                 "OLD.item_id <> NEW.item_id OR substr(OLD.period_start, 1, 7) <> substr(NEW.period_start, 1, 7)").format(
            live_o=_LIVE.format(r="OLD"), live_n=_LIVE.format(r="NEW"), open_o=_OPEN.format(r="OLD"),
            open_n=_OPEN.format(r="NEW"))
        return ["CREATE UNIQUE INDEX IF NOT EXISTS month_units_one ON month_units (item_id, month)",
                "CREATE TRIGGER IF NOT EXISTS month_units_insert AFTER INSERT ON charge BEGIN "
                f"{_sqlite_change(False, True)} END",
                f"CREATE TRIGGER IF NOT EXISTS month_units_update AFTER UPDATE ON charge WHEN {moved} BEGIN "
                f"{_sqlite_change(True, True)} END",
                "CREATE TRIGGER IF NOT EXISTS month_units_delete AFTER DELETE ON charge BEGIN "
                f"{_sqlite_change(True, False)} END"]
    out = []
    for event, tables in (("INSERT", "NEW TABLE AS new_rows"), ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                          ("DELETE", "OLD TABLE AS old_rows")):
        out += statement_trigger(f"month_units_{event.lower()}", f"{event} ON charge", tables, _server_function(tables))
    return out


def added_since() -> str:
    """One PC: what the insert trigger would have added for the charges of id above the
    statement's parameter, in one statement (store/queries/kept_bulk.py). Only rows were added, so
    a unit counts anew in a key's month where a new charge counts and no charge from before did:
    the charges from before are read once per unit and month written, not once per key."""
    state = f"max({_LIVE.format(r='{r}')}) AS live, max({_OPEN.format(r='{r}')}) AS opened"
    either = "max(live) AS live, max(opened) AS opened"
    return (
        f"WITH n AS (SELECT c.unit_id AS unit, c.item_id AS item, {_month(True, 'c')} AS month, "
        f"substr(c.period_start, 1, 7) || '-01' AS ms, {state.format(r='c')} FROM charge c WHERE c.id > ? "
        "GROUP BY 1, 2, 3, 4), "
        f"b AS (SELECT w.unit AS unit, o.item_id AS item, w.month AS month, {state.format(r='o')} FROM "
        "(SELECT DISTINCT unit, month, ms FROM n) w JOIN charge o ON o.unit_id = w.unit AND o.period_start >= w.ms "
        "AND o.period_start < date(w.ms, '+1 month') AND o.id <= ? GROUP BY 1, 2, 3), "
        "k AS (SELECT n.item AS item, n.month AS month, n.live AND NOT coalesce(b.live, 0) AS units, "
        "n.opened AND NOT coalesce(b.opened, 0) AS owing FROM n LEFT JOIN b ON b.unit = n.unit AND b.item = n.item "
        "AND b.month = n.month "
        "UNION ALL SELECT -u.estate_id, e.month, e.live AND NOT coalesce(f.live, 0), e.opened AND NOT "
        f"coalesce(f.opened, 0) FROM (SELECT unit, month, {either} FROM n GROUP BY 1, 2) e JOIN unit u ON "
        f"u.id = e.unit LEFT JOIN (SELECT unit, month, {either} FROM b GROUP BY 1, 2) f ON f.unit = e.unit AND "
        "f.month = e.month) "
        "INSERT INTO month_units (item_id, month, units, owing) SELECT item, month, sum(units), sum(owing) FROM k "
        "GROUP BY item, month HAVING sum(units) <> 0 OR sum(owing) <> 0 ON CONFLICT (item_id, month) DO UPDATE "
        "SET units = month_units.units + excluded.units, owing = month_units.owing + excluded.owing")


def counted_sql(sqlite: bool) -> str:
    """(item or −estate, month, units, owing) counted from the charges."""
    month = _month(sqlite, "c")
    per_unit = (f"SELECT c.unit_id, {{key}} AS item, {month} AS month, "
                "max(CASE WHEN c.paid_fen < c.amount_fen THEN 1 ELSE 0 END) AS owes FROM charge c {join} "
                "WHERE c.cancelled_at IS NULL GROUP BY c.unit_id, {key}, " + month)
    by_item = per_unit.format(key="c.item_id", join="")
    by_estate = per_unit.format(key="-u.estate_id", join="JOIN unit u ON u.id = c.unit_id")
    return (f"SELECT item, month, count(*) AS units, sum(owes) AS owing FROM ({by_item} UNION ALL {by_estate}) x "
            "GROUP BY item, month")


def rebuild(target=None) -> None:
    """Every month counted again from the charges (the migration; a copied ledger), on `target`
    (a peewee database) or the bound one."""
    run = target.execute_sql if target is not None else rows
    run("DELETE FROM month_units")
    run(f"INSERT INTO month_units (item_id, month, units, owing) {counted_sql(is_sqlite(target) if target else is_sqlite())}")


def fold() -> None:
    """A server's rows of each item and month made one, in one statement (owed_months.fold)."""
    if not is_sqlite():
        rows("WITH gone AS (DELETE FROM month_units RETURNING item_id, month, units, owing) INSERT INTO month_units "
             "(item_id, month, units, owing) SELECT item_id, month, sum(units), sum(owing) FROM gone "
             "GROUP BY item_id, month HAVING sum(units) <> 0 OR sum(owing) <> 0")


def of_month(keys: list[int], month: int) -> dict[int, tuple[int, int]]:
    """key (an item, or −estate id) -> (units, units owing) of the month (Month.index())."""
    if not keys:
        return {}
    return {int(k): (int(u), int(o)) for k, u, o in rows(
        f"SELECT item_id, sum(units), sum(owing) FROM month_units WHERE item_id IN ({marks(keys)}) AND month = ? "
        "GROUP BY item_id", (*keys, month))}


def wrong(limit: int = 20) -> list[tuple[int, int, int, int, int, int]]:
    """(item or −estate, month, units kept, owing kept, units counted, owing counted) where they differ."""
    return [tuple(int(v) for v in r) for r in rows(
        "SELECT item_id, month, sum(ku), sum(ko), sum(cu), sum(co) FROM (SELECT item_id, month, units AS ku, "
        "owing AS ko, 0 AS cu, 0 AS co FROM month_units UNION ALL SELECT item, month, 0, 0, units, owing FROM "
        f"({counted_sql(is_sqlite())}) x) y GROUP BY item_id, month HAVING sum(ku) <> sum(cu) OR sum(ko) <> sum(co) "
        "ORDER BY item_id, month LIMIT ?", (limit,))]
