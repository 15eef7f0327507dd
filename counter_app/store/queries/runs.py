"""Billing runs (生成应收) and what they read besides charges: the run's own row and the month's
shared costs."""
from __future__ import annotations

from ..models import BillingRun, SharedCost


def create_run(*, estate: int, month: str, building: int | None, created_at, user: int) -> int:
    """A new run with nothing created yet; returns its id."""
    return BillingRun.create(estate=estate, month=month, building=building, created_at=created_at, user=user,
                             charges_created=0, total_fen=0).id


def set_run_totals(run_id: int, charges_created: int, total_fen: int) -> None:
    BillingRun.update(charges_created=charges_created, total_fen=total_fen).where(BillingRun.id == run_id).execute()


def shared_costs(item_id: int, month: str) -> list:
    """The shared costs (SharedCost rows) of an item for a month ("YYYY-MM"), as stored."""
    return list(SharedCost.select().where((SharedCost.item == item_id) & (SharedCost.month == month)))


def new_shared_cost(**fields):
    """A month's shared cost of an item (fields by name), as the estate's screens set it; its row."""
    return SharedCost.create(**fields)


def run_month(run_id: int) -> str:
    """The month ("YYYY-MM") a run billed."""
    return BillingRun.get_by_id(run_id).month


def latest_runs(estate_id: int, limit: int) -> list:
    """An estate's latest runs (BillingRun rows), newest first."""
    return list(BillingRun.select().where(BillingRun.estate == estate_id).order_by(BillingRun.id.desc()).limit(limit))


def run_of_estate(run_id: int, estate_id: int):
    """A run of the estate (a BillingRun row), or None."""
    return BillingRun.get_or_none((BillingRun.id == run_id) & (BillingRun.estate == estate_id))


def mark_reversed(run_id: int, at, by: str, reason: str) -> None:
    BillingRun.update(reversed_at=at, reversed_by=by, reverse_reason=reason).where(BillingRun.id == run_id).execute()
