"""Reads off the GUI thread, newest only: search as you type, the manager's reports, exports.

A request made while an older one still waits supersedes it (the older never runs) and an older
result that arrives late is dropped, so a fast typist sees the results of what is in the box now.
The worker thread reads through its own connection (peewee keeps one per thread; SQLite's WAL lets
it read while the counter writes); results come back to widgets only through a signal.
"""
from __future__ import annotations

import logging

from PyQt6.QtCore import QObject, QRunnable, QThreadPool, pyqtSignal

from ..core.errors import CounterError

log = logging.getLogger(__name__)


class _Run(QRunnable):
    def __init__(self, owner: "LatestOnly", generation: int, fn):
        super().__init__()
        self.owner, self.generation, self.fn = owner, generation, fn

    def run(self) -> None:
        if self.generation != self.owner.generation:
            return                                   # superseded before it started
        try:
            outcome = (self.fn(), "")
        except CounterError as exc:                  # a refusal the user should read
            outcome = (None, str(exc))
        except Exception as exc:                     # shown plainly; the trace goes to the log
            log.exception("background read failed")
            outcome = (None, str(exc) or type(exc).__name__)
        try:
            self.owner.arrived.emit(self.generation, outcome[0], outcome[1])
        except RuntimeError:                         # the window closed meanwhile
            pass


class LatestOnly(QObject):
    """Runs one read at a time in a worker thread and delivers the newest request's outcome."""
    done = pyqtSignal(object)        # the newest request's result
    failed = pyqtSignal(str)         # its refusal or error, in words
    arrived = pyqtSignal(int, object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)               # reads in order; one connection
        self.generation = 0
        self.delivered = 0
        self.arrived.connect(self._deliver)

    @property
    def pending(self) -> bool:
        return self.delivered != self.generation

    def submit(self, fn) -> None:
        self.generation += 1
        self.pool.start(_Run(self, self.generation, fn))

    def supersede(self) -> None:
        """Drop whatever is still on its way (the caller has the answer another way)."""
        self.generation += 1
        self.delivered = self.generation

    def wait(self) -> None:
        self.pool.waitForDone()

    def _deliver(self, generation: int, result, error: str) -> None:
        if generation != self.generation:
            return
        self.delivered = generation
        if error:
            self.failed.emit(error)
        else:
            self.done.emit(result)
