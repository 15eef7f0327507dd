"""A large synthetic estate for the benchmarks, written in bulk.

    python benchmarks/make_estate.py --units 20000 --years 5 --out big.sqlite3

The schema is the application's own (created through open_database); rows are written with
plain sqlite3 for speed, computed with the application's own formulas (core.fees, core.latefees)
and sealed with its own hashes, so `counter-app audit verify` passes on the result. What it
holds: 5 monthly fee items (property fee with two rate changes, parking per space, metered water
with tiers and monthly readings, shared electricity split by area per building, refuse
collection), years of charges, payments by owners who pay every month, quarter or half-year, some
in arrears for years, some partly paid, prepaid balances, and in the last month 2,000 receipts a
day; on the last day two cashiers' shifts are still open with 1,000 receipts each.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="make-estate-"))

from counter_app.core import fees  # noqa: E402
from counter_app.core.latefees import LateFeeRule, late_fee  # noqa: E402
from counter_app.core.periods import Month  # noqa: E402
from counter_app.services import audit, users  # noqa: E402
from counter_app.services.session import open_database  # noqa: E402
from counter_app.store import db as dbmod  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "玉兰", "志强", "海燕", "红梅", "晓东"]
AREAS = [8936, 10024, 11857, 13680, 14325, 9218]
RULE = LateFeeRule(300, 30, 100)
TZ_OFFSET = timedelta(hours=8)   # Asia/Shanghai, no summer time: local = UTC + 8


def utc(local: datetime) -> str:
    return (local - TZ_OFFSET).strftime("%Y-%m-%d %H:%M:%S")


class Writer:
    """Buffered executemany per table."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn, self.buffers, self.sql, self.counts = conn, defaultdict(list), {}, defaultdict(int)

    def table(self, name: str, columns: str) -> None:
        cols = [c.strip() for c in columns.split(",")]
        self.sql[name] = f'INSERT INTO "{name}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'

    def add(self, name: str, row: tuple) -> None:
        buf = self.buffers[name]
        buf.append(row)
        if len(buf) >= 50_000:
            self.flush(name)

    def flush(self, name: str | None = None) -> None:
        for n in [name] if name else list(self.buffers):
            if self.buffers[n]:
                self.conn.executemany(self.sql[n], self.buffers[n])
                self.counts[n] += len(self.buffers[n])
                self.buffers[n].clear()


def build(out: Path, units_wanted: int, years: int, seed: int = 7, today: date | None = None) -> dict:
    started = time.perf_counter()
    rng = random.Random(seed)
    today = today or date.today()
    last = Month.of(today)
    first = last.add(-(years * 12 - 1))
    if out.exists():
        out.unlink()
    open_database(out)
    dbmod.close()
    conn = sqlite3.connect(out)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("PRAGMA temp_store=MEMORY")
    indexes = [r for r in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL")]
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    w = Writer(conn)
    for name, cols in {
        "estate": "id, name, company, receipt_title, timezone, address, phone, receipt_format, deduction_format, "
                  "refund_format, waiver_limit_fen",
        "building": "id, estate_id, code, name",
        "unit": "id, building_id, entrance, floor, room, code, code_compact, area_centi, unit_type, occupancy, "
                "handover_date, prepaid_fen, notes",
        "person": "id, name, initials, phone, phone_rev, id_number",
        "occupant": "unit_id, person_id, role, start_date, end_date",
        "parking_space": "id, estate_id, code, unit_id",
        "vehicle": "unit_id, plate, space_id",
        "fee_item": "id, estate_id, code, name, initials, kind, cycle, applies_to, due_days, late_ppm, "
                    "late_grace_days, late_cap_percent, is_deposit, explanation, sort_order, active",
        "fee_standard": "id, item_id, effective_from, rate_e4, tiers, rounding_unit, rounding_scope, vacancy_percent, "
                        "basis, note, created_at",
        "meter": "id, unit_id, item_id, code, multiplier",
        "meter_reading": "id, meter_id, read_on, prev_centi, value_centi, is_replacement, created_at, created_by",
        "shared_cost": "id, item_id, month, building_id, total_fen, note",
        "user": "id, username, display_name, role, password_hash, active, failed_logins, locked_until",
        "charge": "id, unit_id, item_id, standard_id, period_start, period_end, months, amount_fen, paid_fen, due_date, "
                  "basis, rounding, origin, dedupe_key, reading_id, run_id, created_at, note, source_payment, "
                  "cancelled_at",
        "shift": "id, user_id, opened_at, float_fen, closed_at, business_date, counted_json, counted_fen, "
                 "expected_fen, difference_fen, note, z_number, report_json",
        "payment": "id, estate_id, series, year, seq, number, unit_id, payer, kind, lines_fen, late_fee_fen, "
                   "waived_fen, topup_fen, total_fen, cash_tendered_fen, change_fen, prepaid_after_fen, created_at, "
                   "business_date, user_id, shift_id, status, remarks, content_hash, training, voided_at, "
                   "voided_by_id, void_authoriser_id, void_reason",
        "payment_line": "payment_id, charge_id, principal_fen, late_fee_fen, waived_fen, late_days, waiver_reason",
        "tender": "payment_id, method, amount_fen, reference",
        "prepaid_movement": "unit_id, payment_id, amount_fen, balance_after_fen, kind, created_at",
        "document_counter": "estate_id, series, year, last_seq",
        "audit_log": "id, created_at, username, action, entity, entity_id, before, after, prev_hash, hash",
        "meta": "key, value",
    }.items():
        w.table(name, cols)

    # -- estate, users, items, standards ------------------------------------------------------
    w.add("estate", (1, "滨江壹号花园", "杭州滨江物业服务有限公司", "滨江壹号花园物业服务收款收据", "Asia/Shanghai",
                     "杭州市滨江区江南大道 1 号", "0571-8666 0000", "SJ{year}-{seq:06d}", "KK{year}-{seq:06d}",
                     "TK{year}-{seq:06d}", 5000))
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('demo', '1')")
    hashed = {u: users.hash_password(u) for u in ("admin", "manager", "cashier", "cashier2")}
    for uid, (username, name, role) in enumerate((("admin", "系统管理员", "admin"), ("manager", "李强", "manager"),
                                                  ("cashier", "王芳", "cashier"), ("cashier2", "赵敏", "cashier")), 1):
        w.add("user", (uid, username, name, role, hashed[username], 1, 0, None))
    cashier_ids = (3, 4)
    start = first.first_day()
    change1, change2 = first.add(18).first_day(), first.add(42).first_day()
    items = [(1, "WYF", "物业服务费", "wyfwf", "area"), (2, "TCF", "车位管理费", "cwglf", "per_space"),
             (3, "SF", "水费", "sf", "metered"), (4, "GTDF", "公摊电费", "gtdf", "shared"),
             (5, "LJF", "垃圾清运费", "ljqyf", "fixed"), (6, "ZXYJ", "装修押金", "zxyj", "one_off")]
    for iid, code, name, initials, kind in items:
        w.add("fee_item", (iid, 1, code, name, initials, kind, "monthly", "", 30, 300 if code == "WYF" else 0,
                           30, 100, 1 if code == "ZXYJ" else 0, f"{name}的说明", iid, 1))
    created = utc(datetime.combine(start, datetime.min.time()))
    tiers = json.dumps([[1800, 29000], [2500, 38500], [None, 67000]])
    standards = {  # item -> [(id, from, rate_e4, tiers)]
        1: [(1, start, 14000), (2, change1, 15000), (3, change2, 16000)], 2: [(4, start, 1500000)],
        3: [(5, start, 29000)], 4: [(6, start, 0)], 5: [(7, start, 100000)], 6: [(8, start, 200000000)]}
    core_std = {}
    for iid, rows in standards.items():
        kind = items[iid - 1][4]
        for sid, since, rate in rows:
            w.add("fee_standard", (sid, iid, since.isoformat(), rate, tiers if kind == "metered" else "", 1, "month",
                                   70 if kind == "area" else 100, f"价格文件 {sid} 号", "", created))
            core_std[sid] = fees.Standard(kind=kind, rate_e4=rate, effective_from=since, vacancy_percent=70
                                          if kind == "area" else 100, id=sid,
                                          tiers=tuple(fees.Tier(u, r) for u, r in json.loads(tiers))
                                          if kind == "metered" else ())

    std_cache: dict = {}

    def std_for(iid: int, day: date) -> int:
        key = (iid, day)
        if key not in std_cache:
            std_cache[key] = max((s for s in standards[iid] if s[1] <= day), key=lambda s: s[1])[0]
        return std_cache[key]

    # -- buildings, units, people, parking, meters ----------------------------------------------
    per_building = 500
    buildings = max(1, -(-units_wanted // per_building))
    unit_rows = []   # (id, building, area, vacant, spaces)
    uid = pid = space_id = 0
    for b in range(1, buildings + 1):
        w.add("building", (b, 1, str(b), f"{b}栋"))
        for n in range(per_building):
            if uid >= units_wanted:
                break
            uid += 1
            entrance, floor, room = n // 100 + 1, (n % 100) // 4 + 1, n % 4 + 1
            code = f"{b}-{entrance}-{floor}{room:02d}"
            area = AREAS[uid % len(AREAS)]
            vacant = rng.randrange(100) < 6
            w.add("unit", (uid, b, entrance, floor, f"{floor}{room:02d}", code, code.replace("-", ""), area, "住宅",
                           "空置" if vacant else "已入住", "2019-06-30", 0, ""))
            pid += 1
            s1, s2 = rng.randrange(len(SURNAMES)), rng.randrange(len(GIVEN))
            name = SURNAMES[s1] + GIVEN[s2]
            phone = "1" + rng.choice("3589") + f"{rng.randrange(10**9):09d}"
            w.add("person", (pid, name, _initials(name), phone, phone[::-1], ""))
            w.add("occupant", (uid, pid, "业主", None, None))
            spaces = 1 if rng.randrange(100) < 40 else 0
            if spaces:
                space_id += 1
                w.add("parking_space", (space_id, 1, f"P{space_id:05d}", uid))
                w.add("vehicle", (uid, f"浙A{rng.randrange(10**5):05d}", space_id))
            w.add("meter", (uid, uid, 3, f"SB-{code}", 1))
            unit_rows.append((uid, b, area, vacant, spaces))

    # -- charges, month by month ---------------------------------------------------------------
    months = [first.add(i) for i in range(years * 12)]
    charge_id = reading_id = shared_id = 0
    amount_cache: dict = {}
    meter_value = {u[0]: 10000 for u in unit_rows}
    charges_by_unit: dict[int, list] = defaultdict(list)   # uid -> [(charge id, month index, amount, item)]
    building_units: dict[int, list] = defaultdict(list)
    for u in unit_rows:
        building_units[u[1]].append(u)
    for mi, month in enumerate(months):
        m_start, m_end = month.first_day(), month.last_day()
        due = (m_start + timedelta(days=30)).isoformat()
        made = utc(datetime.combine(m_start, datetime.min.time()) + timedelta(hours=8))
        shared_amounts = {}
        for b, members in building_units.items():
            shared_id += 1
            total = len(members) * rng.randint(480, 780)
            w.add("shared_cost", (shared_id, 4, str(month), b, total, ""))
            # The same largest-remainder split the application bills with (core.fees.split_by_weight).
            areas = [m[2] for m in members]
            area_sum = fees.area_text(sum(areas))
            for member, share in zip(members, fees.split_by_weight(total, areas)):
                shared_amounts[member[0]] = (shared_id, share,
                                             f"{total // 100}.{total % 100:02d}元 × {fees.area_text(member[2])}/{area_sum}")
        ps, pe = m_start.isoformat(), m_end.isoformat()
        for uid, b, area, vacant, spaces in unit_rows:
            for iid in (1, 2, 3, 4, 5):
                if iid == 2 and not spaces:
                    continue
                sid = std_for(iid, m_start) if iid != 4 else 6
                reading = None
                if iid == 3:
                    usage = rng.choice((800, 1200, 1500, 1800, 2200, 2600, 3100))
                    key = ("m", sid, usage)
                    if key not in amount_cache:
                        amount_cache[key] = fees.compute_metered(core_std[sid], 0, usage)
                    comp = amount_cache[key]
                    reading_id += 1
                    prev = meter_value[uid]
                    meter_value[uid] = prev + usage
                    w.add("meter_reading", (reading_id, uid, (m_start - timedelta(days=2)).isoformat(), prev,
                                            prev + usage, 0, made, "cashier"))
                    reading = reading_id
                    basis = f"({fees.qty_text(prev + usage)}−{fees.qty_text(prev)})" + comp.basis[comp.basis.index(")") + 1:]
                    key_text = f"r:{reading_id}"
                    origin = "meter"
                elif iid == 4:
                    shared, share, basis = shared_amounts[uid]
                    comp = _Shared(share)
                    key_text, origin = f"s:{shared}:{uid}", "shared"
                else:
                    key = (sid, area, vacant, spaces)
                    if key not in amount_cache:
                        amount_cache[key] = fees.compute_periodic(
                            core_std[sid], fees.UnitFacts(area_centi=area, vacant=vacant, spaces=spaces), 1)
                    comp = amount_cache[key]
                    basis, key_text, origin = comp.basis, f"p:{uid}:{iid}:{ps}", "bill"
                charge_id += 1
                w.add("charge", (charge_id, uid, iid, sid, ps, pe, 1, comp.amount_fen, 0, due, basis, comp.rounding,
                                 origin, key_text, reading, None, made, "", None, None))
                charges_by_unit[uid].append([charge_id, mi, comp.amount_fen, iid, 0])
    w.flush()

    # -- payments -------------------------------------------------------------------------------
    state = {"payment": 0, "audit": 0, "prev_hash": audit.GENESIS, "seq": defaultdict(int)}
    paid_updates: list[tuple[int, int]] = []
    profiles = {u[0]: rng.choices(("monthly", "quarterly", "half", "arrears", "partial"), (25, 35, 20, 10, 10))[0]
                for u in unit_rows}
    stop_month = {u: rng.randrange(len(months) - 30, len(months) - 24) for u in profiles}
    history_end = len(months) - 1                      # the last month is the busy counter month
    for uid, b, area, vacant, spaces in unit_rows:
        profile = profiles[uid]
        step = {"monthly": 1, "quarterly": 3, "half": 6, "arrears": 3, "partial": 3}[profile]
        queue = charges_by_unit[uid]
        cursor = 0
        for mi in range(step - 1, history_end, step):
            if profile == "arrears" and mi >= stop_month[uid]:
                break
            day = months[mi].first_day() + timedelta(days=rng.randrange(5, 25))
            due_now = []
            while cursor < len(queue) and queue[cursor][1] <= mi:
                due_now.append(queue[cursor])
                cursor += 1
            if profile == "partial" and rng.randrange(4) == 0 and len(due_now) > 1:
                cursor -= 1                            # the newest charge stays part-paid
                part = due_now[-1]
                due_now[-1] = [part[0], part[1], part[2] // 2, part[3], part[2] // 2]
            if due_now:
                at = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randint(8, 16),
                                                                            minutes=rng.randrange(60))
                _payment(w, state, paid_updates, rng, uid, due_now, at, rng.choice(cashier_ids), None, months)
    # The last month: 2,000 receipts a day at the counter; the last day's shifts stay open.
    busy = months[-1]
    days = [d for d in range(1, busy.last_day().day + 1) if busy.first_day() + timedelta(days=d - 1) <= today]
    open_month = defaultdict(list)
    for uid, items_ in charges_by_unit.items():
        for c in items_:
            if c[1] == len(months) - 1:
                open_month[uid].append(c)
    pool = [u for u in open_month]
    rng.shuffle(pool)
    shift_ids = {}
    for d in days:
        day = busy.first_day() + timedelta(days=d - 1)
        last_day = d == days[-1]
        if last_day:
            for i, cashier in enumerate(cashier_ids, 1):
                shift_ids[cashier] = i
                w.add("shift", (i, cashier, utc(datetime.combine(day, datetime.min.time()) + timedelta(hours=8)),
                                50000, None, day.isoformat(), "", None, None, None, "", None, ""))
        for n in range(2000):
            uid = pool[(d * 2000 + n) % len(pool)]
            left = [c for c in open_month[uid] if c[4] == 0]
            if not left:
                continue
            take = left[: rng.randint(1, 2)]
            for c in take:
                c[4] = 1
            cashier = cashier_ids[n % 2]
            at = datetime.combine(day, datetime.min.time()) + timedelta(hours=8, seconds=n * 14)
            _payment(w, state, paid_updates, rng, uid, [[c[0], c[1], c[2], c[3], 0] for c in take], at, cashier,
                     shift_ids.get(cashier) if last_day else None, months)
    w.flush()
    for series_year, seq in state["seq"].items():
        w.add("document_counter", (1, series_year[0], series_year[1], seq))
    w.flush()
    conn.executemany("UPDATE charge SET paid_fen = paid_fen + ? WHERE id = ?", [(a, c) for c, a in paid_updates])
    prepaid_units = [u for u in profiles if rng.randrange(100) < 5]
    for u in prepaid_units:
        conn.execute("UPDATE unit SET prepaid_fen = ? WHERE id = ?", (rng.choice((30000, 50000, 80000)), u))
    conn.commit()
    for name, sql in indexes:
        conn.execute(sql)
    conn.execute("ANALYZE")
    conn.commit()
    conn.execute("PRAGMA locking_mode=NORMAL")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    elapsed = time.perf_counter() - started
    return {"file": str(out), "units": len(unit_rows), "months": len(months),
            "charges": w.counts["charge"], "payments": w.counts["payment"], "payment_lines": w.counts["payment_line"],
            "audit_rows": w.counts["audit_log"], "meter_readings": w.counts["meter_reading"],
            "size_mb": round(out.stat().st_size / 2**20), "seconds": round(elapsed, 1),
            "last_day": (busy.first_day() + timedelta(days=days[-1] - 1)).isoformat()}


class _Shared:
    """What a shared charge needs of a computation: its amount and rounding text."""
    rounding = "最大余额法分摊到分"

    def __init__(self, amount_fen: int):
        self.amount_fen = amount_fen


def _initials(name: str) -> str:
    from counter_app.services.estate import pinyin_initials
    if name not in _initials.cache:
        _initials.cache[name] = pinyin_initials(name)
    return _initials.cache[name]


_initials.cache = {}


def _payment(w: Writer, state, paid_updates, rng, uid, charges, at: datetime, user_id: int, shift_id, months) -> None:
    """One counter receipt paying `charges` ([id, month index, amount, item, _]) in full, with the
    property fee's late fee, in cash (with change), WeChat or Alipay."""
    state["payment"] += 1
    pid = state["payment"]
    year = at.year
    state["seq"][("SJ", year)] += 1
    seq = state["seq"][("SJ", year)]
    number = f"SJ{year}-{seq:06d}"
    lines, principal, late_total = [], 0, 0
    for cid, mi, amount, iid, _ in charges:
        days = 0
        if iid == 1:
            due = months[mi].first_day() + timedelta(days=30)
            days = max(0, (at.date() - due).days - RULE.grace_days)
        fee = late_fee(amount, days, RULE) if iid == 1 else 0
        lines.append((pid, cid, amount, fee, 0, days, ""))
        paid_updates.append((cid, amount))
        principal += amount
        late_total += fee
    total = principal + late_total
    method = rng.choices(("cash", "wechat", "alipay"), (40, 40, 20))[0]
    tendered = change = 0
    if method == "cash":
        tendered = -(-total // 10000) * 10000
        change = tendered - total
        tenders = [("cash", total, "")]
    else:
        tenders = [(method, total, f"{method[:2].upper()}{pid:012d}")]
    created = utc(at)
    for line in lines:
        w.add("payment_line", line)
    for t in tenders:
        w.add("tender", (pid,) + t)
    content = {"number": number, "unit": uid, "kind": "counter", "lines_fen": principal, "late_fee_fen": late_total,
               "waived_fen": 0, "topup_fen": 0, "total_fen": total, "cash_tendered_fen": tendered,
               "change_fen": change, "prepaid_after_fen": 0, "created_at": datetime.fromisoformat(created),
               "user": user_id, "lines": [[ln[1], ln[2], ln[3], 0] for ln in lines],
               "tenders": [list(t) for t in tenders]}
    digest = audit.payment_content_hash(content)
    w.add("payment", (pid, 1, "SJ", year, seq, number, uid, "", "counter", principal, late_total, 0, 0, total,
                      tendered, change, 0, created, at.date().isoformat(), user_id, shift_id, "valid", "", digest, 0,
                      None, None, None, ""))
    state["audit"] += 1
    username = {3: "cashier", 4: "cashier2"}[user_id]
    after = audit.canonical(dict(content, content_hash=digest))
    row_hash = audit.row_hash(state["prev_hash"], datetime.fromisoformat(created), username, "payment.counter",
                              "payment", number, "", after)
    w.add("audit_log", (state["audit"], created, username, "payment.counter", "payment", number, "", after,
                        state["prev_hash"], row_hash))
    state["prev_hash"] = row_hash


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
