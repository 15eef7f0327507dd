"""Setting up the estate: buildings, units, people, parking, fee items, standards, meters."""
from __future__ import annotations

import json
import re
from datetime import date

from ...core import contacts, fees, text
from ...core.errors import Invalid, Refused
from ...core.latefees import MAX_DAILY_PPM, ppm_percent
from ...core.money import parse_scaled
from ...core.estate_words import OCCUPANCY, OCCUPIED, OWNER, RESIDENTIAL, UNIT_TYPES
from ...core.periods import CYCLE_MONTHS
from ...store.db import write_transaction
from ...store.queries import estate as estates, occupants, readings, runs, units
from ...ledger import audit, clock, numbering, seals
from ...ledger.context import Actor
from ...ledger.estate import (
    NUMBER_FORMATS, SETTING_FIELDS, candidate_standard, check_effective_from, checked_settings, compact_code,
    estate_id_of, estate_of, normalise_plate, pinyin_initials
)

def create_estate(actor: Actor, name: str, company: str, *, receipt_title="收款收据",
                  timezone="Asia/Shanghai", address="", phone=""):
    actor.require("estate.edit")
    with write_transaction():
        estate = estates.new_estate(name=name, company=company, receipt_title=receipt_title,
                                    timezone=timezone, address=address, phone=phone)
        audit.record(actor.username, "estate.create", "estate", estate.id,
                     after={"name": name, "company": company})
        seals.seal_estate(actor.username, estate)
    return estate


def add_building(actor: Actor, estate, code: str, name: str | None = None):
    actor.require("estate.edit")
    with write_transaction():
        b = units.add_building(estate, code, name or f"{code}栋")
        audit.record(actor.username, "building.create", "building", b.id, after={"code": code})
    return b


def add_unit(actor: Actor, building, entrance: int, room: str, area: str, *,
             unit_type=RESIDENTIAL, occupancy=OCCUPIED, floor: int | None = None,
             handover: date | None = None):
    actor.require("estate.edit")
    area_centi = parse_scaled(area, 2, "建筑面积", allow_zero=False)
    if area_centi > 1_000_000:
        raise Invalid("建筑面积 {area}㎡ 不合理，请核对", area=area)
    if unit_type not in UNIT_TYPES or occupancy not in OCCUPANCY:
        raise Invalid("房屋类型或状态不正确")
    room = str(room or "").strip()
    if not re.fullmatch(r"[0-9A-Za-z]{1,8}", room):
        raise Invalid("房号“{room}”应为 1 到 8 位数字或字母，如 501", room=room)
    if not isinstance(entrance, int) or isinstance(entrance, bool) or not 1 <= entrance <= 99:
        raise Invalid("单元号应为 1 到 99 的整数")
    if floor is None:
        if not room.isdigit():
            raise Invalid("房号“{room}”看不出楼层，请填写楼层", room=room)
        floor = int(room) // 100
    code = f"{building.code}-{entrance}-{room}"
    with write_transaction():
        if units.ids_by_code(building.estate_id, [code]):
            raise Refused("房号 {code} 已存在", code=code)
        u = units.new_unit(estate=building.estate_id, building=building, entrance=entrance, room=room, code=code,
                           code_compact=compact_code(code), area_centi=area_centi, unit_type=unit_type,
                           occupancy=occupancy, floor=floor, handover_date=handover)
        audit.record(actor.username, "unit.create", "unit", u.id,
                     after={"code": code, "area_centi": area_centi, "type": unit_type})
        seals.seal_rows(actor.username, "unit", [u.id])
    return u


def add_person(actor: Actor, unit, name: str, phone: str = "", *, role=OWNER,
               id_number="", start: date | None = None):
    actor.require("estate.edit")
    name = text.clean(name, "姓名", text.NAME)
    if not name:
        raise Invalid("请填写姓名")
    digits = contacts.phone(phone)
    id_number = contacts.id_number(id_number)
    with write_transaction():
        person = occupants.new_person(name=name, initials=pinyin_initials(name), phone=digits,
                                      phone_rev=digits[::-1], id_number=id_number)
        occupants.new_stay(unit, person, role, start)
        audit.record(actor.username, "person.create", "person", person.id,
                     after={"name": name, "unit": unit.code, "role": role})
    return person


def end_occupancy(actor: Actor, unit, person, on: date) -> None:
    """Ownership or tenancy ends (a sale, a move): the row stays, with its end date."""
    actor.require("estate.edit")
    with write_transaction():
        if not occupants.end_stays(unit.id, person.id, on):
            raise Refused("{person} 不在 {unit} 登记", person=person.name, unit=unit.code)
        audit.record(actor.username, "person.end", "person", person.id, after={"unit": unit.code, "end": on})


def add_parking(actor: Actor, estate, code: str, unit=None, plate: str | None = None):
    actor.require("estate.edit")
    code = text.clean(code, "车位号", text.NAME).upper()
    if not code:
        raise Invalid("请填写车位号")
    if plate is not None and plate.strip() and not re.fullmatch(r"[\u4e00-\u9fffA-Z0-9·]{5,10}",
                                                              normalise_plate(plate)):
        raise Invalid("车牌“{plate}”不正确，应如 浙A·12345", plate=plate)
    with write_transaction():
        if units.space_by_code(estate, code) is not None:
            raise Refused("车位 {code} 已存在", code=code)
        space = units.new_space(estate, code, unit)
        if plate and unit is not None:
            units.new_vehicle(unit, normalise_plate(plate), space)
        audit.record(actor.username, "parking.create", "parking_space", space.id,
                     after={"code": code, "unit": unit.code if unit else None, "plate": plate})
    return space


def add_fee_item(actor: Actor, estate, code: str, name: str, kind: str, *, cycle="monthly",
                 applies_to="", due_days=30, late_ppm=0, late_grace_days=0, late_cap_percent=100,
                 is_deposit=False, explanation="", sort_order=0):
    actor.require("standard.edit")
    if not re.fullmatch(r"[A-Z][A-Z0-9_]{0,15}", code or ""):
        raise Invalid("项目代码为 1 到 16 位大写字母、数字或 _，以字母开头，如 WYF")
    name = text.clean(name, "项目名称", text.NAME)
    if not name:
        raise Invalid("请填写项目名称")
    if kind not in fees.KINDS:
        raise Invalid("未知的计费方式：{kind}", kind=kind)
    if cycle not in CYCLE_MONTHS:
        raise Invalid("未知的计费周期：{cycle}", cycle=cycle)
    if late_ppm < 0 or late_grace_days < 0 or (late_cap_percent is not None and late_cap_percent < 0):
        raise Invalid("滞纳金规则不能为负数")
    if late_ppm > MAX_DAILY_PPM:
        raise Invalid("滞纳金日费率不能超过 {most}%（万分之一百）", most=ppm_percent(MAX_DAILY_PPM))
    with write_transaction():
        if estates.item_code_taken(estate, code):
            raise Refused("收费项目代码 {code} 已存在，请换一个代码", code=code)
        item = estates.new_item(estate=estate, code=code, name=name, initials=pinyin_initials(name), kind=kind,
                                cycle=cycle, applies_to=applies_to, due_days=due_days, late_ppm=late_ppm,
                                late_grace_days=late_grace_days, late_cap_percent=late_cap_percent,
                                is_deposit=is_deposit, explanation=explanation, sort_order=sort_order)
        audit.record(actor.username, "item.create", "fee_item", item.id,
                     after={"code": code, "name": name, "kind": kind, "cycle": cycle})
        seals.seal_rows(actor.username, "fee_item", [item.id])
    return item


def add_standard(actor: Actor, item, effective_from: date, rate: str, *, rounding_unit=None,
                 rounding_scope=None, vacancy_percent=None, tiers: list[tuple[str | None, str]] = (),
                 basis="", note=""):
    """A new standard from `effective_from` on; earlier periods keep the standard they had. A
    standard is never edited: a change is a new standard from a later date."""
    actor.require("standard.edit")
    std, tier_rows = candidate_standard(item, effective_from, rate, rounding_unit=rounding_unit,
                                        rounding_scope=rounding_scope, vacancy_percent=vacancy_percent,
                                        tiers=tiers, basis=basis)
    basis, note = text.clean(basis, "政策依据"), text.clean(note, "备注")
    with write_transaction():
        if estates.standard_on(item, effective_from):
            raise Refused("{item} 在 {day} 已有一条标准；标准不能改，请选另一个生效日期", item=item.name, day=effective_from)
        check_effective_from(item, effective_from)
        row = estates.new_standard(item=item, effective_from=effective_from, rate_e4=std.rate_e4,
                                   tiers=json.dumps(tier_rows) if tier_rows else "", rounding_unit=std.rounding_unit,
                                   rounding_scope=std.rounding_scope, vacancy_percent=std.vacancy_percent,
                                   basis=basis, note=note, created_at=clock.to_db(clock.now_utc()))
        audit.record(actor.username, "standard.create", "fee_standard", row.id,
                     after={"item": item.code, "from": effective_from, "rate_e4": std.rate_e4, "tiers": tier_rows,
                            "rounding": [std.rounding_unit, std.rounding_scope], "vacancy": std.vacancy_percent,
                            "basis": basis})
        seals.seal_rows(actor.username, "fee_standard", [row.id])
    return row


def add_meter(actor: Actor, unit, item, code: str, multiplier: int = 1, initial: str = "0",
              on: date | None = None):
    actor.require("estate.edit")
    if item.kind != "metered":
        raise Invalid("{item} 不是抄表计量的项目", item=item.name)
    if multiplier <= 0:
        raise Invalid("倍率必须大于零")
    start = parse_scaled(initial, 2, "表底读数")
    with write_transaction():
        meter = readings.new_meter(estate=unit.estate_id, unit=unit, item=item, code=code, multiplier=multiplier)
        # The initial reading is a baseline: it bills nothing, it only sets the previous value.
        readings.new_reading(meter=meter, read_on=on or date(2000, 1, 1), prev_centi=start, value_centi=start,
                             is_replacement=True, created_at=clock.to_db(clock.now_utc()), created_by=actor.username)
        audit.record(actor.username, "meter.create", "meter", meter.id,
                     after={"code": code, "unit": unit.code, "item": item.code, "initial": start})
    return meter


def record_reading(actor: Actor, meter, read_on: date, value: str, *,
                   replacement_from: str | None = None, old_final: str | None = None):
    """本期读数. Lower than the last one is refused unless the meter was replaced: then the old
    meter's final reading (旧表止码, not lower than its last) and the new meter's start are given,
    and the month's usage is the old meter's final less its last plus this reading less the new
    start (two readings, the old meter's last part and the new meter's first, one transaction)."""
    actor.require("meter.read")
    value_centi = parse_scaled(value, 2, "读数")
    with write_transaction():
        last = readings.last_reading(meter)
        if last and read_on < last.read_on:
            raise Invalid("抄表日期 {read_on} 早于上次抄表 {last}", read_on=read_on, last=last.read_on)
        prev = last.value_centi if last else 0
        final = None
        if replacement_from is not None:
            if old_final is None:
                raise Invalid("换表请填写旧表止码（旧表拆下时的读数）和新表起始读数")
            final = parse_scaled(old_final, 2, "旧表止码")
            if final < prev:
                raise Invalid("旧表止码 {final} 小于旧表上次读数 {prev}", final=fees.qty_text(final), prev=fees.qty_text(prev))
            start = parse_scaled(replacement_from, 2, "新表起始读数")
            if value_centi < start:
                raise Invalid("本期读数小于新表起始读数")
            now = clock.to_db(clock.now_utc())
            readings.new_reading(meter=meter, read_on=read_on, prev_centi=prev, value_centi=final,
                                 is_replacement=False, created_at=now, created_by=actor.username)
            prev = start
        elif value_centi < prev:
            raise Invalid("本期读数 {value} 小于上期读数 {prev}；如更换了表具，请标记为换表并填写旧表止码和新表起始读数",
                          value=value, prev=fees.qty_text(prev))
        reading = readings.new_reading(meter=meter, read_on=read_on, prev_centi=prev, value_centi=value_centi,
                                       is_replacement=replacement_from is not None,
                                       created_at=clock.to_db(clock.now_utc()), created_by=actor.username)
        audit.record(actor.username, "meter.read", "meter_reading", reading.id,
                     after={"meter": meter.code, "on": read_on, "prev": prev, "value": value_centi,
                            "replacement": replacement_from is not None, "old_final": final})
    return reading


def set_shared_cost(actor: Actor, item, month: str, total_fen: int, building=None, note=""):
    actor.require("standard.edit")
    if item.kind != "shared":
        raise Invalid("{item} 不是公摊项目", item=item.name)
    if total_fen < 0:
        raise Invalid("公摊总额不能为负数")
    with write_transaction():
        row = runs.new_shared_cost(item=item, month=month, building=building, total_fen=total_fen, note=note)
        audit.record(actor.username, "shared.create", "shared_cost", row.id,
                     after={"item": item.code, "month": month, "total_fen": total_fen,
                            "building": building.code if building else None})
    return row


def items_with_standards(actor: Actor) -> list[tuple]:
    """The estate's fee items in their order, each with its standards, oldest first."""
    actor.require("charge.view")
    return estates.items_with_standards(estate_id_of(actor))


def next_numbers(actor: Actor) -> dict[str, tuple[int, int, str]]:
    """For each number format: (year, sequence number, series) of the next document it will number,
    so that the settings screen shows the next real number, not an example."""
    actor.require("settings.edit")
    estate = estate_of(actor)
    year = clock.business_date(estate.timezone).year
    return {key: (year, numbering.next_seq_to_take(estate.id, series, year), series)
            for key, series in numbering.SERIES_OF_FORMAT.items()}


def settings_of(actor: Actor) -> dict:
    """The estate's settings as the settings screen and `counter-app settings` show them."""
    actor.require("settings.edit")
    estate = estate_of(actor)
    return {key: getattr(estate, key) for key in sorted(SETTING_FIELDS)}


def update_settings(actor: Actor, **changes):
    """Change estate settings (receipt title, number formats, the cashier's waiver limit, time
    zone …), recorded with before and after in the audit trail."""
    actor.require("settings.edit")
    with write_transaction():
        estate = estate_of(actor)
        changes = checked_settings(changes, {key: getattr(estate, key) for key in NUMBER_FORMATS})
        before = {k: getattr(estate, k) for k in changes}
        estates.change_estate(estate.id, changes)
        audit.record(actor.username, "settings.change", "estate", estate.id, before=before, after=changes)
        seals.seal_estate(actor.username, estate, set(changes))
    return estate_of(actor)