"""Units: as the counter finds and opens them (model rows: by id, with building and estate, the
searches of the counter's one box), as the estate's screens list, add and change them, and as
billing and the imports read and write them (light rows of an estate's units and the parking
spaces they hold)."""
from __future__ import annotations

from collections import namedtuple

from peewee import fn

from ...core.estate_words import ENDED
from ..bulk import insert_row, insert_rows
from ..db import cursor_of, rows
from ..dialect import holding, prefix_of, unindexed
from ..models import Building, ParkingSpace, Unit, Vehicle
from .charges import deposits_columns, deposits_of, stamp_columns



def unit_by_id(unit_id: int):
    """The unit row of that id (peewee's DoesNotExist when there is none)."""
    return Unit.get_by_id(unit_id)


OpenedUnit = namedtuple("OpenedUnit", "id code building_name area_centi unit_type occupancy prepaid_fen notes timezone "
                                     "stamp deposits_fen")


def unit_opened(unit_id: int) -> OpenedUnit:
    """What the counter shows of the unit, with its building's name, its estate's time zone, its
    stamp (charges.unit_stamp) and the deposits it holds (charges.deposits_held): one hand-written
    read, opened for every owner at the window (on a server each statement is a round trip);
    Unit.DoesNotExist when there is none."""
    found = rows("SELECT u.id, u.code, b.name, u.area_centi, u.unit_type, u.occupancy, u.prepaid_fen, u.notes, "
                 f"e.timezone, {stamp_columns()}, {deposits_columns()} FROM unit u JOIN building b ON "
                 "b.id = u.building_id JOIN estate e ON e.id = b.estate_id WHERE u.id = ?", (unit_id,))
    if not found:
        raise Unit.DoesNotExist(f"no unit {unit_id}")
    row = found[0]
    return OpenedUnit(*row[:9], tuple(row[9:14]), deposits_of(*row[14:17]))


# The searches of the counter's one box, run at every keystroke: hand-written, and only the (id,
# number) of each unit found (a model query's building and rows cost more than its reading). Each
# is a Lookup, a SELECT of (id, code) with its parameters; units_found runs the few a keystroke
# asks for as one statement (on a server each statement is a round trip).

Lookup = tuple[str, tuple]


def by_receipt(estate_id: int, number: str) -> Lookup:
    """The units of the estate's receipt numbered `number`."""
    return ("SELECT u.id, u.code FROM unit u JOIN payment p ON p.unit_id = u.id WHERE p.estate_id = ? AND "
            "p.number = ?", (estate_id, number))


def by_code(estate_id: int, prefix: str, limit: int, *, compact: bool = False) -> Lookup:
    """The estate's units whose number (or its digits alone, `compact`) starts with `prefix`, the
    first `limit` in number order."""
    which, params = prefix_of("code_compact" if compact else "code", prefix)
    return (f"SELECT id, code FROM unit WHERE estate_id = ? AND {which} ORDER BY code LIMIT ?",
            (estate_id, *params, limit))


def _by_person(estate_id: int, condition: tuple[str, list], limit: int) -> Lookup:
    # Found through a person, a unit's estate is checked after: the search starts from that index,
    # not from every unit of the estate.
    which, params = condition
    return ("SELECT u.id, u.code FROM unit u JOIN occupant o ON o.unit_id = u.id JOIN person p ON p.id = "
            f"o.person_id WHERE {unindexed('u.estate_id')} = ? AND {which} AND o.end_date IS NULL LIMIT ?",
            (estate_id, *params, limit))


def by_phone_tail(estate_id: int, digits: str, limit: int) -> Lookup:
    """The units of current occupants whose phone ends with `digits`."""
    return _by_person(estate_id, prefix_of("p.phone_rev", digits[::-1]), limit)


def by_initials(estate_id: int, initials: str, limit: int) -> Lookup:
    """The units of current occupants whose pinyin initials start with `initials` (lower case)."""
    return _by_person(estate_id, prefix_of("p.initials", initials), limit)


def by_name(estate_id: int, name: str, limit: int) -> Lookup:
    """The units of current occupants whose name starts with `name`."""
    return _by_person(estate_id, prefix_of("p.name", name), limit)


def by_plate(estate_id: int, plate: str, limit: int) -> Lookup:
    """The units with a vehicle whose plate holds `plate`."""
    which, params = holding("v.plate", plate)
    return (f"SELECT u.id, u.code FROM unit u JOIN vehicle v ON v.unit_id = u.id WHERE "
            f"{unindexed('u.estate_id')} = ? AND {which} LIMIT ?", (estate_id, *params, limit))


def units_found(lookups: list[Lookup]) -> list[list[tuple[int, str]]]:
    """Each lookup's (id, number) rows, in number order, from one statement. Each lookup keeps its
    own LIMIT inside its subquery: which rows it finds is what it alone would find."""
    if not lookups:
        return []
    sql = " UNION ALL ".join(f"SELECT {i} AS k, id, code FROM ({query}) AS found{i}"
                             for i, (query, _) in enumerate(lookups))
    found: list[list[tuple[int, str]]] = [[] for _ in lookups]
    for k, unit_id, code in rows(sql + " ORDER BY k, code", [p for _, params in lookups for p in params]):
        found[k].append((unit_id, code))
    return found


def light_units(estate_id: int, building_id: int | None = None) -> list[tuple[int, int, str, str]]:
    """(id, area_centi, unit_type, occupancy) of an estate's units (or a building's), in id order,
    from a plain cursor: 20,000 models (or named tuples) cost a large part of a billing run."""
    query = Unit.select(Unit.id, Unit.area_centi, Unit.unit_type, Unit.occupancy).where(Unit.estate == estate_id)
    if building_id is not None:
        query = query.where(Unit.building == building_id)
    return list(cursor_of(query.order_by(Unit.id)))


def units_in_use(estate_id: int, building_id: int | None = None) -> list[tuple[int, int, str]]:
    """(id, area_centi, unit_type) of an estate's units (or a building's) not ended, in id order."""
    query = Unit.select(Unit.id, Unit.area_centi, Unit.unit_type).where(Unit.estate == estate_id).order_by(Unit.id)
    if building_id:
        query = query.where(Unit.building == building_id)
    return list(cursor_of(query.where(Unit.occupancy != ENDED)))


def space_count(unit_id: int) -> int:
    """How many parking spaces a unit holds."""
    return ParkingSpace.select().where(ParkingSpace.unit == unit_id).count()


def space_counts() -> dict[int, int]:
    """unit -> how many parking spaces it holds (units holding none are absent)."""
    query = (ParkingSpace.select(ParkingSpace.unit, fn.COUNT(ParkingSpace.id).alias("n"))
             .where(ParkingSpace.unit.is_null(False)).group_by(ParkingSpace.unit))
    return {row.unit_id: row.n for row in query}


def coded_units(estate_id: int) -> list[tuple[int, str, int, str, str]]:
    """(id, code, area_centi, unit_type, occupancy) of an estate's units, in id order."""
    return list(cursor_of(Unit.select(Unit.id, Unit.code, Unit.area_centi, Unit.unit_type, Unit.occupancy)
                          .where(Unit.estate == estate_id).order_by(Unit.id)))


def prepaid_unit_ids(estate_id: int) -> list[int]:
    """The estate's units holding a prepaid balance."""
    return [u for u, in Unit.select(Unit.id).where((Unit.estate == estate_id) & (Unit.prepaid_fen > 0)).tuples()]


def units_by_ids(unit_ids: list[int]) -> list:
    """Unit rows of these ids, in id order."""
    return list(Unit.select().where(Unit.id.in_(list(unit_ids))).order_by(Unit.id))


def building_codes(estate_id: int) -> dict[int, str]:
    """building id -> its code, of an estate's buildings."""
    return {b.id: b.code for b in Building.select(Building.id, Building.code).where(Building.estate == estate_id)}


def ids_by_code(estate_id: int, codes: list[str]) -> dict[str, int]:
    """unit number -> id, of the estate's units among `codes`."""
    return dict(Unit.select(Unit.code, Unit.id).where((Unit.estate == estate_id) & Unit.code.in_(codes)).tuples())


def selected_units(estate_id: int, building_id: int | None = None, floor: int | None = None,
                   codes: list[str] | None = None) -> list:
    """Unit rows of an estate, of a building, a floor and these numbers when given, by number."""
    query = Unit.select().where(Unit.estate == estate_id).order_by(Unit.code)
    if building_id is not None:
        query = query.where(Unit.building == building_id)
    if floor is not None:
        query = query.where(Unit.floor == floor)
    if codes:
        query = query.where(Unit.code.in_(codes))
    return list(query)


def floor_plan(building_id: int) -> list[tuple[int, str, int, str]]:
    """(id, code, floor, occupancy) of a building's units, top floor first, by number."""
    return list(Unit.select(Unit.id, Unit.code, Unit.floor, Unit.occupancy).where(Unit.building == building_id)
                .order_by(Unit.floor.desc(), Unit.code).tuples())


# -- one unit at a time, as the estate's screens read and change it ---------------------------------

def units_in_walking_order(building_id: int) -> list[tuple[int, str, int, int, int, str, str]]:
    """(id, code, entrance, floor, area_centi, unit_type, occupancy) of a building's units, entrance
    by entrance, floor by floor."""
    return list(Unit.select(Unit.id, Unit.code, Unit.entrance, Unit.floor, Unit.area_centi, Unit.unit_type,
                            Unit.occupancy).where(Unit.building == building_id)
                .order_by(Unit.entrance, Unit.floor, Unit.room).tuples())


def any_unit() -> bool:
    """Whether the database holds any unit at all."""
    return Unit.select().exists()


def new_unit(**fields) -> Unit:
    """A new unit (fields by name); returns its row."""
    return Unit.create(**fields)


# -- what the import of units reads and writes ---------------------------------------------------

def ids_of_codes(estate) -> dict[str, int]:
    """unit number -> id, of every unit of the estate (an Estate row or its id)."""
    return dict(Unit.select(Unit.code, Unit.id).where(Unit.estate == estate).tuples())


def building_ids_by_code(estate) -> dict[str, int]:
    """building code -> id, of the estate's buildings."""
    return dict(Building.select(Building.code, Building.id).where(Building.estate == estate).tuples())


def buildings_named(estate) -> dict[int, tuple[str, str]]:
    """building id -> (code, name), of the estate's buildings."""
    return {i: (code, name) for i, code, name in
            Building.select(Building.id, Building.code, Building.name).where(Building.estate == estate).tuples()}


def add_building(estate, code: str, name: str) -> Building:
    """A new building of the estate (an Estate row or its id); returns its row."""
    return Building.create(estate=estate, code=code, name=name)


def unit_facts_by_code(estate) -> dict[str, dict]:
    """unit number -> {id, code, area_centi, unit_type, occupancy, handover_date, floor}."""
    return {row["code"]: row for row in
            Unit.select(Unit.id, Unit.code, Unit.area_centi, Unit.unit_type, Unit.occupancy, Unit.handover_date,
                        Unit.floor).where(Unit.estate == estate).dicts()}


def add_units(rows: list[dict]) -> int:
    """New units at once (rows by field name), with one prepared statement."""
    return insert_rows(Unit, rows)


def change_unit(unit_id: int, change: dict) -> None:
    """A unit's changed columns (change: column -> (before, after))."""
    Unit.update({getattr(Unit, c): after for c, (_, after) in change.items()}).where(Unit.id == unit_id).execute()


def ids_of_these_codes(estate_id: int, codes: list[str]) -> list[int]:
    """The ids of the estate's units of these numbers (read 500 at a time)."""
    return [i for start in range(0, len(codes), 500) for i, in Unit.select(Unit.id).where(
        (Unit.estate == estate_id) & Unit.code.in_(codes[start:start + 500])).tuples()]


def units_for_export(estate) -> list[tuple]:
    """(building id, entrance, room, floor, area_centi, unit_type, occupancy, handover_date) of the
    estate's units, in id order."""
    return list(Unit.select(Unit.building, Unit.entrance, Unit.room, Unit.floor, Unit.area_centi, Unit.unit_type,
                            Unit.occupancy, Unit.handover_date).where(Unit.estate == estate).order_by(Unit.id).tuples())


def prepaid_by_unit(estate) -> dict[int, int]:
    """unit id -> its prepaid balance, of every unit of the estate."""
    return dict(Unit.select(Unit.id, Unit.prepaid_fen).where(Unit.estate == estate).tuples())


def prepaid_held(estate) -> list[tuple[str, int]]:
    """(unit number, prepaid balance) of the estate's units holding one (or owing one), in id order."""
    return list(Unit.select(Unit.code, Unit.prepaid_fen)
                .where((Unit.estate == estate) & (Unit.prepaid_fen != 0)).order_by(Unit.id).tuples())


def set_prepaid(unit_id: int, balance_fen: int) -> None:
    """A unit's opening prepaid balance (only where nothing has moved it at the counter)."""
    Unit.update(prepaid_fen=balance_fen).where(Unit.id == unit_id).execute()


# -- parking spaces and the plates on them (the import of parking) -------------------------------

def spaces_of_estate(estate) -> list[tuple[int, str, int | None]]:
    """(id, code, unit id) of the estate's parking spaces, in id order."""
    return list(ParkingSpace.select(ParkingSpace.id, ParkingSpace.code, ParkingSpace.unit)
                .where(ParkingSpace.estate == estate).order_by(ParkingSpace.id).tuples())


def plates_of_estate(estate) -> list[tuple[str, int, int | None]]:
    """(plate, unit id, space id) of the vehicles registered at the estate's units."""
    return list(Vehicle.select(Vehicle.plate, Vehicle.unit, Vehicle.space).join(Unit)
                .where(Unit.estate == estate).tuples())


def plates_on_spaces(estate) -> list[tuple[str, int]]:
    """(plate, space id) of the estate's vehicles parked on a space, in the order registered."""
    return list(Vehicle.select(Vehicle.plate, Vehicle.space).join(Unit)
                .where((Unit.estate == estate) & Vehicle.space.is_null(False)).order_by(Vehicle.id).tuples())


def space_by_code(estate, code: str) -> ParkingSpace | None:
    """The estate's parking space numbered `code` (numbers are the estate's own: one at most)."""
    return ParkingSpace.get_or_none((ParkingSpace.estate == estate) & (ParkingSpace.code == code))


def spaces_with_plates(unit_id: int) -> list[tuple[str, list[str]]]:
    """(space number, plates parked on it) of the spaces a unit holds, by number."""
    return [(space.code, [v.plate for v in Vehicle.select().where(Vehicle.space == space)])
            for space in ParkingSpace.select().where(ParkingSpace.unit == unit_id).order_by(ParkingSpace.code)]


def new_space(estate, code: str, unit=None) -> ParkingSpace:
    """A new parking space, given to `unit` (a row, an id or None); returns its row."""
    return ParkingSpace.create(estate=estate, code=code, unit=unit)


def new_vehicle(unit, plate: str, space) -> None:
    """A unit's car, parked on `space` (rows or ids)."""
    Vehicle.create(unit=unit, plate=plate, space=space)


def free_space(space_id: int) -> list[str]:
    """A space given back: the plates on it removed (returned, for the audit trail) and it belongs
    to no unit."""
    plates = [v.plate for v in Vehicle.select().where(Vehicle.space == space_id)]
    Vehicle.delete().where(Vehicle.space == space_id).execute()
    move_space(space_id, None)
    return plates


def add_space(estate_id: int, code: str, unit_id: int | None) -> int:
    """A new parking space; returns its id."""
    return insert_row(ParkingSpace, dict(estate=estate_id, code=code, unit=unit_id))


def move_space(space_id: int, unit_id: int | None) -> None:
    """A parking space now belongs to another unit (or none)."""
    ParkingSpace.update(unit=unit_id).where(ParkingSpace.id == space_id).execute()


def add_vehicles(rows: list[dict]) -> int:
    """Vehicles at once (rows by field name: unit, plate, space)."""
    return insert_rows(Vehicle, rows)
