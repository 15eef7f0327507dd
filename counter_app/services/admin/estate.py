"""Setting up the estate: buildings, units, people, parking, fee items, standards, meters."""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from peewee import fn

from ...core import contacts, fees, formats, text
from ...core.errors import Invalid, NotFound, Refused, Word
from ...core.latefees import MAX_DAILY_PPM, ppm_percent
from ...core.money import parse_scaled
from ...core.estate_words import OCCUPANCY, OCCUPIED, RESIDENTIAL, UNIT_TYPES
from ...core.periods import CYCLE_MONTHS, Month
from ...store.convert import stored_date
from ...store.db import models_of, write_transaction
from ...store.models import (
    BillingRun, Building, Charge, Estate, FeeItem, FeeStandard, Meter, MeterReading, Occupant, ParkingSpace, Person, SharedCost, Unit,
    Vehicle
)
from ..common import audit, clock, numbering, seals
from ..common.context import Actor

def pinyin_initials(text: str) -> str:
    from pypinyin import Style, lazy_pinyin  # loaded on first use: it is large
    return "".join(p[0] for p in lazy_pinyin(text, style=Style.FIRST_LETTER) if p).lower()


def normalise_plate(plate: str) -> str:
    return re.sub(r"[\s·.\-]", "", plate or "").upper()


def compact_code(code: str) -> str:
    return re.sub(r"\D", "", code)


def estate_of(actor: Actor) -> Estate:
    """The estate the actor works in: the one signed in to; where the database holds a single
    estate, that one. Several estates and none chosen is refused, never guessed."""
    if actor.estate_id is not None:
        estate = Estate.get_or_none(Estate.id == actor.estate_id)
        if estate is None:
            raise NotFound("没有编号为 {estate} 的小区", estate=actor.estate_id)
        return estate
    found = list(Estate.select().order_by(Estate.id).limit(2))
    if not found:
        raise NotFound("数据库中还没有小区资料")
    if len(found) > 1:
        raise Refused("此数据库中有多个小区，请在登录时选择小区")
    return found[0]


def estate_id_of(actor: Actor) -> int:
    return actor.estate_id if actor.estate_id is not None else estate_of(actor).id


def create_estate(actor: Actor, name: str, company: str, *, receipt_title="收款收据",
                  timezone="Asia/Shanghai", address="", phone="") -> Estate:
    actor.require("estate.edit")
    with write_transaction():
        estate = Estate.create(name=name, company=company, receipt_title=receipt_title,
                               timezone=timezone, address=address, phone=phone)
        audit.record(actor.username, "estate.create", "estate", estate.id,
                     after={"name": name, "company": company})
        seals.seal_estate(actor.username, estate)
    return estate


def add_building(actor: Actor, estate: Estate, code: str, name: str | None = None) -> Building:
    actor.require("estate.edit")
    with write_transaction():
        b = Building.create(estate=estate, code=code, name=name or f"{code}栋")
        audit.record(actor.username, "building.create", "building", b.id, after={"code": code})
    return b


def add_unit(actor: Actor, building: Building, entrance: int, room: str, area: str, *,
             unit_type=RESIDENTIAL, occupancy=OCCUPIED, floor: int | None = None,
             handover: date | None = None) -> Unit:
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
        if Unit.select().where((Unit.estate == building.estate_id) & (Unit.code == code)).exists():
            raise Refused("房号 {code} 已存在", code=code)
        u = Unit.create(estate=building.estate_id, building=building, entrance=entrance, room=room, code=code,
                        code_compact=compact_code(code), area_centi=area_centi, unit_type=unit_type,
                        occupancy=occupancy, floor=floor,
                        handover_date=handover)
        audit.record(actor.username, "unit.create", "unit", u.id,
                     after={"code": code, "area_centi": area_centi, "type": unit_type})
        seals.seal_rows(actor.username, "unit", [u.id])
    return u


def add_person(actor: Actor, unit: Unit, name: str, phone: str = "", *, role="业主",
               id_number="", start: date | None = None) -> Person:
    actor.require("estate.edit")
    name = text.clean(name, "姓名", text.NAME)
    if not name:
        raise Invalid("请填写姓名")
    digits = contacts.phone(phone)
    id_number = contacts.id_number(id_number)
    with write_transaction():
        person = Person.create(name=name, initials=pinyin_initials(name), phone=digits,
                               phone_rev=digits[::-1], id_number=id_number)
        Occupant.create(unit=unit, person=person, role=role, start_date=start)
        audit.record(actor.username, "person.create", "person", person.id,
                     after={"name": name, "unit": unit.code, "role": role})
    return person


def end_occupancy(actor: Actor, unit: Unit, person: Person, on: date) -> None:
    """Ownership or tenancy ends (a sale, a move): the row stays, with its end date."""
    actor.require("estate.edit")
    with write_transaction():
        updated = (Occupant.update(end_date=on).where((Occupant.unit == unit) & (Occupant.person == person) &
                                                      Occupant.end_date.is_null(True)).execute())
        if not updated:
            raise Refused("{person} 不在 {unit} 登记", person=person.name, unit=unit.code)
        audit.record(actor.username, "person.end", "person", person.id, after={"unit": unit.code, "end": on})


def add_parking(actor: Actor, estate: Estate, code: str, unit: Unit | None = None,
                plate: str | None = None) -> ParkingSpace:
    actor.require("estate.edit")
    code = text.clean(code, "车位号", text.NAME).upper()
    if not code:
        raise Invalid("请填写车位号")
    if plate is not None and plate.strip() and not re.fullmatch(r"[\u4e00-\u9fffA-Z0-9·]{5,10}",
                                                              normalise_plate(plate)):
        raise Invalid("车牌“{plate}”不正确，应如 浙A·12345", plate=plate)
    with write_transaction():
        if ParkingSpace.select().where((ParkingSpace.estate == estate) & (ParkingSpace.code == code)).exists():
            raise Refused("车位 {code} 已存在", code=code)
        space = ParkingSpace.create(estate=estate, code=code, unit=unit)
        if plate and unit is not None:
            Vehicle.create(unit=unit, plate=normalise_plate(plate), space=space)
        audit.record(actor.username, "parking.create", "parking_space", space.id,
                     after={"code": code, "unit": unit.code if unit else None, "plate": plate})
    return space


def add_fee_item(actor: Actor, estate: Estate, code: str, name: str, kind: str, *, cycle="monthly",
                 applies_to="", due_days=30, late_ppm=0, late_grace_days=0, late_cap_percent=100,
                 is_deposit=False, explanation="", sort_order=0) -> FeeItem:
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
        if FeeItem.select().where((FeeItem.estate == estate) & (FeeItem.code == code)).exists():
            raise Refused("收费项目代码 {code} 已存在，请换一个代码", code=code)
        item = FeeItem.create(estate=estate, code=code, name=name, initials=pinyin_initials(name), kind=kind,
                              cycle=cycle, applies_to=applies_to, due_days=due_days, late_ppm=late_ppm,
                              late_grace_days=late_grace_days, late_cap_percent=late_cap_percent,
                              is_deposit=is_deposit, explanation=explanation, sort_order=sort_order)
        audit.record(actor.username, "item.create", "fee_item", item.id,
                     after={"code": code, "name": name, "kind": kind, "cycle": cycle})
        seals.seal_rows(actor.username, "fee_item", [item.id])
    return item


def candidate_standard(item: FeeItem, effective_from: date, rate: str, *, rounding_unit=None,
                       rounding_scope=None, vacancy_percent=None, tiers: list[tuple[str | None, str]] = (),
                       basis="") -> tuple[fees.Standard, list]:
    """A new standard as core would use it, checked, with its tiers as stored ([[upto, rate], ...]).
    Tiers (阶梯, for metered items) rise strictly, and only the last may be open-ended. Rounding
    and the vacancy share not given are the standard's before it: a rate change does not quietly
    change them too."""
    before = (FeeStandard.select().where((FeeStandard.item == item) & (FeeStandard.effective_from < effective_from))
              .order_by(FeeStandard.effective_from.desc()).first())
    rounding_unit = rounding_unit if rounding_unit is not None else (before.rounding_unit if before else 1)
    rounding_scope = rounding_scope if rounding_scope is not None else (before.rounding_scope if before else "month")
    vacancy_percent = vacancy_percent if vacancy_percent is not None else (before.vacancy_percent if before else 100)
    rate_e4 = parse_scaled(rate, 4, "单价")
    tier_rows = [[None if upto in (None, "") else parse_scaled(upto, 2, "阶梯上限"), parse_scaled(r, 4, "阶梯单价")]
                 for upto, r in tiers]
    if tier_rows:
        if item.kind != "metered":
            raise Invalid("{item} 不是抄表计量的项目，不能设阶梯价", item=item.name)
        bounds = [upto for upto, _ in tier_rows]
        if None in bounds[:-1] or any(b is not None and b <= 0 for b in bounds) or \
                any(a >= b for a, b in zip(bounds, bounds[1:]) if b is not None):
            raise Invalid("阶梯上限应从小到大、大于零，只有最后一档可以不设上限（写成 :单价）")
    std = fees.Standard(kind=item.kind, rate_e4=rate_e4, rounding_unit=rounding_unit, rounding_scope=rounding_scope,
                        vacancy_percent=vacancy_percent, effective_from=effective_from,
                        tiers=tuple(fees.Tier(upto, r) for upto, r in tier_rows), basis=basis, item_name=item.name)
    return std, tier_rows


def billed_through(item: FeeItem) -> date | None:
    """The last day of the periods a billing run has billed of the item (runs taken back aside):
    read from the latest run's month on, a bounded range of the (item, period_end) index, never
    the item's years of charges."""
    latest = (BillingRun.select(fn.MAX(BillingRun.month))
              .where((BillingRun.estate == item.estate_id) & BillingRun.reversed_at.is_null(True)).scalar())
    if latest is None:
        return None
    through = (Charge.select(fn.MAX(Charge.period_end))
               .where((Charge.item == item) & (Charge.period_end >= Month.parse(latest).first_day()) &
                      Charge.run.is_null(False) & Charge.cancelled_at.is_null(True)).scalar())
    return stored_date(through) if through is not None else None


def check_effective_from(item: FeeItem, effective_from: date) -> None:
    """A standard takes effect after what is billed: billed periods keep the charges they have, and
    a standard dated inside them would explain those charges wrongly."""
    through = billed_through(item)
    if through is not None and effective_from <= through:
        first = through + timedelta(days=1)
        raise Refused("{item} 已计费到 {through}，新标准最早从 {first} 起生效；"
                      "要改已计费月份的金额，请先在 管理 → 计费 撤销那次计费", item=item.name, through=through, first=first)


def add_standard(actor: Actor, item: FeeItem, effective_from: date, rate: str, *, rounding_unit=None,
                 rounding_scope=None, vacancy_percent=None, tiers: list[tuple[str | None, str]] = (),
                 basis="", note="") -> FeeStandard:
    """A new standard from `effective_from` on; earlier periods keep the standard they had. A
    standard is never edited: a change is a new standard from a later date."""
    actor.require("standard.edit")
    std, tier_rows = candidate_standard(item, effective_from, rate, rounding_unit=rounding_unit,
                                        rounding_scope=rounding_scope, vacancy_percent=vacancy_percent,
                                        tiers=tiers, basis=basis)
    basis, note = text.clean(basis, "政策依据"), text.clean(note, "备注")
    with write_transaction():
        if FeeStandard.select().where((FeeStandard.item == item) &
                                      (FeeStandard.effective_from == effective_from)).exists():
            raise Refused("{item} 在 {day} 已有一条标准；标准不能改，请选另一个生效日期", item=item.name, day=effective_from)
        check_effective_from(item, effective_from)
        row = FeeStandard.create(item=item, effective_from=effective_from, rate_e4=std.rate_e4,
                                 tiers=json.dumps(tier_rows) if tier_rows else "", rounding_unit=std.rounding_unit,
                                 rounding_scope=std.rounding_scope, vacancy_percent=std.vacancy_percent, basis=basis,
                                 note=note, created_at=clock.to_db(clock.now_utc()))
        audit.record(actor.username, "standard.create", "fee_standard", row.id,
                     after={"item": item.code, "from": effective_from, "rate_e4": std.rate_e4, "tiers": tier_rows,
                            "rounding": [std.rounding_unit, std.rounding_scope], "vacancy": std.vacancy_percent,
                            "basis": basis})
        seals.seal_rows(actor.username, "fee_standard", [row.id])
    return row


def add_meter(actor: Actor, unit: Unit, item: FeeItem, code: str, multiplier: int = 1,
              initial: str = "0", on: date | None = None) -> Meter:
    actor.require("estate.edit")
    if item.kind != "metered":
        raise Invalid("{item} 不是抄表计量的项目", item=item.name)
    if multiplier <= 0:
        raise Invalid("倍率必须大于零")
    start = parse_scaled(initial, 2, "表底读数")
    with write_transaction():
        meter = Meter.create(estate=unit.estate_id, unit=unit, item=item, code=code, multiplier=multiplier)
        # The initial reading is a baseline: it bills nothing, it only sets the previous value.
        MeterReading.create(meter=meter, read_on=on or date(2000, 1, 1), prev_centi=start, value_centi=start,
                            is_replacement=True, created_at=clock.to_db(clock.now_utc()), created_by=actor.username)
        audit.record(actor.username, "meter.create", "meter", meter.id,
                     after={"code": code, "unit": unit.code, "item": item.code, "initial": start})
    return meter


def last_reading(meter: Meter) -> MeterReading | None:
    return (MeterReading.select().where(MeterReading.meter == meter)
            .order_by(MeterReading.read_on.desc(), MeterReading.id.desc()).first())


def record_reading(actor: Actor, meter: Meter, read_on: date, value: str, *,
                   replacement_from: str | None = None, old_final: str | None = None) -> MeterReading:
    """本期读数. Lower than the last one is refused unless the meter was replaced: then the old
    meter's final reading (旧表止码, not lower than its last) and the new meter's start are given,
    and the month's usage is the old meter's final less its last plus this reading less the new
    start (two readings, the old meter's last part and the new meter's first, one transaction)."""
    actor.require("meter.read")
    value_centi = parse_scaled(value, 2, "读数")
    with write_transaction():
        last = last_reading(meter)
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
            MeterReading.create(meter=meter, read_on=read_on, prev_centi=prev, value_centi=final,
                                is_replacement=False, created_at=now, created_by=actor.username)
            prev = start
        elif value_centi < prev:
            raise Invalid("本期读数 {value} 小于上期读数 {prev}；如更换了表具，请标记为换表并填写旧表止码和新表起始读数",
                          value=value, prev=fees.qty_text(prev))
        reading = MeterReading.create(meter=meter, read_on=read_on, prev_centi=prev, value_centi=value_centi,
                                      is_replacement=replacement_from is not None,
                                      created_at=clock.to_db(clock.now_utc()), created_by=actor.username)
        audit.record(actor.username, "meter.read", "meter_reading", reading.id,
                     after={"meter": meter.code, "on": read_on, "prev": prev, "value": value_centi,
                            "replacement": replacement_from is not None, "old_final": final})
    return reading


def set_shared_cost(actor: Actor, item: FeeItem, month: str, total_fen: int,
                    building: Building | None = None, note="") -> SharedCost:
    actor.require("standard.edit")
    if item.kind != "shared":
        raise Invalid("{item} 不是公摊项目", item=item.name)
    if total_fen < 0:
        raise Invalid("公摊总额不能为负数")
    with write_transaction():
        row = SharedCost.create(item=item, month=month, building=building, total_fen=total_fen, note=note)
        audit.record(actor.username, "shared.create", "shared_cost", row.id,
                     after={"item": item.code, "month": month, "total_fen": total_fen,
                            "building": building.code if building else None})
    return row


def find_building(actor: Actor, code: str) -> Building:
    actor.require("unit.view")
    building = Building.get_or_none((Building.estate == estate_id_of(actor)) & (Building.code == (code or "").strip()))
    if building is None:
        raise NotFound("没有楼栋 {code}", code=code)
    return building


def building_codes(actor: Actor) -> list[str]:
    """The estate's buildings by number (what a screen offers to choose from)."""
    actor.require("unit.view")
    return [b.code for b in Building.select(Building.code).where(Building.estate == estate_id_of(actor))
            .order_by(Building.id)]


def _units_by(column):
    """Units of an estate by one column's value, with their building and estate (compiled once)."""
    return (Unit.select(Unit, Building, Estate).join(Building).join(Estate)
            .where((Unit.estate == 0) & (column == "")).limit(2))


def find_unit(actor: Actor, code: str) -> Unit:
    """By its number (3-2-501, or 32501 when that is unambiguous) in the actor's estate, with its
    building and estate read in the same query (every caller wants the estate's time zone). Asked
    on every payment and preview: the query is built once (store.db.models_of)."""
    actor.require("unit.view")
    text = (code or "").strip()
    estate_id = estate_id_of(actor)
    found = models_of("unit_by_code", lambda: _units_by(Unit.code), (estate_id, text, 2))
    if not found and text.isdigit():
        matches = models_of("unit_by_compact_code", lambda: _units_by(Unit.code_compact), (estate_id, text, 2))
        found = matches if len(matches) == 1 else []
    if not found:
        raise NotFound("没有房号 {code}", code=code)
    return found[0]


def find_item(actor: Actor, code_or_name: str) -> FeeItem:
    actor.require("charge.view")
    text = (code_or_name or "").strip()
    item = FeeItem.get_or_none((FeeItem.estate == estate_id_of(actor)) &
                               ((FeeItem.code == text.upper()) | (FeeItem.name == text) |
                                (FeeItem.initials == text.lower())))
    if item is None:
        raise NotFound("没有收费项目 {item}", item=code_or_name)
    return item


def items_with_standards(actor: Actor) -> list[tuple[FeeItem, list[FeeStandard]]]:
    """The estate's fee items in their order, each with its standards, oldest first."""
    actor.require("charge.view")
    items = list(FeeItem.select().where(FeeItem.estate == estate_id_of(actor)).order_by(FeeItem.sort_order, FeeItem.id))
    standards: dict[int, list[FeeStandard]] = {i.id: [] for i in items}
    for row in FeeStandard.select().where(FeeStandard.item.in_([i.id for i in items])).order_by(FeeStandard.effective_from):
        standards[row.item_id].append(row)
    return [(i, standards[i.id]) for i in items]


NUMBER_FORMATS = {"receipt_format": "收据", "deduction_format": "扣费单", "refund_format": "退款单"}
SETTING_FIELDS = {"name", "company", "receipt_title", "timezone", "address", "phone", "receipt_format",
                  "deduction_format", "refund_format", "waiver_limit_fen", "blind_count"}


def check_timezone(name: str) -> str:
    """An IANA time zone the business date is taken in (Asia/Shanghai); anything else refused."""
    try:
        ZoneInfo(str(name or ""))
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid("未知的时区“{zone}”，应写成如 Asia/Shanghai", zone=name) from None
    return str(name)


def checked_settings(changes: dict, current: dict | None = None) -> dict:
    """Estate settings as they may be saved: known fields, text cleaned, number formats valid and
    distinct (from each other and, with `current`, from the formats not changed), the waiver limit
    a whole amount, the time zone a real one. The one check for the first run and the settings."""
    changes = dict(changes)
    unknown = set(changes) - SETTING_FIELDS
    if unknown:
        raise Invalid("未知的设置：{names}", names=", ".join(sorted(unknown)))
    for key, what in (("name", "小区名称"), ("company", "物业公司名称"), ("receipt_title", "收据标题"),
                      ("address", "地址"), ("phone", "电话")):
        if key in changes:
            changes[key] = text.clean(changes[key], what, text.NAME if key in ("phone",) else text.TEXT)
            if key in ("name", "company", "receipt_title") and not changes[key]:
                raise Invalid("{what}不能为空", what=Word(what))
    if "waiver_limit_fen" in changes and (not isinstance(changes["waiver_limit_fen"], int)
                                          or isinstance(changes["waiver_limit_fen"], bool)
                                          or changes["waiver_limit_fen"] < 0):
        raise Invalid("减免限额必须是不小于零的整数（分）")
    if "blind_count" in changes and not isinstance(changes["blind_count"], bool):
        raise Invalid("盲点设置只能是开或关")
    if "timezone" in changes:
        changes["timezone"] = check_timezone(changes["timezone"])
    for key, what in NUMBER_FORMATS.items():
        if key in changes:
            formats.check_number_format(changes[key], what)
    merged = {**(current or {}), **changes}
    formats.check_distinct({what: merged[key] for key, what in NUMBER_FORMATS.items() if key in merged})
    return changes


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


def update_settings(actor: Actor, **changes) -> Estate:
    """Change estate settings (receipt title, number formats, the cashier's waiver limit, time
    zone …), recorded with before and after in the audit trail."""
    actor.require("settings.edit")
    with write_transaction():
        estate = estate_of(actor)
        changes = checked_settings(changes, {key: getattr(estate, key) for key in NUMBER_FORMATS})
        before = {k: getattr(estate, k) for k in changes}
        Estate.update(**changes).where(Estate.id == estate.id).execute()
        audit.record(actor.username, "settings.change", "estate", estate.id, before=before, after=changes)
        seals.seal_estate(actor.username, estate, set(changes))
    return estate_of(actor)