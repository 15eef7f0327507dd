"""One build script for every platform: fast tests, PyInstaller, the built program's self-test,
then makensis. On Windows it produces the installer; on Linux it builds the Linux bundle and
compiles the NSIS script around it (a check of the script, not a product).

    .venv/bin/python installer/build.py [--fast] [--skip-tests]

--fast uses zlib compression in makensis (CI); the default is solid LZMA.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WINDOWS = sys.platform == "win32"


def version() -> str:
    return re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(cmd, **kw) -> None:
    print("$", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, **kw)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fast", action="store_true", help="fast compression for CI")
    parser.add_argument("--skip-tests", action="store_true")
    args = parser.parse_args()
    v = version()
    if not args.skip_tests:
        step("fast tests")
        run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "tests/core", "tests/documents"])
    step("translations")
    run([sys.executable, "scripts/translations.py", "release"])
    step("PyInstaller")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", ROOT / "build", "installer/counter_app.spec"])
    bundle = DIST / "CounterApp"
    exe = bundle / ("CounterApp.exe" if WINDOWS else "CounterApp")
    step("self-test of the built program")
    report = Path(tempfile.mkdtemp()) / "selftest.log"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_APP_SELFTEST_LOG=str(report))
    started = time.perf_counter()
    done = subprocess.run([str(exe), "--selftest"], env=env, cwd=bundle)
    elapsed = time.perf_counter() - started
    print(report.read_text(encoding="utf-8", errors="replace") if report.exists() else "(no self-test report)")
    if done.returncode != 0:
        print(f"self-test FAILED (exit {done.returncode})")
        return 1
    step("start-up of the built program to its first window")
    data = Path(tempfile.mkdtemp())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_APP_DATA=str(data), COUNTER_APP_EXIT_WHEN_READY="1")
    setup_db = subprocess.run([str(exe), "demo", "--small", "--db", str(data / "demo.sqlite3")], env=env, cwd=bundle,
                              capture_output=True)
    starts = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([str(exe), "--database", str(data / "demo.sqlite3")], env=env, cwd=bundle, check=True)
        starts.append(time.perf_counter() - t)
    startup = min(starts) if setup_db.returncode == 0 else float("nan")
    print(f"start-up to the sign-in window: {startup:.2f} s (best of 3)")
    step("makensis")
    makensis = shutil.which("makensis") or r"C:\Program Files (x86)\NSIS\makensis.exe"
    suffix = "setup" if WINDOWS else "setup-scriptcheck"
    setup = DIST / f"CounterApp-{v}-{suffix}.exe"
    cmd = [makensis, "-V2", f"-DVERSION={v}", f"-DBUNDLE={bundle}", f"-DOUTFILE={setup}"]
    if args.fast:
        cmd.insert(1, "-DFAST=1")
    run(cmd + [ROOT / "installer" / "counter_app.nsi"])
    step("outputs")
    print(f"bundle     {bundle}  {folder_size(bundle) / 2**20:.0f} MB")
    print(f"installer  {setup}  {setup.stat().st_size / 2**20:.0f} MB" + ("" if WINDOWS else "  (script check)"))
    print(f"self-test  {elapsed:.1f} s including start-up")
    print(f"start-up   {startup:.2f} s to the sign-in window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
