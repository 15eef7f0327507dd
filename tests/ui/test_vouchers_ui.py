"""记账凭证 by keys: a closed day typed and looked up with Enter, its voucher shown balanced, exported
with Ctrl+Enter (Enter alone writes nothing), refused the second time in words until 再次导出 is
ticked; an account chosen in the list and changed by typing, saved with Ctrl+Enter; the window is
under 管理 for a manager and not for a cashier."""
import pytest

from counter_app.core.tables import TOTAL
from counter_app.ledger import clock
from counter_app.services.finance import vouchers
from counter_app.ui.main_window import MainWindow
from counter_app.ui.vouchers.dialog import VoucherDialog
from tests.factories import at
from tests.services import test_vouchers
from tests.services.test_vouchers import DAY

closed_day = test_vouchers.closed_day          # the fixture, shared
from tests.ui.helpers import cells, shown_active
from tests.ui.keyboard import Keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def test_export_once_and_an_account_changed_by_keys(qtbot, closed_day, counter_settings, tmp_path):
    estate = closed_day
    keys = Keyboard(qtbot)
    target = tmp_path / "day.xlsx"
    with clock.frozen(at(2026, 1, 11, 9)):
        dialog = shown_active(qtbot, VoucherDialog(estate.manager, DAY))
        dialog.span.setFocus()
        keys.focus_is("voucherSpan")
        keys.press("Ctrl+A")
        keys.run("2026-01-10", "<Enter>")
        lines = cells(dialog.voucher_table)
        assert lines[-1][0] == TOTAL and lines[-1][3] == lines[-1][4] and lines[-1][3] != "0.00"
        assert ["2026-01-10", "已日结", "未导出", "", "", ""] == cells(dialog.status_table)[0]
        keys.run("<Tab>", "<Down>")                                 # 用友
        assert dialog.format.currentData() == "yonyou"
        keys.run("<Tab>", lambda: keys.focus_is("voucherFile"), "<Ctrl+A>", str(target), "<Enter>")
        assert not target.exists()                                  # Enter writes nothing
        keys.press("Ctrl+Return")
        qtbot.waitUntil(target.exists)
        assert "已写入" in dialog.status.text() and cells(dialog.status_table)[0][4] == "day.xlsx"
        keys.press("Ctrl+Return")                                   # the second time: refused, said
        assert "已于" in dialog.status.text() and "再次导出" in dialog.status.text()
        dialog.again.setFocus()
        keys.run("<Space>", "<Ctrl+Return>")
        assert "已写入" in dialog.status.text() and not dialog.again.isChecked()
        dialog.grab().save(str(tmp_path / "vouchers.png"))
        # the accounts: Ctrl+Tab to the page, the list, WeChat (third), its code and name typed
        keys.press("Ctrl+Tab")
        dialog.accounts.setFocus()
        keys.run("<Down>", "<Down>")                                # from 现金, the first
        assert dialog.chosen().key == "tender:wechat" and dialog.code.text() == "1012"
        keys.run("<Tab>", lambda: keys.focus_is("accountCode"), "<Ctrl+A>", "1012.01", "<Tab>", "<Ctrl+A>",
                 "其他货币资金—微信", "<Enter>")
        assert {r.key: r.code for r in vouchers.accounts(estate.manager)}["tender:wechat"] == "1012"
        keys.press("Ctrl+Return")
        assert {r.key: r.code for r in vouchers.accounts(estate.manager)}["tender:wechat"] == "1012.01"
        assert ["tender:wechat", "微信支付", "1012.01", "其他货币资金—微信", "本小区"] in cells(dialog.accounts)
        dialog.accounts.grab().save(str(tmp_path / "accounts.png"))


def test_under_the_management_menu_for_a_manager_only(qtbot, closed_day, counter_settings):
    with clock.frozen(at(2026, 1, 11, 9)):
        for actor, shown in ((closed_day.manager, True), (closed_day.cashier, False)):
            window = MainWindow(actor, counter_settings)
            qtbot.addWidget(window)
            names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
            assert ("actionVouchers" in names) == shown
