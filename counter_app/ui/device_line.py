"""The counter's devices (the cash drawer, the pole display) are sent their bytes on one thread of
their own, in the order asked: a drawer that is switched off takes its whole connect timeout
(seconds) to fail, and the cashier's keys must not wait for it. A failure comes back to the window
through a signal, with what was being done."""
from __future__ import annotations

import logging
import queue
import threading
from typing import Callable

from PyQt6.QtCore import QObject, pyqtSignal

from ..core.errors import CounterError

log = logging.getLogger(__name__)


class DeviceLine(QObject):
    """send(what, job) runs job() off the GUI thread, one job at a time, in order. A CounterError
    from it is emitted as failed(what, error) on the GUI thread; anything else is logged."""
    failed = pyqtSignal(object, object)
    done = pyqtSignal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._jobs: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None

    def send(self, what, job: Callable[[], None]) -> None:
        self._jobs.put((what, job))
        if self._thread is None:          # started on first use: a counter without devices has none
            self._thread = threading.Thread(target=self._run, name="devices", daemon=True)
            self._thread.start()

    def idle(self) -> bool:
        """Nothing waiting or being sent (for tests and for closing)."""
        return self._jobs.unfinished_tasks == 0

    def _run(self) -> None:
        while True:
            what, job = self._jobs.get()
            try:
                try:
                    job()
                except CounterError as exc:
                    self.failed.emit(what, exc)
                except Exception:                # a device's surprise must not end the line
                    log.exception("device job %r failed", what)
                else:
                    self.done.emit(what)
            except RuntimeError:                 # the window is gone: no one left to tell
                pass
            finally:
                self._jobs.task_done()
