from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QLabel, QPushButton

from counter_app.ledger import clock
from counter_app.ledger import dues
from counter_app.services.counter import ledger
from counter_app.store.models import Payment, Reprint
from counter_app.ui.search.panel import HitsModel
from counter_app.ui.unit.models import ChargesModel, HistoryModel
from tests.factories import at
from tests.ui.keyboard import Keyboard


def test_models_pass_the_qt_model_tester(qtmodeltester, billed_estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        unit = billed_estate.units["501"]
        lines = dues.owed(billed_estate.cashier, unit)
        charges = ChargesModel()
        charges.set_lines(lines)
        qtmodeltester.check(charges, force_py=True)
        charges.toggle(0)
        assert charges.checked_ids() == [lines[0].charge_id]
        qtmodeltester.check(charges, force_py=True)
        hits = HitsModel()
        hits.set_hits(ledger.search_units(billed_estate.cashier, "3-"))
        qtmodeltester.check(hits, force_py=True)
        history = HistoryModel()
        from counter_app.core.tenders import Tender
        from counter_app.services.counter import payments
        payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
            unit_code=unit.code, all_due=True, tenders=[Tender("cash", 10_000_000)]))
        history.set_rows(ledger.paid_history(unit))
        assert history.rowCount() == 1
        qtmodeltester.check(history, force_py=True)


def test_charges_model_checks_with_checkstate(billed_estate):
    model = ChargesModel()
    with clock.frozen(at(2026, 1, 10, 9)):
        model.set_lines(dues.owed(billed_estate.cashier, billed_estate.units["501"]))
    index = model.index(1, 0)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    outstanding, _, owed_all, _ = model.totals()
    assert 0 < outstanding < owed_all


def test_print_failure_says_so_and_offers_a_reprint(qtbot, window, tmp_path):
    from dataclasses import replace
    window.settings = replace(window.settings, receipt_printer="不存在的打印机")
    with clock.frozen(at(2026, 1, 10, 9)):
        window.search.box.setText("3-2-501")
        qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
        qtbot.keyClick(window.unit_view, Qt.Key.Key_F6)
        dialog = window.payment_dialog
        dialog.tender_amount["cash"].setText("2000")
        dialog.accept_payment()
        qtbot.waitUntil(lambda: window.receipt_dialog is not None)
        rd = window.receipt_dialog
        assert "打印失败" in rd.status.text() and "F4" in rd.status.text()
        assert Payment.select().count() == 1           # the payment stands
        rd.settings = replace(rd.settings, receipt_printer=f"pdf:{tmp_path / 'again.pdf'}")
        qtbot.waitUntil(rd.isActiveWindow)
        keys = Keyboard(qtbot)
        keys.press("F4")                                 # the reprint says which copy it will be…
        question = keys.window_is("reprintQuestion")
        assert "第 1 次重印" in question.text() and Reprint.select().count() == 0
        keys.press("Enter")                              # …and prints it on Enter
        qtbot.waitUntil(lambda: "重印第 1 次" in rd.status.text())
    assert Reprint.select().count() == 1 and Payment.select().count() == 1
    assert (tmp_path / "again.pdf").exists()


def test_lock_screen_needs_the_password(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F12)
    dialog = window.lock_dialog
    assert dialog is not None and not window.centralWidget().isVisible()
    dialog.password.setText("wrong")
    dialog.try_login()
    assert "错误" in dialog.error.text() and window.lock_dialog is not None
    dialog.reject()                                   # Esc does not get past the lock
    assert window.lock_dialog is not None and not window.centralWidget().isVisible()
    dialog.username.setText("manager")
    dialog.password.setText("manager")
    dialog.try_login()
    assert "原用户" in dialog.error.text()
    dialog.username.setText("cashier")
    dialog.password.setText("cashier")
    dialog.try_login()
    qtbot.waitUntil(lambda: window.lock_dialog is None)
    assert window.centralWidget().isVisible()


def test_idle_time_locks(qtbot, window):
    window.idle.set_minutes(1)
    window.idle.timer.setInterval(50)   # the same timer, shortened for the test
    window.idle.timer.start()
    with qtbot.waitSignal(window.locked, timeout=2000):
        pass
    assert window.lock_dialog is not None


def test_printer_settings_dialog_saves(qtbot, window):
    from counter_app.ui.printing.settings_dialog import PrinterSettingsDialog
    from counter_app.ui.settings import CounterSettings
    dialog = PrinterSettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("58mm"))
    dialog.idle.setValue(3)
    dialog.silent.setChecked(False)
    dialog._accept()
    dialog.settings.save()
    loaded = CounterSettings.load()
    assert (loaded.receipt_layout, loaded.idle_lock_minutes, loaded.silent_print) == ("58mm", 3, False)


def test_about_shows_version_and_copies_diagnostics(qtbot, window):
    from PyQt6.QtGui import QGuiApplication

    from counter_app import __version__
    from counter_app.ui.about import AboutDialog
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.findChild(QLabel, "aboutVersion").text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copyDiagnostics"), Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"counter-app {__version__}" in copied and "data folder:" in copied and "ledger.sqlite3" in copied
    assert __version__ in window.windowTitle()


def test_change_password_dialog(qtbot, billed_estate):
    from counter_app.ledger import signin
    from counter_app.ui.password import ChangePasswordDialog
    dialog = ChangePasswordDialog(billed_estate.cashier)
    qtbot.addWidget(dialog)
    dialog.old.setText("cashier")
    dialog.new.setText("n3w-pass")
    dialog.repeat.setText("n3w-pas")
    dialog.change()
    assert "不一致" in dialog.error.text()
    dialog.repeat.setText("n3w-pass")
    dialog.change()
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert signin.authenticate("cashier", "n3w-pass").username == "cashier"


def test_large_text_mode_scales_the_counter_s_text_and_rows(qtbot, billed_estate, counter_settings):
    """One setting: every size of the style sheet and the rows of the tables grow together."""
    from PyQt6.QtWidgets import QApplication, QLabel

    from counter_app.ledger import clock
    from counter_app.ui import style
    from counter_app.ui.main_window import MainWindow
    from tests.factories import at
    app = QApplication.instance()
    sizes = {}
    try:
        for scale in style.TEXT_SCALES:
            style.apply(app, scale)
            with clock.frozen(at(2026, 1, 10, 9)):
                window = MainWindow(billed_estate.cashier, counter_settings)
                qtbot.addWidget(window)
                window.resize(1366, 768)
                window.show()
                window.search.box.setText("3-2-501")
                window.search.choose_current()
            owed = window.findChild(QLabel, "owedTotal")
            sizes[scale] = (owed.fontInfo().pixelSize(), window.search.box.fontInfo().pixelSize(),
                            window.unit_view.table.rowHeight(0))
            window.close()
    finally:
        style.apply(app, 100)
    assert sizes[100][0] == 26 and sizes[125][0] == round(26 * 1.25) and sizes[150][0] == 39
    assert sizes[100][1] < sizes[125][1] < sizes[150][1]
    assert sizes[100][2] < sizes[150][2]             # rows grow with their text
    assert "39px" in style.style_sheet(150) and "26px" in style.style_sheet(100)
