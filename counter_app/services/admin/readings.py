"""抄表 by building, in walking order: each meter with its last reading, its usual usage and what
is already read this month; a reading entered is checked (lower than the last: refused unless the
meter was replaced; zero or over three times the usual: asked to confirm) and saved at once, each
in its own short transaction, so entry never waits on a whole sheet. The meter reader's Excel comes
in through the imports (`readings`)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core import readings as rules
from ...core.errors import Invalid, NotFound, Refused
from ...core.money import parse_scaled
from ...core.periods import Month
from ...store.queries import readings
from ...ledger.context import Actor
from ...ledger.estate import estate_id_of, find_building, find_item
from .estate import record_reading

HISTORY_MONTHS = 6       # the usual usage: the average of the readings of the months before


@dataclass(frozen=True)
class SheetRow:
    meter_id: int
    meter: str
    unit: str
    last_centi: int              # the reading before this month (a new meter's starting value)
    last_on: date | None
    average_centi: int | None    # usual usage a month (None without history)
    read_centi: int | None       # this month's reading, once entered
    month_usage_centi: int | None = None   # this month's usage: a replaced meter's two parts added

    @property
    def usage_centi(self) -> int | None:
        return None if self.read_centi is None else self.month_usage_centi


def reading_sheet(actor: Actor, item_code: str, building_code: str, month_text: str) -> list[SheetRow]:
    """The building's meters of a metered item, entrance by entrance, floor by floor."""
    actor.require("meter.read")
    item = find_item(actor, item_code)
    if item.kind != "metered":
        raise Invalid("{item} 不是抄表计量的项目", item=item.name)
    building = find_building(actor, building_code)
    month = Month.parse(month_text)
    meters = readings.meters_in_walking_order(item.id, building.id)
    history: dict[int, list[tuple]] = {m: [] for m, _, _ in meters}
    since = month.add(-HISTORY_MONTHS).first_day()
    for meter_id, read_on, prev, value, replaced in readings.readings_between(list(history), since,
                                                                                month.last_day()):
        history[meter_id].append((read_on, prev, value, replaced))
    out = []
    for meter_id, code, unit in meters:
        before = [h for h in history[meter_id] if h[0] < month.first_day()]
        this = [h for h in history[meter_id] if h[0] >= month.first_day()]
        last = before[-1] if before else readings.last_before(meter_id, month.first_day())
        # A month's usage is all its readings' parts (a replaced meter's two); a new meter's
        # baseline alone is no month of use.
        months: dict[Month, int] = {}
        for on, prev, value, replaced in before:
            if value != prev or not replaced:
                months[Month.of(on)] = months.get(Month.of(on), 0) + value - prev
        out.append(SheetRow(meter_id, code, unit, last[2] if last else 0, last[0] if last else None,
                            sum(months.values()) // len(months) if months else None, this[-1][2] if this else None,
                            sum(value - prev for _, prev, value, _ in this) if this else None))
    return out


@dataclass(frozen=True)
class Entered:
    saved: bool
    warnings: tuple[str, ...]    # asked to confirm when not saved
    usage_centi: int


def enter_reading(actor: Actor, row: SheetRow, read_on: date, value: str, *, replacement_from: str | None = None,
                  old_final: str | None = None, confirmed: bool = False) -> Entered:
    """One reading of the sheet. Unusual usage is saved only once confirmed; a reading lower than
    the last only as a meter replacement: the old meter's final reading and the new meter's start
    given, the usage being both parts (estate.record_reading)."""
    actor.require("meter.read")
    meter = readings.meter_of_estate(row.meter_id, estate_id_of(actor))
    if meter is None:
        raise NotFound("没有表 {meter}", meter=row.meter)
    if row.read_centi is not None:
        raise Refused("{unit} 本月已录入读数 {reading}，不能重复录入", unit=row.unit,
                      reading=rules.qty_text(row.read_centi))
    value_centi = parse_scaled(value, 2, "读数")
    if replacement_from is None:
        usage = value_centi - row.last_centi
        if usage < 0:
            raise Invalid("{unit} 的读数 {value} 小于上次读数 {last}：如已换表，请按 F9 填写旧表止码和新表起始读数",
                          unit=row.unit, value=value, last=rules.qty_text(row.last_centi))
    else:
        if old_final is None:
            raise Invalid("换表请填写旧表止码（旧表拆下时的读数）和新表起始读数")
        final = parse_scaled(old_final, 2, "旧表止码")
        start = parse_scaled(replacement_from, 2, "新表起始读数")
        if final < row.last_centi:
            raise Invalid("旧表止码 {final} 小于旧表上次读数 {last}", final=old_final,
                          last=rules.qty_text(row.last_centi))
        if value_centi < start:
            raise Invalid("本次读数 {value} 小于新表起始读数 {start}", value=value, start=replacement_from)
        usage = final - row.last_centi + value_centi - start
    warnings = tuple(rules.usage_warnings(usage, row.average_centi))
    if warnings and not confirmed:
        return Entered(False, warnings, usage)
    record_reading(actor, meter, read_on, value, replacement_from=replacement_from, old_final=old_final)
    return Entered(True, warnings, usage)
