"""Units as the counter reads them by id (model rows)."""
from __future__ import annotations


def unit_by_id(unit_id: int):
    """The unit row of that id (peewee's DoesNotExist when there is none)."""
    from ..models import Unit
    return Unit.get_by_id(unit_id)
