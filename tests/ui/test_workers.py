"""Long work runs off the GUI thread with a progress bar, and can be cancelled."""
import threading

from PyQt6.QtWidgets import QPushButton

from counter_app.scenarios.demo import build_demo
from counter_app.ui.workers import BackgroundTask


def test_background_task_reports_and_finishes(qtbot):
    gui_thread = threading.get_ident()
    seen = {}

    def work(report):
        seen["thread"] = threading.get_ident()
        for step in range(5):
            report(step, 5)
        return 42

    task = BackgroundTask(work, "working")
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [42]
    assert seen["thread"] != gui_thread
    assert task.dialog.maximum() in (0, 5)


def test_cancelling_demo_build_leaves_no_file(qtbot, tmp_path):
    path = tmp_path / "demo.sqlite3"
    started = threading.Event()

    def work(report):
        def progress(step, total):
            started.set()
            task.cancel.wait(5)     # hold the worker until the user has pressed Cancel
            report(step, total)
        return build_demo(path, months=3, entrances=1, floors=2, progress=progress)

    task = BackgroundTask(work, "demo")
    with qtbot.waitSignal(task.failed, timeout=30000) as blocker:
        task.start()
        qtbot.waitUntil(started.is_set, timeout=20000)
        task.dialog.findChild(QPushButton).click()   # the dialog's Cancel button
    assert blocker.args == [""]          # cancelled, not an error
    assert not path.exists()
