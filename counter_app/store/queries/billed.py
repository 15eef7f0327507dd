"""What each item billed for each month (billed_month, schema 12), kept as charges are written
and cancelled, inside the writer's transaction. Every charge written or cancelled passes through
`add` (billing runs, months paid ahead, one-off charges, imported opening arrears, a void's
cancelled charges); `wrong` is the check that nothing went past it."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from peewee import EXCLUDED

from ..db import rows
from ..dialect import marks, month_of
from ..models import BilledMonth, Charge


def add(entries: Iterable[tuple[int, date | str, int]], sign: int = 1) -> None:
    """Charges (item, period start, amount) written (sign 1) or cancelled (sign -1): one upsert
    per item and month, whatever the number of charges."""
    sums: dict[tuple[int, str], list[int]] = {}
    for item, start, amount in entries:
        month = start.isoformat()[:7] if isinstance(start, date) else str(start)[:7]
        total = sums.setdefault((int(item), month), [0, 0])
        total[0] += sign * amount
        total[1] += sign
    if not sums:
        return
    (BilledMonth.insert_many([dict(item=i, month=m, billed_fen=b, charges=n) for (i, m), (b, n) in sorted(sums.items())])
     .on_conflict(conflict_target=[BilledMonth.item, BilledMonth.month],
                  update={BilledMonth.billed_fen: BilledMonth.billed_fen + EXCLUDED.billed_fen,
                          BilledMonth.charges: BilledMonth.charges + EXCLUDED.charges})
     .execute())


def cancelled(charge_ids: list[int]) -> None:
    """Charges about to be cancelled, taken out of their months (before or after the update)."""
    if charge_ids:
        add(Charge.select(Charge.item, Charge.period_start, Charge.amount_fen)
            .where(Charge.id.in_(charge_ids)).tuples(), -1)


def rebuild() -> None:
    """Every month added up again from the charges (the migration; a ledger written by other means)."""
    BilledMonth.delete().execute()
    rows(f"INSERT INTO billed_month (item_id, month, billed_fen, charges) SELECT item_id, "
         f"{month_of('period_start')}, sum(amount_fen), count(*) FROM charge WHERE cancelled_at IS NULL "
         f"GROUP BY item_id, {month_of('period_start')}")


def by_month(item_ids: list[int], first: str, last: str) -> dict[str, int]:
    """"YYYY-MM" -> billed, of the items' months from `first` to `last`."""
    if not item_ids:
        return {}
    return {m: int(b) for m, b in rows(
        f"SELECT month, sum(billed_fen) FROM billed_month WHERE item_id IN ({marks(item_ids)}) AND month >= ? "
        "AND month <= ? GROUP BY month", (*item_ids, first, last))}


def wrong(limit: int = 20) -> list[tuple[str, str, int, int]]:
    """(item's code, month, kept, added up from the charges) where they differ (in billed or in count)."""
    return [(code, m, int(k), int(a)) for code, m, k, a in rows(
        "SELECT (SELECT code FROM fee_item WHERE id = x.item_id), month, sum(kept), sum(added) FROM (SELECT item_id, month, billed_fen AS kept, "
        "charges AS kept_n, 0 AS added, 0 AS added_n FROM billed_month UNION ALL "
        f"SELECT item_id, {month_of('period_start')}, 0, 0, sum(amount_fen), count(*) FROM charge "
        f"WHERE cancelled_at IS NULL GROUP BY item_id, {month_of('period_start')}) x GROUP BY item_id, month "
        "HAVING sum(kept) <> sum(added) OR sum(kept_n) <> sum(added_n) ORDER BY x.item_id, month LIMIT ?",
        (limit,))]
