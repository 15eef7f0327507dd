"""Start-up: language, font, which database (demo, training or the office's), sign-in, window."""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PyQt6.QtCore import QCoreApplication, QTimer
from PyQt6.QtWidgets import QApplication, QMessageBox

from .. import paths
from ..core.errors import CounterError
from ..ledger import estate as lookups
from ..services.common import session
from ..services.setup import first_run as setup, training
from ..store import db as dbmod, failures
from ..store.server_urls import is_server_url
from . import fit, help as guide, i18n, keys, style
from .login import LoginDialog

if TYPE_CHECKING:
    from .main_window import MainWindow
from .settings import CounterSettings
from .workers import BackgroundTask
from .errors import error_text


class AppController:
    """Owns the database binding and the top-level windows."""

    def __init__(self, app: QApplication, settings: CounterSettings, path: Path, demo: bool):
        self.app, self.settings, self.path, self.demo = app, settings, path, demo
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self.task: BackgroundTask | None = None
        self.actor = None
        self.first_step = ""          # after the set-up wizard: the window the administrator goes on in

    def _exists(self) -> bool:
        return is_server_url(str(self.path)) or self.path.exists()

    def start(self) -> None:
        if self.demo and not self._exists():
            self._build_demo()
        elif not self.demo and (not self._exists() or self._needs_setup()):
            from .first_run import FirstRunDialog   # why: only a new ledger shows the set-up wizard
            dialog = FirstRunDialog(self.path)
            if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
                self.app.quit()
                return
            if dialog.next_step == "demo":      # a look first: the demo ledger, the office's untouched
                self.path, self.demo = paths.demo_db(), True
                self.start()
                return
            self.first_step = dialog.next_step
            self.open(self.path)
        else:
            self.open(self.path)

    def _needs_setup(self) -> bool:
        try:
            session.open_database(self.path)
            return setup.needs_setup()
        except Exception:       # a file that cannot be opened: open() says why
            return False

    def _build_demo(self) -> None:
        from ..scenarios.demo import build_demo   # why: start-up: kept out of the window's start

        def work(report):
            try:
                return build_demo(self.path, progress=report)
            finally:
                dbmod.close()
        self.task = BackgroundTask(work, QCoreApplication.translate(
            "AppController", "正在建立演示数据库（约 600 户、两年历史，仅首次）…"))
        self.task.finished.connect(lambda _result: self.open(self.path))
        self.task.failed.connect(self._demo_failed)
        self.task.start()

    def _demo_failed(self, message: str) -> None:
        if message:
            QMessageBox.critical(None, QCoreApplication.translate("AppController", "演示数据库"), message)
        self.app.quit()

    def open(self, path: Path) -> None:
        try:
            session.open_database(path)
        except Exception as exc:
            message = error_text(exc) if isinstance(exc, CounterError) else failures.describe(exc, path)
            if message is None:
                raise
            QMessageBox.critical(None, QCoreApplication.translate("AppController", "数据库"), message)
            self.app.quit()
            return
        self.login = LoginDialog(None, self._estate_name(), training=session.is_training(), demo=session.is_demo())
        self.login.finished.connect(self._logged_in)
        self.login.open()
        # The counter window's modules (reportlab among them: a third of a start) load while the
        # cashier types the password, not before the sign-in window shows.
        QTimer.singleShot(WARM_UP_MS, _load_the_counter_window)
        if os.environ.get("COUNTER_APP_EXIT_WHEN_READY"):
            # Start-up measurement (build script, benchmarks): quit once the first window is up.
            QTimer.singleShot(0, self.app.quit)

    def _estate_name(self) -> str:
        names = [name for _, name in lookups.estates()]
        return names[0] if len(names) == 1 else ""

    def _logged_in(self, result: int) -> None:
        if result != LoginDialog.DialogCode.Accepted:
            self.app.quit()
            return
        self.actor = self.login.actor
        self.show_window()

    def show_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        from .main_window import MainWindow   # why: start-up: kept out of the window's start
        self.window = MainWindow(self.actor, self.settings)
        self.window.trainingRequested.connect(self.switch_training)
        self.window.signOutRequested.connect(self.sign_out)
        self.window.show_as_left()
        step, self.first_step = self.first_step, ""
        if not session.is_demo() and not self.window.info.training and self._show_recovery_code():
            self.recovery.finished.connect(lambda _result: self._first_step(step))
        else:
            self._first_step(step)

    def _first_step(self, step: str) -> None:
        if step == "import" and self.actor.may("data.import"):
            self.window.keeping.import_data()
        elif step == "manual" and self.actor.may("standard.edit"):
            self.window.open_standards()
        if not self.window.info.training:       # the practice copy is not the ledger to keep
            self.window.keeping.start()

    def _show_recovery_code(self) -> bool:
        """A key made on this PC whose recovery code no administrator has seen: shown now, before
        anything else opens (the set-up's first step waits for it)."""
        from ..services.setup import keys   # why: start-up: kept out of the window's start
        pending = keys.code_to_keep(self.actor)
        if pending is None:
            return False
        from .admin.recovery_code import RecoveryCodeDialog   # why: start-up: kept out of the window's start
        self.recovery = RecoveryCodeDialog(self.actor, self.settings, pending, self.window)
        self.recovery.open()
        return True

    def sign_out(self) -> None:
        """注销 / 切换用户: the sign-in window again (shown before the counter window closes, so
        the application does not end in between); whoever signs in gets a window of their own."""
        self.login = LoginDialog(None, self._estate_name(), training=session.is_training(), demo=session.is_demo())
        self.login.finished.connect(self._logged_in)
        self.login.open()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None

    def switch_training(self, on: bool) -> None:
        """练习模式: a fresh copy of the real ledger, marked, so practice never touches it."""
        if on and not training.possible(self.path):
            QMessageBox.information(None, QCoreApplication.translate("AppController", "练习模式"),
                                    QCoreApplication.translate("AppController", "练习模式只在单机账本上使用；"
                                                               "连接服务器的收费窗口不能练习，以免影响其他窗口。"))
            return
        if on:
            training.open_training_copy(self.path)
        else:
            training.leave_training(self.path)
        self.show_window()


def _announce_running() -> None:
    """On Windows, a named mutex lets the installer refuse to run while the program is open."""
    if sys.platform == "win32":
        import ctypes   # why: Windows only
        ctypes.windll.kernel32.CreateMutexW(None, False, "CounterApp.Running")


WARM_UP_MS = 300


def _load_the_counter_window() -> None:
    importlib.import_module(f"{__package__}.main_window")   # loaded now, so the window opens at once after sign-in
    app = QApplication.instance()
    if app is not None:
        app.setApplicationVersion(importlib.import_module("counter_app").__version__)   # read after the first window


def run_app(demo: bool = False, db_path: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CounterApp")
    settings = CounterSettings.load()
    i18n.install(app, settings.language)
    style.apply(app, settings.text_scale)
    fit.install(app)
    guide.install(app)
    keys.install(app)
    _announce_running()
    configured = settings.database_path or None
    chosen = db_path or ("" if demo else configured) or (paths.demo_db() if demo else paths.default_db())
    # The office's server (postgresql://…) or a SQLite file on this PC.
    path = chosen if is_server_url(str(chosen)) else Path(chosen)
    controller = AppController(app, settings, path, demo)
    app.controller = controller  # kept alive with the application
    controller.start()
    return app.exec()
