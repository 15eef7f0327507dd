"""Fee items' standards and late-fee rules as core objects (the one conversion from the stored
rows), and which unit types an item applies to: the rules billing, the counter, the reports and
the consultation desk share."""
from __future__ import annotations

import json

from ..core import fees
from ..core.latefees import LateFeeRule
from ..store.queries.charges import every_fee_item, every_fee_standard, fee_standards, items_by_id


def core_standard(row, item) -> fees.Standard:
    """row: a stored standard of the item (a fee item row)."""
    tiers = tuple(fees.Tier(upto, rate) for upto, rate in json.loads(row.tiers)) if row.tiers else ()
    return fees.Standard(kind=item.kind, rate_e4=row.rate_e4, effective_from=row.effective_from,
                         rounding_unit=row.rounding_unit, rounding_scope=row.rounding_scope,
                         vacancy_percent=row.vacancy_percent, tiers=tiers, basis=row.basis, id=row.id,
                         item_name=item.name)


def standards_of(item) -> list[fees.Standard]:
    return [core_standard(r, item) for r in fee_standards(item.id)]


def all_standards() -> dict[int, list[fees.Standard]]:
    """Every item's standards, oldest first, in one query (billing runs use this)."""
    items = {i.id: i for i in every_fee_item()}
    out: dict[int, list[fees.Standard]] = {i: [] for i in items}
    for row in every_fee_standard():
        out[row.item_id].append(core_standard(row, items[row.item_id]))
    return out


def late_rule(item) -> LateFeeRule:
    return LateFeeRule(item.late_ppm, item.late_grace_days, item.late_cap_percent)


def late_rules(estate_id: int) -> dict[int, LateFeeRule]:
    """The estate's items' late-fee rules by item id (what the database's arrears sums take)."""
    return rules_of(items_by_id(estate_id))


def rules_of(items: dict) -> dict[int, LateFeeRule]:
    """Late-fee rules by item id of items already read (charges.items_by_id's rows)."""
    return {i: late_rule(item) for i, item in items.items()}


def unit_types_of(item) -> frozenset[str] | None:
    """The unit types an item applies to; None for every type."""
    if not item.applies_to:
        return None
    return frozenset(t.strip() for t in item.applies_to.split(","))


def applies_to(item, unit) -> bool:
    """unit: a Unit or any row with unit_type."""
    types = unit_types_of(item)
    return types is None or unit.unit_type in types
