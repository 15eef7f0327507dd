"""银行代扣 by keys: an authorisation typed into the form and added with Ctrl+Enter (Enter adds
nothing), shown masked in the table; F8 makes the batch, F9 reads the return file back."""
from datetime import date

import pytest

from counter_app.ledger import clock
from counter_app.store.models import DebitAuth, Payment
from counter_app.ui.debit.dialog import DebitDialog
from tests.factories import at, bill_months
from tests.ui.keyboard import Keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def test_authorise_batch_and_return_by_keys(qtbot, estate, tmp_path, monkeypatch):
    bill_months(estate, "2026-01")
    keys = Keyboard(qtbot)
    batch, back = tmp_path / "b.csv", tmp_path / "r.csv"
    monkeypatch.setattr(DebitDialog, "choose_save", lambda self, suggested: str(batch))
    monkeypatch.setattr(DebitDialog, "choose_open", lambda self: str(back))
    with clock.frozen(at(2026, 1, 20)):
        dialog = DebitDialog(estate.manager, date(2026, 1, 20))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        keys.focus_is("debitUnit")
        keys.run("3-1-102", "<Tab>", "建设银行", "<Tab>", "6217001234561022", "<Tab>", "孙七", "<Enter>")
        assert DebitAuth.select().count() == 0
        dialog.since.setDate(date(2026, 1, 1))
        keys.press("Ctrl+Return")
        qtbot.waitUntil(lambda: DebitAuth.select().count() == 1)
        assert dialog.auth_table.item(0, 3).text() == "6217****1022"
        dialog.tabs.setCurrentIndex(1)
        dialog.up_to.setDate(date(2026, 1, 31))
        dialog.up_to.setFocus()
        keys.press("F8")
        assert batch.read_text(encoding="utf-8-sig").splitlines()[1].endswith("2026-01-31")
        back.write_text("参考号,账号,户名,金额,结果,原因\nPL2026-0001-0001,,,150.58,成功,\n", encoding="utf-8")
        keys.press("F9")
        assert Payment.select().where(Payment.kind == "debit").count() == 1
        assert "入账 1 笔 150.58 元" in dialog.status.text()
        assert dialog.report_table.item(0, 3).text() == "6217****1022"
