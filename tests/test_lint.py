"""The code reads clean: no unused import or name, no undefined name (pyflakes, a tool nobody here
wrote), in the program, its tests and its benchmarks."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pyflakes_finds_nothing():
    found = subprocess.run([sys.executable, "-m", "pyflakes", "counter_app", "tests", "benchmarks", "installer",
                            "scripts"], cwd=ROOT, capture_output=True, text=True)
    assert found.returncode == 0 and not found.stdout.strip(), found.stdout + found.stderr
