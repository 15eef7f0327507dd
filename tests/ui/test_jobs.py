"""Reads off the GUI thread deliver the newest request only: an older request still waiting never
runs, an older result arriving late is dropped, a refusal is told in words."""
import threading

from counter_app.core.errors import CounterError
from counter_app.ui.jobs import LatestOnly


def test_a_newer_request_supersedes_the_older_ones(qtbot):
    jobs = LatestOnly()
    release, started = threading.Event(), threading.Event()
    ran, delivered = [], []
    jobs.done.connect(delivered.append)

    def first():
        started.set()
        release.wait(10)
        ran.append("first")
        return "first"

    def second():
        ran.append("second")
        return "second"

    def third():
        ran.append("third")
        return "third"
    jobs.submit(first)
    assert started.wait(10)             # the first is running in the worker now
    jobs.submit(second)                 # waits behind it…
    jobs.submit(third)                  # …and is superseded before it starts
    release.set()
    qtbot.waitUntil(lambda: not jobs.pending)
    jobs.wait()
    assert ran == ["first", "third"] and delivered == ["third"]


def test_a_refusal_arrives_as_words(qtbot):
    jobs = LatestOnly()
    with qtbot.waitSignal(jobs.failed) as blocker:
        jobs.submit(lambda: (_ for _ in ()).throw(CounterError("没有楼栋 9")))
    assert blocker.args == ["没有楼栋 9"]


def test_search_as_you_type_runs_off_the_gui_thread_and_enter_uses_the_box(qtbot, window, monkeypatch):
    from counter_app.services.counter import ledger
    threads = []
    real = ledger.search_units

    def watched(actor, text, limit=30):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(actor, text, limit)
    monkeypatch.setattr(ledger, "search_units", watched)
    qtbot.keyClicks(window.search.box, "3-2-50")
    qtbot.waitUntil(lambda: not window.search.searches.pending)
    assert threads and not any(threads)                  # every keystroke's search: a worker thread
    assert window.search.model.rowCount() == 2
    window.search.box.setText("3-2-501")
    from PyQt6.QtCore import Qt
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)   # Enter: the box's text, at once
    assert window.unit_view.file.summary.code == "3-2-501"


_COLLECTED_WHILE_RUNNING = r"""
import gc, sys, threading, time
from PyQt6.QtCore import QObject
from PyQt6.QtWidgets import QApplication
from counter_app.ui.jobs import LatestOnly
app = QApplication([])
started = threading.Event()

def busy(*_):
    started.set()
    end = time.monotonic() + 1.5
    while time.monotonic() < end:        # Python work: it needs the interpreter's lock throughout
        sum(range(1000))
    return "done"

owner = QObject()
LatestOnly(owner).submit(busy)
assert started.wait(10)
del owner
gc.collect()                             # the window and its reader collected while the read runs
print("alive", flush=True)
"""


def test_a_window_collected_while_its_read_runs_never_hangs_the_program(tmp_path):
    # Once a test run hung for ever: a thread pool owned by a collected window waited for its read
    # while holding the interpreter's lock, which the read needed to finish.
    import subprocess
    import sys
    script = tmp_path / "collected.py"
    script.write_text(_COLLECTED_WHILE_RUNNING, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=30,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "alive" in done.stdout
