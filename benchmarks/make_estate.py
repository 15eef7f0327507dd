"""A large synthetic estate for the benchmarks, written in bulk.

    python benchmarks/make_estate.py --units 20000 --years 5 --out big.sqlite3

The schema is the application's own (created through open_database); rows are written with
plain sqlite3 for speed, computed with the application's own formulas (core.fees, core.latefees)
and sealed with its own hashes, so `counter-app audit verify` passes on the result. What it
holds: 5 monthly fee items (property fee with two rate changes, parking per space, metered water
with tiers and monthly readings, shared electricity split by area per building, refuse
collection), years of charges, payments by owners who pay every month, quarter or half-year, some
in arrears for years, some paying part of a charge and the rest next time, prepaid balances, and
in the last month 2,000 receipts a day; on the last day two cashiers' shifts are still open.

How it is fast on two cores: everything random is drawn first (the schedule of who pays what
when, meter usage, shared totals), so a charge's id, amount and paid amount are arithmetic. Then
a forked process writes the payments, their lines, tenders and audit rows (with their indexes)
into a side file while this one writes the charges; the side tables are then copied into the
estate page by page (SQLite's transfer of a table with identical indexes).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import random
import sqlite3
import sys
import tempfile
import time
from array import array
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="make-estate-"))

from counter_app.core import fees, rounding  # noqa: E402
from counter_app.core.latefees import LateFeeRule, late_fee  # noqa: E402
from counter_app.core.money import format_yuan  # noqa: E402
from counter_app.core.periods import Month  # noqa: E402
from counter_app.ledger import passwords
from counter_app.ledger import audit, seals
from counter_app.services.common.session import open_database  # noqa: E402
from counter_app.store import db as dbmod, migrations  # noqa: E402
from counter_app.store.queries import late_months, month_units, owed_months  # noqa: E402
from counter_app.store.queries import billed  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "玉兰", "志强", "海燕", "红梅", "晓东"]
AREAS = [8936, 10024, 11857, 13680, 14325, 9218]
USAGES = (800, 1200, 1500, 1800, 2200, 2600, 3100)   # monthly water, 0.01 m³
RULE = LateFeeRule(300, 30, 100)
TZ_OFFSET = timedelta(hours=8)   # Asia/Shanghai, no summer time: local = UTC + 8
CASHIERS = {3: "cashier", 4: "cashier2"}
ESTATE_ID = 1   # the one estate the generator writes
PAYMENT_TABLES = ("payment", "payment_line", "tender", "audit_log", "document_counter")
WYF, TCF, SF, GTDF, LJF = 1, 2, 3, 4, 5
COLUMNS = {
    "estate": "id, name, company, receipt_title, timezone, address, phone, receipt_format, deduction_format, "
              "refund_format, waiver_limit_fen, cash_rounding, blind_count",
    "building": "id, estate_id, code, name",
    "unit": "id, estate_id, building_id, entrance, floor, room, code, code_compact, area_centi, unit_type, occupancy, "
            "handover_date, prepaid_fen, notes",
    "person": "id, name, initials, phone, phone_rev, id_number, email",
    "occupant": "unit_id, person_id, role, start_date, end_date",
    "parking_space": "id, estate_id, code, unit_id",
    "vehicle": "unit_id, plate, space_id",
    "fee_item": "id, estate_id, code, name, initials, kind, cycle, applies_to, due_days, late_ppm, "
                "late_grace_days, late_cap_percent, is_deposit, explanation, sort_order, active, tax_code, tax_rate_e4",
    "fee_standard": "id, item_id, effective_from, rate_e4, tiers, rounding_unit, rounding_scope, vacancy_percent, "
                    "basis, note, created_at",
    "meter": "id, estate_id, unit_id, item_id, code, multiplier",
    "meter_reading": "id, meter_id, read_on, prev_centi, value_centi, is_replacement, created_at, created_by",
    "shared_cost": "id, item_id, month, building_id, total_fen, note",
    "user": "id, username, display_name, role, password_hash, active, failed_logins, locked_until",
    "charge": "id, unit_id, item_id, standard_id, period_start, period_end, months, amount_fen, paid_fen, due_date, "
              "basis, rounding, origin, dedupe_key, reading_id, run_id, created_at, note, source_payment, "
              "cancelled_at",
    "shift": "id, estate_id, user_id, opened_at, float_fen, closed_at, business_date, counted_json, counted_fen, "
             "expected_fen, difference_fen, note, z_number, report_json",
    "payment": "id, estate_id, series, year, seq, number, unit_id, payer, kind, lines_fen, late_fee_fen, "
               "waived_fen, topup_fen, total_fen, cash_tendered_fen, change_fen, prepaid_after_fen, created_at, "
               "business_date, user_id, shift_id, status, remarks, content_hash, training, voided_at, "
               "voided_by_id, void_authoriser_id, void_reason",
    "payment_line": "payment_id, charge_id, principal_fen, late_fee_fen, waived_fen, late_days, waiver_reason",
    "tender": "payment_id, method, amount_fen, reference",
    "document_counter": "estate_id, series, year, last_seq",
    "audit_log": "id, created_at, username, action, entity, entity_id, before, after, prev_hash, hash",
}


def insert(conn: sqlite3.Connection, table: str, rows) -> int:
    cols = COLUMNS[table]
    cur = conn.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({", ".join("?" * (cols.count(",") + 1))})',
                           rows)
    return cur.rowcount


def utc_text(local: datetime) -> str:
    return str(local - TZ_OFFSET)


def bulk_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    for pragma in ("journal_mode=OFF", "synchronous=OFF", "cache_size=-400000", "locking_mode=EXCLUSIVE",
                   "temp_store=MEMORY"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


# -- the estate's fixed facts ----------------------------------------------------------------------
@dataclass
class UnitRow:
    id: int
    building: int
    area: int
    vacant: bool
    spaces: int
    items: tuple[int, ...] = ()


@dataclass
class Estate:
    """Everything drawn up front: both processes read it (the worker through fork)."""
    months: list[Month]
    units: list[UnitRow]
    buildings: dict[int, list[int]]                  # building -> unit indexes
    per_month: int = 0                               # charges a month
    offsets: list[int] = field(default_factory=list)  # unit index -> first charge of the unit in a month
    usage: bytearray = field(default_factory=bytearray)   # (month, unit index) -> index into USAGES
    shares: array = field(default_factory=lambda: array("q"))   # (month, unit index) -> shared electricity
    shared_totals: dict = field(default_factory=dict)   # (month index, building) -> (cost id, total)
    periodic: dict = field(default_factory=dict)        # (unit index, standard id) -> amount
    standards: dict = field(default_factory=dict)       # item -> [(id, from, core Standard)]
    metered: dict = field(default_factory=dict)         # usage -> Computation
    busy_taken: list[int] = field(default_factory=list)  # unit index -> charges paid in the last month
    _in_force: dict = field(default_factory=dict)

    def charge_id(self, mi: int, ui: int, k: int) -> int:
        return mi * self.per_month + self.offsets[ui] + k + 1

    def standard(self, item: int, mi: int):
        """(id, effective from, core Standard) in force in month mi."""
        key = (item, mi)
        if key not in self._in_force:
            day = self.months[mi].first_day()
            self._in_force[key] = max((s for s in self.standards[item] if s[1] <= day), key=lambda s: s[1])
        return self._in_force[key]

    def month_amounts(self, mi: int, ui: int) -> list[int]:
        """The unit's charges of month mi, in charge order, by the application's formulas."""
        out = []
        for item in self.units[ui].items:
            if item == SF:
                out.append(self.metered[USAGES[self.usage[mi * len(self.units) + ui]]].amount_fen)
            elif item == GTDF:
                out.append(self.shares[mi * len(self.units) + ui])
            else:
                sid, _, std = self.standard(item, mi)
                key = (ui, sid)              # a unit's facts never change: one computation each
                if key not in self.periodic:
                    unit = self.units[ui]
                    self.periodic[key] = fees.compute_periodic(
                        std, fees.UnitFacts(area_centi=unit.area, vacant=unit.vacant, spaces=unit.spaces), 1
                    ).amount_fen
                out.append(self.periodic[key])
        return out

    def due(self, mi: int) -> date:
        return self.months[mi].first_day() + timedelta(days=30)


# -- who pays what, when ---------------------------------------------------------------------------
@dataclass
class Event:
    """One counter receipt: every charge of months [first, last] of a unit (or only `items` of
    that month), plus the rest of a charge part-paid last time, less half of the newest one."""
    at: datetime
    ui: int
    first: int
    last: int
    carry: int = 0          # charge id whose remaining half is paid first (0: none)
    half: bool = False      # the last charge of `last` is paid half now, the rest next time
    items: tuple = ()       # busy-month receipts: just these charges (by position) of `last`
    shift: int | None = None
    user: int = 3


def schedule(est: Estate, rng: random.Random, today: date) -> tuple[list[Event], list[int], dict[int, int]]:
    """Payment events, each unit's last fully paid month, and charges left part-paid."""
    months = est.months
    events: list[Event] = []
    paid_through = [-1] * len(est.units)
    part_paid: dict[int, int] = {}
    history_end = len(months) - 1                      # the last month is the busy counter month
    for ui, unit in enumerate(est.units):
        profile = rng.choices(("monthly", "quarterly", "half", "arrears", "partial"), (25, 35, 20, 10, 10))[0]
        step = {"monthly": 1, "quarterly": 3, "half": 6, "arrears": 3, "partial": 3}[profile]
        stop = rng.randrange(len(months) - 30, len(months) - 24) if profile == "arrears" else len(months)
        first, carry = 0, 0
        for mi in range(step - 1, history_end, step):
            if mi >= stop:
                break
            day = months[mi].first_day() + timedelta(days=rng.randrange(5, 25))
            at = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randint(8, 16),
                                                                        minutes=rng.randrange(60))
            half = profile == "partial" and rng.randrange(4) == 0
            events.append(Event(at, ui, first, mi, carry, half, user=rng.choice((3, 4))))
            part_paid.pop(carry, None)                 # the rest of last time's half is paid now
            paid_through[ui] = mi
            carry = est.charge_id(mi, ui, len(unit.items) - 1) if half else 0
            if half:
                part_paid[carry] = est.month_amounts(mi, ui)[-1] // 2
            first = mi + 1
    # The last month: 2,000 receipts a day at the counter (fewer on a small estate, so that every
    # day has some); the last day's shifts stay open.
    busy = len(months) - 1
    days = [d for d in range(months[busy].last_day().day) if months[busy].first_day() + timedelta(days=d) <= today]
    per_day = max(1, min(2000, est.per_month * 2 // (3 * len(days))))
    pool = list(range(len(est.units)))
    rng.shuffle(pool)
    taken = [0] * len(est.units)                        # charges of the busy month paid so far
    for d in days:
        day = months[busy].first_day() + timedelta(days=d)
        last_day = d == days[-1]
        for n in range(per_day):
            ui = pool[(d * per_day + n) % len(pool)]
            left = len(est.units[ui].items) - taken[ui]
            if not left:
                continue
            count = min(left, rng.randint(1, 2))
            items = tuple(range(taken[ui], taken[ui] + count))
            taken[ui] += count
            user = (3, 4)[n % 2]
            at = datetime.combine(day, datetime.min.time()) + timedelta(hours=8, seconds=n * 14)
            events.append(Event(at, ui, busy, busy, items=items, user=user,
                                shift=(1 if user == 3 else 2) if last_day else None))
    est.busy_taken = taken
    events.sort(key=lambda e: (e.at, e.ui))
    return events, paid_through, part_paid


# -- the payments, in a forked process ---------------------------------------------------------------
def write_payments(est: Estate, events: list[Event], side: Path, schema: list[tuple[str, str]], seed: int) -> None:
    """Payment, line, tender, audit and counter rows, with their indexes, in the side file."""
    rng = random.Random(seed + 1)
    conn = bulk_connection(side)
    for kind, sql in schema:
        if kind == "table":
            conn.execute(sql)
    fee_cache: dict = {}
    prev_hash = audit.GENESIS
    seqs: dict[int, int] = {}
    payments, lines, tenders, audits = [], [], [], []
    due = [est.due(mi).toordinal() + RULE.grace_days for mi in range(len(est.months))]
    for pid, ev in enumerate(events, 1):
        unit = est.units[ev.ui]
        on = ev.at.toordinal()
        pay = []                                       # (charge id, principal, overdue days of a property fee)
        if ev.carry:
            amount = est.month_amounts(ev.first - 1, ev.ui)[-1]
            pay.append((ev.carry, amount - amount // 2, 0))
        for mi in range(ev.first, ev.last + 1):
            base = mi * est.per_month + est.offsets[ev.ui] + 1
            month = est.month_amounts(mi, ev.ui)
            for k in (ev.items or range(len(month))):
                pay.append((base + k, month[k], max(0, on - due[mi]) if unit.items[k] == WYF else 0))
        if ev.half:
            cid, amount, days = pay[-1]
            pay[-1] = (cid, amount // 2, days)
        year = ev.at.year
        seqs[year] = seq = seqs.get(year, 0) + 1
        number = f"SJ{year}-{seq:06d}"
        principal = late_total = 0
        line_json = []
        for cid, amount, days in pay:
            key = (amount, days)
            if key not in fee_cache:
                fee_cache[key] = late_fee(amount, days, RULE)
            fee = fee_cache[key]
            lines.append((pid, cid, amount, fee, 0, days, ""))
            line_json.append(f"[{cid},{amount},{fee},0]")
            principal += amount
            late_total += fee
        total = principal + late_total
        draw = rng.random()
        method = "cash" if draw < 0.4 else "wechat" if draw < 0.8 else "alipay"
        tendered = change = 0
        if method == "cash":
            tendered = -(-total // 10000) * 10000
            change = tendered - total
            tender = ("cash", total, "")
        else:
            tender = (method, total, f"{method[:2].upper()}{pid:012d}")
        tenders.append((pid,) + tender)
        created = ev.at - TZ_OFFSET
        created_text = str(created)
        content = _content_json(tendered, change, created_text, late_total, line_json, principal, number, tender,
                                total, unit.id, ev.user)
        digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
        after = content.replace(',"created_at":', f',"content_hash":"{digest}","created_at":', 1)
        if pid <= 20:   # the hand-built JSON must be exactly the program's canonical form
            _check_canonical(content, after, digest, tendered, change, created, late_total, pay, lines, principal,
                             number, tender, total, unit.id, ev.user)
        username = CASHIERS[ev.user]
        # audit.row_hash's canonical list, by hand (checked against it for the first receipts)
        row = (f'["{prev_hash}","{created.isoformat()}","{username}","payment.counter","payment","{number}","",'
               f'"{after.replace(chr(34), chr(92) + chr(34))}"]')
        if pid <= 20 and audit.row_hash(prev_hash, created, username, "payment.counter", "payment", number, "",
                                        after) != hashlib.sha256(row.encode("utf-8")).hexdigest():
            raise AssertionError(f"hand-built audit row JSON differs from audit.row_hash: {row}")
        row_hash = hashlib.sha256(row.encode("utf-8")).hexdigest()
        payments.append((pid, 1, "SJ", year, seq, number, unit.id, "", "counter", principal, late_total, 0, 0, total,
                         tendered, change, 0, created_text, ev.at.date().isoformat(), ev.user, ev.shift, "valid", "",
                         digest, 0, None, None, None, ""))
        audits.append((pid, created_text, username, "payment.counter", "payment", number, "", after, prev_hash,
                       row_hash))
        prev_hash = row_hash
        if len(lines) > 200_000:
            _flush(conn, payments, lines, tenders, audits)
    _flush(conn, payments, lines, tenders, audits)
    insert(conn, "document_counter", [(1, "SJ", year, seq) for year, seq in seqs.items()])
    for kind, sql in schema:
        if kind == "index":
            conn.execute(sql)
    conn.commit()
    conn.close()


def _content_json(tendered, change, created_text, late_total, line_json, principal, number, tender, total, unit_id,
                  user) -> str:
    """audit.canonical of the receipt content (sorted keys, no spaces), written out by hand: the
    generic encoder is most of the generator's time over half a million receipts."""
    method, amount, reference = tender
    return (f'{{"cash_tendered_fen":{tendered},"change_fen":{change},"created_at":"{created_text}",'
            f'"kind":"counter","late_fee_fen":{late_total},"lines":[{",".join(line_json)}],'
            f'"lines_fen":{principal},"number":"{number}","prepaid_after_fen":0,'
            f'"tenders":[["{method}",{amount},"{reference}"]],"topup_fen":0,"total_fen":{total},"unit":{unit_id},'
            f'"user":{user},"waived_fen":0}}')


def _check_canonical(content, after, digest, tendered, change, created, late_total, pay, lines, principal, number,
                     tender, total, unit_id, user) -> None:
    expected = {"number": number, "unit": unit_id, "kind": "counter", "lines_fen": principal,
                "late_fee_fen": late_total, "waived_fen": 0, "topup_fen": 0, "total_fen": total,
                "cash_tendered_fen": tendered, "change_fen": change, "prepaid_after_fen": 0, "created_at": created,
                "user": user, "lines": [[ln[1], ln[2], ln[3], 0] for ln in lines[-len(pay):]],
                "tenders": [list(tender)]}
    if audit.canonical(expected) != content or audit.canonical(dict(expected, content_hash=digest)) != after:
        raise AssertionError(f"hand-built receipt JSON differs from audit.canonical:\n{content}\n"
                             f"{audit.canonical(expected)}")


def _flush(conn, payments, lines, tenders, audits) -> None:
    for table, rows in (("payment", payments), ("payment_line", lines), ("tender", tenders), ("audit_log", audits)):
        insert(conn, table, rows)
        rows.clear()


# -- the whole estate ---------------------------------------------------------------------------------
def build(out: Path, units_wanted: int, years: int, seed: int = 7, today: date | None = None) -> dict:
    started = time.perf_counter()

    def progress(what: str) -> None:
        print(f"{time.perf_counter() - started:7.1f} s  {what}", file=sys.stderr, flush=True)
    rng = random.Random(seed)
    today = today or date.today()
    last = Month.of(today)
    months = [last.add(i - (years * 12 - 1)) for i in range(years * 12)]
    for path in (out, out.with_name(out.name + ".payments")):
        if path.exists():
            path.unlink()
    # The application's tables, and nothing recorded yet: the rows below are sealed at the end.
    migrations.migrate(dbmod.bind(dbmod.open_target(out)))
    dbmod.close()
    conn = bulk_connection(out)
    schema = list(conn.execute("SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN "
                               f"({','.join('?' * len(PAYMENT_TABLES))}) ORDER BY type DESC", PAYMENT_TABLES))
    indexes = [r for r in conn.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type='index' AND "
                                       "sql IS NOT NULL")]
    for name, table, _ in indexes:
        if table not in PAYMENT_TABLES:     # those keep theirs: the copy below needs them alike
            conn.execute(f'DROP INDEX "{name}"')
    # The triggers that keep the figures beside the ledger (schema 22) wait for the bulk rows too:
    # the figures are worked out once at the end, as the migration does.
    triggers = list(conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"))
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')

    est = _estate_rows(conn, rng, months, units_wanted)
    progress("units and people")
    _draw_amounts(est, rng)
    events, paid_through, part_paid = schedule(est, rng, today)
    progress("who pays what, when")
    side = out.with_name(out.name + ".payments")
    worker = multiprocessing.get_context("fork").Process(target=write_payments, args=(est, events, side, schema,
                                                                                      seed))
    worker.start()
    counts = _write_charges(conn, est, paid_through, part_paid)
    progress("charges written")
    _shifts(conn, months[-1], today)
    prepaid = [(rng.choice((30000, 50000, 80000)), u.id) for u in est.units if rng.randrange(100) < 5]
    conn.executemany("UPDATE unit SET prepaid_fen = ? WHERE id = ?", prepaid)
    # A balance is the sum of its movements (the check holds the ledger to it): an opening one each.
    conn.executemany("INSERT INTO prepaid_movement (unit_id, payment_id, amount_fen, balance_after_fen, kind, "
                     "created_at) VALUES (?, NULL, ?, ?, 'opening', ?)",
                     [(u, fen, fen, f"{months[0].first_day()} 00:00:00") for fen, u in prepaid])
    conn.commit()
    for name, table, sql in indexes:
        if table not in PAYMENT_TABLES:
            conn.execute(sql)
    conn.commit()
    progress("charge indexes built")
    worker.join()
    progress("payments written (side process)")
    if worker.exitcode != 0:
        raise SystemExit(f"the payment writer failed (exit code {worker.exitcode})")
    conn.execute("ATTACH DATABASE ? AS side", (str(side),))
    for table in PAYMENT_TABLES:
        counts[table] = conn.execute(f'INSERT INTO main."{table}" SELECT * FROM side."{table}"').rowcount
    # The chain's head, as the program keeps it (store.locks.audit_head): plain SHA-256 links, as a
    # ledger from before keys has; the seals at the end start the first keyed period.
    conn.execute("INSERT OR REPLACE INTO audit_head (id, row_count, last_hash, key_id, mac) SELECT 1, count(*), "
                 "coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), ?), '', '' FROM audit_log",
                 (audit.GENESIS,))
    conn.commit()
    conn.execute("DETACH DATABASE side")
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute(f"INSERT INTO late_month (unit_id, month, lines) {late_months.counted_sql(True)}")
    conn.execute(f"INSERT INTO owed_month (item_id, month, owed_fen) {owed_months.added_sql(True)}")
    conn.execute(f"INSERT INTO month_units (item_id, month, units, owing) {month_units.counted_sql(True)}")
    conn.commit()
    progress("figures kept beside the ledger added up")
    side.unlink()
    progress("payments copied in")
    # No ANALYZE: the program never runs it, so its queries must be planned well without statistics.
    conn.execute("PRAGMA locking_mode=NORMAL")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    # The users, the estate's settings and the shifts sealed as the program seals them.
    open_database(out)
    with dbmod.write_transaction():
        seals.seal_unsealed("generator")
        billed.rebuild()             # each month's billed total, as the program keeps it beside the charges
    dbmod.close()
    progress("state sealed, months added up")
    busy = months[-1].first_day()
    return {"file": str(out), "units": len(est.units), "months": len(months), "charges": counts["charge"],
            "payments": counts["payment"], "payment_lines": counts["payment_line"], "audit_rows": counts["audit_log"],
            "meter_readings": counts["meter_reading"], "size_mb": round(out.stat().st_size / 2**20),
            "seconds": round(time.perf_counter() - started, 1),
            "last_day": max(e.at for e in events if e.at.date() >= busy).date().isoformat()}


def _estate_rows(conn, rng, months: list[Month], units_wanted: int) -> Estate:
    """The estate, users, items, standards, buildings, units, people, parking and meters."""
    insert(conn, "estate", [(1, "滨江壹号花园", "杭州滨江物业服务有限公司", "滨江壹号花园物业服务收款收据",
                             "Asia/Shanghai", "杭州市滨江区江南大道 1 号", "0571-8666 0000", "SJ{year}-{seq:06d}",
                             "KK{year}-{seq:06d}", "TK{year}-{seq:06d}", 5000, rounding.OFF, 0)])
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')")
    insert(conn, "user", [(uid, username, name, role, passwords.hash_password(username), 1, 0, None)
                          for uid, (username, name, role) in enumerate(
                              (("admin", "系统管理员", "admin"), ("manager", "李强", "manager"),
                               ("cashier", "王芳", "cashier"), ("cashier2", "赵敏", "cashier")), 1)])
    start = months[0].first_day()
    change1, change2 = months[0].add(18).first_day(), months[0].add(42).first_day()
    items = [(WYF, "WYF", "物业服务费", "wyfwf", "area"), (TCF, "TCF", "车位管理费", "cwglf", "per_space"),
             (SF, "SF", "水费", "sf", "metered"), (GTDF, "GTDF", "公摊电费", "gtdf", "shared"),
             (LJF, "LJF", "垃圾清运费", "ljqyf", "fixed"), (6, "ZXYJ", "装修押金", "zxyj", "one_off")]
    # Invoice settings (税收分类编码, VAT × 10⁴) as an office enters them; a deposit is not invoiced.
    tax = {WYF: ("3040802010000000000", 600), TCF: ("3040502020200000000", 900), SF: ("1100301010000000000", 900),
           GTDF: ("1100101020000000000", 1300), LJF: ("3049900000000000000", 600), 6: ("", None)}
    insert(conn, "fee_item", [(iid, 1, code, name, initials, kind, "monthly", "", 30, 300 if code == "WYF" else 0,
                               30, 100, 1 if code == "ZXYJ" else 0, f"{name}的说明", iid, 1, *tax[iid])
                              for iid, code, name, initials, kind in items])
    created = utc_text(datetime.combine(start, datetime.min.time()))
    tiers = json.dumps([[1800, 29000], [2500, 38500], [None, 67000]])
    rates = {WYF: [(1, start, 14000), (2, change1, 15000), (3, change2, 16000)], TCF: [(4, start, 1500000)],
             SF: [(5, start, 29000)], GTDF: [(6, start, 0)], LJF: [(7, start, 100000)], 6: [(8, start, 200000000)]}
    standards, rows = {}, []
    for iid, entries in rates.items():
        kind = items[iid - 1][4]
        for sid, since, rate in entries:
            rows.append((sid, iid, since.isoformat(), rate, tiers if kind == "metered" else "", 1, "month",
                         70 if kind == "area" else 100, f"价格文件 {sid} 号", "", created))
            std = fees.Standard(kind=kind, rate_e4=rate, effective_from=since, id=sid,
                                vacancy_percent=70 if kind == "area" else 100,
                                tiers=tuple(fees.Tier(u, r) for u, r in json.loads(tiers)) if kind == "metered" else ())
            standards.setdefault(iid, []).append((sid, since, std))
    insert(conn, "fee_standard", rows)

    from counter_app.ledger.estate import pinyin_initials
    per_building = 500
    units: list[UnitRow] = []
    buildings: dict[int, list[int]] = {}
    rows = {t: [] for t in ("building", "unit", "person", "occupant", "parking_space", "vehicle", "meter")}
    initials: dict[str, str] = {}
    space_id = 0
    for b in range(1, max(1, -(-units_wanted // per_building)) + 1):
        rows["building"].append((b, 1, str(b), f"{b}栋"))
        for n in range(min(per_building, units_wanted - len(units))):
            uid = len(units) + 1
            entrance, floor, room = n // 100 + 1, (n % 100) // 4 + 1, n % 4 + 1
            code = f"{b}-{entrance}-{floor}{room:02d}"
            area = AREAS[uid % len(AREAS)]
            vacant = rng.randrange(100) < 6
            rows["unit"].append((uid, ESTATE_ID, b, entrance, floor, f"{floor}{room:02d}", code, code.replace("-", ""), area,
                                 "住宅", "空置" if vacant else "已入住", "2019-06-30", 0, ""))
            name = SURNAMES[rng.randrange(len(SURNAMES))] + GIVEN[rng.randrange(len(GIVEN))]
            if name not in initials:
                initials[name] = pinyin_initials(name)
            phone = "1" + rng.choice("3589") + f"{rng.randrange(10**9):09d}"
            rows["person"].append((uid, name, initials[name], phone, phone[::-1], "", ""))
            rows["occupant"].append((uid, uid, "业主", None, None))
            spaces = 1 if rng.randrange(100) < 40 else 0
            if spaces:
                space_id += 1
                rows["parking_space"].append((space_id, 1, f"P{space_id:05d}", uid))
                rows["vehicle"].append((uid, f"浙A{rng.randrange(10**5):05d}", space_id))
            rows["meter"].append((uid, ESTATE_ID, uid, SF, f"SB-{code}", 1))
            buildings.setdefault(b, []).append(len(units))
            units.append(UnitRow(uid, b, area, vacant, spaces,
                                 (WYF, TCF, SF, GTDF, LJF) if spaces else (WYF, SF, GTDF, LJF)))
    for table, table_rows in rows.items():
        insert(conn, table, table_rows)
    est = Estate(months, units, buildings, standards=standards)
    est.offsets, total = [], 0
    for unit in units:
        est.offsets.append(total)
        total += len(unit.items)
    est.per_month = total
    return est


def _draw_amounts(est: Estate, rng: random.Random) -> None:
    """Meter usage and shared totals for every month, split as the application splits them."""
    n = len(est.units)
    est.usage = bytearray(rng.choices(range(len(USAGES)), k=n * len(est.months)))
    _, _, water = est.standard(SF, 0)
    est.metered = {u: fees.compute_metered(water, 0, u) for u in USAGES}
    est.shares = array("q", bytes(8 * n * len(est.months)))
    cost_id = 0
    for mi in range(len(est.months)):
        for b, members in est.buildings.items():
            cost_id += 1
            total = len(members) * rng.randint(480, 780)
            est.shared_totals[(mi, b)] = (cost_id, total)
            for ui, share in zip(members, fees.split_by_weight(total, [est.units[i].area for i in members])):
                est.shares[mi * n + ui] = share


def _write_charges(conn, est: Estate, paid_through: list[int], part_paid: dict[int, int]) -> dict:
    """Every month's charges, meter readings and shared costs, with what has been paid of each.

    Python puts the few distinct values in small temporary tables (per unit, per month, per
    (month, unit) meter usage and shared share, per standard and unit facts); one INSERT ... SELECT
    then writes the five million rows, in id order, at SQLite's own speed."""
    n, busy = len(est.units), len(est.months) - 1
    conn.executescript("""
        CREATE TEMP TABLE m (mi INTEGER PRIMARY KEY, ps, pe, due, made, read_on, month, sid_wyf);
        CREATE TEMP TABLE u (ui INTEGER PRIMARY KEY, uid, building, area, spaces, first, facts, paid_through,
                             busy_taken);
        CREATE TEMP TABLE it (item INTEGER PRIMARY KEY, k_spaces, k_none, sid);
        CREATE TEMP TABLE x (mi INTEGER, ui INTEGER, prev INTEGER, usage INTEGER, share INTEGER,
                             PRIMARY KEY (mi, ui)) WITHOUT ROWID;
        CREATE TEMP TABLE w (usage INTEGER PRIMARY KEY, amount, suffix, rounding);
        CREATE TEMP TABLE sc (mi INTEGER, building INTEGER, cost_id, head, tail, PRIMARY KEY (mi, building))
            WITHOUT ROWID;
        CREATE TEMP TABLE at (area INTEGER PRIMARY KEY, text);
        CREATE TEMP TABLE p (sid INTEGER, facts INTEGER, amount, basis, rounding, PRIMARY KEY (sid, facts))
            WITHOUT ROWID;
        CREATE TEMP TABLE pp (cid INTEGER PRIMARY KEY, paid);
    """)
    rows = []
    for mi, month in enumerate(est.months):
        m_start = month.first_day()
        rows.append((mi, m_start.isoformat(), month.last_day().isoformat(), est.due(mi).isoformat(),
                     utc_text(datetime.combine(m_start, datetime.min.time()) + timedelta(hours=8)),
                     (m_start - timedelta(days=2)).isoformat(), str(month), est.standard(WYF, mi)[0]))
    conn.executemany("INSERT INTO m VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    facts_ids: dict = {}
    rows = []
    for ui, unit in enumerate(est.units):
        facts = facts_ids.setdefault((unit.area, unit.vacant, unit.spaces), len(facts_ids))
        rows.append((ui, unit.id, unit.building, unit.area, unit.spaces, est.offsets[ui], facts, paid_through[ui],
                     est.busy_taken[ui]))
    conn.executemany("INSERT INTO u VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO it VALUES (?, ?, ?, ?)", [(WYF, 0, 0, None), (TCF, 1, None, 4), (SF, 2, 1, 5),
                                                            (GTDF, 3, 2, 6), (LJF, 4, 3, 7)])
    rows = []
    for (area, vacant, spaces), facts in facts_ids.items():
        unit_facts = fees.UnitFacts(area_centi=area, vacant=vacant, spaces=spaces)
        for item, sids in ((WYF, (1, 2, 3)), (TCF, (4,) if spaces else ()), (LJF, (7,))):
            for sid in sids:
                std = next(st for i, _, st in est.standards[item] if i == sid)
                comp = fees.compute_periodic(std, unit_facts, 1)
                rows.append((sid, facts, comp.amount_fen, comp.basis, comp.rounding))
    conn.executemany("INSERT INTO p VALUES (?, ?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO w VALUES (?, ?, ?, ?)", [(u, c.amount_fen, c.basis[c.basis.index(")") + 1:],
                                                           c.rounding) for u, c in est.metered.items()])
    conn.executemany("INSERT INTO at VALUES (?, ?)", [(a, fees.area_text(a)) for a in AREAS])
    area_sums = {b: fees.area_text(sum(est.units[i].area for i in members)) for b, members in est.buildings.items()}
    costs = [(mi, b, cost_id, f"{format_yuan(total)}元 × ", f"/{area_sums[b]}")
             for (mi, b), (cost_id, total) in sorted(est.shared_totals.items())]
    conn.executemany("INSERT INTO sc VALUES (?, ?, ?, ?, ?)", costs)
    conn.executemany("INSERT INTO shared_cost (id, item_id, month, building_id, total_fen, note) "
                     "VALUES (?, ?, ?, ?, ?, '')",
                     [(cost_id, GTDF, str(est.months[mi]), b, total)
                      for (mi, b), (cost_id, total) in sorted(est.shared_totals.items())])
    conn.executemany("INSERT INTO pp VALUES (?, ?)", sorted(part_paid.items()))

    def usage_rows():
        meter = [10000] * n
        for mi in range(len(est.months)):
            base = mi * n
            for ui in range(n):
                usage = USAGES[est.usage[base + ui]]
                yield mi, ui, meter[ui], usage, est.shares[base + ui]
                meter[ui] += usage
    conn.executemany("INSERT INTO x VALUES (?, ?, ?, ?, ?)", usage_rows())

    reading = f"m.mi * {n} + u.ui + 1"
    k = "CASE WHEN u.spaces > 0 THEN it.k_spaces ELSE it.k_none END"
    amount = "CASE it.item WHEN 3 THEN w.amount WHEN 4 THEN x.share ELSE p.amount END"
    cid = f"m.mi * {est.per_month} + u.first + {k} + 1"
    charges = conn.execute(f"""
        INSERT INTO charge (id, unit_id, item_id, standard_id, period_start, period_end, months, amount_fen,
                            paid_fen, due_date, basis, rounding, origin, dedupe_key, reading_id, created_at, note)
        SELECT {cid}, u.uid, it.item, coalesce(it.sid, m.sid_wyf), m.ps, m.pe, 1, {amount},
               CASE WHEN pp.paid IS NOT NULL THEN pp.paid
                    WHEN m.mi <= u.paid_through OR (m.mi = {busy} AND {k} < u.busy_taken) THEN {amount}
                    ELSE 0 END,
               m.due,
               CASE it.item WHEN 3 THEN printf('(%d.%02d−%d.%02d)', (x.prev + x.usage) / 100,
                                               (x.prev + x.usage) % 100, x.prev / 100, x.prev % 100) || w.suffix
                            WHEN 4 THEN sc.head || at.text || sc.tail ELSE p.basis END,
               CASE it.item WHEN 3 THEN w.rounding WHEN 4 THEN '{fees.SHARED_ROUNDING}' ELSE p.rounding END,
               CASE it.item WHEN 3 THEN 'meter' WHEN 4 THEN 'shared' ELSE 'bill' END,
               CASE it.item WHEN 3 THEN 'r:' || ({reading}) WHEN 4 THEN 's:' || sc.cost_id || ':' || u.uid
                            ELSE 'p:' || u.uid || ':' || it.item || ':' || m.ps END,
               CASE it.item WHEN 3 THEN {reading} END, m.made, ''
        FROM m CROSS JOIN u CROSS JOIN it
             LEFT JOIN x ON x.mi = m.mi AND x.ui = u.ui
             LEFT JOIN w ON w.usage = x.usage
             LEFT JOIN sc ON sc.mi = m.mi AND sc.building = u.building
             LEFT JOIN at ON at.area = u.area
             LEFT JOIN p ON p.sid = coalesce(it.sid, m.sid_wyf) AND p.facts = u.facts
             LEFT JOIN pp ON pp.cid = {cid}
        WHERE it.item != {TCF} OR u.spaces > 0""").rowcount
    readings = conn.execute(f"""
        INSERT INTO meter_reading (id, meter_id, read_on, prev_centi, value_centi, is_replacement, created_at,
                                   created_by)
        SELECT {reading}, u.uid, m.read_on, x.prev, x.prev + x.usage, 0, m.made, 'cashier'
        FROM m CROSS JOIN u JOIN x ON x.mi = m.mi AND x.ui = u.ui""").rowcount
    conn.executescript("DROP TABLE m; DROP TABLE u; DROP TABLE it; DROP TABLE x; DROP TABLE w; DROP TABLE sc; "
                       "DROP TABLE at; DROP TABLE p; DROP TABLE pp;")
    return {"charge": charges, "meter_reading": readings}


def _shifts(conn, busy: Month, today: date) -> None:
    """The two cashiers' shifts of the last day, still open."""
    day = min(today, busy.last_day())
    opened = utc_text(datetime.combine(day, datetime.min.time()) + timedelta(hours=8))
    insert(conn, "shift", [(i, ESTATE_ID, cashier, opened, 50000, None, day.isoformat(), "", None, None, None, "", None, "")
                           for i, cashier in enumerate(CASHIERS, 1)])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=20000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    summary = build(Path(args.out), args.units, args.years, args.seed)
    print(json.dumps(summary, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
