"""The office's data from the window, driven as a person would: the import dialog previews a file
(every row's outcome in the table), imports it with a progress bar, and a cancelled import writes
nothing; the restore dialog shows what a backup holds; the status bar says how old the last good
backup is and the day's automatic backup runs without holding up the counter."""
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QMessageBox, QPushButton

from counter_app.services.setup import backups
from counter_app.store.models import Unit
from counter_app.ui.data.backup_dialogs import RestoreDialog
from counter_app.ui.data.import_dialog import ImportDialog
from counter_app.ui.data.keeping import age_text
from tests.services.imports import files

UNITS = ["楼栋", "单元", "房号", "建筑面积", "交房日期"]

from tests.ui.keyboard import Keyboard


def _dialog(qtbot, actor):
    dialog = ImportDialog(actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _wait_task(qtbot, dialog):
    assert dialog.task is not None, "the key or button started the work"
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)


def test_the_import_dialog_previews_then_imports_by_keys(qtbot, estate, tmp_path, monkeypatch):
    path = files.xlsx(tmp_path / "新楼.xlsx", UNITS, [["9", 1, "101", "88.5㎡", "2026/1/5"], ["9", 1, "102", "八十", None],
                                                   ["3", 2, "501", "100.24", None]])
    dialog = _dialog(qtbot, estate.admin)
    dialog.kind.setCurrentIndex(dialog.kind.findData("units"))
    dialog.file.setText(str(path))
    qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
    _wait_task(qtbot, dialog)
    model = dialog.model
    shown = [[model.data(model.index(r, c)) for c in range(5)] for r in range(model.rowCount())]
    assert [row[:4] for row in shown] == [["数据", 2, "9-1-101", "新增"], ["数据", 3, "9-1-102", "拒绝"],
                                          ["数据", 4, "3-2-501", "不变"]]
    assert "建筑面积" in shown[1][4] and "不是数字" in shown[1][4]
    assert not dialog.import_button.isEnabled() and "整份文件都不会导入" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "import-refused.png"))

    files.xlsx(path, UNITS, [["9", 1, "101", "88.5㎡", "2026/1/5"], ["9", 1, "102", "80", None]])
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.file.setFocus()
    qtbot.keyClick(dialog.file, Qt.Key.Key_F5)
    _wait_task(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    keys = Keyboard(qtbot)
    dialog.import_button.setFocus()
    keys.press("Enter")                                     # the import's own button: it asks first
    question = keys.window_is("importQuestion")
    assert "新增 2 行" in question.text()
    keys.press("Enter")                                     # 取消 is what Enter answers
    qtbot.waitUntil(lambda: not question.isVisible())
    assert dialog.task is None and Unit.select().where(Unit.code.startswith("9-")).count() == 0
    dialog.activateWindow()
    keys.focus_is("importRun")
    keys.press("Enter")
    keys.window_is("importQuestion")
    keys.press("I")                                         # 导入(&I)
    qtbot.waitUntil(lambda: dialog.task is None and "已导入" in dialog.status.text(), timeout=20000)
    assert "已导入" in dialog.status.text()
    assert Unit.select().where(Unit.code.startswith("9-")).count() == 2
    dialog.grab().save(str(tmp_path / "import-done.png"))


def test_a_cancelled_import_writes_nothing(qtbot, estate, tmp_path, monkeypatch):
    rows = [["9", e, f"{f}{r:02d}", "88.5", None] for e in range(1, 5) for f in range(1, 34) for r in range(1, 31)]
    path = files.xlsx(tmp_path / "big.xlsx", UNITS, rows)
    dialog = _dialog(qtbot, estate.admin)
    dialog.file.setText(str(path))
    dialog.preview()
    _wait_task(qtbot, dialog)
    assert dialog.previewed.count("add") == len(rows)
    before = Unit.select().count()
    dialog.run_import()
    question = Keyboard(qtbot).window_is("importQuestion")
    question.findChild(QPushButton, "importQuestionYes").click()
    cancel = dialog.task.dialog.findChild(QPushButton)     # the progress dialog's Cancel button
    assert cancel.text() == "取消"
    cancel.click()
    _wait_task(qtbot, dialog)
    assert "已取消" in dialog.status.text() or "没有写入" in dialog.status.text()
    assert Unit.select().count() == before


def test_the_restore_dialog_shows_what_a_backup_holds(qtbot, estate, counter_settings, tmp_path):
    counter_settings.backup_folder = str(tmp_path / "usb")
    taken = backups.back_up(estate.manager, tmp_path / "usb")
    dialog = RestoreDialog(estate.admin, counter_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 1 and dialog.chosen() == taken.path
    text = dialog.details.text()
    assert "测试花园" in text and "房屋 4 户" in text and "数据库版本" in text
    assert dialog.restore_button.isEnabled()
    dialog.grab().save(str(tmp_path / "restore.png"))


def test_the_status_bar_says_how_old_the_last_good_backup_is(qtbot, window, tmp_path):
    now = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
    assert age_text(None)[1] is False
    assert age_text(now - timedelta(hours=1), now)[1] is True
    assert age_text(now - timedelta(days=3), now) == ("3 天前", False)
    label = window.findChild(type(window.keeping.label), "backupAge")
    assert "尚无备份" in label.text() and "color" in label.styleSheet()
    window.keeping.settings.backup_folder = str(tmp_path / "usb")
    window.keeping.start()                       # the day's first start: backs up off the GUI thread
    qtbot.waitUntil(lambda: "今天" in label.text(), timeout=20000)
    assert backups.last_good() is not None and label.styleSheet() == ""
    assert len(list((tmp_path / "usb").glob("auto-*.sqlite3"))) == 1
    window.keeping.background.wait()             # the week's check after it: nothing outlives the test


def test_the_preview_shows_what_the_command_lines_dry_run_prints(qtbot, estate, tmp_path):
    """A workbook kept per building, with a merged title, a hidden row and column, a totals row, a
    Chinese-numeral building and a bad area: the window's preview (typed into the file box, Enter)
    shows the same lines as `counter-app import --dry-run` on the same file and ledger."""
    import os
    import shutil
    import subprocess
    import sys
    from PyQt6.QtWidgets import QApplication
    header = ["房号", "面积(㎡)", "备注"]
    path = files.book(tmp_path / "estate-book.xlsx", {        # typed as keys: a name in ASCII
        "9栋": [["新城花园 9栋"], header, ["9-1-101", "88.5㎡", None], ["9#1-102", "88.555", None],
                ["9-1-103", 70, "隐藏的行"], ["合计", 158.5, "共 2 户"]],
        "十栋": [header, ["十栋1单元101", 90, None], ["3-2-501", "100.24", None]],
        "说明": [["填表说明"]]},
        hidden_rows={"9栋": [5]}, hidden_columns={"9栋": ["C"]}, merges={"9栋": ["A1:C1"]})
    dialog = _dialog(qtbot, estate.admin)
    dialog.kind.setCurrentIndex(dialog.kind.findData("units"))
    dialog.file.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.file)
    qtbot.keyClicks(QApplication.focusWidget(), str(path))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    _wait_task(qtbot, dialog)
    shown = dialog.outcome.toPlainText().splitlines()
    assert shown[0] == "楼栋与房屋：新增 2，不变 1，拒绝 1，跳过 2"
    for words in ("读取的工作表：9栋（4 行）、十栋（2 行）", "未读取的工作表：说明（模板的说明，不导入）",
                  "隐藏的列，未读取：9栋 C 列（备注）", "9栋 第 4 行 面积(㎡)“88.555”最多允许 2 位小数", "未读取的列：十栋 备注",
                  "9栋 第 5 行：隐藏的行", "9栋 第 6 行：合计行（合计），已跳过", "十栋 第 2 行：房号“十栋1单元101”读作 10-1-101"):
        assert any(words in line for line in shown), words
    model = dialog.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["9栋"] * 4 + ["十栋"] * 2
    dialog.grab().save(str(tmp_path / "import-messy.png"))

    exe = shutil.which("counter-app", path=os.path.dirname(sys.executable))
    command = [exe, "import", "units", str(path), "--dry-run", "--user", "admin", "--db", str(estate.ledger.path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, COUNTER_APP_PASSWORD="admin"))
    assert done.returncode == 4, done.stderr
    printed = done.stdout.splitlines()
    assert printed[:len(shown)] == shown
def _restore_by_keys(qtbot, dialog):
    """From the list, Tab to 恢复此备份… and Space, as a person without a mouse would."""
    from PyQt6.QtWidgets import QApplication
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    for _ in range(6):
        if QApplication.focusWidget() is dialog.restore_button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.restore_button
    qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)


def test_the_restore_dialog_checks_a_copy_first_and_says_what_an_older_backup_drops(qtbot, estate, counter_settings,
                                                                                   tmp_path, monkeypatch):
    """A damaged backup is refused with the ledger untouched; an older one is checked, what it drops
    is listed in the question, and once answered Yes it is put in place."""
    import shutil
    import sqlite3

    from counter_app.core.tenders import Tender
    from counter_app.ledger import clock
    from counter_app.services.counter import payments
    from counter_app.store.models import Payment
    from tests.factories import at, bill_months
    bill_months(estate, "2026-01")
    counter_settings.backup_folder = str(tmp_path / "usb")
    taken = backups.back_up(estate.manager, tmp_path / "usb")
    with clock.frozen(at(2026, 1, 5, 9)):
        later = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-101", topup_fen=5000, tenders=[Tender("cash", 5000)]))
    damaged = tmp_path / "usb" / "zz-edited.db"                 # listed by what it holds, not its name
    shutil.copyfile(taken.path, damaged)
    conn = sqlite3.connect(damaged)
    conn.execute("UPDATE audit_log SET username = 'someone' WHERE id = 3")     # its chain no longer holds
    conn.commit()
    conn.close()
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: (asked.append(text),
                                                                                     QMessageBox.StandardButton.Yes)[1])
    dialog = RestoreDialog(estate.admin, counter_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert {Path(dialog.table.item(r, 1).data(Qt.ItemDataRole.UserRole)).name for r in range(2)} == \
        {damaged.name, Path(taken.path).name}
    dialog.table.selectRow([dialog.table.item(r, 1).text() for r in range(2)].index(damaged.name))
    _restore_by_keys(qtbot, dialog)
    qtbot.waitUntil(lambda: "备份已损坏" in dialog.details.text(), timeout=20000)
    assert not asked and dialog.restored is None and dialog.task is None
    assert Payment.select().where(Payment.number == later.number).exists()

    dialog.table.selectRow([dialog.table.item(r, 1).text() for r in range(2)].index(Path(taken.path).name))
    _restore_by_keys(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)        # checked aside: the question comes next
    assert later.number in asked[0] and "仍要恢复" in asked[0]
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20000)
    assert "另存为" in dialog.details.text()
    assert not Payment.select().where(Payment.number == later.number).exists()


def test_the_restore_dialog_asks_before_a_backup_this_pc_cannot_fully_check(qtbot, estate, counter_settings,
                                                                            tmp_path, monkeypatch):
    """On a PC without the ledger's key an audit row edited in the backup cannot be seen: the
    question says first and plainly that the backup could not be fully checked and which rows; 否
    leaves the ledger as it was; 是 restores it and the result never says 检查通过."""
    import shutil
    import sqlite3

    from tests import outside
    from tests.factories import bill_months
    bill_months(estate, "2026-01")
    usb = tmp_path / "usb"
    taken = backups.back_up(estate.manager, usb)
    edited = usb / "edited.sqlite3"
    shutil.move(taken.path, edited)
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE audit_log SET username = 'someone' WHERE id = 3")     # the key would show it
    conn.commit()
    conn.close()
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "new-pc"))          # a PC that never held the key
    counter_settings.backup_folder = str(usb)
    answers, asked = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: (asked.append(text),
                                                                                     answers.pop(0))[1])
    before = outside.fingerprint(estate.ledger.path)
    dialog = RestoreDialog(estate.admin, counter_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _restore_by_keys(qtbot, dialog)
    qtbot.waitUntil(lambda: "没有恢复" in dialog.details.text(), timeout=20000)
    assert len(asked) == 1 and asked[0].startswith("备份 edited.sqlite3 没能全部核对") and "本机没有这把密钥" in asked[0]
    assert "检查通过" not in asked[0] and dialog.restored is None
    assert outside.fingerprint(estate.ledger.path) == before
    _restore_by_keys(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.restored is not None, timeout=20000)
    assert len(asked) == 2 and "没能全部核对" in dialog.details.text() and "检查通过" not in dialog.details.text()


def test_the_days_backup_and_weeks_check_stay_on_the_ledger_they_were_asked_for(qtbot, window, tmp_path):
    """The check that follows the day's backup runs on the ledger the window started on, even when
    another ledger is bound before the backup's result reaches the window (a training copy, a
    restore, the next window in the same process): it never writes into that other file."""
    from counter_app.services.setup import checkup
    from counter_app.store import db as dbmod, migrations
    from counter_app.services.common.session import open_database
    first = dbmod.database.obj
    window.keeping.settings.backup_folder = str(tmp_path / "usb")
    assert backups.automatic_due() and checkup.due()
    window.keeping.start()
    open_database(tmp_path / "other.sqlite3")        # bound for all before the result arrives
    other = dbmod.database.obj
    for _ in range(3):                               # the job, its result, anything it sends on
        window.keeping.background.wait()
        qtbot.wait(50)
    assert migrations.get_meta(checkup.LAST_CHECK) in (None, "")
    with dbmod.pinned_here(first):
        assert migrations.get_meta(checkup.LAST_CHECK) and backups.last_good() is not None
    assert dbmod.database.obj is other
