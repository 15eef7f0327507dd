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
