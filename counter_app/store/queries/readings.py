"""Meters and their readings: as billing reads them (a month's readings of a metered item with
what its charges have already billed, one unit's month in the order it was recorded), as the
reading sheet reads them (a building's meters, their history, the last reading) and as the
estate's screens and the import of readings add them."""
from __future__ import annotations

from datetime import date

from peewee import fn

from ...core.periods import Month
from ..bulk import insert_row, insert_rows
from ..convert import stored_date
from ..db import cursor_of
from ..dialect import unindexed_field
from ..models import Charge, Meter, MeterReading, Unit


def unbilled_readings(item_id: int, month: Month, building_id: int | None = None):
    """The month's readings of a metered item (a query: run it with cursor_of), each with
    `billed_through`: the last reading a charge of the month (of its unit and item, not cancelled)
    has billed, matched on the charge's own columns (unit, period start, reading) through the
    charges' (unit, period) index; the readings after it are not billed yet. A charge bills every
    reading of its month up to its own. Columns: id, read_on, prev_centi, value_centi,
    is_replacement, unit_id, multiplier, meter_id, billed_through; a unit's readings together."""
    billed_through = (Charge.select(fn.COALESCE(fn.MAX(Charge.reading), 0))
                      .where((Charge.unit == Meter.unit) & (Charge.period_start == month.first_day()) &
                             (unindexed_field(Charge.item) == item_id) & (Charge.origin == "meter") &
                             Charge.cancelled_at.is_null(True)))
    query = (MeterReading.select(MeterReading.id, MeterReading.read_on, MeterReading.prev_centi,
                                 MeterReading.value_centi, MeterReading.is_replacement, Meter.unit.alias("unit_id"),
                                 Meter.multiplier, MeterReading.meter, billed_through.alias("billed_through"))
             .join(Meter)
             .where((Meter.item == item_id) & (MeterReading.read_on >= month.first_day()) &
                    (MeterReading.read_on <= month.last_day()))
             .order_by(Meter.unit, MeterReading.id))
    if building_id is not None:
        query = query.switch(Meter).join(Unit).where(Unit.building == building_id)
    return query


def unit_month_readings(unit_id: int, item_id: int, month: Month) -> list[tuple]:
    """(id, read_on, prev_centi, value_centi, is_replacement, multiplier, meter_id) of a unit's
    readings of a metered item in a month, in the order they were recorded."""
    return list(cursor_of(MeterReading.select(MeterReading.id, MeterReading.read_on, MeterReading.prev_centi,
                                              MeterReading.value_centi, MeterReading.is_replacement,
                                              Meter.multiplier, MeterReading.meter)
                          .join(Meter).where((Meter.unit == unit_id) & (Meter.item == item_id) &
                                             (MeterReading.read_on >= month.first_day()) &
                                             (MeterReading.read_on <= month.last_day()))
                          .order_by(MeterReading.id)))


def month_readings_by_unit_code(item_id: int, month: Month) -> list[tuple]:
    """(id, prev_centi, value_centi, is_replacement, multiplier, meter_id, unit code) of a metered
    item's readings in a month, a unit's together (by unit code) in the order they were recorded."""
    return list(cursor_of(MeterReading.select(MeterReading.id, MeterReading.prev_centi, MeterReading.value_centi,
                                              MeterReading.is_replacement, Meter.multiplier, MeterReading.meter,
                                              Unit.code)
                          .join(Meter).join(Unit)
                          .where((Meter.item == item_id) & (MeterReading.read_on >= month.first_day()) &
                                 (MeterReading.read_on <= month.last_day()))
                          .order_by(Unit.code, MeterReading.id)))


# -- a building's meters, as the reading sheet reads them and the estate's screens add them -------

def meters_in_walking_order(item_id: int, building_id: int) -> list[tuple[int, str, str]]:
    """(id, meter code, unit number) of a building's meters of a metered item, entrance by
    entrance, floor by floor."""
    return list(cursor_of(Meter.select(Meter.id, Meter.code, Unit.code).join(Unit)
                          .where((Meter.item == item_id) & (Unit.building == building_id))
                          .order_by(Unit.entrance, Unit.floor, Unit.room, Meter.code)))


def readings_between(meter_ids: list[int], first: date, last: date) -> list[tuple]:
    """(meter id, read_on, prev_centi, value_centi, is_replacement) of these meters' readings
    from `first` to `last`, meter by meter, by day and as recorded."""
    return [(meter, stored_date(on), prev, value, replaced) for meter, on, prev, value, replaced in cursor_of(
        MeterReading.select(MeterReading.meter, MeterReading.read_on, MeterReading.prev_centi,
                            MeterReading.value_centi, MeterReading.is_replacement)
        .where(MeterReading.meter.in_(list(meter_ids)) & (MeterReading.read_on >= first) &
               (MeterReading.read_on <= last))
        .order_by(MeterReading.meter, MeterReading.read_on, MeterReading.id))]


def last_before(meter_id: int, day: date) -> tuple | None:
    """(read_on, prev_centi, value_centi, is_replacement) of the meter's last reading before `day`."""
    row = (MeterReading.select(MeterReading.read_on, MeterReading.prev_centi, MeterReading.value_centi,
                               MeterReading.is_replacement)
           .where((MeterReading.meter == meter_id) & (MeterReading.read_on < day))
           .order_by(MeterReading.read_on.desc(), MeterReading.id.desc()).tuples().first())
    return (stored_date(row[0]),) + tuple(row[1:]) if row else None


def last_reading(meter):
    """The meter's (a row or an id) latest MeterReading row, or None."""
    return (MeterReading.select().where(MeterReading.meter == meter)
            .order_by(MeterReading.read_on.desc(), MeterReading.id.desc()).first())


def meter_of_estate(meter_id: int, estate_id: int):
    """The Meter row of that id, if it is the estate's."""
    return Meter.get_or_none((Meter.id == meter_id) & (Meter.estate == estate_id))


def new_meter(**fields):
    """A new meter (fields by name); returns its row."""
    return Meter.create(**fields)


def new_reading(**fields):
    """A new reading (fields by name); returns its row."""
    return MeterReading.create(**fields)


# -- meters and their readings as the import of readings reads and writes them ------------------

def meters_of_estate(estate) -> list[tuple[int, str, int, int, int]]:
    """(id, code, unit id, item id, multiplier) of the estate's meters."""
    return list(Meter.select(Meter.id, Meter.code, Meter.unit, Meter.item, Meter.multiplier)
                .where(Meter.estate == estate).tuples())


def meter_history(meter_id: int) -> list[tuple]:
    """(read_on, value_centi, is_replacement) of a meter's readings, by day and as recorded."""
    return list(MeterReading.select(MeterReading.read_on, MeterReading.value_centi, MeterReading.is_replacement)
                .where(MeterReading.meter == meter_id).order_by(MeterReading.read_on, MeterReading.id).tuples())


def readings_for_export(estate) -> list[tuple]:
    """(meter id, code, unit id, item id, multiplier, read_on, value_centi, prev_centi,
    is_replacement) of every reading of the estate's meters, meter by meter, by day and as recorded."""
    return list(MeterReading.select(Meter.id, Meter.code, Meter.unit, Meter.item, Meter.multiplier,
                                    MeterReading.read_on, MeterReading.value_centi, MeterReading.prev_centi,
                                    MeterReading.is_replacement)
                .join(Meter).where(Meter.estate == estate).order_by(Meter.id, MeterReading.read_on, MeterReading.id)
                .tuples())


def add_meter(estate_id: int, unit_id: int, item_id: int, code: str, multiplier: int) -> int:
    """A new meter; returns its id."""
    return insert_row(Meter, dict(estate=estate_id, unit=unit_id, item=item_id, code=code, multiplier=multiplier))


def add_readings(rows: list[dict]) -> int:
    """Readings at once (rows by field name), with one prepared statement."""
    return insert_rows(MeterReading, rows)
