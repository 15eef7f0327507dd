"""Start-up: first run creates the database, sign-in opens the window, training uses a copy."""
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication, QLabel, QRadioButton

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.common import session
from counter_app.services.counter import payments
from counter_app.services.setup.training import copy_of as training_copy_of
from counter_app.store import db as dbmod
from counter_app.store.models import Payment
from counter_app.ui.app import AppController
from counter_app.ui.first_run import FirstRunDialog
from tests.factories import at


def sign_in(qtbot, controller, user, password):
    qtbot.waitUntil(lambda: controller.login is not None and controller.login.isVisible())
    controller.login.username.setText(user)
    controller.login.password.setText(password)
    controller.login.try_login()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.isVisible())
    qtbot.addWidget(controller.window)


def test_the_set_up_wizard_by_keys_then_the_import_opens(qtbot, tmp_path):
    path = tmp_path / "office.sqlite3"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.company.insert("阳光物业")                       # Chinese comes through the input method
    dialog.estate.insert("阳光小区")
    dialog.receipt_format.selectAll()
    qtbot.keyClicks(dialog.receipt_format, "YG{seq}")
    dialog.timezone.setEditText("")
    qtbot.keyClicks(dialog.timezone.lineEdit(), "Mars/Base")
    qtbot.keyClicks(dialog.password, "s3cret")
    qtbot.keyClicks(dialog.repeat, "s3cret")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "至少 8 位" in dialog.error.text() and not path.exists()     # an administrator's password
    for field, text in ((dialog.password, "s3cret-pw"), (dialog.repeat, "s3cret-p")):
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "不一致" in dialog.error.text() and not path.exists()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.repeat, "pw")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "未知的时区" in dialog.error.text() and not path.exists()
    dialog.timezone.setCurrentIndex(dialog.timezone.findData("Asia/Shanghai"))
    assert dialog.timezone.currentText() == "北京时间 Asia/Shanghai"          # named as the office says it
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert "必须含年份" in dialog.error.text() and not path.exists()          # a number that restarts never
    assert "必须含年份" in dialog.first_number.text()                       # said as it was typed, too
    dialog.receipt_format.selectAll()
    qtbot.keyClicks(dialog.receipt_format, "YG{year}{seq:05d}")
    from counter_app.ledger import clock as real_clock
    assert dialog.first_number.text() == f"第一张收据的编号：YG{real_clock.business_date('Asia/Shanghai').year}00001"
    assert "管理员的密码至少 8 位" in dialog.findChild(QLabel, "passwordRule").text()   # before it is typed
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted and dialog.next_step == "import"
    controller = AppController(QApplication.instance(), None, path, demo=False)
    from counter_app.ui.settings import CounterSettings
    controller.settings = CounterSettings(idle_lock_minutes=0)
    controller.first_step = dialog.next_step
    controller.open(path)
    sign_in(qtbot, controller, "admin", "s3cret-pw")
    # The ledger's key, made at set-up, is shown once as its recovery code before anything else.
    from counter_app import keystore
    from counter_app.ledger import ledgerkeys
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and
                    QApplication.focusWidget().objectName() == "recoveryKept")
    code = controller.recovery.findChild(QLabel, "recoveryCode").text()
    ledger = ledgerkeys.ledger_id()
    key = ledgerkeys.held(ledger, keystore.get(ledger, ledgerkeys.CURRENT).decode())
    assert keystore.parse_recovery_code(code) == key
    assert controller.window.keeping.dialog is None                      # the import waits for it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert ledgerkeys.code_to_show(ledger) is None                       # kept: not shown again here
    assert controller.window.info.estate_name == "阳光小区"
    header = controller.window.findChild(QLabel, "userLabel")
    assert header.text() == "管理员 管理员" and controller.window.findChild(QLabel, "trainingBanner") is None
    assert type(controller.window.keeping.dialog).__name__ == "ImportDialog"    # the office's Excel next
    from counter_app.store.models import Estate
    estate = Estate.get()
    assert (estate.receipt_format, estate.timezone, estate.receipt_title) == ("YG{year}{seq:05d}", "Asia/Shanghai",
                                                                              "阳光小区收款收据")


def test_a_look_at_the_demo_first_creates_nothing_of_the_office(qtbot, tmp_path):
    path = tmp_path / "office.sqlite3"
    dialog = FirstRunDialog(path)
    qtbot.addWidget(dialog)
    dialog.findChild(QRadioButton, "next_demo").setChecked(True)
    dialog._create()
    assert dialog.next_step == "demo" and dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert not path.exists()


def test_training_mode_uses_a_marked_copy(qtbot, billed_estate, counter_settings):
    path = billed_estate.ledger.path
    dbmod.close()
    controller = AppController(QApplication.instance(), counter_settings, path, demo=False)
    controller.open(path)
    sign_in(qtbot, controller, "cashier", "cashier")
    assert not controller.window.info.training
    controller.switch_training(True)
    window = controller.window
    qtbot.addWidget(window)
    assert window.info.training and "练习" in window.windowTitle()
    banner = window.findChild(QLabel, "trainingBanner")
    assert banner is not None and banner.isVisible() and "TRAINING" in banner.text()
    with clock.frozen(at(2026, 1, 10, 9)):
        r = payments.take_payment(window.actor, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)]), training=True)
    assert r.training
    import subprocess

    from counter_app.documents.receipt import render_receipt
    pdf = training_copy_of(path).with_suffix(".pdf")
    pdf.write_bytes(render_receipt(r, "80mm").pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "练习" in text and "非正式收据" in text
    controller.switch_training(False)
    qtbot.addWidget(controller.window)
    assert not controller.window.info.training
    assert Payment.select().count() == 0          # the real ledger never saw the practice payment
    assert not session.is_training()


def test_the_sign_in_window_needs_neither_the_counter_window_nor_reportlab_nor_the_server_driver():
    """What start-up imports before the first window (python -X importtime showed these to be most
    of it): the counter window and its PDF library load while the password is typed, the server's
    driver only when a server is opened."""
    import subprocess
    import sys
    probe = ("import sys; import counter_app.ui.app, counter_app.cli; "
             "print(sorted(m for m in ('reportlab', 'counter_app.ui.main_window', 'psycopg', 'openpyxl') "
             "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_sign_out_brings_the_sign_in_window_and_another_user_gets_a_window_of_their_own(qtbot, billed_estate,
                                                                                      counter_settings):
    path = billed_estate.ledger.path
    dbmod.close()
    controller = AppController(QApplication.instance(), counter_settings, path, demo=False)
    controller.open(path)
    sign_in(qtbot, controller, "cashier", "cashier")
    first = controller.window
    qtbot.waitUntil(first.isMaximized)                  # the first time on this PC: the whole screen
    first.showNormal()
    size = (first.minimumSizeHint().width(), 600)       # put where this counter's cashier likes it
    first.setGeometry(0, 40, *size)
    qtbot.waitUntil(lambda: (first.width(), first.height()) == size)
    first.signOutRequested.emit()
    assert controller.window is None and controller.login.isVisible()
    sign_in(qtbot, controller, "manager", "manager")
    qtbot.addWidget(controller.window)
    assert controller.window is not first and controller.window.actor.username == "manager"
    second = controller.window                          # after 切换用户: as it was left on this PC
    assert not second.isMaximized() and (second.width(), second.height()) == size
