"""The months each unit paid late (late_month, schema 22): how many lines of valid receipts paid a
charge of the unit's month after its due date (late days), a row per unit and month, so the late
payers read a few thousand rows instead of a year of receipt lines.

Kept by the database's own triggers, in the writer's transaction: a receipt line paying late
written or taken away, a receipt voided or made valid again; nothing the program or anyone else
writes passes them. `wrong` counts the lines again for the check."""
from __future__ import annotations

from ..db import is_sqlite, rows
from .kept_sql import period_month, statement_trigger


def triggers(sqlite: bool) -> list[str]:
    """The statements that keep late_month with payment_line and payment."""
    upsert = "ON CONFLICT (unit_id, month) DO UPDATE SET lines = late_month.lines + excluded.lines"
    _MONTH = period_month(sqlite)
    if sqlite:
        return [
            "CREATE TRIGGER IF NOT EXISTS late_month_line AFTER INSERT ON payment_line WHEN NEW.late_days > 0 BEGIN "
            f"INSERT INTO late_month (unit_id, month, lines) SELECT c.unit_id, {_MONTH}, 1 FROM charge c, payment p "
            f"WHERE c.id = NEW.charge_id AND p.id = NEW.payment_id AND p.status = 'valid' {upsert}; END",
            "CREATE TRIGGER IF NOT EXISTS late_month_line_gone AFTER DELETE ON payment_line WHEN OLD.late_days > 0 "
            f"BEGIN INSERT INTO late_month (unit_id, month, lines) SELECT c.unit_id, {_MONTH}, -1 FROM charge c, "
            f"payment p WHERE c.id = OLD.charge_id AND p.id = OLD.payment_id AND p.status = 'valid' {upsert}; END",
            "CREATE TRIGGER IF NOT EXISTS late_month_status AFTER UPDATE OF status ON payment "
            "WHEN (OLD.status = 'valid') <> (NEW.status = 'valid') BEGIN "
            f"INSERT INTO late_month (unit_id, month, lines) SELECT c.unit_id, {_MONTH}, "
            "(CASE WHEN NEW.status = 'valid' THEN 1 ELSE -1 END) * count(*) FROM payment_line l JOIN charge c "
            f"ON c.id = l.charge_id WHERE l.payment_id = NEW.id AND l.late_days > 0 GROUP BY 1, 2 {upsert}; END"]
    out = []
    for name, event, tables, select in (
            ("late_month_line", "INSERT ON payment_line", "NEW TABLE AS new_rows",
             f"SELECT c.unit_id, {_MONTH}, count(*) FROM new_rows l JOIN payment p ON p.id = l.payment_id JOIN charge c "
             "ON c.id = l.charge_id WHERE l.late_days > 0 AND p.status = 'valid' GROUP BY 1, 2"),
            ("late_month_line_gone", "DELETE ON payment_line", "OLD TABLE AS old_rows",
             f"SELECT c.unit_id, {_MONTH}, -count(*) FROM old_rows l JOIN payment p ON p.id = l.payment_id JOIN "
             "charge c ON c.id = l.charge_id WHERE l.late_days > 0 AND p.status = 'valid' GROUP BY 1, 2"),
            ("late_month_status", "UPDATE ON payment", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
             f"SELECT c.unit_id, {_MONTH}, sum(CASE WHEN n.status = 'valid' THEN 1 ELSE -1 END) FROM new_rows n "
             "JOIN old_rows o ON o.id = n.id JOIN payment_line l ON l.payment_id = n.id JOIN charge c ON "
             "c.id = l.charge_id WHERE l.late_days > 0 AND (o.status = 'valid') <> (n.status = 'valid') "
             "GROUP BY 1, 2")):
        out += statement_trigger(name, event, tables, f"INSERT INTO late_month (unit_id, month, lines) {select} {upsert}")
    return out


def counted_sql(sqlite: bool | None = None) -> str:
    month = period_month(is_sqlite() if sqlite is None else sqlite)
    return (f"SELECT c.unit_id AS unit_id, {month} AS month, count(*) AS lines FROM payment_line l "
            "JOIN payment p ON p.id = l.payment_id JOIN charge c ON c.id = l.charge_id "
            "WHERE l.late_days > 0 AND p.status = 'valid' GROUP BY c.unit_id, " + month)


def rebuild(target=None) -> None:
    """Every unit's months counted again from the receipt lines (the migration; a copied ledger),
    on `target` (a peewee database) or the bound one."""
    run = target.execute_sql if target is not None else rows
    run("DELETE FROM late_month")
    run(f"INSERT INTO late_month (unit_id, month, lines) {counted_sql(is_sqlite(target) if target else None)}")


def paid_late(estate_id: int, first: int, end: int) -> dict[int, int]:
    """unit -> the months in [first, end) (Month.index() numbers) a valid receipt paid a charge of
    it late, as the bits of one number (bit n: month first + n), of the estate's units."""
    return {unit: int(mask) for unit, mask in rows(
        "SELECT m.unit_id, sum(CAST(1 AS BIGINT) << (m.month - ?)) FROM late_month m JOIN unit u ON u.id = m.unit_id "
        "WHERE u.estate_id = ? AND m.month >= ? AND m.month < ? AND m.lines > 0 GROUP BY m.unit_id",
        (first, estate_id, first, end))}


def wrong(limit: int = 20) -> list[tuple[int, int, int, int]]:
    """(unit id, month, kept, counted from the lines) where they differ."""
    return [(int(u), int(m), int(k), int(c)) for u, m, k, c in rows(
        "SELECT unit_id, month, sum(kept), sum(counted) FROM (SELECT unit_id, month, lines AS kept, 0 AS counted "
        f"FROM late_month UNION ALL SELECT unit_id, month, 0, lines FROM ({counted_sql()}) x) y "
        "GROUP BY unit_id, month HAVING sum(kept) <> sum(counted) ORDER BY unit_id, month LIMIT ?", (limit,))]
