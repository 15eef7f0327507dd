"""Estates as the counter reads them by id (model rows: letterhead, time zone, formats)."""
from __future__ import annotations


def estate_by_id(estate_id: int):
    """The estate row of that id (peewee's DoesNotExist when there is none)."""
    from ..models import Estate
    return Estate.get_by_id(estate_id)
