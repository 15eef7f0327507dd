"""The person a list of the estate names for each unit is the first occupants_by_unit names (an
owner before a tenant, then the earliest made), whichever way the engine picks it."""
from datetime import date

from counter_app.core.estate_words import OWNER
from counter_app.store.models import Occupant, Person, Unit
from counter_app.store.queries.occupants import first_people, occupants_by_unit


def _person(name: str, phone: str) -> Person:
    return Person.create(name=name, initials="x", phone=phone, phone_rev=phone[::-1])


def test_the_first_person_of_each_unit_is_the_one_the_unit_view_names_first(estate):
    units = list(Unit.select().order_by(Unit.id))
    a, b, c = units[0], units[1], units[2]
    Occupant.delete().where(Occupant.unit.in_([a.id, b.id, c.id])).execute()
    # a: a tenant moved in before the owner; an owner who left before both
    Occupant.create(unit=a, person=_person("租客甲", "13800000001"), role="住户")
    Occupant.create(unit=a, person=_person("旧业主", "13800000002"), role=OWNER, end_date=date(2025, 1, 1))
    Occupant.create(unit=a, person=_person("业主甲", "13800000003"), role=OWNER)
    # b: two owners, the earlier made first; c: tenants only
    Occupant.create(unit=b, person=_person("业主乙一", "13800000004"), role=OWNER)
    Occupant.create(unit=b, person=_person("业主乙二", "13800000005"), role=OWNER)
    Occupant.create(unit=c, person=_person("租客丙一", "13800000006"), role="住户")
    Occupant.create(unit=c, person=_person("租客丙二", "13800000007"), role="住户")
    found = first_people()
    assert found[a.id] == ("业主甲", "13800000003")
    assert found[b.id] == ("业主乙一", "13800000004")
    assert found[c.id] == ("租客丙一", "13800000006")
    everyone = occupants_by_unit()
    assert found == {unit: people[0][1:] for unit, people in everyone.items()}
