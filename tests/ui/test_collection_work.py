"""The manager's 催缴 window: notices built with a progress bar, printed and logged; a contact
logged and listed among the day's follow-ups; a bad selection said in words, nothing printed."""
from PyQt6.QtWidgets import QApplication

from counter_app.core.money import format_yuan
from counter_app.ledger import clock
from counter_app.services.reports import reminders
from counter_app.store.models import Reminder
from counter_app.ui.management.collection_work import CollectionWorkDialog
from counter_app.ui.settings import CounterSettings
from tests.factories import at, bill_months
from tests.ui.keyboard import Keyboard


def test_notices_are_made_printed_and_logged_and_contacts_followed_up(qtbot, estate, tmp_path):
    bill_months(estate, "2025-12", "2026-01", "2026-02")
    printed = tmp_path / "notices.pdf"
    settings = CounterSettings(report_printer=f"pdf:{printed}", silent_print=True, idle_lock_minutes=0)
    with clock.frozen(at(2026, 2, 20, 9)):
        dialog = CollectionWorkDialog(estate.manager, settings)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.building.setText("99")
        dialog.make_notices()
        qtbot.waitUntil(lambda: dialog.task is None)
        assert "没有楼栋" in dialog.status.text() and not printed.exists()
        dialog.building.setText("3")
        dialog.paper.setCurrentIndex(dialog.paper.findData("a5"))
        dialog.make_notices()
        assert dialog.task.dialog.isVisible()                 # the progress bar while they are built
        qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
        # How many and their total are said before anything prints; Esc prints nothing, logs nothing.
        keys = Keyboard(qtbot)
        question = keys.window_is("printNoticesQuestion")
        count, total = len(dialog.batch.notices), sum(n.total_fen for n in dialog.batch.notices)
        assert f"催缴通知单 {count} 份，合计 ¥{format_yuan(total)}" in question.text() and count > 0
        keys.press("Esc")
        qtbot.waitUntil(lambda: "未打印" in dialog.status.text())
        assert not printed.exists() and Reminder.select().count() == 0
        dialog.make_notices()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
        keys.window_is("printNoticesQuestion")
        keys.press("Enter")                                   # 打印 N 份
        qtbot.waitUntil(printed.exists)
        assert "催缴通知单" in dialog.status.text()
        assert Reminder.select().where(Reminder.channel == "notice").count() == len(dialog.batch.notices) > 0
        dialog.contact_unit.setText("3-2-501")
        dialog.note.setText("说月底来交")
        dialog.follow_up.setDate(dialog.follow_up.date().addDays(-7))      # today
        assert dialog.log_contact()
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "3-2-501"
        assert "（1）" in dialog.tabs.tabText(1)
        dialog.contact_unit.setText("9-9-999")
        assert not dialog.log_contact() and dialog.status.text()
        assert [c.unit for c in reminders.follow_ups(estate.manager)] == ["3-2-501"]
    QApplication.processEvents()
