"""Which prepay offer (core/offers.py) a payment earns and the free months' charges it makes:
shared by the counter's payment and the consultation desk's calculator, so that what the desk
announces is what the payment gives."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core import offers as rules
from ..core.periods import Month
from ..store.queries import offers as offer_rows
from .planner import PERIODIC, create_future_charges


@dataclass(frozen=True)
class Grant:
    rule: rules.OfferRule
    free_months: int
    first: Month           # the first free month: the one after the months paid

    @property
    def months(self) -> list[str]:
        return [str(self.first.add(n)) for n in range(self.free_months)]

    @property
    def announcement(self) -> str:
        return rules.announcement(self.rule, self.months)


def rules_of(item_id: int) -> list[rules.OfferRule]:
    return [rules.OfferRule(*row) for row in offer_rows.rules_of_item(item_id)]


def grant_for(item, first_paid: Month, months_ahead: int, day: date) -> Grant | None:
    """What paying `months_ahead` months of `item` from `first_paid` on `day` earns, or None."""
    if item.kind not in PERIODIC or months_ahead <= 0:
        return None
    chosen = rules.choose(rules_of(item.id), day, months_ahead)
    if chosen is None:
        return None
    rule, free = chosen
    return Grant(rule, free, first_paid.add(months_ahead))


def free_charges(unit, item, paid: list, day: date, *, save: bool = True) -> tuple[Grant | None, list]:
    """The grant that the advance charges `paid` (one item's, in order) earn on `day`, and the free
    months' charges after them (origin core.offers.ORIGIN), saved in the caller's transaction or
    unsaved for a preview. The months ahead are counted by the charges' months, so a quarterly item
    paid for four quarters counts twelve."""
    if not paid:
        return None, []
    first = Month(paid[0].period_start.year, paid[0].period_start.month)
    last = Month(paid[-1].period_end.year, paid[-1].period_end.month)
    grant = grant_for(item, first, last.index() - first.index() + 1, day)
    if grant is None:
        return None, []
    return grant, create_future_charges(unit, item, grant.free_months, rules.ORIGIN, save=save, first=grant.first)
