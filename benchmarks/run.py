"""The benchmark runner: each counter action through the application, beside the same reads and
writes in hand-written SQL on the same database (the floor nothing built on it can beat).

    python benchmarks/run.py --estate big.sqlite3 [--reps 30] [--json results.json]
                             [--engine sqlite|postgresql|both] [--load 3]

On PostgreSQL the estate is first copied onto a server the runner starts for itself (durable, as an
office's), and the payment is measured while `--load` other counters keep paying at once.

The estate comes from benchmarks/make_estate.py; the runner changes it (payments, a billing run)
so use a copy you can throw away. Figures are printed as a table and written as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, time as dtime
from zoneinfo import ZoneInfo
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="bench-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = {"counter": 100.0, "closeout": 300.0, "billing": 10_000.0, "startup": 1_500.0, "report": 3_000.0,
             "second": 1_000.0,      # what a manager waits for on a screen: the dashboard, a rate-change preview
             "four": 200.0,          # a payment while four counters pay at once: none over it (DESIGN.md)
             "long": 60_000.0}       # long work with a progress bar: an import, a backup, the demo
SLOWER = 1.2                         # --compare flags a median or p95 this much slower than before
COUNTERS_PAYMENTS = 1000             # the four-counter figure is taken over at least this many payments


STABLE_WITHIN = 0.03      # a median that moves less than this when more runs are added is stable
MAX_ROUNDS = 4            # at most this many times the asked repetitions


def timed(fn, reps: int, warmup: int = 2) -> list[float]:
    """reps timings of fn; with 5 or more asked, more are taken (half as many again each round, up
    to MAX_ROUNDS × reps) until one round moves the median by less than STABLE_WITHIN."""
    for _ in range(warmup):
        fn()
    out: list[float] = []

    def run(n: int) -> None:
        for _ in range(n):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    run(reps)
    while reps >= 5 and len(out) < MAX_ROUNDS * reps:
        before = statistics.median(out)
        run(max(1, reps // 2))
        if abs(statistics.median(out) - before) <= STABLE_WITHIN * before:
            break
    return out


def side_by_side(cases, app, floor) -> tuple[list[float], list[float]]:
    """Each case timed once through the application and once through the floor, which goes first
    taking turns: whichever reads a unit first finds it cold and leaves it warm for the other, so
    neither side is always the one that pays for it."""
    app_times: list[float] = []
    floor_times: list[float] = []
    seen: dict = {}
    for n, case in enumerate(cases):
        seen[case] = seen.get(case, -1) + 1     # a case met again starts from the other side
        pair = [(app_times, app), (floor_times, floor)]
        for out, fn in (pair if (n + seen[case]) % 2 == 0 else pair[::-1]):
            out += timed(lambda: fn(case), 1, 0)
    return app_times, floor_times


def spread(values: list[float]) -> tuple[float, float]:
    """(5th, 95th) percentile: how far the runs of one figure lie apart."""
    ordered = sorted(values)
    return ordered[int(len(ordered) * 0.05)], p95(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(len(ordered) * 0.95)) - 1)]


class Raw:
    """The floor's own connection, on the engine the application uses: "?" placeholders and
    portable SQL; BEGIN IMMEDIATE is SQLite's way to take the write lock up front."""

    def __init__(self, target):
        self.server = str(target).startswith("postgresql://")
        if self.server:
            import psycopg
            from counter_app.store.server import JIT
            self.conn = psycopg.connect(str(target), autocommit=True, options=f"-c {JIT}")  # as the app's
        else:
            from counter_app.store.db import SQLITE_PRAGMAS
            self.conn = sqlite3.connect(target, isolation_level=None)
            for name, value in SQLITE_PRAGMAS:   # the floor gets the same cache and durability
                self.conn.execute(f"PRAGMA {name}={value}")

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s").replace("BEGIN IMMEDIATE", "BEGIN") if self.server else sql

    def execute(self, sql: str, params=()):
        return self.conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows):
        cursor = self.conn.cursor()
        cursor.executemany(self._sql(sql), list(rows))
        return cursor


class Bench:
    def __init__(self, estate, reps: int, load: int = 0, counter_payments: int = COUNTERS_PAYMENTS,
                 import_units: int = 20_000, small_demo: bool = False):
        from counter_app.ledger import signin
        from counter_app.services.common.session import open_database
        self.path, self.reps, self.load, self.counter_payments = estate, reps, load, counter_payments
        self.import_units, self.small_demo = import_units, small_demo
        open_database(estate)
        self.cashier = signin.authenticate("cashier", "cashier")
        self.manager = signin.authenticate("manager", "manager")
        self.raw = Raw(estate)
        self.estate_id = self.raw.execute("SELECT min(id) FROM estate").fetchone()[0]   # unit numbers are per estate
        self.rows: list[dict] = []
        self.rng = random.Random(11)

    def record(self, name: str, app: list[float], floor: list[float] | None, budget: str, note: str = "",
               compared: list[float] | None = None) -> None:
        """compared: the part of the work the floor also does, when the operation does more (a
        payment's receipt PDF is not a read or a write); the ratio is then of that part."""
        low, high = spread(app)
        row = {"operation": name, "median_ms": round(statistics.median(app), 2), "p95_ms": round(p95(app), 2),
               "max_ms": round(max(app), 2), "spread_ms": [round(low, 2), round(high, 2)],
               "floor_ms": round(statistics.median(floor), 2) if floor else None, "runs": len(app), "note": note,
               "budget_ms": BUDGET_MS[budget]}
        like = statistics.median(compared) if compared else row["median_ms"]
        row["ratio"] = round(like / row["floor_ms"], 1) if floor and row["floor_ms"] else None
        # The slow end too: the p95 against the floor's own p95 (both under the same load).
        row["floor_p95_ms"] = round(p95(floor), 2) if floor else None
        like_p95 = p95(compared) if compared else row["p95_ms"]
        row["p95_ratio"] = round(like_p95 / row["floor_p95_ms"], 1) if floor and row["floor_p95_ms"] else None
        self.rows.append(row)
        print(f"  {name}: median {row['median_ms']} ms, p95 {row['p95_ms']} ms (runs {low:.2f}–{high:.2f} ms, "
              f"{len(app)} of them), floor {row['floor_ms']} ms",
              flush=True)

    # -- search as you type ---------------------------------------------------------------------
    def search(self) -> None:
        from counter_app.services.counter import ledger
        name, phone, plate, code = self.raw.execute(
            "SELECT p.name, p.phone, v.plate, u.code FROM person p JOIN occupant o ON o.person_id = p.id "
            "JOIN unit u ON u.id = o.unit_id JOIN vehicle v ON v.unit_id = u.id ORDER BY u.id LIMIT 1 OFFSET "
            "(SELECT count(*) / 2 FROM vehicle)").fetchone()
        typed = ([code[:i] for i in range(1, len(code) + 1)] + [name[:i] for i in range(1, len(name) + 1)]
                 + [phone[-i:] for i in range(1, 5)] + [plate[:i] for i in range(3, len(plate) + 1)])
        for label, keys in (("unit number", typed[:len(code)]),
                            ("owner name", typed[len(code):len(code) + len(name)]),
                            ("phone digits", [phone[-4:][:i] for i in range(1, 5)]),
                            ("plate", [plate[:i] for i in range(3, len(plate) + 1)])):
            app, floor = side_by_side(keys * max(1, self.reps // len(keys)),
                                      lambda t: ledger.search_units(self.cashier, t), self._search_floor)
            self.record(f"search per keystroke: {label}", app, floor, "counter")

    def _search_floor(self, text: str) -> None:
        c = self.raw
        if text.replace("-", "").isdigit():
            ids = [r[0] for r in c.execute("SELECT id FROM unit WHERE code LIKE ? LIMIT 30", (text + "%",))]
            ids += [r[0] for r in c.execute("SELECT id FROM unit WHERE code_compact LIKE ? LIMIT 30",
                                            (text.replace("-", "") + "%",))]
            if len(text) >= 4:
                ids += [r[0] for r in c.execute("SELECT o.unit_id FROM person p JOIN occupant o ON o.person_id = p.id "
                                                "WHERE p.phone_rev LIKE ? LIMIT 30", (text[::-1] + "%",))]
        else:
            ids = [r[0] for r in c.execute("SELECT o.unit_id FROM person p JOIN occupant o ON o.person_id = p.id "
                                           "WHERE p.name LIKE ? LIMIT 30", (text + "%",))]
            ids += [r[0] for r in c.execute("SELECT unit_id FROM vehicle WHERE plate LIKE ? LIMIT 30",
                                            ("%" + text + "%",))]
        if ids:
            marks = ",".join("?" * len(ids))
            c.execute(f"SELECT u.code, p.name, p.phone FROM unit u JOIN occupant o ON o.unit_id = u.id "
                      f"JOIN person p ON p.id = o.person_id WHERE u.id IN ({marks})", ids).fetchall()

    # -- opening a unit -------------------------------------------------------------------------
    def open_unit(self) -> None:
        from counter_app.services.counter import ledger
        units = [r[0] for r in self.raw.execute("SELECT id FROM unit ORDER BY random() LIMIT ?", (self.reps,))]
        app, floor = side_by_side(units, lambda u: ledger.open_unit(self.cashier, u), self._open_floor)
        history = self.raw.execute("SELECT count(*) FROM payment WHERE unit_id = ?", (units[0],)).fetchone()[0]
        self.record("open a unit (charges due with late fees, paid history)", app, floor, "counter",
                    f"e.g. {history} receipts of history")

    def _open_floor(self, unit_id: int) -> None:
        c = self.raw
        c.execute("SELECT u.*, b.name FROM unit u JOIN building b ON b.id = u.building_id WHERE u.id = ?",
                  (unit_id,)).fetchone()
        c.execute("SELECT ch.id, ch.period_start, ch.period_end, ch.amount_fen, ch.paid_fen, ch.due_date, ch.basis, "
                  "f.name, f.late_ppm FROM charge ch JOIN fee_item f ON f.id = ch.item_id WHERE ch.unit_id = ? AND "
                  "ch.paid_fen < ch.amount_fen AND ch.cancelled_at IS NULL ORDER BY ch.period_start",
                  (unit_id,)).fetchall()
        pays = c.execute("SELECT id, number, created_at, total_fen FROM payment WHERE unit_id = ? "
                         "ORDER BY created_at DESC LIMIT 500", (unit_id,)).fetchall()
        if pays:
            marks = ",".join("?" * len(pays))
            c.execute(f"SELECT payment_id, method FROM tender WHERE payment_id IN ({marks})",
                      [p[0] for p in pays]).fetchall()
        c.execute("SELECT p.name, p.phone FROM occupant o JOIN person p ON p.id = o.person_id WHERE o.unit_id = ?",
                  (unit_id,)).fetchall()
        c.execute("SELECT code FROM parking_space WHERE unit_id = ?", (unit_id,)).fetchall()
        c.execute("SELECT plate FROM vehicle WHERE unit_id = ?", (unit_id,)).fetchall()
        # what the screen also shows: deposits held, the late-fee rules, who issued each receipt
        deposits = c.execute("SELECT id FROM charge WHERE unit_id = ? AND origin = 'deposit'", (unit_id,)).fetchall()
        if deposits:
            c.execute(f"SELECT sum(principal_fen) FROM payment_line WHERE charge_id IN "
                      f"({','.join('?' * len(deposits))})", [d[0] for d in deposits]).fetchone()
        c.execute("SELECT id, late_ppm, late_grace_days, late_cap_percent FROM fee_item").fetchall()
        c.execute('SELECT id, display_name FROM "user"').fetchall()

    # -- a payment of 24 charges with its receipt -------------------------------------------------
    def payment(self) -> None:
        from counter_app.core.tenders import Tender
        from counter_app.documents import fonts
        from counter_app.documents.receipt import render_receipt
        from counter_app.services.counter import payments
        fonts.register()
        units = [r[0] for r in self.raw.execute(
            "SELECT u.code FROM unit u JOIN charge c ON c.unit_id = u.id WHERE c.paid_fen = 0 "
            "GROUP BY u.id HAVING count(*) >= 48 ORDER BY u.id LIMIT ?", (self.reps * 2 + 4,))]
        if len(units) < 4:
            print("  (no unit with 24 charges due: payment skipped)")
            return
        app, pdf_times, db_times, floor = [], [], [], []
        # The floor's own numbered series, so that it takes a counter row's lock as a payment must.
        self.raw.execute("INSERT INTO document_counter (estate_id, series, year, last_seq) VALUES (?, 'FL', 1, 0)",
                         (self.estate_id,))
        others = self._start_load()
        for i, code in enumerate(units):
            ids = [r[0] for r in self.raw.execute(
                "SELECT c.id FROM charge c JOIN unit u ON u.id = c.unit_id WHERE u.estate_id = ? AND u.code = ? "
                "AND c.paid_fen = 0 ORDER BY c.period_start, c.id LIMIT 48", (self.estate_id, code))]
            mine, floors = ids[:24], ids[24:48]
            q = payments.quote(self.cashier, payments.PaymentRequest(unit_code=code, charge_ids=mine, tenders=[]))
            req = payments.PaymentRequest(unit_code=code, charge_ids=mine, expected_total_fen=q.total_fen,
                                          tenders=[Tender("wechat", 10000, f"WX{i:08d}"),
                                                   Tender("cash", q.total_fen - 10000 + 5000)])
            t = time.perf_counter()
            receipt = payments.take_payment(self.cashier, req)
            mid = time.perf_counter()
            render_receipt(receipt, "80mm")
            end = time.perf_counter()
            # The floor pays the unit's next 24 charges right after, under the same load. Its audit
            # rows are outside the chain (it never moves the head), so taking them back out after
            # leaves the chain whole.
            floor_ms = self._pay_floor(code, floors)
            if i >= 2:  # the first two warm the caches
                app.append((end - t) * 1000)
                pdf_times.append((end - mid) * 1000)
                db_times.append((mid - t) * 1000)
                floor.append(floor_ms)
        taken = self._stop_load(others)
        self._undo_floor_payments()
        load = f"; {len(others)} other counters took {taken} payments meanwhile" if others else ""
        self.record("take a payment of 24 charges, split tenders, receipt number, audit row, receipt PDF", app, floor,
                    "counter", f"the PDF: median {statistics.median(pdf_times):.1f} ms; ratio of the database work "
                               f"(median {statistics.median(db_times):.1f} ms, p95 {p95(db_times):.1f} ms) to the "
                               f"floor{load}", compared=db_times)

    def _start_load(self) -> list:
        """Other counters paying at once (benchmarks/load_counter.py), each signed in and ready."""
        children = [subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "load_counter.py"), str(self.path),
                                      "cashier2", "cashier2", str(n)], stdout=subprocess.PIPE, text=True)
                    for n in range(self.load)]
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        return children

    def _stop_load(self, children) -> int:
        for child in children:
            child.terminate()
        return sum(int(child.communicate(timeout=60)[0].strip() or 0) for child in children)

    def _undo_floor_payments(self) -> None:
        """Take the floor's hand-written payments back out (not timed), so the estate still
        verifies and its charges are owed as before."""
        c = self.raw
        c.execute("BEGIN IMMEDIATE")
        c.execute("UPDATE charge SET paid_fen = paid_fen - (SELECT sum(l.principal_fen) FROM payment_line l "
                  "JOIN payment p ON p.id = l.payment_id WHERE p.series = 'FL' AND l.charge_id = charge.id) "
                  "WHERE id IN (SELECT l.charge_id FROM payment_line l JOIN payment p ON p.id = l.payment_id "
                  "WHERE p.series = 'FL')")
        for table in ("payment_line", "tender"):
            c.execute(f"DELETE FROM {table} WHERE payment_id IN (SELECT id FROM payment WHERE series = 'FL')")
        c.execute("DELETE FROM payment WHERE series = 'FL'")
        c.execute("DELETE FROM document_counter WHERE series = 'FL'")
        c.execute("DELETE FROM audit_log WHERE action = 'floor'")
        c.execute("COMMIT")

    def _pay_floor(self, code: str, charge_ids: list[int]) -> float:
        c = self.raw
        t = time.perf_counter()
        c.execute("BEGIN IMMEDIATE")
        lock = " FOR UPDATE" if self.raw.server else ""   # SQLite's write transaction holds the file already
        unit_id = c.execute("SELECT id FROM unit WHERE estate_id = ? AND code = ?" + lock,
                            (self.estate_id, code)).fetchone()[0]
        marks = ",".join("?" * len(charge_ids))
        rows = c.execute(f"SELECT id, amount_fen - paid_fen, due_date FROM charge WHERE id IN ({marks})",
                         charge_ids).fetchall()
        c.execute("UPDATE document_counter SET last_seq = last_seq + 1 WHERE series = 'FL'")
        total = sum(r[1] for r in rows)
        cur = c.execute("INSERT INTO payment (estate_id, series, year, seq, number, unit_id, payer, kind, lines_fen, "
                        "late_fee_fen, waived_fen, topup_fen, total_fen, cash_tendered_fen, change_fen, "
                        "prepaid_after_fen, created_at, business_date, user_id, status, remarks, content_hash, "
                        "training, void_reason) VALUES (?, 'FL', 1, (SELECT coalesce(max(seq), 0) + 1 FROM payment "
                        "WHERE estate_id = ? AND series = 'FL' AND year = 1), ?, ?, '', 'counter', ?, 0, 0, 0, ?, 0, "
                        "0, 0, CURRENT_TIMESTAMP, CURRENT_DATE, 3, 'valid', '', '', FALSE, '') RETURNING id",
                        (self.estate_id, self.estate_id, f"FL-{time.perf_counter_ns()}", unit_id, total, total))
        pid = cur.fetchone()[0]
        c.executemany("INSERT INTO payment_line (payment_id, charge_id, principal_fen, late_fee_fen, waived_fen, "
                      "late_days, waiver_reason) VALUES (?, ?, ?, 0, 0, 0, '')", [(pid, r[0], r[1]) for r in rows])
        c.executemany("UPDATE charge SET paid_fen = paid_fen + ? WHERE id = ? AND paid_fen + ? <= amount_fen",
                      [(r[1], r[0], r[1]) for r in rows])
        c.executemany("INSERT INTO tender (payment_id, method, amount_fen, reference) VALUES (?, ?, ?, ?)",
                      [(pid, "wechat", 10000, "WX"), (pid, "cash", total - 10000, "")])
        if self.raw.server:   # the chain's tail under its lock, as any append on a server must take it
            c.execute("SELECT row_count, last_hash FROM audit_head WHERE id = 1 FOR UPDATE").fetchone()
        prev = c.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        c.execute("INSERT INTO audit_log (created_at, username, action, entity, entity_id, before, after, prev_hash, "
                  "hash) VALUES (CURRENT_TIMESTAMP, 'floor', 'floor', 'payment', ?, '', '', ?, ?)",
                  (str(pid), prev[0] if prev else "", "0" * 64))
        c.execute("COMMIT")
        return (time.perf_counter() - t) * 1000

    # -- billing a month --------------------------------------------------------------------------
    def billing(self) -> None:
        from counter_app.core.periods import Month
        from counter_app.services.billing import runs as billing
        last = self.raw.execute("SELECT max(period_start) FROM charge WHERE origin = 'bill'").fetchone()[0]
        month = Month.parse(str(last)[:7]).add(1)
        self._prepare_month(month)
        # The month's readings and shared totals, typed in outside the timing, sealed as the
        # program seals what it writes (its readings window would, one reading at a time).
        from counter_app.ledger import seals
        from counter_app.store.db import write_transaction
        with write_transaction():
            seals.seal_unsealed("bench")
        t = time.perf_counter()
        result = billing.run_billing(self.manager, str(month))
        app = (time.perf_counter() - t) * 1000
        floor_month = month.add(1)
        self._prepare_month(floor_month)
        floor = self._bill_floor(floor_month)
        self._unprepare_month(floor_month)
        self.record("bill one month for the whole estate", [app], [floor], "billing",
                    f"{result.created} charges, {result.deductions} prepaid deductions")

    def _prepare_month(self, month) -> None:
        """Meter readings and shared totals for the month, as the office enters them (not timed)."""
        c = self.raw
        c.execute("BEGIN")
        read_on = month.first_day().isoformat()
        c.execute("INSERT INTO meter_reading (meter_id, read_on, prev_centi, value_centi, is_replacement, created_at, "
                  "created_by) SELECT m.id, ?, coalesce((SELECT max(value_centi) FROM meter_reading r WHERE "
                  "r.meter_id = m.id), 0), coalesce((SELECT max(value_centi) FROM meter_reading r WHERE "
                  "r.meter_id = m.id), 0) + 1500, FALSE, CURRENT_TIMESTAMP, 'bench' FROM meter m", (read_on,))
        c.execute("INSERT INTO shared_cost (item_id, month, building_id, total_fen, note) SELECT 4, ?, b.id, "
                  "(SELECT count(*) FROM unit u WHERE u.building_id = b.id) * 600, '' FROM building b", (str(month),))
        c.execute("COMMIT")

    def _unprepare_month(self, month) -> None:
        """Take the floor month's readings and shared totals back out, so the next run's month
        is prepared once, as an office would."""
        c = self.raw
        c.execute("BEGIN")
        c.execute("DELETE FROM meter_reading WHERE read_on = ?", (month.first_day().isoformat(),))
        c.execute("DELETE FROM shared_cost WHERE month = ?", (str(month),))
        c.execute("COMMIT")

    def _bill_floor(self, month) -> float:
        c = self.raw
        start, end = month.first_day(), month.last_day()
        if not self.raw.server:   # a server types the values of a UNION from the parameters: dates as dates
            start, end = start.isoformat(), end.isoformat()
        # One statement, unit by unit (as the application inserts), so each index page is
        # written once.
        parts = [
            "SELECT u.id AS unit_id, 1, 3, ?, ?, 1, (CAST(u.area_centi AS BIGINT) * 16000 * (CASE u.occupancy WHEN '空置' THEN 70 "
            "ELSE 100 END) + 500000) / 1000000, 0, ?, 'floor', 'floor', 'bill', 'f1:' || u.id || ?, CAST(NULL AS INTEGER), "
            "CURRENT_TIMESTAMP, '' FROM unit u",
            "SELECT p.unit_id, 2, 4, ?, ?, 1, count(*) * 15000, 0, ?, 'floor', 'floor', 'bill', "
            "'f2:' || p.unit_id || ?, CAST(NULL AS INTEGER), CURRENT_TIMESTAMP, '' FROM parking_space p WHERE p.unit_id IS NOT NULL "
            "GROUP BY p.unit_id",
            "SELECT m.unit_id, 3, 5, ?, ?, 1, ((r.value_centi - r.prev_centi) * 29000 + 5000) / 10000, 0, ?, "
            "'floor', 'floor', 'meter', 'f3:' || r.id || ?, r.id, CURRENT_TIMESTAMP, '' FROM meter_reading r "
            "JOIN meter m ON m.id = r.meter_id WHERE r.read_on = ?",
            "SELECT u.id, 4, 6, ?, ?, 1, s.total_fen * u.area_centi / (SELECT sum(area_centi) FROM unit x WHERE "
            "x.building_id = u.building_id), 0, ?, 'floor', 'floor', 'shared', 'f4:' || u.id || ?, CAST(NULL AS INTEGER), "
            "CURRENT_TIMESTAMP, '' FROM unit u JOIN shared_cost s ON s.building_id = u.building_id AND s.month = ?",
            "SELECT u.id, 5, 7, ?, ?, 1, 1000, 0, ?, 'floor', 'floor', 'bill', 'f5:' || u.id || ?, CAST(NULL AS INTEGER), "
            "CURRENT_TIMESTAMP, '' FROM unit u"]
        args = (start, end, end, start) * 2 + (start, end, end, start, start) + (start, end, end, start, str(month)) \
            + (start, end, end, start)
        t = time.perf_counter()
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO charge (unit_id, item_id, standard_id, period_start, period_end, months, amount_fen, "
                  "paid_fen, due_date, basis, rounding, origin, dedupe_key, reading_id, created_at, note) "
                  "SELECT * FROM (" + " UNION ALL ".join(parts) + ") AS f ORDER BY 1", args)
        c.execute("COMMIT")
        elapsed = (time.perf_counter() - t) * 1000
        c.execute("DELETE FROM charge WHERE basis = 'floor'")
        return elapsed

    # -- close-out ------------------------------------------------------------------------------
    def closeout(self) -> None:
        from counter_app.services.closing import close as closeout
        row = self.raw.execute("SELECT s.id, s.business_date, count(p.id) FROM shift s JOIN payment p ON "
                               "p.shift_id = s.id WHERE s.closed_at IS NULL AND s.user_id = 3 GROUP BY s.id "
                               "ORDER BY s.id DESC LIMIT 1").fetchone()
        if not row:
            print("  (no open shift with receipts: close-out skipped)")
            return
        shift_id, day, count = row
        day = str(day)
        day_count = self.raw.execute("SELECT count(*) FROM payment p JOIN shift s ON s.id = p.shift_id WHERE "
                                     "s.business_date = ?", (day,)).fetchone()[0]
        app = timed(lambda: closeout.x_report(self.cashier), self.reps)
        floor = timed(lambda: self._closeout_floor("p.shift_id = ?", (shift_id,)), self.reps)
        self.record("a shift's close-out report", app, floor, "closeout", f"{count} receipts")
        app = timed(lambda: closeout._day_report(closeout.estate_of(self.manager), date.fromisoformat(day)), self.reps)
        floor = timed(lambda: self._closeout_floor("p.shift_id IN (SELECT id FROM shift WHERE business_date = ?)",
                                                   (day,)), self.reps)
        self.record("a day's close-out report", app, floor, "closeout", f"{day_count} receipts")

    def _closeout_floor(self, where: str, args: tuple) -> None:
        c = self.raw
        c.execute(f"SELECT t.method, sum(t.amount_fen) FROM tender t JOIN payment p ON p.id = t.payment_id "
                  f"WHERE {where} AND p.status = 'valid' GROUP BY t.method", args).fetchall()
        by_item = c.execute(f"SELECT ch.item_id, sum(l.principal_fen) FROM payment p JOIN payment_line l ON "
                            f"l.payment_id = p.id JOIN charge ch ON ch.id = l.charge_id WHERE {where} AND "
                            f"p.status = 'valid' GROUP BY ch.item_id", args).fetchall()
        names = dict(c.execute("SELECT id, name FROM fee_item").fetchall())
        [(names[i], v) for i, v in by_item]
        c.execute(f"SELECT count(*), min(number), max(number), sum(total_fen), sum(topup_fen), sum(late_fee_fen), "
                  f"sum(waived_fen) FROM payment p WHERE {where}", args).fetchone()
        c.execute(f"SELECT number, total_fen, void_reason FROM payment p WHERE {where} AND status = 'voided'",
                  args).fetchall()

    # -- management reports ------------------------------------------------------------------------
    def management(self) -> None:
        from counter_app.ledger import signin
        from counter_app.services.reports import arrears, collection
        day = str(self.raw.execute("SELECT max(business_date) FROM payment").fetchone()[0])
        as_of = date.fromisoformat(day)
        reps = max(3, self.reps // 4)
        from counter_app.ledger import clock
        from counter_app.services.reports import dashboard
        # The manager reads on the estate's last business day (what each unit owes is kept for it).
        def afternoon():
            return clock.frozen(datetime.combine(as_of, dtime(15), ZoneInfo("Asia/Shanghai")))
        with afternoon():
            # The first list of a day works every unit out from its charges and keeps it.
            self.raw.execute("DELETE FROM owing_unit")
            t = time.perf_counter()
            report = arrears.arrears_list(self.manager, as_of)
            first = (time.perf_counter() - t) * 1000
            app = timed(lambda: arrears.arrears_list(self.manager, as_of), reps, 1)
        floor = timed(lambda: self._arrears_floor(day), reps, 1)
        self.record("arrears list, the day's first (every unit worked out from its charges and kept)", [first],
                    floor, "report")
        self.record("arrears list, whole estate, with late fees and aging", app, floor, "report",
                    f"{len(report.lines)} units, {sum(n for _, n, _ in report.by_item)} unit-items in arrears")
        month = day[:7]
        with afternoon():
            app = timed(lambda: collection.collection_report(self.manager, month), reps, 1)
        floor = timed(lambda: self._collection_floor(month), reps, 1)
        self.record(f"monthly collection report ({month})", app, floor, "report")
        with afternoon():
            board = dashboard.dashboard(self.manager)
            app = timed(lambda: dashboard.dashboard(self.manager), reps, 1)
        self.record("manager's dashboard (day, month, 24 months, late payers)", app, None, "second",
                    f"{len(board.late)} habitual late payers")
        from counter_app.services.admin import browser
        from counter_app.ledger import estate as lookups
        from counter_app.services.reports import floor_grid
        building = lookups.building_codes(self.manager)[0]
        units = browser.building_units(self.manager, building)
        app = timed(lambda: browser.building_units(self.manager, building), reps, 1)
        self.record("estate browser: a building opened (units, owners)", app, None, "second", f"{len(units)} units")
        app = timed(lambda: floor_grid.floor_grid(self.manager, building), reps, 1)
        self.record("floor grid of a building (what each unit owes)", app, None, "second", f"{len(units)} units")
        from counter_app.services.billing import rate_change
        admin = signin.authenticate("admin", "admin")
        first = date.fromisoformat(day).replace(day=1)
        for code, rate, what in (("WYF", "2.10", "area × rate"), ("SF", "3.20", "metered, last month's readings")):
            preview = rate_change.preview_rate_change(admin, code, first, rate)
            app = timed(lambda: rate_change.preview_rate_change(admin, code, first, rate), reps, 1)
            self.record(f"rate-change preview, {code} ({what})", app, None, "second",
                        f"{preview.units} units priced under both standards")

    def _arrears_floor(self, day: str) -> None:
        c = self.raw
        c.execute("SELECT unit_id, item_id, period_start, due_date, amount_fen, paid_fen FROM charge WHERE "
                  "paid_fen < amount_fen AND cancelled_at IS NULL AND due_date < ? ORDER BY unit_id, period_start",
                  (day,)).fetchall()
        c.execute("SELECT o.unit_id, p.name, p.phone FROM occupant o JOIN person p ON p.id = o.person_id "
                  "WHERE o.end_date IS NULL").fetchall()
        c.execute("SELECT id, code FROM unit").fetchall()

    def _collection_floor(self, month: str) -> None:
        c = self.raw
        first, last = f"{month}-01", f"{month}-31"
        c.execute("SELECT ch.item_id, sum(ch.amount_fen), count(DISTINCT ch.unit_id), sum((SELECT coalesce(sum("
                  "l.principal_fen), 0) FROM payment_line l JOIN payment p ON p.id = l.payment_id WHERE "
                  "l.charge_id = ch.id AND p.status = 'valid')) FROM charge ch WHERE ch.period_end >= ? AND "
                  "ch.period_start >= ? AND ch.period_start <= ? AND ch.cancelled_at IS NULL GROUP BY ch.item_id",
                  (first, first, last)).fetchall()
        c.execute("SELECT ch.item_id, sum(l.principal_fen) FROM payment p JOIN payment_line l ON l.payment_id = "
                  "p.id JOIN charge ch ON ch.id = l.charge_id WHERE p.business_date BETWEEN ? AND ? AND "
                  "p.status = 'valid' GROUP BY ch.item_id, ch.period_start < ?", (first, last, first)).fetchall()
        c.execute("SELECT count(*), sum(total_fen), sum(late_fee_fen) FROM payment WHERE business_date BETWEEN ? "
                  "AND ? AND status = 'valid'", (first, last)).fetchone()
        c.execute("SELECT sum(amount_fen - paid_fen) FROM charge WHERE paid_fen < amount_fen AND cancelled_at IS "
                  "NULL AND period_start < ?", (first,)).fetchone()

    # -- the long work and the counters together ---------------------------------------------------
    def long_work(self) -> None:
        """What takes seconds, not milliseconds, beside the rest: a one-shot command on both
        engines; on SQLite the import and export of 20,000 units, the backup while a counter pays
        and the demo's build; on the server the four counters' payments, every one timed."""
        self._one_shot()
        if self.raw.server:
            if self.load:
                self._counters()
            return
        self._data_speed()
        self._demo_build()

    def _one_shot(self) -> None:
        """`counter-app owed UNIT`: the program started, signed in, the answer printed, gone."""
        code = self.raw.execute("SELECT code FROM unit ORDER BY id LIMIT 1 OFFSET 100").fetchone()[0]
        env = dict(os.environ, COUNTER_APP_PASSWORD="cashier")
        command = [str(Path(sys.executable).parent / "counter-app"), "owed", code, "--db", str(self.path),
                   "--user", "cashier", "--json"]
        app, floor = [], []
        for _ in range(5):
            t = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, text=True)
            app.append((time.perf_counter() - t) * 1000)
            if done.returncode:
                raise SystemExit(f"counter-app owed failed: {done.stderr[-500:]}")
            t = time.perf_counter()
            driver = "psycopg" if self.raw.server else "sqlite3"
            subprocess.run([sys.executable, "-c", f"import {driver},sys; {driver}.connect(sys.argv[1]).execute("
                            "'select count(*) from unit').fetchone()", str(self.path)], check=True)
            floor.append((time.perf_counter() - t) * 1000)
        self.record("a one-shot command (counter-app owed UNIT: start, sign in, answer)", app, floor, "startup")

    def _counters(self) -> None:
        """Four counters (the load and one more) paying at once, each payment timed at the service
        level with the server's fsync on, over at least COUNTERS_PAYMENTS payments: the slowest one
        is the figure DESIGN.md bounds."""
        counters = self.load + 1
        quota = -(-self.counter_payments // counters)
        children = [subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "load_counter.py"), str(self.path),
                                      "cashier2", "cashier2", str(100 + n), str(quota)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                    for n in range(counters)]
        for child in children:
            assert child.stdout.readline().strip() == "ready"
        t = time.perf_counter()
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        times = []
        for child in children:
            out, _ = child.communicate(timeout=1800)
            if child.returncode:
                raise SystemExit("a counter of the four failed")
            times += json.loads(out.strip().splitlines()[-1])
        seconds = time.perf_counter() - t
        self.record(f"{counters} counters paying at once: every payment (service level, fsync on)", times, None,
                    "four", f"{len(times)} payments in {seconds:.0f} s; the slowest {max(times):.0f} ms")

    def _data_speed(self) -> None:
        """benchmarks/data_speed.py in a process of its own (it opens ledgers of its own)."""
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "data_speed.py"), "--estate", str(self.path),
                            "--units", str(self.import_units), "--owners", str(self.import_units * 3 // 2), "--json",
                            out.name], check=True)
            found = json.loads(Path(out.name).read_text(encoding="utf-8"))
        imp, exp, backup = found["import"], found["import"]["export"], found["backup"]
        self.record(f"import {imp['units']:,} units and {imp['owners']:,} owners, each with its dry run",
                    [imp["total_s"] * 1000], None, "long",
                    f"units {imp['units_dry_run_s']} + {imp['units_import_s']} s, owners "
                    f"{imp['occupants_dry_run_s']} + {imp['occupants_import_s']} s")
        self.record(f"export {exp['units_rows']:,} units to .xlsx", [exp["units_xlsx_s"] * 1000], None, "long",
                    f".csv {exp['units_csv_s']} s; {exp['occupants_rows']:,} owners .xlsx {exp['occupants_xlsx_s']} s")
        during = backup["payment_ms_during"]
        self.record(f"automatic backup of the {backup['estate_gb']} GB estate while a counter pays",
                    [backup["backup_s"] * 1000], None, "long",
                    f"copy, integrity check, audit chain of {backup['audit_rows']:,} rows; "
                    f"{backup['payments_during']} payments meanwhile: median {during['median']} ms, "
                    f"p95 {during['p95']} ms, slowest {during['max']} ms")

    def _demo_build(self) -> None:
        """`counter-app demo`: the demo ledger the quick start opens, built from nothing."""
        folder = Path(tempfile.mkdtemp(prefix="demo-"))
        t = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "counter-app"), "demo", "--db", str(folder / "demo.sqlite3"),
                        *(["--small"] if self.small_demo else [])], check=True, capture_output=True)
        elapsed = (time.perf_counter() - t) * 1000
        units = sqlite3.connect(folder / "demo.sqlite3").execute("SELECT count(*) FROM unit").fetchone()[0]
        self.record(f"build the demo ledger (counter-app demo{' --small' if self.small_demo else ''})", [elapsed], None,
                    "long", f"{units} units")

    # -- start-up and memory ------------------------------------------------------------------------
    def startup(self) -> None:
        env = dict(os.environ, COUNTER_APP_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
        exe = Path(sys.executable).parent / "counter-app"
        app, floor = [], []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([str(exe), "--database", str(self.path)], env=env, check=True)
            app.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            driver = "psycopg" if self.raw.server else "sqlite3"
            subprocess.run([sys.executable, "-c", f"import {driver},sys; {driver}.connect(sys.argv[1]).execute("
                            "'select count(*) from unit').fetchone()", str(self.path)], check=True)
            floor.append((time.perf_counter() - t) * 1000)
        child_mb = self._peak_mb([str(exe), "--database", str(self.path)], env)
        self.record("application start to a usable window", app, floor, "startup",
                    f"peak memory of the started program {child_mb:.0f} MB")
        self.peak_child_mb = child_mb

    @staticmethod
    def _peak_mb(command: list[str], env: dict) -> float:
        """The started program's own peak memory, by GNU time run beside the timings: a child forked
        from this (large) process would report this process's pages as its own peak."""
        if not Path("/usr/bin/time").exists():
            return 0.0
        with tempfile.NamedTemporaryFile("r", suffix=".txt") as out:
            subprocess.run(["/usr/bin/time", "-o", out.name, "-f", "%M", *command], env=env, check=True)
            return int(out.read().strip().splitlines()[-1]) / 1024


def onto_server(estate: Path):
    """A durable PostgreSQL server of the run's own with the estate copied onto it (as migrate-db
    copies an office's file), its statistics gathered as the server's autovacuum would."""
    from counter_app.services.common.session import open_database
    from counter_app.store import db as dbmod, migrations, transfer
    from tests.pg_server import Server
    server = Server(durable=True)
    url = server.empty_database()
    t = time.perf_counter()
    open_database(estate)
    source = dbmod.database.obj
    target = dbmod.open_target(url)
    dbmod.bind(target)
    migrations.migrate(target)
    transfer.copy_tables(source, target)
    problems = transfer.compare(source, target)
    if problems:
        raise SystemExit(f"the copy differs: {problems[:3]}")
    source.close()
    target.execute_sql("VACUUM ANALYZE")
    dbmod.close()
    print(f"estate copied onto PostgreSQL in {time.perf_counter() - t:.0f} s", flush=True)
    return server, url


def run_engine(target, args, label: str) -> dict:
    bench = Bench(target, args.reps, args.load if label == "postgresql" else 0, args.counter_payments,
                  args.import_units, args.small_demo)
    facts = {k: bench.raw.execute(f"SELECT count(*) FROM {k}").fetchone()[0]
             for k in ("unit", "charge", "payment", "payment_line", "audit_log")}
    print(f"{label}: estate {args.estate}: {facts}", flush=True)
    bench.startup()   # first: its peak memory is measured from the children alone
    for step in (bench.search, bench.open_unit, bench.payment, bench.closeout, bench.management, bench.billing,
                 bench.long_work):
        step()
    from counter_app.store import db as dbmod
    dbmod.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"engine": label, "estate": facts, "rows": bench.rows, "peak_memory_mb": round(peak),
            "startup_peak_memory_mb": round(bench.peak_child_mb)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", required=True)
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--json", default="benchmarks/results/latest.json")
    parser.add_argument("--compare", help="an earlier run's JSON: print each figure's ratio to it")
    parser.add_argument("--readme", help="a Markdown file whose table between the benchmark markers is rewritten")
    parser.add_argument("--table", default="", help="with --readme: which table (its markers carry this name; "
                        "e.g. 100k for the second estate size)")
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--load", type=int, default=3, help="on PostgreSQL, other counters paying during the "
                        "payment measurement (default 3: four counters at once)")
    parser.add_argument("--import-units", type=int, default=20_000,
                        help="on SQLite, the units (and half as many again owners) imported and exported")
    parser.add_argument("--small-demo", action="store_true", help="time the small demo (counter-app demo --small)")
    parser.add_argument("--counter-payments", type=int, default=COUNTERS_PAYMENTS,
                        help="on PostgreSQL, how many payments the counters take at once, every one timed "
                        f"(default {COUNTERS_PAYMENTS})")
    args = parser.parse_args()
    estate = Path(args.estate)
    server = url = None
    if args.engine != "sqlite":      # copied first: the SQLite run changes the file
        server, url = onto_server(estate)
    runs = []
    try:
        if args.engine in ("sqlite", "both"):
            runs.append(run_engine(estate, args, "sqlite"))
        if url:
            runs.append(run_engine(url, args, "postgresql"))
    finally:
        if server:
            server.stop()
    tables = []
    for run in runs:
        table = markdown_table(run["rows"])
        title = {"sqlite": "SQLite (one PC)", "postgresql": f"PostgreSQL server ({args.load + 1} counters paying "
                 "at once during the payment)"}[run["engine"]]
        tables.append(f"**{title}**\n\n{table}" if len(runs) > 1 else table)
        print(f"\n{title}\n{table}")
        print(f"peak memory: benchmark process {run['peak_memory_mb']} MB; started program "
              f"{run['startup_peak_memory_mb']} MB")
    result = runs[0] if len(runs) == 1 else {"runs": runs, "rows": [dict(r, operation=f"[{run['engine']}] "
                                                                             f"{r['operation']}")
                                                                    for run in runs for r in run["rows"]]}
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"written {args.json}")
    if args.compare:
        print()
        print(compare(result["rows"], json.loads(Path(args.compare).read_text(encoding="utf-8"))["rows"]))
    if args.readme:
        rewrite_table(Path(args.readme), "\n\n".join(tables), args.table)
        print(f"table rewritten in {args.readme}")
    return 0


def markdown_table(rows: list[dict]) -> str:
    lines = ["| operation | median ms | p95 ms | floor ms | ratio | p95 ratio | budget ms | note |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    lines += [f"| {r['operation']} | {r['median_ms']} | {r['p95_ms']} | {r['floor_ms']} | {r['ratio']} | "
              f"{r.get('p95_ratio')} | {r['budget_ms']:.0f} | {r['note']} |" for r in rows]
    return "\n".join(lines)


def compare(rows: list[dict], old_rows: list[dict]) -> str:
    """One line per figure: its median now against an earlier run's (a regression shows at once)."""
    old = {r["operation"]: r for r in old_rows}
    out = ["figure: median now / before (ratio now / before)"]
    for r in rows:
        before = old.get(r["operation"])
        if before is None:
            out.append(f"  {r['operation']}: {r['median_ms']} ms (new)")
            continue
        change = r["median_ms"] / before["median_ms"] if before["median_ms"] else float("inf")
        slow_end = r["p95_ms"] / before["p95_ms"] if before.get("p95_ms") else 1.0
        flag = "  <-- slower" if change > SLOWER or slow_end > SLOWER else ""
        out.append(f"  {r['operation']}: {r['median_ms']} / {before['median_ms']} ms = {change:.2f}x, p95 "
                   f"{slow_end:.2f}x (ratio {r['ratio']} / {before['ratio']}){flag}")
    return "\n".join(out)


def markers(name: str = "") -> tuple[str, str]:
    """The comments a README table stands between; a named table (a second estate size) has its own."""
    label = f"benchmark table {name}".rstrip() if name else "benchmark table"
    return f"<!-- {label}: written by benchmarks/run.py --readme -->", f"<!-- end of {label} -->"


def rewrite_table(path: Path, table: str, name: str = "") -> None:
    """Replace what stands between the two markers with this run's table (the README's figures are
    the runner's, never typed by hand)."""
    start, end = markers(name)
    text = path.read_text(encoding="utf-8")
    if start not in text or end not in text:
        raise SystemExit(f"{path} has no markers {start}")
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    path.write_text(f"{head}{start}\n{table}\n{end}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
