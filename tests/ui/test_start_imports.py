"""Start-up loads what the sign-in window needs and nothing more: the PDF and spreadsheet
libraries, barcodes, Qt's printing and PDF modules, the server's driver and adapter, fee and
period arithmetic, the set-up wizard, the counter window and the command line's grammar load
later (while the password is typed, or when asked for).
python -X importtime showed these to be most of a start."""
import os
import subprocess
import sys

from counter_app.store import db as dbmod

# Modules (and the packages under them) the sign-in window must not have loaded.
HEAVY = ("reportlab", "openpyxl", "barcode", "qrcode", "PIL", "psycopg", "PyQt6.QtPdf", "PyQt6.QtPrintSupport",
         "PyQt6.QtCharts", "PyQt6.QtSvg", "counter_app.documents", "counter_app.ui.main_window",
         "counter_app.cli", "counter_app.services.imports", "counter_app.services.reports",
         "counter_app.core.fees", "counter_app.core.periods", "counter_app.ui.first_run", "counter_app.store.server")

PROBE = """
import atexit, runpy, sys
heavy = sys.argv.pop(1).split(",")
def said():
    loaded = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
    print("SIGN-IN", "counter_app.ui.login" in sys.modules, "LOADED", ",".join(loaded), flush=True)
atexit.register(said)
sys.argv[0] = "counter-app"
runpy.run_module("counter_app", run_name="__main__")
"""


def loaded_at_start(path, heavy=HEAVY) -> tuple[bool, list[str]]:
    """Start the program on `path` as the `counter-app` command does, up to its first window: whether
    that was the sign-in window, and which of `heavy` it had loaded."""
    env = dict(os.environ, COUNTER_APP_EXIT_WHEN_READY="1", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE, ",".join(heavy), "--database", str(path)], env=env,
                          capture_output=True, text=True, timeout=120)
    line = [x for x in done.stdout.splitlines() if x.startswith("SIGN-IN ")]
    assert line, (done.stdout, done.stderr)
    words = line[-1].split(" ")
    return words[1] == "True", [m for m in words[3:] for m in m.split(",") if m]


def test_the_sign_in_window_comes_up_without_a_heavy_module(ledger):
    dbmod.close()
    shown, loaded = loaded_at_start(ledger.path)
    assert shown
    assert loaded == []


def test_the_probe_sees_a_module_that_is_loaded(ledger):
    """The probe can fail: a module the sign-in path does load is reported."""
    dbmod.close()
    shown, loaded = loaded_at_start(ledger.path, heavy=("PyQt6.QtWidgets", "counter_app.ui.login"))
    assert shown and loaded == ["PyQt6.QtWidgets", "counter_app.ui.login"]
