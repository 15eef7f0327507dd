"""What the counter window needs to know about its session: estate, business date, shift,
the items offered for advance and ad hoc payments."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...store.queries.charges import active_item_names
from ...store.queries.shifts import open_shift_of
from ...ledger.estate import estate_of
from ...ledger import clock
from ...ledger.context import Actor
from ..common.session import is_demo, is_training


@dataclass(frozen=True)
class CounterInfo:
    estate_name: str
    company: str
    business_date: date
    shift_id: int | None
    demo: bool
    training: bool
    advance_items: tuple[tuple[str, str], ...]
    adhoc_items: tuple[tuple[str, str], ...]


def counter_info(actor: Actor) -> CounterInfo:
    actor.require("unit.view")
    estate = estate_of(actor)
    items = active_item_names(estate.id)
    return CounterInfo(estate.name, estate.company, clock.business_date(estate.timezone), open_shift_of(actor.user_id, estate.id),
                       is_demo(), is_training(),
                       tuple((i.code, i.name) for i in items if i.kind in ("area", "fixed", "per_space")),
                       tuple((i.code, i.name) for i in items if i.kind == "one_off"))
