"""Long work off the GUI thread: a worker thread with a progress dialog that can be cancelled.
The worker talks to widgets only through signals.

Worker threads are Python threads, never a QThread or QThreadPool that a window owns: a window
closed or collected while its work runs would destroy them, and Qt then either ends the program
(a QThread destroyed while it runs) or waits for the work while holding Python's lock, which the
work needs to go on (a QThreadPool destroyed by the garbage collector): the program hangs. A
Python thread outlives the window; what it reports goes to whatever is still there to hear it."""
from __future__ import annotations

import threading
import traceback

from PyQt6.QtCore import QObject, pyqtSignal
from PyQt6.QtWidgets import QProgressDialog

from .errors import error_text
from ..store import db as dbmod


class Cancelled(Exception):
    pass


class _Worker(QObject):
    progress = pyqtSignal(int, int)
    done = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, fn, cancel: threading.Event):
        super().__init__()
        self.fn, self.cancel = fn, cancel

    def run(self):
        def report(step: int, total: int) -> None:
            if self.cancel.is_set():
                raise Cancelled()
            self.progress.emit(step, total)
        try:
            self.done.emit(in_own_connection(self.fn)(report))
        except Cancelled:
            self.failed.emit("")
        except Exception as exc:  # shown to the user; the trace goes to the log
            traceback.print_exc()
            self.failed.emit(error_text(exc) or type(exc).__name__)


def in_own_connection(fn):
    """fn, closing the database connection it opened in this worker thread when it is done (peewee
    keeps one per thread; a thread that ends would otherwise leave it open to the server)."""
    def run(*args):
        try:
            return fn(*args)
        finally:
            dbmod.close()
    return run


class BackgroundTask(QObject):
    """Run fn(report) in a thread; report(step, total) moves the bar and raises Cancelled
    once the user has pressed Cancel."""
    finished = pyqtSignal(object)   # the result
    failed = pyqtSignal(str)        # "" when cancelled

    def __init__(self, fn, label: str, parent=None):
        super().__init__(parent)
        self.cancel = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("取消"), 0, 0, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel.set)
        self.worker = _Worker(fn, self.cancel)
        # Not daemonic: a write under way when the program ends is finished (or rolled back) first.
        self.thread = threading.Thread(target=self.worker.run, name="background-task")
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.dialog.show()
        self.thread.start()

    def _progress(self, step: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(step)

    def _finish(self) -> None:
        self.thread.join()              # it has sent its last word: a moment at most
        self.dialog.reset()
        self.dialog.hide()
        # The window the work was started from takes the keys again (the bar had them): a screen
        # worked by keyboard goes on by keyboard.
        owner = self.dialog.parentWidget()
        if owner is not None and owner.isVisible():
            owner.window().activateWindow()

    def _done(self, result) -> None:
        self._finish()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)
