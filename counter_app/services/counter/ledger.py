"""Read-side queries of the counter: find a unit, what it owes, what it paid, who lives there."""
from __future__ import annotations

import re
from collections import namedtuple
from dataclasses import dataclass
from datetime import date

from peewee import fn

from ...core.allocation import DueCharge, oldest_first
from ...core.latefees import late_fee, overdue_days
from ...core.permissions import mask_phone
from ...store.db import database, rows, sql_of
from ...store.models import (Building, Charge, Occupant, Payment, Person, Unit, Vehicle, deposit_charges, open_charges)
from ..common import clock
from ..common.context import Actor
from ..billing.standards import late_rule


def outstanding_query(unit: Unit | int):
    return (Charge.select(Charge.id, Charge.item, Charge.period_start, Charge.period_end, Charge.amount_fen,
                          Charge.paid_fen, Charge.due_date, Charge.basis, Charge.rounding)
            .where((Charge.unit == unit) & open_charges())
            .order_by(Charge.period_start, Charge.due_date, Charge.id))


OutstandingRow = namedtuple("OutstandingRow", "id item period_start period_end amount_fen paid_fen due_date basis "
                                             "rounding")


def outstanding_charges(unit: Unit | int) -> list[OutstandingRow]:
    """Unpaid or part-paid charges, oldest first, as light rows (no model objects: this is hot)."""
    sql = sql_of("outstanding", lambda: outstanding_query(0))
    unit_id = unit if isinstance(unit, int) else unit.id
    return [OutstandingRow(cid, item, clock.stored_date(start), clock.stored_date(end), amount, paid,
                           clock.stored_date(due), basis, rounding)
            for cid, item, start, end, amount, paid, due, basis, rounding in database.obj.execute_sql(sql, (unit_id,))]


ItemRow = namedtuple("ItemRow", "id code name late_ppm late_grace_days late_cap_percent")


def items_by_id() -> dict[int, ItemRow]:
    """Fee items as light rows keyed by id (a handful of rows, read per use: never stale)."""
    return {r[0]: ItemRow(*r) for r in rows("SELECT id, code, name, late_ppm, late_grace_days, late_cap_percent "
                                            "FROM fee_item")}


def due_charges_core(unit: Unit | int) -> list[DueCharge]:
    items = items_by_id()
    return oldest_first([DueCharge(c.id, c.period_start, c.due_date, c.amount_fen - c.paid_fen,
                                   late_rule(items[c.item]))
                         for c in outstanding_charges(unit)])


@dataclass(frozen=True)
class DueLine:
    charge_id: int
    item_code: str
    item_name: str
    period_start: date
    period_end: date
    basis: str
    amount_fen: int
    paid_fen: int
    outstanding_fen: int
    late_days: int
    late_fee_fen: int
    due_date: date
    rounding: str

    @property
    def status(self) -> str:
        if self.paid_fen == 0:
            return "逾期" if self.late_days > 0 else "未缴"
        return "部分已缴"


def owed(unit: Unit, as_of: date | None = None) -> list[DueLine]:
    """Charges due, oldest first, with the late fee each would carry if paid on `as_of`."""
    as_of = as_of or clock.business_date(unit.building.estate.timezone)
    out = []
    items = items_by_id()
    for c in outstanding_charges(unit):
        item = items[c.item]
        rule = late_rule(item)
        days = overdue_days(c.due_date, as_of, rule)
        outstanding = c.amount_fen - c.paid_fen
        out.append(DueLine(c.id, item.code, item.name, c.period_start, c.period_end, c.basis, c.amount_fen,
                           c.paid_fen, outstanding, days, late_fee(outstanding, days, rule), c.due_date,
                           c.rounding))
    return out


@dataclass(frozen=True)
class UnitHit:
    unit_id: int
    code: str
    owners: str
    phone: str       # masked
    matched: str     # what matched: 房号 / 姓名 / 拼音 / 电话 / 车牌 / 收据


def _hit(unit_id: int, code: str, matched: str, people: dict[int, list[tuple[str, str, str]]]) -> UnitHit:
    persons = people.get(unit_id, [])
    return UnitHit(unit_id, code, "、".join(name for _, name, _ in persons),
                   mask_phone(persons[0][2]) if persons else "", matched)


CURRENT = Occupant.end_date.is_null(True)   # people who still live or own there


def search_units(text: str, limit: int = 30) -> list[UnitHit]:
    """One box for everything a cashier types or scans: unit number (3-2-501, 32501, 3-2),
    owner name or pinyin initials, last digits of a phone, a plate, or a receipt number."""
    q = (text or "").strip()
    if not q:
        return []
    found: dict[int, str] = {}

    def add(units, label):
        for u in units:
            if u.id not in found and len(found) < limit:
                found[u.id] = label

    if re.fullmatch(r"[A-Za-z]{2}\d{4}-\d+", q):  # a scanned receipt number
        add(Unit.select().join(Payment).where(Payment.number == q.upper()), "收据")
    if re.fullmatch(r"[\d\-]+", q):
        add(Unit.select().where(Unit.code.startswith(q)).order_by(Unit.code).limit(limit), "房号")
        digits = q.replace("-", "")
        if "-" not in q:
            add(Unit.select().where(Unit.code_compact.startswith(digits)).order_by(Unit.code).limit(limit), "房号")
            if len(digits) >= 4:
                add(Unit.select().join(Occupant).join(Person)
                    .where(Person.phone_rev.startswith(digits[::-1]) & CURRENT).limit(limit), "电话")
    else:
        if re.fullmatch(r"[A-Za-z]+", q):
            add(Unit.select().join(Occupant).join(Person).where(Person.initials.startswith(q.lower()) & CURRENT)
                .limit(limit), "拼音")
        add(Unit.select().join(Occupant).join(Person).where(Person.name.startswith(q) & CURRENT).limit(limit), "姓名")
        plate = re.sub(r"[\s·.\-]", "", q).upper()
        if len(plate) >= 3:
            add(Unit.select().join(Vehicle).where(Vehicle.plate.contains(plate)).limit(limit), "车牌")
    if not found:
        return []
    # Each keystroke shows these rows: hand-written reads of the few units found and their people.
    marks = ", ".join("?" * len(found))
    codes = dict(rows(f"SELECT id, code FROM unit WHERE id IN ({marks})", list(found)))
    people = occupants_by_unit(list(found))
    return [_hit(uid, codes[uid], label, people) for uid, label in found.items()]


OWNER = "业主"


def occupants_by_unit(unit_ids: list[int] | None = None) -> dict[int, list[tuple[str, str, str]]]:
    """unit -> [(role, name, phone)] of the people there now, owners first (every unit's when
    unit_ids is None). The one read of who lives where: search, the unit view, the payer on a
    receipt and the arrears list all name people in this order."""
    sql = ("SELECT o.unit_id, o.role, p.name, p.phone FROM occupant o JOIN person p ON p.id = o.person_id "
           "WHERE o.end_date IS NULL")
    if unit_ids is not None:
        sql += f" AND o.unit_id IN ({', '.join('?' * len(unit_ids))})"
    out: dict[int, list[tuple[str, str, str]]] = {}
    for unit_id, role, name, phone in rows(sql + " ORDER BY CASE o.role WHEN ? THEN 0 ELSE 1 END, o.id",
                                           [*(unit_ids or ()), OWNER]):
        out.setdefault(unit_id, []).append((role, name, phone))
    return out


@dataclass(frozen=True)
class UnitSummary:
    unit_id: int
    code: str
    building: str
    area_centi: int
    unit_type: str
    occupancy: str
    people: tuple[tuple[str, str, str], ...]   # (role, name, phone as the actor may see it)
    spaces: tuple[str, ...]
    plates: tuple[str, ...]
    prepaid_fen: int
    deposits_fen: int
    notes: str


def unit_summary(actor: Actor, unit: Unit) -> UnitSummary:
    actor.require("unit.view")
    full = actor.may("personal.view_full")
    # Hand-written reads: a unit is opened for every owner at the window.
    people = tuple((role, name, phone if full else mask_phone(phone))
                   for role, name, phone in occupants_by_unit([unit.id]).get(unit.id, []))
    spaces = tuple(r[0] for r in rows("SELECT code FROM parking_space WHERE unit_id = ? ORDER BY id", (unit.id,)))
    plates = tuple(r[0] for r in rows("SELECT plate FROM vehicle WHERE unit_id = ? ORDER BY id", (unit.id,)))
    deposits = deposits_held(unit)
    return UnitSummary(unit.id, unit.code, unit.building.name, unit.area_centi, unit.unit_type, unit.occupancy,
                       people, spaces, plates, unit.prepaid_fen, deposits, unit.notes)


@dataclass(frozen=True)
class HistoryRow:
    number: str
    kind: str
    issued_at: str      # office local time
    total_fen: int
    methods: str
    cashier: str
    status: str


def deposits_held(unit: Unit | int) -> int:
    """押金 held: deposits paid on valid receipts, less what was refunded of them."""
    from ...store.models import PaymentLine, RefundLine
    deposits = [c.id for c in Charge.select(Charge.id).where((Charge.unit == unit) & deposit_charges())]
    if not deposits:    # most units: one look at the small deposit index
        return 0
    paid = (PaymentLine.select(fn.COALESCE(fn.SUM(PaymentLine.principal_fen), 0)).join(Payment)
            .where(PaymentLine.charge.in_(deposits) & (Payment.status == "valid")).scalar())
    refunded = (RefundLine.select(fn.COALESCE(fn.SUM(RefundLine.principal_fen), 0)).join(PaymentLine)
                .where(PaymentLine.charge.in_(deposits)).scalar())
    return int(paid) - int(refunded)


def paid_history(unit: Unit | int, limit: int = 500, timezone: str | None = None) -> list[HistoryRow]:
    """The unit's receipts and deductions, newest first, in three queries."""
    from ...core.tenders import METHODS
    from ...store.models import Estate
    unit_id = unit if isinstance(unit, int) else unit.id
    payments = rows("SELECT id, number, kind, created_at, total_fen, user_id, status, estate_id FROM payment "
                    "WHERE unit_id = ? ORDER BY created_at DESC LIMIT ?", (unit_id, limit))
    if not payments:
        return []
    tz = timezone or Estate.get_by_id(payments[0][7]).timezone
    methods: dict[int, list[str]] = {}
    marks = ", ".join("?" * len(payments))
    for pid, method in rows(f"SELECT payment_id, method FROM tender WHERE payment_id IN ({marks}) ORDER BY id",
                            [p[0] for p in payments]):
        methods.setdefault(pid, []).append(METHODS[method])
    from ..admin.users import display_names
    names = display_names()
    return [HistoryRow(number, kind, clock.stored_text(created, tz), total, "、".join(methods.get(pid, [])),
                       names.get(user, ""), status)
            for pid, number, kind, created, total, user, status, _ in payments]


def open_shift_of(user_id: int) -> int | None:
    found = rows("SELECT id FROM shift WHERE user_id = ? AND closed_at IS NULL ORDER BY id DESC LIMIT 1", (user_id,))
    return found[0][0] if found else None


@dataclass(frozen=True)
class UnitFile:
    """Everything the counter shows when a unit is opened, read in one call."""
    summary: UnitSummary
    due: tuple[DueLine, ...]
    history: tuple[HistoryRow, ...]
    as_of: date


def open_unit(actor: Actor, unit_id: int, as_of: date | None = None) -> UnitFile:
    actor.require("unit.view")
    from ...store.models import Estate
    # The unit with its building and estate in one read (the time zone and the building's name).
    unit = Unit.select(Unit, Building, Estate).join(Building).join(Estate).where(Unit.id == unit_id).get()
    tz = unit.building.estate.timezone
    as_of = as_of or clock.business_date(tz)
    return UnitFile(unit_summary(actor, unit), tuple(owed(unit, as_of)), tuple(paid_history(unit, timezone=tz)),
                    as_of)
