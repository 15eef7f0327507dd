"""自动扣费: after a billing run, a unit's prepaid balance settles its new charges (whole charges,
oldest first, none already overdue), each unit's deduction a numbered KK document."""
from __future__ import annotations

from collections import namedtuple
from datetime import date

from ...core.allocation import DueCharge, allocate_full
from ...core.periods import Month
from ...core.tenders import Tender, settle
from ...store import locks
from ...store.queries import charges as charge_queries
from ...store.queries.charges import items_by_id
from ...store.queries.occupants import owner_names
from ...store.queries.runs import run_month
from ...store.queries.units import prepaid_unit_ids, units_by_ids
from ...ledger.estate import estate_of
from ...ledger import clock
from ...ledger.context import Actor
from ...ledger.numbering import DEDUCTION_SERIES
from ...ledger.posting import Document, Quote, post_documents
from ...ledger.standards import late_rule


Charge_ = namedtuple("Charge_", "id unit item period_start due_date amount_fen")


def new_charges_of_prepaid_units(estate_id: int, run_id: int, since: date) -> list:
    """A run's untouched charges (periods from `since`) of the estate's units holding a balance;
    few units hold one, read a few hundred at a time through the open-charge index."""
    prepaid = prepaid_unit_ids(estate_id)
    out = []
    for i in range(0, len(prepaid), 500):
        out += [Charge_(*row) for row in charge_queries.new_of_run(run_id, prepaid[i:i + 500], since)]
    return out


def auto_deduct(actor: Actor, run_id: int) -> tuple[int, int]:
    """自动扣费 after a billing run: a unit's prepaid balance settles its new charges, oldest
    first, whole charges only, each unit's deduction a numbered KK document."""
    actor.require("billing.run")
    estate = estate_of(actor)
    now = clock.now_utc()
    as_of = clock.business_date(estate.timezone, now)
    new_by_unit: dict[int, list] = {}
    since = Month.parse(run_month(run_id)).first_day()
    for ch in new_charges_of_prepaid_units(estate.id, run_id, since):
        new_by_unit.setdefault(ch.unit, []).append(ch)
    items = items_by_id()
    # Every unit's lock and balance, and its payer, in a few statements rather than a few per
    # unit, and the documents posted together: on a server each statement is a round trip.
    balances = locks.lock_units(list(new_by_unit))
    payers = owner_names(list(new_by_unit))
    docs = []
    for unit in units_by_ids(list(new_by_unit)):
        unit.prepaid_fen = balances[unit.id]   # the balance as it stands under the lock
        budget, chosen = unit.prepaid_fen, []
        for ch in new_by_unit[unit.id]:
            if ch.amount_fen <= budget:
                chosen.append(DueCharge(ch.id, ch.period_start, ch.due_date, ch.amount_fen, late_rule(items[ch.item])))
                budget -= ch.amount_fen
        if not chosen:
            continue
        allocations = [a for a in allocate_full(chosen, as_of) if a.late_fee_fen == 0]
        if not allocations:
            continue  # an overdue charge carries a late fee: that is for the counter, not automatic
        spent = sum(a.principal_fen for a in allocations)
        q = Quote(unit.id, tuple(allocations), {}, spent, 0, 0, 0)
        settlement = settle(spent, [Tender("prepaid", spent)], prepaid_balance_fen=unit.prepaid_fen)
        docs.append(Document(unit, DEDUCTION_SERIES, estate.deduction_format, "deduction", q, settlement,
                             payers.get(unit.id, ""), "预存自动扣费"))
    post_documents(actor, estate, docs, now)
    return len(docs), sum(d.quote.lines_fen for d in docs)
