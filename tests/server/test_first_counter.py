"""The office's first counter on an empty server database: the window's set-up wizard creates the
ledger there (the URL shown without its password), and the next counter signs in to it."""
from PyQt6.QtWidgets import QApplication, QLabel

from counter_app.store import db as dbmod
from counter_app.store.models import Estate, User
from counter_app.ui.app import AppController
from counter_app.ui.first_run import FirstRunDialog
from counter_app.ui.settings import CounterSettings
from tests.ui.test_app_start import sign_in


def test_the_first_counter_sets_up_the_server_ledger_and_the_next_signs_in(qtbot, pg):
    url = pg.empty_database().replace("postgres@", "postgres:not-shown@")
    dialog = FirstRunDialog(url)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "127.0.0.1" in shown and "not-shown" not in shown
    dialog.estate.setText("阳光小区")
    dialog.company.setText("阳光物业")
    dialog.password.setText("s3cret-pw")
    dialog.repeat.setText("s3cret-pw")
    dialog._create()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert [e.name for e in Estate.select()] == ["阳光小区"] and User.select().count() == 1
    dbmod.close()

    controller = AppController(QApplication.instance(), CounterSettings(idle_lock_minutes=0), url, demo=False)
    assert not controller._needs_setup()
    controller.open(url)
    sign_in(qtbot, controller, "admin", "s3cret-pw")
    assert controller.window.info.estate_name == "阳光小区"
    controller.window.close()
