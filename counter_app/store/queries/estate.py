"""The estate's lookups and its setting up: the estate itself (by id: letterhead, time zone,
formats; its settings changed), its buildings, units, fee items and their standards, and how far a
fee item is billed. Model rows or plain values; the rules are ledger/estate.py's."""
from __future__ import annotations

from datetime import date

from peewee import fn

from ..db import models_of
from ..models import BillingRun, Building, Charge, Estate, FeeItem, FeeStandard, Unit


def estate_by_id(estate_id: int) -> Estate | None:
    return Estate.get_or_none(Estate.id == estate_id)


def new_estate(**fields) -> Estate:
    """A new estate (fields by name); returns its row."""
    return Estate.create(**fields)


def change_estate(estate_id: int, changes: dict) -> None:
    """The estate's settings changed (fields by name)."""
    Estate.update(**changes).where(Estate.id == estate_id).execute()


def default_formats() -> dict[str, str]:
    """The number formats a new estate starts with (receipts, deductions, refunds), by field."""
    return {f.name: f.default for f in (Estate.receipt_format, Estate.deduction_format, Estate.refund_format)}


def first_estates(limit: int = 2) -> list[Estate]:
    """The database's first estates by id (two tell one from several)."""
    return list(Estate.select().order_by(Estate.id).limit(limit))


def building_by_code(estate_id: int, code: str) -> Building | None:
    return Building.get_or_none((Building.estate == estate_id) & (Building.code == code))


def building_codes(estate_id: int) -> list[str]:
    return [b.code for b in Building.select(Building.code).where(Building.estate == estate_id).order_by(Building.id)]


_JOINED = (Unit.building, Building.estate)     # what _units_by joins, in its order


def _units_by(column):
    """Units of an estate by one column's value, with their building and estate (compiled once)."""
    return (Unit.select(Unit, Building, Estate).join(Building).join(Estate)
            .where((Unit.estate == 0) & (column == "")).limit(2))


def units_by_code(estate_id: int, code: str) -> list[Unit]:
    """At most two units numbered `code`, building and estate filled in; the query is built once."""
    return models_of("unit_by_code", lambda: _units_by(Unit.code), (estate_id, code, 2), _JOINED)


def units_by_compact_code(estate_id: int, digits: str) -> list[Unit]:
    """At most two units whose number without separators is `digits` (32501 for 3-2-501)."""
    return models_of("unit_by_compact_code", lambda: _units_by(Unit.code_compact), (estate_id, digits, 2),
                     _JOINED)


def item_by_code_or_name(estate_id: int, code: str, name: str, initials: str) -> FeeItem | None:
    return FeeItem.get_or_none((FeeItem.estate == estate_id) &
                               ((FeeItem.code == code) | (FeeItem.name == name) | (FeeItem.initials == initials)))


def standard_before(item: FeeItem, day: date) -> FeeStandard | None:
    """The item's latest standard taking effect before `day`."""
    return (FeeStandard.select().where((FeeStandard.item == item) & (FeeStandard.effective_from < day))
            .order_by(FeeStandard.effective_from.desc()).first())


def latest_billed_month(estate_id: int) -> str | None:
    """The month of the estate's latest billing run not taken back."""
    return (BillingRun.select(fn.MAX(BillingRun.month))
            .where((BillingRun.estate == estate_id) & BillingRun.reversed_at.is_null(True)).scalar())


def last_billed_period_end(item: FeeItem, since: date):
    """The last period end of the item's billed, uncancelled charges ending on or after `since`: a
    bounded range of the (item, period_end) index. As stored (the caller converts)."""
    return (Charge.select(fn.MAX(Charge.period_end))
            .where((Charge.item == item) & (Charge.period_end >= since) &
                   Charge.run.is_null(False) & Charge.cancelled_at.is_null(True)).scalar())


def estate_names() -> list[tuple[int, str]]:
    """(id, name) of every estate, by id."""
    return [(e.id, e.name) for e in Estate.select(Estate.id, Estate.name).order_by(Estate.id)]


# -- fee items and their standards, as the estate's screens set them up --------------------------

def item_code_taken(estate, code: str) -> bool:
    return FeeItem.select().where((FeeItem.estate == estate) & (FeeItem.code == code)).exists()


def new_item(**fields) -> FeeItem:
    """A new fee item (fields by name); returns its row."""
    return FeeItem.create(**fields)


def standard_on(item, day: date) -> bool:
    """Whether the item has a standard taking effect on `day`."""
    return FeeStandard.select().where((FeeStandard.item == item) & (FeeStandard.effective_from == day)).exists()


def new_standard(**fields) -> FeeStandard:
    """A new standard (fields by name); returns its row."""
    return FeeStandard.create(**fields)


def items_with_standards(estate_id: int) -> list[tuple[FeeItem, list[FeeStandard]]]:
    """The estate's fee items in their order, each with its standards, oldest first (two queries)."""
    items = list(FeeItem.select().where(FeeItem.estate == estate_id).order_by(FeeItem.sort_order, FeeItem.id))
    standards: dict[int, list[FeeStandard]] = {i.id: [] for i in items}
    for row in (FeeStandard.select().where(FeeStandard.item.in_([i.id for i in items]))
                .order_by(FeeStandard.effective_from)):
        standards[row.item_id].append(row)
    return [(i, standards[i.id]) for i in items]
