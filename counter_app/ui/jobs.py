"""Reads off the GUI thread, newest only: search as you type, the manager's reports, exports, and
the day's backup with the week's check.

A request made while an older one still waits supersedes it (the older never runs) and an older
result that arrives late is dropped, so a fast typist sees the results of what is in the box now.
The work runs on a Python thread of its own (ui/workers.py says why no Qt thread is used), on the
ledger bound when it was asked for, through the thread's own connection (peewee keeps one per
thread; SQLite's WAL lets it read while the counter writes); results come back to widgets only
through a signal.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from PyQt6.QtCore import QObject, pyqtSignal

from ..core.errors import CounterError
from ..store import db as dbmod
from .errors import error_text

log = logging.getLogger(__name__)


def _run(owner: "LatestOnly", generation: int, fn, ledger) -> None:
    if generation != owner.generation:
        return                                       # superseded before it started
    try:
        with dbmod.pinned_here(ledger):
            outcome = (fn(), "")
    except CounterError as exc:                      # a refusal the user should read
        outcome = (None, error_text(exc))
    except Exception as exc:                         # shown plainly; the trace goes to the log
        log.exception("background read failed")
        outcome = (None, error_text(exc) or type(exc).__name__)
    try:
        owner.arrived.emit(generation, outcome[0], outcome[1])
    except RuntimeError:                             # the window closed meanwhile
        pass


class LatestOnly(QObject):
    """Runs one read at a time in a worker thread and delivers the newest request's outcome."""
    done = pyqtSignal(object)        # the newest request's result
    failed = pyqtSignal(str)         # its refusal or error, in words
    arrived = pyqtSignal(int, object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # Reads in order, on one thread and so one connection. A Python thread, which a window
        # closing or collected never waits for (nor ends): see ui/workers.py.
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="latest-only")
        self.generation = 0
        self.delivered = 0
        self.arrived.connect(self._deliver)

    @property
    def pending(self) -> bool:
        return self.delivered != self.generation

    def submit(self, fn) -> None:
        self.generation += 1
        self.pool.submit(_run, self, self.generation, fn, dbmod.database.obj)

    def supersede(self) -> None:
        """Drop whatever is still on its way (the caller has the answer another way)."""
        self.generation += 1
        self.delivered = self.generation

    def wait(self) -> None:
        """Until what was asked so far has run (tests; never on the GUI thread of a window in use)."""
        self.pool.submit(lambda: None).result()

    def _deliver(self, generation: int, result, error: str) -> None:
        if generation != self.generation:
            return
        self.delivered = generation
        if error:
            self.failed.emit(error)
        else:
            self.done.emit(result)
