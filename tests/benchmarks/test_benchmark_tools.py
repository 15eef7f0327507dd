"""The large-estate generator and the runner keep working (small sizes; timings never asserted)."""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from counter_app.core import charge_keys
from counter_app.services.common.session import open_database
from counter_app.ledger import verify
from counter_app.store import db as dbmod

ROOT = Path(__file__).resolve().parents[2]


def test_generator_and_runner_on_a_small_estate(tmp_path):
    estate = tmp_path / "small.sqlite3"
    env = dict(os.environ, COUNTER_APP_DATA=str(tmp_path / "data"))
    made = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_estate.py"), "--units", "300", "--years",
                           "2", "--out", str(estate)], capture_output=True, text=True, env=env, timeout=600)
    assert made.returncode == 0, made.stderr
    summary = json.loads(made.stdout)
    assert summary["units"] == 300 and summary["charges"] > 300 * 24 * 4 and summary["payments"] > 1000
    raw = sqlite3.connect(estate)
    try:   # what is paid of each charge is exactly what receipts paid of it, never more than owed
        assert raw.execute("SELECT count(*) FROM charge WHERE paid_fen > amount_fen").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM charge c LEFT JOIN (SELECT charge_id, sum(principal_fen) s FROM "
                           "payment_line GROUP BY charge_id) l ON l.charge_id = c.id "
                           "WHERE c.paid_fen != coalesce(l.s, 0)").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM charge WHERE paid_fen > 0 AND paid_fen < amount_fen").fetchone()[0] > 0
        assert raw.execute("SELECT count(*) FROM payment WHERE shift_id IS NOT NULL").fetchone()[0] > 0
        keys = [key for key, in raw.execute("SELECT dedupe_key FROM charge")]     # as billing spells them
        assert [key for key in keys if not charge_keys.is_valid(key)] == []
    finally:
        raw.close()
    open_database(estate)
    try:
        report = verify.verify_all()   # the generator seals what it writes exactly as the program does
        assert report.ok, report.problem
    finally:
        dbmod.close()
    out = tmp_path / "result.json"
    readme = tmp_path / "README.md"
    readme.write_text("# x\n\n<!-- benchmark table: written by benchmarks/run.py --readme -->\nold\n"
                      "<!-- end of benchmark table -->\n\nafter\n", encoding="utf-8")
    earlier = tmp_path / "earlier.json"
    earlier.write_text(json.dumps({"rows": [{"operation": "[sqlite] a day's close-out report", "median_ms": 0.001,
                                             "ratio": 1.0}]}), encoding="utf-8")
    ran = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--estate", str(estate), "--reps", "3",
                          "--json", str(out), "--compare", str(earlier), "--readme", str(readme), "--engine", "both",
                          "--load", "2", "--counter-payments", "30",
                          "--import-units", "200", "--small-demo"],
                         capture_output=True, text=True, env=env, timeout=900)
    assert ran.returncode == 0, ran.stderr[-3000:]
    written = readme.read_text(encoding="utf-8")
    assert "old" not in written and "| a day's close-out report |" in written and written.endswith("after\n")
    assert "| p95 ratio |" in written
    assert "**SQLite (one PC)**" in written and "**PostgreSQL server (3 counters paying at once" in written
    assert "a day's close-out report:" in ran.stdout and "<-- slower" in ran.stdout     # against 0.001 ms
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [run["engine"] for run in result["runs"]] == ["sqlite", "postgresql"]
    for run in result["runs"]:     # every figure on both engines
        names = {r["operation"] for r in run["rows"]}
        for expected in ("application start to a usable window", "search per keystroke: unit number",
                         "open a unit (charges due with late fees, paid history)", "bill one month for the whole estate",
                         "a shift's close-out report", "a day's close-out report",
                         "arrears list, whole estate, with late fees and aging",
                         "manager's dashboard (day, month, 24 months, late payers)",
                         "rate-change preview, WYF (area × rate)", "estate browser: a building opened (units, owners)",
                         "floor grid of a building (what each unit owes)", "rate-change preview, SF (metered, last month's readings)"):
            assert expected in names
        assert any(n.startswith("monthly collection report") for n in names)
        assert any(n.startswith("take a payment of 24 charges") for n in names)
        assert any(n.startswith("a one-shot command") for n in names)
        assert all(r["median_ms"] > 0 and (r["floor_ms"] is None or r["floor_ms"] > 0) for r in run["rows"])
        assert all(r["spread_ms"][0] <= r["median_ms"] <= r["spread_ms"][1] for r in run["rows"])
        # the slow end against the floor's own slow end, wherever there is a floor
        assert all((r["floor_ms"] is None) == (r["p95_ratio"] is None) for r in run["rows"])
        assert all(r["floor_p95_ms"] >= r["floor_ms"] for r in run["rows"] if r["floor_ms"])
        assert run["peak_memory_mb"] > 0
    sqlite_rows = {r["operation"]: r for r in result["runs"][0]["rows"]}
    for long_work in ("import 200 units and 300 owners, each with its dry run", "export 200 units to .xlsx",
                      "build the demo ledger (counter-app demo --small)"):
        assert sqlite_rows[long_work]["median_ms"] > 0
    assert any(n.startswith("automatic backup of the") for n in sqlite_rows)
    (four,) = [r for r in result["runs"][1]["rows"] if "counters paying at once: every payment" in r["operation"]]
    assert four["runs"] >= 30 and four["max_ms"] >= four["p95_ms"] >= four["median_ms"] > 0
    (paying,) = [r for r in result["runs"][1]["rows"] if r["operation"].startswith("take a payment")]
    assert "2 other counters took" in paying["note"]
    open_database(estate)
    try:   # the runner takes its hand-written floor payments back out: the estate still verifies
        report = verify.verify_all()
        assert report.ok, report.problem
    finally:
        dbmod.close()


def test_timings_are_repeated_until_their_median_is_stable_within_a_cap():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run as runner
    calls = []
    assert len(runner.timed(lambda: calls.append(1), 3, warmup=0)) == 3 == len(calls)   # few asked: as asked
    taken = runner.timed(lambda: (sum(range(20_000 * (len(calls) % 7))), calls.append(1)), 10, warmup=0)
    assert 10 <= len(taken) <= runner.MAX_ROUNDS * 10 + 5
    low, high = runner.spread(taken)
    assert low <= sorted(taken)[len(taken) // 2] <= high


def test_the_application_and_its_floor_take_turns_at_reading_a_case_first():
    """Whichever reads a unit first finds it cold and leaves it warm for the other: each side goes
    first for half of the cases, and a case met again starts from the other side."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run as runner
    order = []
    app, floor = runner.side_by_side(["a", "b", "c", "d", "a", "b", "c", "d"],
                                     lambda case: order.append(("app", case)), lambda case: order.append(("floor", case)))
    assert len(app) == len(floor) == 8
    first = [order[n][0] for n in range(0, len(order), 2)]
    assert first.count("app") == first.count("floor") == 4
    for case in "abcd":
        assert {side for side, (_, c) in zip(first, order[::2]) if c == case} == {"app", "floor"}


def test_a_named_table_is_rewritten_between_its_own_markers(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import run as runner
    start, end = runner.markers()
    start2, end2 = runner.markers("100k")
    readme = tmp_path / "README.md"
    readme.write_text(f"a\n{start}\nold\n{end}\nb\n{start2}\nold2\n{end2}\nc\n", encoding="utf-8")
    runner.rewrite_table(readme, "| new |", "100k")
    assert readme.read_text(encoding="utf-8") == f"a\n{start}\nold\n{end}\nb\n{start2}\n| new |\n{end2}\nc\n"


def test_the_data_benchmark_imports_and_exports_a_small_office(tmp_path):
    out = tmp_path / "data.json"
    env = dict(os.environ, COUNTER_APP_DATA=str(tmp_path / "data"))
    ran = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "data_speed.py"), "--units", "300", "--owners",
                          "450", "--json", str(out)], capture_output=True, text=True, env=env, timeout=300)
    assert ran.returncode == 0, ran.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["import"]
    assert figures["units"] == 300 and figures["owners"] == 450
    exported = figures["export"]
    assert exported["units_rows"] == 300 and exported["occupants_rows"] == 450
    assert all(exported[f"{kind}_{suffix}_s"] >= 0 for kind in ("units", "occupants") for suffix in ("xlsx", "csv"))
    assert "the exported units imported again" in ran.stdout
