"""Units as the counter finds and opens them (model rows): by id, with building and estate, and
the searches of the counter's one box (unit number, person, phone, plate, receipt)."""
from __future__ import annotations

from ..dialect import starts_with, unindexed_field
from ..models import Building, Estate, Occupant, Payment, Person, Unit, Vehicle

# people who still live or own there
_CURRENT = Occupant.end_date.is_null(True)


def unit_by_id(unit_id: int):
    """The unit row of that id (peewee's DoesNotExist when there is none)."""
    return Unit.get_by_id(unit_id)


def unit_with_estate(unit_id: int):
    """The unit row with its building and estate joined, in one read (DoesNotExist when none)."""
    return Unit.select(Unit, Building, Estate).join(Building).join(Estate).where(Unit.id == unit_id).get()


def units_of_receipt(estate_id: int, number: str) -> list:
    """The unit rows of the estate's receipt numbered `number`."""
    return list(Unit.select().join(Payment).where((Payment.estate == estate_id) & (Payment.number == number)))


def units_by_code(estate_id: int, prefix: str, limit: int, *, compact: bool = False) -> list:
    """The estate's unit rows whose number (or its digits alone, `compact`) starts with `prefix`,
    in number order."""
    column = Unit.code_compact if compact else Unit.code
    return list(Unit.select().where(Unit.estate == estate_id).where(starts_with(column, prefix)).order_by(Unit.code)
                .limit(limit))


def _by_person(estate_id: int, condition, limit: int) -> list:
    # Found through a person, a unit's estate is checked after: the search starts from that index,
    # not from every unit of the estate.
    return list(Unit.select().join(Occupant).join(Person)
                .where((unindexed_field(Unit.estate) == estate_id) & condition & _CURRENT).limit(limit))


def units_by_phone_tail(estate_id: int, digits: str, limit: int) -> list:
    """Unit rows of current occupants whose phone ends with `digits`."""
    return _by_person(estate_id, starts_with(Person.phone_rev, digits[::-1]), limit)


def units_by_initials(estate_id: int, initials: str, limit: int) -> list:
    """Unit rows of current occupants whose pinyin initials start with `initials` (lower case)."""
    return _by_person(estate_id, starts_with(Person.initials, initials), limit)


def units_by_name(estate_id: int, name: str, limit: int) -> list:
    """Unit rows of current occupants whose name starts with `name`."""
    return _by_person(estate_id, starts_with(Person.name, name), limit)


def units_by_plate(estate_id: int, plate: str, limit: int) -> list:
    """Unit rows with a vehicle whose plate holds `plate`."""
    return list(Unit.select().join(Vehicle).where((unindexed_field(Unit.estate) == estate_id) &
                                                  Vehicle.plate.contains(plate)).limit(limit))
