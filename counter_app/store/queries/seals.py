"""The rows whose state the audit chain seals (ledger/seals.py): users, estates, shifts, fee
items and standards, units, and the day closes, read as they now stand."""
from __future__ import annotations

from ..models import DayClose, Estate, FeeItem, FeeStandard, Shift, Unit, User

# The sealed kinds of row, by the name their seals carry.
MODELS = {"user": User, "estate": Estate, "shift": Shift, "fee_item": FeeItem, "fee_standard": FeeStandard,
          "unit": Unit}
# Every column of a fee item but its id, in the model's order: what its seal covers.
ITEM_FIELDS = tuple(f.name for f in FeeItem._meta.sorted_fields if f.name != "id")


def row_of(kind: str, row_id: int):
    """One row of a sealed kind, as it now stands."""
    return MODELS[kind].get_by_id(row_id)


def rows_of(kind: str, ids: list[int]) -> list:
    """These rows of a sealed kind (callers batch the ids)."""
    model = MODELS[kind]
    return list(model.select().where(model.id.in_(ids)))


def every_row(kind: str):
    """Every row of a sealed kind, in id order."""
    model = MODELS[kind]
    return model.select().order_by(model.id)


def day_closes(estate_id: int, day) -> list:
    """The closes of one business day, in order (reopened ones too)."""
    return list(DayClose.select().where((DayClose.estate == estate_id) & (DayClose.business_date == day))
                .order_by(DayClose.id))


def every_day_close():
    """Every close of every day, in order."""
    return DayClose.select().order_by(DayClose.id)
