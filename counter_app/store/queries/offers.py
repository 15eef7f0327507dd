"""Prepay offer rules (core/offers.py): the administrator's rows, and what the payment and the
calculator read of them."""
from __future__ import annotations

from ..convert import stored_date
from ..db import rows
from ..models import OfferRule

_COLUMNS = "id, item_id, name, months_paid, months_free, valid_from, valid_to"


def _rule_rows(where: str, params: tuple) -> list[tuple]:
    """(id, item id, name, months paid, months free, from, to) with the dates as dates."""
    return [(i, item, name, paid, free, stored_date(start), stored_date(end) if end is not None else None)
            for i, item, name, paid, free, start, end in
            rows(f"SELECT {_COLUMNS} FROM offer_rule WHERE {where} ORDER BY valid_from, id", params)]


def rules_of_item(item_id: int) -> list[tuple]:
    """Every rule of a fee item, ended ones too (which is in force is core's question)."""
    return _rule_rows("item_id = ?", (item_id,))


def rules_of_estate(estate_id: int) -> list[tuple]:
    return _rule_rows("estate_id = ?", (estate_id,))


def rule_named(estate_id: int, name: str) -> tuple | None:
    found = _rule_rows("estate_id = ? AND name = ?", (estate_id, name))
    return found[0] if found else None


def new_rule(**columns):
    """Create a rule row (columns as the model names them); returns it."""
    return OfferRule.create(**columns)


def end_rule(rule_id: int, valid_to, by: str) -> int:
    """End a rule on `valid_to` (kept: what it gave stays on its receipts). Returns rows changed."""
    return OfferRule.update(valid_to=valid_to, ended_by=by).where(OfferRule.id == rule_id).execute()
