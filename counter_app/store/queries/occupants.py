"""Who lives where (now and before: people and their stays, as the estate's screens and the
import of occupants read and write them), and what a unit holds (spaces, plates); unit numbers by
id."""
from __future__ import annotations

from ...core.estate_words import OWNER
from ..bulk import insert_row, insert_rows
from ..db import is_sqlite, rows
from ..dialect import among
from ..models import Occupant, Person, Unit


def occupants_by_unit(unit_ids: list[int] | None = None) -> dict[int, list[tuple[str, str, str]]]:
    """unit -> [(role, name, phone)] of the people there now, owners first (every unit's when
    unit_ids is None). The one read of who lives where: search, the unit view, the payer on a
    receipt and the arrears list all name people in this order."""
    sql = ("SELECT o.unit_id, o.role, p.name, p.phone FROM occupant o JOIN person p ON p.id = o.person_id "
           "WHERE o.end_date IS NULL")
    params: list = []
    if unit_ids is not None:
        if not unit_ids:
            return {}
        which, params = among("o.unit_id", unit_ids)
        sql += f" AND {which}"
    out: dict[int, list[tuple[str, str, str]]] = {}
    for unit_id, role, name, phone in rows(sql + " ORDER BY CASE o.role WHEN ? THEN 0 ELSE 1 END, o.id",
                                           [*params, OWNER]):
        out.setdefault(unit_id, []).append((role, name, phone))
    return out


def first_people() -> dict[int, tuple[str, str]]:
    """unit -> (name, phone) of the first person there now, in occupants_by_unit's order (an
    owner when there is one), of every unit with someone: the person a list of the estate names.
    A server picks it (a window); SQLite's window over 30,000 stays costs twice reading them in
    the reverse of that order, where the last one written for a unit is its first."""
    if is_sqlite():
        found = rows("SELECT o.unit_id, p.name, p.phone FROM occupant o JOIN person p ON p.id = o.person_id "
                     "WHERE o.end_date IS NULL ORDER BY CASE o.role WHEN ? THEN 0 ELSE 1 END DESC, o.id DESC",
                     (OWNER,))
    else:
        found = rows("SELECT unit_id, name, phone FROM (SELECT o.unit_id, p.name, p.phone, row_number() OVER "
                     "(PARTITION BY o.unit_id ORDER BY CASE o.role WHEN ? THEN 0 ELSE 1 END, o.id) AS n FROM "
                     "occupant o JOIN person p ON p.id = o.person_id WHERE o.end_date IS NULL) x WHERE n = 1",
                     (OWNER,))
    return {unit: (name, phone) for unit, name, phone in found}


def owner_names(unit_ids: list[int]) -> dict[int, str]:
    """unit -> the first current owner's name (who pays, when no one else is named), for the
    units that have an owner."""
    return {unit: name for unit, people in occupants_by_unit(unit_ids).items()
            for name in [next((n for role, n, _ in people if role == OWNER), "")] if name}


def unit_codes(unit_ids: list[int] | None = None) -> dict[int, str]:
    """unit id -> unit number, of the units named (every unit's when None: an estate's thousands,
    never a huge IN list)."""
    if unit_ids is None:
        return dict(rows("SELECT id, code FROM unit"))
    if not unit_ids:
        return {}
    which, params = among("id", unit_ids)
    return dict(rows(f"SELECT id, code FROM unit WHERE {which}", params))


def spaces_and_plates(unit_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the unit's parking spaces, its vehicles' plates), each in the order they were added: one
    statement, as a unit is opened for every owner at the window (a round trip each on a server)."""
    found = rows("SELECT 0 AS kind, code, id FROM parking_space WHERE unit_id = ? UNION ALL "
                 "SELECT 1 AS kind, plate, id FROM vehicle WHERE unit_id = ? ORDER BY kind, id", (unit_id, unit_id))
    return tuple(text for kind, text, _ in found if kind == 0), tuple(text for kind, text, _ in found if kind == 1)


# -- one unit's people, as the estate's screens read and change them ------------------------------

def stays_of_unit(unit_id: int) -> list[tuple]:
    """(role, name, phone, start, end, email) of everyone who lives or lived at the unit, or owns
    or owned it (end None while they are there)."""
    return list(Occupant.select(Occupant.role, Person.name, Person.phone, Occupant.start_date, Occupant.end_date,
                                Person.email)
                .join(Person).where(Occupant.unit == unit_id).tuples())


def owners_now(unit_id: int) -> list:
    """The unit's owners there now: Occupant rows with their person read in the same query."""
    return list(Occupant.select(Occupant, Person).join(Person)
                .where((Occupant.unit == unit_id) & (Occupant.role == OWNER) & Occupant.end_date.is_null(True)))


def person_there_now(unit_id: int, name: str):
    """The Person row of that name living in or owning the unit now, or None."""
    return (Person.select().join(Occupant)
            .where((Occupant.unit == unit_id) & Occupant.end_date.is_null(True) & (Person.name == name))
            .first())


def new_person(**fields):
    """A new person (fields by name); returns the Person row."""
    return Person.create(**fields)


def new_stay(unit, person, role: str, start) -> None:
    """Someone (a row or an id) moving in or owning the unit (a row or an id) from `start`."""
    Occupant.create(unit=unit, person=person, role=role, start_date=start)


def end_stays(unit_id: int, person_id: int, on) -> int:
    """The person's stays at the unit still running end on `on`; how many there were."""
    return (Occupant.update(end_date=on).where((Occupant.unit == unit_id) & (Occupant.person == person_id) &
                                               Occupant.end_date.is_null(True)).execute())


# -- people and their stays as the import of occupants reads and writes them --------------------

def stays_of_estate(estate) -> list[tuple]:
    """(stay id, unit id, role, start, end, person id, name, phone, id number) of every stay at the
    estate's units, in the order recorded."""
    return list(Occupant.select(Occupant.id, Occupant.unit, Occupant.role, Occupant.start_date, Occupant.end_date,
                                Person.id, Person.name, Person.phone, Person.id_number)
                .join(Person).switch(Occupant).join(Unit).where(Unit.estate == estate).order_by(Occupant.id).tuples())


def stays_for_export(estate) -> list[tuple]:
    """(unit number, name, role, phone, id number, start, end) of every stay at the estate's
    units, in the order recorded."""
    return list(Occupant.select(Unit.code, Person.name, Occupant.role, Person.phone, Person.id_number,
                                Occupant.start_date, Occupant.end_date)
                .join(Person).switch(Occupant).join(Unit)
                .where(Unit.estate == estate).order_by(Occupant.id).tuples())


def change_person(person_id: int, fields: dict) -> None:
    """A person's changed fields (by name: phone, phone_rev, id_number)."""
    Person.update(fields).where(Person.id == person_id).execute()


def add_person(fields: dict) -> int:
    """A new person (fields by name); returns the id."""
    return insert_row(Person, fields)


def change_stay_dates(stay_id: int, dates: dict) -> None:
    """A stay's changed dates (start_date, end_date)."""
    Occupant.update(dates).where(Occupant.id == stay_id).execute()


def add_stays(rows: list[dict]) -> int:
    """Stays at once (rows by field name: unit, person, role, start_date, end_date)."""
    return insert_rows(Occupant, rows)
