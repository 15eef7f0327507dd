"""The estate browser's reads and changes (房产资料): a building's units in walking order; a unit
with its people now and before (phones masked unless the role may see them) and its parking; a
unit's area, type or state changed; an owner moving out and a new one in on a date, saying what
of the unit's debt is from before that date (the old owner's to settle) and what after. Units are
never deleted: a billed unit's history is the ledger's."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core import contacts, text
from ...core.errors import Invalid, NotFound, Refused, Word, Words
from ...core.estate_words import ENDED, OCCUPANCY, OWNER, TENANT, UNIT_TYPES
from ...core.money import parse_scaled
from ...core.permissions import mask_email, mask_id_number, mask_phone
from ...store.db import write_transaction
from ...store.queries import occupants, units
from ...store.queries.charges import outstanding
from ...ledger import audit, clock, personal, seals
from ...ledger.context import Actor
from .estate import add_parking, add_person, end_occupancy
from ...ledger.estate import estate_of, find_building, find_unit, pinyin_initials


@dataclass(frozen=True)
class UnitRow:
    code: str
    entrance: int
    floor: int
    area_centi: int
    unit_type: str
    occupancy: str
    owner: str


def building_units(actor: Actor, building_code: str) -> list[UnitRow]:
    """One building's units, entrance by entrance, floor by floor, with their first owner."""
    actor.require("unit.view")
    building = find_building(actor, building_code)
    rows = units.units_in_walking_order(building.id)
    people = (occupants.occupants_by_unit([u[0] for u in rows]) if len(rows) <= 2000
              else occupants.occupants_by_unit())
    return [UnitRow(code, entrance, floor, area, unit_type, occupancy,
                    next((name for role, name, _ in people.get(uid, ()) if role == OWNER), ""))
            for uid, code, entrance, floor, area, unit_type, occupancy in rows]


@dataclass(frozen=True)
class PersonRow:
    role: str
    name: str
    phone: str                 # masked unless the role may see it whole
    since: date | None
    until: date | None         # None while they are there
    email: str = ""            # bills by email; masked as the phone is


@dataclass(frozen=True)
class UnitDetail:
    code: str
    area_centi: int
    unit_type: str
    occupancy: str
    handover: date | None
    people: tuple[PersonRow, ...]      # now first, then those who left, latest first
    parking: tuple[tuple[str, str], ...]   # (space, plates)


def unit_detail(actor: Actor, code: str, reveal: str = "") -> UnitDetail:
    """A unit's facts, people and parking; phones and addresses masked unless `reveal` says why they are needed
    in full (by a role that may see them; logged: common/personal.py)."""
    actor.require("unit.view")
    unit = find_unit(actor, code)
    full = bool(reveal)
    if full:
        personal.showing(actor, [unit.code], (personal.PHONE,), reveal, "screen")
    people = sorted(occupants.stays_of_unit(unit.id),
                    key=lambda r: (r[4] is not None, r[0] != OWNER, -(r[4] or date.min).toordinal()))
    spaces = [(space, "、".join(plates)) for space, plates in units.spaces_with_plates(unit.id)]
    return UnitDetail(unit.code, unit.area_centi, unit.unit_type, unit.occupancy, unit.handover_date,
                      tuple(PersonRow(role, name, phone if full else mask_phone(phone), since, until,
                                      email if full else mask_email(email))
                            for role, name, phone, since, until, email in people), tuple(spaces))


def update_unit(actor: Actor, code: str, *, area: str | None = None, unit_type: str | None = None,
                occupancy: str | None = None):
    """A unit's area, type or state (已入住 / 空置 / 装修中), from the next billing on: what is billed
    keeps its basis. Before and after in the audit trail."""
    actor.require("estate.edit")
    unit = find_unit(actor, code)
    changes: dict = {}
    if area is not None:
        area_centi = parse_scaled(area, 2, "建筑面积", allow_zero=False)
        if area_centi > 1_000_000:
            raise Invalid("建筑面积 {area}㎡ 不合理，请核对", area=area)
        changes["area_centi"] = area_centi
    if unit_type is not None:
        if unit_type not in UNIT_TYPES:
            raise Invalid("房屋类型应为 {kinds}", kinds=Words(UNIT_TYPES))
        changes["unit_type"] = unit_type
    if occupancy is not None:
        if occupancy not in OCCUPANCY:
            raise Invalid("房屋状态应为 {states}", states=Words(OCCUPANCY))
        changes["occupancy"] = occupancy
    changes = {k: v for k, v in changes.items() if getattr(unit, k) != v}
    if changes:
        with write_transaction():
            before = {k: getattr(unit, k) for k in changes}
            units.change_unit(unit.id, {k: (before[k], v) for k, v in changes.items()})
            audit.record(actor.username, "unit.update", "unit", unit.id, before=before, after=changes)
            seals.seal_rows(actor.username, "unit", [unit.id], set(changes))
    return find_unit(actor, code)


@dataclass(frozen=True)
class OwnerChange:
    unit: str
    left: tuple[str, ...]        # the owners who moved out
    new_owner: str
    on: date
    owed_before_fen: int         # of periods before the date: the old owner's to settle
    owed_after_fen: int          # from the date on: the new owner's


def change_owner(actor: Actor, code: str, name: str, phone: str, on: date, *, id_number: str = "") -> OwnerChange:
    """过户: the owners there now move out on `on` (their rows stay, with the date), the new owner
    moves in on it. Not a day ahead: the date is the transfer that happened."""
    actor.require("estate.edit")
    unit = find_unit(actor, code)
    today = clock.business_date(estate_of(actor).timezone)
    if on > today:
        raise Invalid("过户日期 {on} 还没到；请在过户当天或之后登记", on=on)
    contacts.phone(phone)                       # refused before anything changes
    with write_transaction():
        leaving = occupants.owners_now(unit.id)
        for occupant in leaving:
            if occupant.start_date and occupant.start_date > on:
                raise Refused("{name} 从 {since} 起才是业主，过户日期不能更早", name=occupant.person.name,
                              since=occupant.start_date)
            occupants.change_stay_dates(occupant.id, {"end_date": on})
            audit.record(actor.username, "person.end", "person", occupant.person_id,
                         after={"unit": unit.code, "end": on, "by": "owner change"})
        add_person(actor, unit, name, phone, role=OWNER, id_number=id_number, start=on)
    owed = [(c.period_start, c.amount_fen - c.paid_fen) for c in outstanding(unit.id)]
    return OwnerChange(unit.code, tuple(o.person.name for o in leaving), name.strip(), on,
                       sum(a for start, a in owed if start < on), sum(a for start, a in owed if start >= on))


def add_occupant(actor: Actor, code: str, name: str, phone: str, role: str, since: date) -> None:
    """An owner or a tenant (住户) moving in on a date."""
    actor.require("estate.edit")
    if role not in (OWNER, TENANT):
        raise Invalid("身份应为{owner}或{tenant}", owner=Word(OWNER), tenant=Word(TENANT))
    add_person(actor, find_unit(actor, code), name, phone, role=role, start=since)


def _there_now(unit, name: str):
    """The person of that name living in or owning the unit now (a name, as the counter says it)."""
    person = occupants.person_there_now(unit.id, name.strip())
    if person is None:
        raise NotFound("{unit} 现在没有登记 {name}", unit=unit.code, name=name)
    return person


def move_out(actor: Actor, code: str, name: str, on: date) -> None:
    """Someone there now leaves on a date: their row stays, with the date (an owner's transfer is
    change_owner)."""
    actor.require("estate.edit")
    unit = find_unit(actor, code)
    person = _there_now(unit, name)
    if on > clock.business_date(estate_of(actor).timezone):
        raise Invalid("迁出日期 {on} 还没到", on=on)
    end_occupancy(actor, unit, person, on)


def add_space(actor: Actor, code: str, space: str, plate: str = "") -> None:
    """A parking space (and its car's plate) given to the unit: billed from the next run."""
    actor.require("estate.edit")
    unit = find_unit(actor, code)
    add_parking(actor, estate_of(actor), space, unit, plate or None)


def end_unit(actor: Actor, code: str, reason: str) -> None:
    """停用: the unit is billed no more (merged with another, taken back); it stays, with its
    charges, receipts and people, and what it still owes can still be paid."""
    actor.require("estate.edit")
    unit = find_unit(actor, code)
    reason = text.clean(reason, "停用原因")
    if not reason:
        raise Invalid("停用房屋必须写明原因")
    if unit.occupancy == ENDED:
        raise Refused("{unit} 已经停用", unit=unit.code)
    with write_transaction():
        units.change_unit(unit.id, {"occupancy": (unit.occupancy, ENDED)})
        audit.record(actor.username, "unit.end", "unit", unit.id, before={"occupancy": unit.occupancy},
                     after={"occupancy": ENDED, "reason": reason})
        seals.seal_rows(actor.username, "unit", [unit.id], {"occupancy"})


def release_space(actor: Actor, code: str, space: str) -> None:
    """A unit gives a parking space back: the space is free, its plates go (the audit keeps them);
    it is billed no more from the next run."""
    actor.require("estate.edit")
    unit = find_unit(actor, code)
    found = units.space_by_code(unit.estate_id, space.strip().upper())
    if found is None or found.unit_id != unit.id:
        raise NotFound("{unit} 没有车位 {space}", unit=unit.code, space=space)
    with write_transaction():
        plates = units.free_space(found.id)
        audit.record(actor.username, "parking.release", "parking_space", found.id,
                     before={"unit": unit.code, "plates": plates}, after={"unit": None})


def update_person(actor: Actor, code: str, name: str, *, new_name: str | None = None,
                  phone: str | None = None, id_number: str | None = None, email: str | None = None) -> None:
    """A person there now, corrected: the name (and its pinyin initials for the search), the phone,
    the identity number or the email address bills are sent to. The trail says what changed, with
    numbers masked."""
    actor.require("estate.edit")
    unit = find_unit(actor, code)
    person = _there_now(unit, name)
    changes: dict = {}
    if new_name is not None:
        cleaned = text.clean(new_name, "姓名", text.NAME)
        if not cleaned:
            raise Invalid("请填写姓名")
        changes.update(name=cleaned, initials=pinyin_initials(cleaned))
    if phone is not None:
        digits = contacts.phone(phone)
        changes.update(phone=digits, phone_rev=digits[::-1])
    if id_number is not None:
        changes["id_number"] = contacts.id_number(id_number)
    if email is not None:
        changes["email"] = text.email(email)
    if not changes:
        return
    shown = {"name": lambda v: v, "phone": mask_phone, "id_number": mask_id_number, "email": lambda v: v}
    with write_transaction():
        occupants.change_person(person.id, changes)
        audit.record(actor.username, "person.update", "person", person.id,
                     before={k: f(getattr(person, k)) for k, f in shown.items() if k in changes},
                     after={**{k: f(changes[k]) for k, f in shown.items() if k in changes}, "unit": unit.code})

