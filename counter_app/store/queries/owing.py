"""What each unit owes on a day, kept (owing_unit, schema 22): the arrears list and the late payers
read a row per unit instead of adding up hundreds of thousands of open charges every time.

A kept row is used only when it is for the day asked, was worked with the same late-fee rules,
and no charge of its unit has changed since: the database's own triggers on the charge table add
an owing_touch row for every unit a statement writes (the program's statements and anyone
else's), in the writer's transaction. Every other unit is worked out from its charges again
(store.queries.charges.owing_by_unit, the one definition), so a report is exact whatever this
table holds; the check works each used row out again and names a unit that differs.

A report of today keeps what it worked out: in short transactions of at most KEEP_CHUNK units,
each taking the keepers' lock first, working its units out inside it and taking away only the
touches it saw (never the newest one, so an id is never given twice). Two keepers never
interleave; a counter never waits for a keeper on a server (it only adds touches), and on one PC
for one chunk at most."""
from __future__ import annotations

import hashlib
import re
from collections import namedtuple
from datetime import date
from itertools import repeat

from ...core.figures import Owing
from ...core.latefees import LateFeeRule
from ..convert import stored_date
from ..db import database, is_sqlite, read_snapshot, rows, write_transaction
from ..dialect import marks
from . import month_units, owed_months
from .kept_sql import statement_trigger
from ..failures import kind_of
from .charges import MONTHS_KEPT, UnitOwing, owing_by_unit
from .occupants import unit_codes

# by_item's layout: "items|fen of each" ("1,3|1200,90"), item ids ascending. Part of every row's
# rules_key, so a row of another layout is never read as this one (it is worked out again).
_LAYOUT = "items|fen;"

KEEP_CHUNK = 2000          # units worked out and kept per transaction (one PC: what a counter may wait for)
_LOCK = 7_220_022          # the keepers' advisory lock on a server

_FIGURES = 4               # a row _gather reads: the unit, no kept row, touched, its number, then _COLUMNS
_COLUMNS = ("overdue_fen, due_today_fen, not_due_fen, late_fee_fen, oldest_due, first_period, overdue_charges, "
            "by_item, overdue_months")
_OVERDUE = "overdue_fen, late_fee_fen, oldest_due, first_period, overdue_charges, by_item"   # what the list reads
_MONTHS = ("overdue_fen, due_today_fen, not_due_fen, late_fee_fen, oldest_due, overdue_charges, "   # the late
           "overdue_months")                                                                         # payers


def triggers(sqlite: bool) -> list[str]:
    """The statements that make the charge table note the units it changes in owing_touch."""
    if sqlite:
        # Row triggers (SQLite has no other kind), a touch per unit at most: on one PC a keeper reads,
        # works out and takes away its touches inside one write transaction, so no writer comes
        # between, and a unit already touched needs no second touch.
        def touch(row: str) -> str:
            return (f"INSERT INTO owing_touch (unit_id) SELECT {row}.unit_id WHERE NOT EXISTS "
                    f"(SELECT 1 FROM owing_touch WHERE unit_id = {row}.unit_id);")
        return [
            f"CREATE TRIGGER IF NOT EXISTS owing_touch_insert AFTER INSERT ON charge BEGIN {touch('NEW')} END",
            f"CREATE TRIGGER IF NOT EXISTS owing_touch_update AFTER UPDATE ON charge BEGIN {touch('NEW')} "
            f"{touch('OLD')} END",
            f"CREATE TRIGGER IF NOT EXISTS owing_touch_delete AFTER DELETE ON charge BEGIN {touch('OLD')} END"]
    # A server notes each unit once per statement (a billing run's hundred thousand charges: one insert).
    out = []
    for event, tables, source in (("INSERT", "NEW TABLE AS new_rows", "SELECT unit_id FROM new_rows"),
                                  ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows",
                                   "SELECT unit_id FROM new_rows UNION SELECT unit_id FROM old_rows"),
                                  ("DELETE", "OLD TABLE AS old_rows", "SELECT unit_id FROM old_rows")):
        out += statement_trigger(f"owing_touch_{event.lower()}", f"{event} ON charge", tables,
                                 f"INSERT INTO owing_touch (unit_id) SELECT DISTINCT unit_id FROM ({source}) x")
    return out


def touched_since() -> str:
    """One PC: the touches the insert trigger would have added for the charges of id above the
    statement's parameter (store/queries/kept_bulk.py): read by id, never through an index of the
    whole table."""
    return ("INSERT INTO owing_touch (unit_id) SELECT DISTINCT c.unit_id FROM charge c NOT INDEXED WHERE c.id > ? AND "
            "NOT EXISTS "
            "(SELECT 1 FROM owing_touch t WHERE t.unit_id = c.unit_id)")


def rules_key(rules: dict[int, LateFeeRule]) -> str:
    """The late-fee rules a row was worked with, as a short fingerprint (a changed rule: every row
    of the estate is worked out again)."""
    text = _LAYOUT + ";".join(f"{i}:{r.daily_ppm}:{r.grace_days}:{r.cap_percent}" for i, r in sorted(rules.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _scope(estate_id: int, building_id: int | None) -> tuple[str, list]:
    if building_id is None:
        return "u.estate_id = ?", [estate_id]
    return "u.estate_id = ? AND u.building_id = ?", [estate_id, building_id]


def _by_item_text(owed: dict[int, int]) -> str:
    items = sorted(owed)
    return f"{','.join(map(str, items))}|{','.join(str(owed[i]) for i in items)}" if items else ""


# Numbers as the program writes them: positive (an item owing nothing is left out), no leading zero,
# at most 18 digits (a fen of a 64-bit column; a longer one is not the program's, nor read by int()).
_NUMBER = "[1-9][0-9]{0,17}"
_NUMBERS = re.compile(f"{_NUMBER}(?:,{_NUMBER})*")


def _by_item(text: str, known) -> dict[int, int] | None:
    """The text as {item: fen}; None when it is not in the layout or names an item `known` does
    not hold (a row someone edited: it is worked out again, and the check names it)."""
    if not text:
        return {}
    items, _, fens = text.partition("|")
    if not (_known_items(items, known) and _NUMBERS.fullmatch(fens) and items.count(",") == fens.count(",")):
        return None
    return dict(zip(map(int, items.split(",")), map(int, fens.split(","))))


def _known_items(items: str, known) -> bool:
    """by_item's items part as the program writes it: ids of `known` items, ascending, each once."""
    if not _NUMBERS.fullmatch(items):
        return False
    ids = [int(i) for i in items.split(",")]
    return all(a < b for a, b in zip(ids, ids[1:])) and known.issuperset(ids)   # ascending, each once


def _kept_day(value) -> date:
    """A kept date as the program writes it (ISO text on one PC, a date on a server); ValueError
    for anything else (the file edited by hand: 20260721, "2026/07/21" are not read as dates)."""
    if isinstance(value, date):
        return value
    if type(value) is str and len(value) == 10 and value[4] == value[7] == "-":
        return date.fromisoformat(value)
    raise ValueError(f"not a kept date: {value!r}")


def _day(value, days: dict) -> date | None:
    if value not in days:                     # a few hundred distinct dates: each converted once
        days[value] = None if value is None else _kept_day(value)
    return days[value]


def _owing_of_row(as_of: date, r, days: dict) -> Owing:
    """The kept figures as Owing; ValueError for an oldest due date not before the day (what is
    overdue fell due before it: a later one is not the program's)."""
    oldest = _day(r[4], days)
    if oldest is not None and oldest >= as_of:
        raise ValueError(f"overdue since {oldest}, on {as_of}")
    return Owing(as_of, int(r[0]), int(r[1]), int(r[2]), int(r[3]), oldest)


def _from_row(unit_id: int, as_of: date, r, days: dict, known) -> UnitOwing | None:
    """The kept row as UnitOwing; None when it is not as the program writes it (a value of
    another type, a date that is not one, items not in the layout or not adding up)."""
    try:
        first, count, by_item, months = r[5:]
        owed = _by_item(by_item, known)
        figures = _owing_of_row(as_of, r, days)
        if (owed is None or sum(owed.values()) != figures.overdue_fen
                or not all(type(v) is int and v >= 0 for v in (*r[:4], count, months)) or months >> MONTHS_KEPT
                or months.bit_count() > count
                or (figures.oldest_due is None) != (not owed) or (count > 0) != (figures.overdue_fen > 0)):
            return None
        return UnitOwing(unit_id, figures, _day(first, days), count, owed, months)
    except (TypeError, ValueError, AttributeError):
        return None


def _again(as_of: date, rules, units: list[int], building_id: int | None, overdue_only: bool) -> list[UnitOwing]:
    """Units whose kept rows cannot be read, worked out from their charges (not kept)."""
    worked = _work_out(as_of, rules, units, building_id, whole=False).values()
    return [u for u in worked if (u.overdue_charges if overdue_only else u.owing.principal_fen)]


def owing_of_estate(estate_id: int, as_of: date, rules: dict[int, LateFeeRule], *,
                    building_id: int | None = None, overdue_only: bool = False, keep: bool = False) -> list[UnitOwing]:
    """owing_by_unit of the estate's units (or a building's), in unit order: kept rows where they
    hold, the rest worked out from the charges (and kept, with `keep`: a report of today outside
    any transaction)."""
    kept, worked = _gather(estate_id, as_of, rules, building_id, overdue_only, keep)
    days: dict = {}
    known = set(rules)
    out, unreadable = [], []
    for r in kept:
        u = _from_row(r[0], as_of, r[_FIGURES:], days, known)
        if u is None:
            unreadable.append(r[0])
        else:
            out.append(u)
    out += worked + _again(as_of, rules, unreadable, building_id, overdue_only)
    out.sort(key=lambda u: u.unit_id)
    return out


def months_of_estate(estate_id: int, as_of: date, rules: dict[int, LateFeeRule], *,
                     keep: bool = False) -> tuple[dict[int, int], dict[int, Owing]]:
    """({unit: overdue_months} of the estate's units owing, {unit: Owing}) read at once, the Owing
    made only when asked for (the late payers want a third of the units' figures, not all)."""
    kept, worked = _gather(estate_id, as_of, rules, None, False, keep, _MONTHS)
    # A month overdue is at least one charge overdue: more months than charges is not the program's.
    masks = {r[0]: r[-1] for r in kept if type(r[-1]) is int and type(r[-2]) is int
             and 0 <= r[-1] < 1 << MONTHS_KEPT and r[-1].bit_count() <= r[-2]}
    # A row edited by hand (its months not a number): worked out from its charges instead.
    worked += _again(as_of, rules, [r[0] for r in kept if r[0] not in masks], None, False)
    masks.update((u.unit_id, u.overdue_months) for u in worked)
    rows_of = {r[0]: r for r in kept}
    figures = {u.unit_id: u.owing for u in worked}
    days: dict = {}

    class _Figures(dict):
        def __missing__(self, unit):
            try:
                found = _owing_of_row(as_of, rows_of[unit][_FIGURES:], days) if unit in rows_of else Owing(as_of)
            except (TypeError, ValueError):      # edited by hand: that unit from its charges
                found = next((u.owing for u in _again(as_of, rules, [unit], None, False)), Owing(as_of))
            self[unit] = found
            return found
    return masks, _Figures(figures)


OverdueRow = namedtuple("OverdueRow", "unit_id code first_period oldest_due charges principal_fen late_fee_fen items")
OverdueRow.__doc__ = """charges.OverdueUnit with the unit's number and the items overdue as kept ("1,3")."""
_as_row = tuple.__new__     # why: fifteen thousand rows made without namedtuple's Python-level __new__


def overdue_of_estate(estate_id: int, as_of: date, rules: dict[int, LateFeeRule], *, building_id: int | None = None,
                      keep: bool = False) -> tuple[list[OverdueRow], dict[int, list[int]]]:
    """(charges.overdue_by_unit of the estate's units (or a building's) as OverdueRows, in no
    order (the list puts them in its own), from the kept rows where they hold; item -> [units,
    overdue principal] over them): read straight into the arrears list's rows, fifteen thousand of
    them. A kept row that is not as the program writes it (a value of another type, a date that is
    not one, items not in the layout or not adding up to its own principal: the file edited by
    hand) is worked out from its charges instead; the check names it."""
    kept, worked = _gather(estate_id, as_of, rules, building_id, True, keep, _OVERDUE)
    days = _days_in(kept, 6, 7)
    # The rows by their combination of items (an estate's few dozen), each combination's fens
    # checked and added up at once, in C, rather than unit by unit.
    combinations: dict[str, tuple[list, list[str], list[int]]] = {}   # items -> (rows, their fens, principals)
    unreadable = []
    for unit, _missing, _touched, code, overdue, late, oldest, first, count, by_item in kept:
        oldest_day, first_day = days.get(oldest), days.get(first)
        if not (type(overdue) is int and type(late) is int and type(count) is int and type(by_item) is str
                and late >= 0 and overdue > 0 and count > 0 and oldest_day and first_day and oldest_day < as_of):
            unreadable.append(unit)          # edited by hand: worked out from its charges instead
            continue
        items, _, fens = by_item.partition("|")
        combination = combinations.get(items)
        if combination is None:
            combination = combinations[items] = ([], [], [])
        combination[0].append(_as_row(OverdueRow, (unit, code, first_day, oldest_day, count, overdue, late, items)))
        combination[1].append(fens)
        combination[2].append(overdue)
    out: list[OverdueRow] = []
    totals: dict[int, list[int]] = {}
    known = set(rules)
    for items, (found, fens, principals) in combinations.items():
        columns = _item_columns(items, fens, principals, known)
        if columns is None:                  # some row of it is not the program's: found one by one
            found, columns = _rows_that_hold(items, found, fens, principals, known, unreadable)
        for item, column in columns:
            _add_to(totals, item, len(column), sum(column))
        out += found
    worked += _again(as_of, rules, unreadable, building_id, True)
    codes = unit_codes([u.unit_id for u in worked]) if worked else {}
    for u in worked:
        items = ",".join(map(str, sorted(u.overdue_by_item)))
        out.append(OverdueRow(u.unit_id, codes[u.unit_id], u.first_period, u.owing.oldest_due, u.overdue_charges,
                              u.owing.overdue_fen, u.owing.late_fee_fen, items))
        for item, fen in u.overdue_by_item.items():
            _add_to(totals, item, 1, fen)
    return out, totals


def _add_to(totals: dict[int, list[int]], item: int, units: int, fen: int) -> None:
    total = totals.setdefault(item, [0, 0])
    total[0] += units
    total[1] += fen


def _days_in(kept: list[tuple], *columns: int) -> dict:
    """value -> date of every value in the rows' date columns that is a kept date (a few hundred
    distinct values, each converted once); one that is not is left out."""
    days = {}
    for value in {row[c] for row in kept for c in columns}:
        try:
            days[value] = _kept_day(value)
        except (TypeError, ValueError):
            pass
    return days


def _item_columns(items: str, fens: list[str], principals: list[int], known) -> list[tuple[int, list[int]]] | None:
    """[(item, the rows' fen of it)] of rows owing `items`, with `fens` their fen of each in that
    order; None unless every row is in the layout (known items, each once; as many numbers as
    items) and adds up to its own principal."""
    if not _known_items(items, known):
        return None
    ids = list(map(int, items.split(",")))
    joined = ",".join(fens)
    width = len(ids)
    if not (_NUMBERS.fullmatch(joined) and list(map(str.count, fens, repeat(","))) == [width - 1] * len(fens)):
        return None
    values = list(map(int, joined.split(",")))
    columns = [values[at::width] for at in range(width)]
    if (columns[0] if width == 1 else list(map(sum, zip(*columns)))) != principals:
        return None
    return list(zip(ids, columns))


def _rows_that_hold(items: str, found: list, fens: list[str], principals: list[int], known,
                    unreadable: list[int]) -> tuple[list, list[tuple[int, list[int]]]]:
    """(the rows of `found` that hold, each checked alone; their _item_columns); the others' units
    are added to `unreadable`."""
    holding, owed_of_rows = [], []
    for row, text, principal in zip(found, fens, principals):
        owed = _by_item(f"{items}|{text}", known)
        if owed is None or sum(owed.values()) != principal:
            unreadable.append(row.unit_id)
        else:
            holding.append(row)
            owed_of_rows.append(owed)
    ids = list(owed_of_rows[0]) if owed_of_rows else []
    return holding, [(item, [owed[item] for owed in owed_of_rows]) for item in ids]


def _gather(estate_id: int, as_of: date, rules, building_id: int | None, overdue_only: bool,
            keep: bool, columns: str = _COLUMNS) -> tuple[list[tuple], list[UnitOwing]]:
    """(the kept rows that hold and owe, as read and in no order: the unit, two flags, its number,
    then `columns` from _FIGURES on; the other units worked out that owe)."""
    key = rules_key(rules)
    scope, params = _scope(estate_id, building_id)
    # A row is passed over only when it is exactly the program's "owes nothing" (or "nothing
    # overdue"): any other value, one edited by hand among them, is read and checked.
    nothing = ("o.overdue_charges = 0 AND o.overdue_fen = 0" if overdue_only else
               "o.overdue_fen = 0 AND o.due_today_fen = 0 AND o.not_due_fen = 0")
    owes = f"NOT coalesce({nothing}, FALSE)"
    touched = "EXISTS (SELECT 1 FROM owing_touch t WHERE t.unit_id = u.id)"
    # One statement, so one view of the database: the kept rows, the units without one for the day
    # and the touches are read together (another keeper or a payment committing between separate
    # reads would leave a unit out, or a changed one kept).
    found = rows(f"SELECT u.id, o.unit_id IS NULL, {touched}, u.code, "
                 f"{', '.join('o.' + c.strip() for c in columns.split(','))} FROM unit u LEFT JOIN owing_unit o "
                 f"ON o.unit_id = u.id AND o.fresh_on = ? AND o.rules_key = ? WHERE {scope} AND "
                 f"(o.unit_id IS NULL OR {owes} OR {touched})", (as_of.isoformat(), key, *params))
    kept = [r for r in found if not r[1] and not r[2]]
    stale = sorted(r[0] for r in found if r[1] or r[2])     # kept in unit order, chunk by chunk
    worked = None
    if keep and stale and database.obj.transaction_depth() == 0:
        try:
            worked = _keep(as_of, rules, key, stale)
        except Exception as exc:
            found_kind = kind_of(exc)
            if found_kind is None or found_kind.name not in ("read_only", "busy"):
                raise
            # A ledger that cannot be written now (a copy on read-only media, a writer holding it
            # past the wait): the figures are worked out and not kept; the report says the same.
    if worked is None:
        total = rows(f"SELECT count(*) FROM unit u WHERE {scope}", params)[0][0] if stale else 0
        worked = _work_out(as_of, rules, stale, building_id, whole=len(stale) * 4 > total)
    return kept, [u for u in worked.values() if (u.overdue_charges if overdue_only else u.owing.principal_fen)]


def _work_out(as_of: date, rules, units: list[int], building_id: int | None, *, whole: bool) -> dict[int, UnitOwing]:
    """The units' figures from their charges: for many of the scope's units (`whole`), one pass
    over the scope (in parts) costs less than naming them."""
    if not units:
        return {}
    wanted = set(units)
    if whole:
        found = owing_by_unit(as_of, rules, building_id=building_id)
    else:
        found = [u for n in range(0, len(units), 500) for u in owing_by_unit(as_of, rules, unit_ids=units[n:n + 500])]
    return {u.unit_id: u for u in found if u.unit_id in wanted}


def _keep(as_of: date, rules, key: str, units: list[int]) -> dict[int, UnitOwing]:
    """Work the units out and keep them, KEEP_CHUNK at a time, each chunk in a transaction of its
    own under the keepers' lock; what was worked out is returned."""
    worked: dict[int, UnitOwing] = {}
    for n in range(0, len(units), KEEP_CHUNK):
        chunk = units[n:n + KEEP_CHUNK]
        with write_transaction():
            if not is_sqlite():      # one PC's write transaction already keeps keepers apart
                rows("SELECT pg_advisory_xact_lock(?)", (_LOCK,))
                if n == 0:           # the server's rows of what is owed of each month and of its units, folded
                    owed_months.fold()
                    month_units.fold()
            seen = [touch for touch, in rows(f"SELECT id FROM owing_touch WHERE unit_id IN ({marks(chunk)})", chunk)]
            found = {u.unit_id: u for u in owing_by_unit(as_of, rules, unit_ids=chunk)}
            values = []
            for unit in chunk:
                u = found.get(unit)
                if u is None:
                    values.append((unit, as_of.isoformat(), key, 0, 0, 0, 0, None, None, 0, "", 0))
                else:
                    o = u.owing
                    values.append((unit, as_of.isoformat(), key, o.overdue_fen, o.due_today_fen, o.not_yet_due_fen,
                                   o.late_fee_fen, _iso(o.oldest_due), _iso(u.first_period), u.overdue_charges,
                                   _by_item_text(u.overdue_by_item), u.overdue_months))
            _upsert(values)
            for m in range(0, len(seen), 5000):   # only what was seen, never the newest (no id given twice)
                part = seen[m:m + 5000]
                rows(f"DELETE FROM owing_touch WHERE id IN ({marks(part)}) AND id < (SELECT max(id) FROM "
                     "owing_touch)", part)
            worked.update(found)
    return worked


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _upsert(values: list[tuple]) -> None:
    if not values:
        return
    columns = "unit_id, fresh_on, rules_key, " + _COLUMNS
    names = [c.strip() for c in columns.split(",")]
    updates = ", ".join(f"{c} = excluded.{c}" for c in names[1:])
    for n in range(0, len(values), 500):
        part = values[n:n + 500]
        row = "(" + ", ".join("?" * len(names)) + ")"
        rows(f"INSERT INTO owing_unit ({columns}) VALUES {', '.join([row] * len(part))} "
             f"ON CONFLICT (unit_id) DO UPDATE SET {updates}", [v for r in part for v in r])


def wrong(rules_of_estate, limit: int = 20) -> list[tuple[int, Owing | None, Owing]]:
    """(unit id, what the kept row says (None: not as the program writes it), what the charges
    say) of kept rows a report would use that differ from the charges in any figure (the items'
    and months' too): each (day, estate) the rows are kept for, worked out again."""
    with read_snapshot():        # counters paying meanwhile: the rows, touches and charges of one moment
        return _wrong(rules_of_estate, limit)


def _wrong(rules_of_estate, limit: int) -> list[tuple[int, Owing | None, Owing]]:
    touched = {unit for unit, in rows("SELECT DISTINCT unit_id FROM owing_touch")}
    groups: dict[tuple, list] = {}
    for r in rows(f"SELECT o.unit_id, u.estate_id, o.fresh_on, o.rules_key, {_COLUMNS} FROM owing_unit o "
                  "JOIN unit u ON u.id = o.unit_id ORDER BY o.unit_id"):
        if r[0] not in touched:
            groups.setdefault((r[1], stored_date(r[2]), r[3]), []).append(r)
    out = []
    for (estate_id, day, key), found in sorted(groups.items()):
        rules = rules_of_estate(estate_id)
        if rules_key(rules) != key:
            continue            # worked with other rules: never used, worked out again when read
        units = [r[0] for r in found]
        now = _work_out(day, rules, units, None, whole=False)
        known = set(rules)
        for r in found:
            kept = _from_row(r[0], day, r[4:], {}, known)
            live = now.get(r[0]) or UnitOwing(r[0], Owing(day), None, 0, {}, 0)
            if kept is None or _figures(kept) != _figures(live):
                out.append((r[0], None if kept is None else kept.owing, live.owing))
                if len(out) >= limit:
                    return out
    return out


def _figures(u: UnitOwing) -> tuple:
    o = u.owing
    return (o.overdue_fen, o.due_today_fen, o.not_yet_due_fen, o.late_fee_fen, o.oldest_due, u.first_period,
            u.overdue_charges, tuple(sorted(u.overdue_by_item.items())), u.overdue_months)


def forget_all() -> None:
    """Every kept row worked out again when next read (a ledger copied or written by other means)."""
    rows("DELETE FROM owing_unit")

