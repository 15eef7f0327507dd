"""Read-side queries of the counter: find a unit, what it owes, what it paid, who lives there."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ...core.figures import Owing
from ...core.permissions import mask_phone
from ...core.tenders import SETTLED_BY
from ...store.queries import charges as charge_queries, units as unit_queries
from ...store.queries.estate import estate_by_id
from ...store.queries.occupants import occupants_by_unit, spaces_and_plates
from ...store.queries.payments import methods_and_unpaid, unit_payments
from ...ledger.estate import estate_id_of, normalise_plate
from ...ledger import clock
from ...ledger.dues import DueLine, owed, owing_of_lines, owing_today
from ...ledger.context import Actor


@dataclass(frozen=True)
class UnitHit:
    unit_id: int
    code: str
    owners: str
    phone: str       # masked
    matched: str     # what matched: 房号 / 姓名 / 拼音 / 电话 / 车牌 / 收据
    owing: Owing     # what it owes today (core.figures): the list shows its 应缴合计

    @property
    def state(self) -> str:
        """paid (nothing owed), owing (not yet due) or overdue: what the list colours."""
        return self.owing.state

    @property
    def owed_fen(self) -> int:
        """应缴合计, what the list shows."""
        return self.owing.total_fen


def _hit(unit_id: int, code: str, matched: str, people: dict[int, list[tuple[str, str, str]]],
         owed: Owing) -> UnitHit:
    persons = people.get(unit_id, [])
    return UnitHit(unit_id, code, "、".join(name for _, name, _ in persons),
                   mask_phone(persons[0][2]) if persons else "", matched, owed)


def search_units(actor: Actor, text: str, limit: int = 30) -> list[UnitHit]:
    """One box for everything a cashier types or scans: unit number (3-2-501, 32501, 3-2),
    owner name or pinyin initials, last digits of a phone, a plate, or a receipt number."""
    actor.require("unit.view")
    q = (text or "").strip()
    if not q:
        return []
    estate_id = estate_id_of(actor)
    # Every way the text may be meant, each a lookup run with the others as one statement. Found
    # through a person, a plate or a receipt, a unit's estate is checked after: the search starts
    # from that index, not from every unit of the estate (store/queries/units.py).
    lookups: list[tuple[str, unit_queries.Lookup]] = []
    if re.fullmatch(r"[A-Za-z]{2}\d{4}-\d+", q):  # a scanned receipt number
        lookups.append(("收据", unit_queries.by_receipt(estate_id, q.upper())))
    if re.fullmatch(r"[\d\-]+", q):
        lookups.append(("房号", unit_queries.by_code(estate_id, q, limit)))
        digits = q.replace("-", "")
        if "-" not in q:
            lookups.append(("房号", unit_queries.by_code(estate_id, digits, limit, compact=True)))
            if len(digits) >= 4:
                lookups.append(("电话", unit_queries.by_phone_tail(estate_id, digits, limit)))
    else:
        if re.fullmatch(r"[A-Za-z]+", q):
            lookups.append(("拼音", unit_queries.by_initials(estate_id, q.lower(), limit)))
        lookups.append(("姓名", unit_queries.by_name(estate_id, q, limit)))
        plate = normalise_plate(q)
        if len(plate) >= 3:
            lookups.append(("车牌", unit_queries.by_plate(estate_id, plate, limit)))
    found: dict[int, str] = {}
    codes: dict[int, str] = {}          # the unit rows found carry their numbers: not read again
    for (label, _), units in zip(lookups, unit_queries.units_found([lookup for _, lookup in lookups])):
        for uid, code in units:
            if uid not in found and len(found) < limit:
                found[uid], codes[uid] = label, code
    if not found:
        return []
    # Each keystroke shows these rows: hand-written reads of the few units found and their people.
    people = occupants_by_unit(list(found))
    today, owed = owing_today(estate_id, list(found))
    return [_hit(uid, codes[uid], label, people, owed.get(uid, Owing(today))) for uid, label in found.items()]


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


def unit_summary(actor: Actor, unit: unit_queries.OpenedUnit) -> UnitSummary:
    """What the counter shows of a unit; phones masked for every role (full numbers are asked for,
    with a reason, in 房产资料: common/personal.py)."""
    actor.require("unit.view")
    full = False
    # Hand-written reads: a unit is opened for every owner at the window.
    people = tuple((role, name, phone if full else mask_phone(phone))
                   for role, name, phone in occupants_by_unit([unit.id]).get(unit.id, []))
    spaces, plates = spaces_and_plates(unit.id)
    return UnitSummary(unit.id, unit.code, unit.building_name, unit.area_centi, unit.unit_type, unit.occupancy,
                       people, spaces, plates, unit.prepaid_fen, unit.deposits_fen, unit.notes)


@dataclass(frozen=True)
class HistoryRow:
    number: str
    kind: str
    issued_at: str      # office local time
    paid_fen: int       # what the payer paid: the receipt's total after 抹零, as its 合计 prints it
    methods: str
    cashier: str
    status: str


def deposits_held(unit) -> int:
    """押金 held: deposits paid on valid receipts, less what was refunded of them, and those held
    from before the program (期初押金) not yet returned."""
    return charge_queries.deposits_held(unit if isinstance(unit, int) else unit.id)


def paid_history(unit, limit: int = 500, timezone: str | None = None) -> list[HistoryRow]:
    """The unit's receipts and deductions, newest first: the receipts, their tenders, the cashiers."""
    unit_id = unit if isinstance(unit, int) else unit.id
    payments = unit_payments(unit_id, limit)
    if not payments:
        return []
    tz = timezone or estate_by_id(payments[0][7]).timezone
    methods, rounded = methods_and_unpaid([p[0] for p in payments])
    return [HistoryRow(number, kind, clock.stored_text(created, tz), total - rounded.get(pid, 0),
                       "、".join(SETTLED_BY[m] for m in methods.get(pid, [])), cashier, status)
            for pid, number, kind, created, total, cashier, status, _ in payments]


@dataclass(frozen=True)
class UnitFile:
    """Everything the counter shows when a unit is opened, read in one call."""
    summary: UnitSummary
    due: tuple[DueLine, ...]
    history: tuple[HistoryRow, ...]
    as_of: date
    stamp: tuple = ()      # unit_stamp() when read: another counter's payment changes it

    @property
    def owing(self) -> Owing:
        """What the unit owes on the day it was read (core.figures), from the lines shown."""
        return owing_of_lines(self.due, self.as_of)


def open_unit(actor: Actor, unit_id: int, as_of: date | None = None) -> UnitFile:
    actor.require("unit.view")
    # The unit with its building and estate in one read (the time zone and the building's name).
    # Its stamp and deposits come with it (units.unit_opened: the same figures as unit_stamp's and
    # deposits_held's own reads).
    unit = unit_queries.unit_opened(unit_id)
    tz = unit.timezone
    as_of = as_of or clock.business_date(tz)
    return UnitFile(unit_summary(actor, unit), tuple(owed(actor, unit, as_of)), tuple(paid_history(unit, timezone=tz)),
                    as_of, unit.stamp)


def unit_stamp(actor: Actor, unit_id: int) -> tuple:
    """What changes whenever anyone (another counter on the server) pays, voids or refunds for the
    unit: compared before the counter acts on what it shows, so it never acts on a stale screen."""
    actor.require("unit.view")
    return charge_queries.unit_stamp(unit_id)
