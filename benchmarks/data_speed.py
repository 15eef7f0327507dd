"""How fast an office's data comes in, goes out and is kept safe:

    python benchmarks/data_speed.py [--estate big.sqlite3] [--units 20000] [--owners 30000] [--json out.json]

1. Import: a 20,000-unit workbook and a 30,000-owner workbook (made here) into a new ledger, each
   with its dry run first, as the window does; the time of each step and the total.
2. Export: the same ledger's units and occupants written back out (.xlsx and .csv), and the units'
   workbook imported again into the same ledger (every row unchanged); with --estate, the
   benchmark estate's units and occupants too.
3. Backup (with --estate): the automatic backup of the benchmark estate (SQLite's online backup,
   integrity_check and the audit chain read from the copy) in a thread, as the window runs it,
   while this process keeps taking payments; the payment's latency before and during the backup.
   The estate is changed (payments): use a copy you can throw away.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("COUNTER_APP_DATA", tempfile.mkdtemp(prefix="bench-data-"))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def _workbook(path: Path, header: list, rows) -> Path:
    from openpyxl import Workbook
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _files(folder: Path, units: int, owners: int) -> tuple[Path, Path]:
    from counter_app.core.contacts import resident_check_digit
    rng = random.Random(14)
    codes, unit_rows = [], []
    building = entrance = 1
    floor, room = 1, 0
    while len(unit_rows) < units:
        room += 1
        if room > 4:
            room, floor = 1, floor + 1
        if floor > 25:
            floor, entrance = 1, entrance + 1
        if entrance > 8:
            entrance, building = 1, building + 1
        number = f"{floor}{room:02d}"
        codes.append(f"{building}-{entrance}-{number}")
        unit_rows.append([str(building), entrance, number, floor, f"{rng.randint(6000, 15000) / 100:.2f}",
                          "住宅", "已入住", "2019-06-30"])
    owner_rows = []
    for i in range(owners):
        first17 = "3301" + "".join(rng.choice("0123456789") for _ in range(13))
        owner_rows.append([codes[i % units], f"业主{i:05d}", "业主" if i < units else "住户",
                           "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9)),
                           first17 + resident_check_digit(first17), "2020-01-01"])
    return (_workbook(folder / "units.xlsx", ["楼栋", "单元", "房号", "楼层", "建筑面积", "房屋类型", "状态", "交房日期"],
                      unit_rows),
            _workbook(folder / "owners.xlsx", ["房号", "姓名", "身份", "手机", "证件号码", "入住日期"], owner_rows))


def import_speed(units: int, owners: int) -> dict:
    from counter_app.services.admin import estate as est
    from counter_app.ledger import signin
    from counter_app.ledger import passwords
    from counter_app.services.common.session import open_database
    from counter_app.services.imports import runner
    from counter_app.store import db as dbmod
    from counter_app.store.models import User
    folder = Path(tempfile.mkdtemp(prefix="import-"))
    started = time.perf_counter()
    unit_file, owner_file = _files(folder, units, owners)
    made = time.perf_counter() - started
    open_database(folder / "new.sqlite3")
    with dbmod.write_transaction():
        User.create(username="admin", display_name="管理员", role="admin", password_hash=passwords.hash_password("admin1234"))
    admin = signin.authenticate("admin", "admin1234")
    est.create_estate(admin, "新城花园", "新城物业")
    figures = {"units": units, "owners": owners, "files_made_s": round(made, 1)}
    total = 0.0
    for kind, path in (("units", unit_file), ("occupants", owner_file)):
        t0 = time.perf_counter()
        seen = runner.plan(admin, kind, path)
        t1 = time.perf_counter()
        done = runner.run(admin, kind, path, expected_sha256=seen.sha256)
        t2 = time.perf_counter()
        assert done.applied and done.ok, done.problems[:3]
        figures[f"{kind}_dry_run_s"] = round(t1 - t0, 2)
        figures[f"{kind}_import_s"] = round(t2 - t1, 2)
        total += t2 - t0
        print(f"  {kind}: dry run {t1 - t0:.1f} s, import {t2 - t1:.1f} s ({done.count('add')} added)", flush=True)
    figures["total_s"] = round(total, 1)
    t0 = time.perf_counter()
    again = runner.run(admin, "occupants", owner_file)
    figures["reimport_owners_s"] = round(time.perf_counter() - t0, 2)
    assert not again.applied and again.count("same") == owners
    print(f"  import total {total:.1f} s (dry runs included); re-import of the owners {figures['reimport_owners_s']} s,"
          " nothing changed", flush=True)
    figures["export"] = export_speed(admin, folder)
    t0 = time.perf_counter()
    back = runner.run(admin, "units", folder / "units-out.xlsx")
    figures["export"]["units_reimport_s"] = round(time.perf_counter() - t0, 2)
    assert back.ok and not back.applied and back.count("same") == units, back.counts
    print(f"  the exported units imported again: {figures['export']['units_reimport_s']} s, every row unchanged",
          flush=True)
    dbmod.close()
    return figures


def export_speed(admin, folder: Path, label: str = "") -> dict:
    """Units and occupants written out as .xlsx and .csv (the layout the import reads)."""
    from counter_app.services.imports import workbooks
    figures = {}
    for kind in ("units", "occupants"):
        for suffix in ("xlsx", "csv"):
            t0 = time.perf_counter()
            _, count = workbooks.export_table(admin, kind, folder / f"{kind}-out.{suffix}", "基准测试")
            seconds = time.perf_counter() - t0
            figures[f"{kind}_{suffix}_s"], figures[f"{kind}_rows"] = round(seconds, 2), count
            print(f"  export {kind}{label}: {count} rows to .{suffix} in {seconds:.2f} s", flush=True)
    return figures


def estate_export_speed(estate: Path) -> dict:
    """The benchmark estate's units and occupants out (its sign-in writes a line of the audit)."""
    from counter_app.ledger import signin
    from counter_app.services.common.session import open_database
    from counter_app.store import db as dbmod
    open_database(estate)
    try:
        return export_speed(signin.authenticate("admin", "admin"), Path(tempfile.mkdtemp(prefix="export-")),
                            " of the benchmark estate")
    finally:
        dbmod.close()


def backup_speed(estate: Path) -> dict:
    from counter_app.core.tenders import Tender
    from counter_app.ledger import signin
    from counter_app.services.common.session import open_database
    from counter_app.services.counter import payments
    from counter_app.services.setup import backups
    from counter_app.store.db import rows
    open_database(estate)
    cashier = signin.authenticate("cashier", "cashier")
    codes = [r[0] for r in rows("SELECT code FROM unit ORDER BY id")]
    rng = random.Random(3)

    def pay() -> float:
        amount = rng.randint(100, 5000)
        t0 = time.perf_counter()
        payments.take_payment(cashier, payments.PaymentRequest(unit_code=rng.choice(codes), topup_fen=amount,
                                                               tenders=[Tender("cash", amount)]))
        return (time.perf_counter() - t0) * 1000

    before = [pay() for _ in range(60)][10:]
    folder = Path(tempfile.mkdtemp(prefix="backups-", dir=str(estate.parent)))
    outcome: dict = {}

    def run_backup():
        t0 = time.perf_counter()
        try:
            outcome["result"] = backups.automatic("manager", folder)
        except Exception as exc:           # reported below, the benchmark fails
            outcome["error"] = exc
        outcome["seconds"] = time.perf_counter() - t0
    worker = threading.Thread(target=run_backup)
    worker.start()
    during = []
    while worker.is_alive():
        during.append(pay())
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    size = outcome["result"].size
    figures = {"estate_gb": round(estate.stat().st_size / 1e9, 2), "backup_s": round(outcome["seconds"], 1),
               "backup_gb": round(size / 1e9, 2), "audit_rows": outcome["result"].audit_rows,
               "payments_during": len(during),
               "payment_ms_before": {"median": round(statistics.median(before), 1), "p95": round(p95(before), 1)},
               "payment_ms_during": {"median": round(statistics.median(during), 1), "p95": round(p95(during), 1),
                                     "max": round(max(during), 1)}}
    print(f"  backup of {figures['estate_gb']} GB: {figures['backup_s']} s (copy, integrity_check, audit chain of "
          f"{figures['audit_rows']} rows); {len(during)} payments taken meanwhile, median "
          f"{figures['payment_ms_during']['median']} ms, p95 {figures['payment_ms_during']['p95']} ms "
          f"(before: {figures['payment_ms_before']['median']} / {figures['payment_ms_before']['p95']} ms)", flush=True)
    Path(outcome["result"].path).unlink()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--estate", help="the benchmark estate (changed: use a copy)")
    parser.add_argument("--units", type=int, default=20000)
    parser.add_argument("--owners", type=int, default=30000)
    parser.add_argument("--json")
    args = parser.parse_args()
    out = {"import": import_speed(args.units, args.owners)}
    if args.estate:
        out["estate_export"] = estate_export_speed(Path(args.estate))
        out["backup"] = backup_speed(Path(args.estate))
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
