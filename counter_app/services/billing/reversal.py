"""A billing run taken back (撤销计费): whole, and only while nothing of it has been paid (neither
at the counter nor by a prepaid deduction); its charges are cancelled, not deleted, and their
keys freed so the period can be billed again. The runs listed with what became of them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ...core import text
from ...core.errors import Conflict, Invalid, NotFound, Refused
from ...store.db import write_transaction
from ...store.queries import billed, charges as charge_queries
from ...store.queries.runs import latest_runs, mark_reversed, run_of_estate
from ...store.queries.units import building_codes
from ...store.queries.users import display_names
from ...ledger.estate import estate_of
from ...ledger import audit, clock
from ...ledger.context import Actor


@dataclass(frozen=True)
class RunRow:
    run_id: int
    month: str
    building: str              # "" for the whole estate
    created_at: datetime       # in the estate's zone
    by: str
    charges: int
    total_fen: int
    reversed: str              # "" or when, by whom and why


def billing_runs(actor: Actor, limit: int = 50) -> list[RunRow]:
    """The estate's latest runs, newest first."""
    actor.require("billing.run")
    estate = estate_of(actor)
    names = display_names()
    buildings = building_codes(estate.id)
    out = []
    for run in latest_runs(estate.id, limit):
        undone = ""
        if run.reversed_at:
            undone = (f"{clock.stored_local(run.reversed_at, estate.timezone):%Y-%m-%d %H:%M} {run.reversed_by} 撤销："
                      f"{run.reverse_reason}")
        out.append(RunRow(run.id, run.month, buildings.get(run.building_id, ""),
                          clock.stored_local(run.created_at, estate.timezone), names.get(run.user_id, ""),
                          run.charges_created, run.total_fen, undone))
    return out


def reverse_run(actor: Actor, run_id: int, reason: str) -> int:
    """Cancel every charge of the run; refused once anything of it is paid. Returns the charges
    cancelled."""
    actor.require("billing.run")
    reason = text.clean(reason, "撤销原因")
    if not reason:
        raise Invalid("撤销计费必须填写原因")
    estate = estate_of(actor)
    with write_transaction():
        run = run_of_estate(run_id, estate.id)
        if run is None:
            raise NotFound("没有编号为 {run} 的计费记录", run=run_id)
        if run.reversed_at:
            raise Refused("计费 {run}（{month}）已于之前撤销", run=run_id, month=run.month)
        untouched = charge_queries.open_untouched_of_run(run.id)
        if len(untouched) != run.charges_created:
            paid = run.charges_created - len(untouched)
            raise Refused("计费 {run}（{month}）已有 {paid} 笔应收收过款（柜台收款或预存自动扣费），不能撤销；"
                          "请先作废或退款那些收据，或改为对个别应收做调整", run=run_id, month=run.month, paid=paid)
        billed.add(((item, start, amount) for _, item, start, amount in untouched), -1)
        now = clock.to_db(clock.now_utc())
        cancelled = charge_queries.cancel_charges_of_run(run.id, now)
        if cancelled != len(untouched):
            raise Conflict("计费 {run} 的应收在撤销时发生了变化，请重试", run=run_id)
        mark_reversed(run.id, now, actor.username, reason)
        audit.record(actor.username, "billing.reverse", "billing_run", run.id,
                     after={"month": run.month, "cancelled": cancelled, "total_fen": run.total_fen, "reason": reason})
    return cancelled
