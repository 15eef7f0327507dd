"""The real window under Xvfb and openbox, its ledger on the server behind a cable the test pulls
out at the COMMIT of a payment typed with real X key events (xdotool): after the COMMIT went
through (its answer lost) or before it arrived. The window says it is making sure, never 没有记账
while it cannot ask; once the cable is back it shows the one receipt, and the server holds exactly
one payment, whichever way the cable went."""
import os
import shutil
import subprocess
import sys

import pytest

from counter_app import keystore
from tests.e2e import test_real_window
from tests.e2e.test_real_window import Screen, sign_in, wait_for

from . import test_cut_at_commit
from .test_cut_at_commit import _payments, _through

display, cable = test_real_window.display, test_cut_at_commit.cable      # their fixtures, used here


@pytest.mark.parametrize("when", ["after", "before"])
def test_a_payment_cut_at_commit_in_the_real_window_is_taken_once(cable, display, tmp_path, when):
    line, estate = cable
    data = tmp_path / "counter-pc"            # the program's own data folder, as on the counter's PC
    data.mkdir()
    keys = os.path.join(os.environ["COUNTER_APP_DATA"], keystore.FILE_NAME)
    if os.path.exists(keys):
        shutil.copyfile(keys, data / keystore.FILE_NAME)      # this counter holds the ledger's key
    (data / "counter.ini").write_text(
        "[print]\nreceipt_printer=pdf:{}\nreport_printer=pdf:{}\nsilent=true\n[session]\nidle_lock_minutes=0\n"
        .format(tmp_path / "receipt.pdf", tmp_path / "report.pdf"), encoding="utf-8")
    env = dict(display, COUNTER_APP_DATA=str(data), QT_QPA_PLATFORM="xcb", LANG="C.UTF-8")
    with open(tmp_path / "program.log", "w") as log:
        app = subprocess.Popen([sys.executable, "-m", "counter_app.cli", "--database", _through(line, estate)],
                               env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        screen = Screen(display, app)
        sign_in(screen, "cashier")
        screen.keys("F2")
        screen.type("3-2-501")
        screen.keys("Return")
        screen.keys_until("收款 — 3-2-501", "F6")
        line.cut_at_commit(when)
        screen.keys("F5", "Return")
        wait_for(lambda: line.commits_cut == 1, "the cable cut at the payment's COMMIT")
        screen.keys("Return", "Return")           # an impatient cashier: nothing is taken twice
        assert "收据 SJ" not in " ".join(screen.titles())
        line.mend()
        screen.window("收据 SJ")
        assert len(_payments(estate)) == 1
        wait_for(lambda: (tmp_path / "receipt.pdf").exists(), "the receipt printed")
        screen.keys("Escape")
        screen.gone("收据 SJ")
        assert len(_payments(estate)) == 1
    finally:
        app.terminate()
        try:
            app.wait(15)
        except subprocess.TimeoutExpired:
            app.kill()
    assert (tmp_path / "program.log").read_text(encoding="utf-8", errors="replace").count("Traceback") == 0
