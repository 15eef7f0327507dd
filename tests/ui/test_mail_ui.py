"""电子账单 by keys: the settings typed field by field and saved with Ctrl+S, a test message sent
with Ctrl+T to aiosmtpd on 127.0.0.1; then the send window: a building typed and counted with
Enter (nothing queued), Ctrl+Enter queues and sends, the queue's row shown as sent."""
import pytest

from counter_app.ledger import clock
from counter_app.services.mail import settings
from counter_app.store.queries import mail as mailq
from counter_app.ui.mail.dialogs import MailSendDialog, MailSettingsDialog
from tests.mail import test_queue, test_smtp
from tests.mail.test_queue import NOW
from tests.mail.test_smtp import _Inbox
from tests.ui.helpers import cells, shown_active
from tests.ui.keyboard import Keyboard

office = test_queue.office        # the fixtures, shared
serve = test_smtp.serve

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def test_settings_then_a_building_s_notices_by_keys(qtbot, office, serve, tmp_path):
    inbox = _Inbox()
    port = serve(inbox)
    keys = Keyboard(qtbot)
    with clock.frozen(NOW):
        dialog = shown_active(qtbot, MailSettingsDialog(office.admin))
        keys.focus_is("mailHost")
        keys.run("127.0.0.1", "<Tab>", "<Ctrl+A>", str(port), "<Tab>")
        keys.focus_is("mailTls")
        keys.run("<Up>")                                # from starttls up to 不加密
        assert dialog.tls.currentData() == "none"
        keys.run("<Tab>", "office@sunny.example", "<Enter>")
        assert settings.current(office.admin) is None   # Enter saves nothing
        keys.press("Ctrl+S")
        assert "已保存" in dialog.status.text()
        assert settings.current(office.admin).port == port
        keys.press("Ctrl+T")
        assert "测试邮件已发出" in dialog.status.text() and len(inbox.messages) == 1
        dialog.grab().save(str(tmp_path / "mail_settings.png"))
        dialog.accept()

        send = shown_active(qtbot, MailSendDialog(office.manager))
        keys.focus_is("mailBuilding")
        keys.run("3", "<Enter>")
        assert "将发送 1 封" in send.status.text() and "3 户没有业主邮箱" in send.status.text()
        assert mailq.listing(office.estate.id) == []    # counted, nothing queued
        keys.press("Ctrl+Return")
        assert "已发送 1" in send.status.text()
        assert len(inbox.messages) == 2
        (row,) = cells(send.table)
        assert row[:3] == ["2026-01-20 10:00", "3-2-501", "张三"] and row[5] == "已发送"   # local time
        send.grab().save(str(tmp_path / "mail_send.png"))


def test_under_the_management_menu_by_role(qtbot, office, counter_settings):
    """The send window for a manager and an administrator, the settings for an administrator only,
    neither for a cashier."""
    from counter_app.ui.main_window import MainWindow
    with clock.frozen(NOW):
        for actor, expected in ((office.admin, {"actionMailSend", "actionMailSettings"}),
                                (office.manager, {"actionMailSend"}), (office.cashier, set())):
            window = MainWindow(actor, counter_settings)
            qtbot.addWidget(window)
            names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
            assert names & {"actionMailSend", "actionMailSettings"} == expected, actor.role
