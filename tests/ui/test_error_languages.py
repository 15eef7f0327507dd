"""Errors reach the window in its language: each error class raised through a real path (a service
refusing what the window asked), shown in Simplified Chinese, Traditional Chinese and English with
its values filled in (ui/errors.py error_text, the catalogue's "errors" context)."""
import pytest
from PyQt6.QtCore import QLocale
from PyQt6.QtWidgets import QApplication

from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.ui import i18n
from tests.factories import at

LANGS = ("zh_CN", "zh_TW", "en")


@pytest.fixture(params=LANGS)
def lang(request, qapp):
    assert i18n.install(qapp, request.param)
    yield request.param
    i18n.install(QApplication.instance(), "zh_CN")
    QLocale.setDefault(QLocale("zh_CN"))


def pick(lang, zh_cn, zh_tw, en):
    return {"zh_CN": zh_cn, "zh_TW": zh_tw, "en": en}[lang]


def test_invalid_with_a_word_in_the_counting_dialog(qtbot, billed_estate, lang):
    from counter_app.ui.closeout.dialogs import CountDialog
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", topup_fen=12300, tenders=[Tender("cash", 20000)]))
        dialog = CountDialog(billed_estate.cashier)
        qtbot.addWidget(dialog)
        dialog.spins[10000].setValue(1)
        dialog.spins[2000].setValue(1)
        dialog.close_now()                                   # short 3.00 and no note: Invalid
    assert dialog.error.text() == pick(lang, "短款 3.00 元：请填写说明后再交班", "短款 3.00 元：請填寫說明後再交班",
                                       "Short ¥3.00: write a note before closing the shift")


def test_refused_in_the_open_shift_dialog(qtbot, billed_estate, lang):
    from counter_app.ui.closeout.dialogs import OpenShiftDialog
    with clock.frozen(at(2026, 1, 10, 9)):
        dialog = OpenShiftDialog(billed_estate.cashier)
        qtbot.addWidget(dialog)
        dialog.float_edit.setText("100")
        dialog.open_shift()                                  # one is open already: Refused
    assert dialog.error.text() == pick(lang, "已有未交班的班次，请先交班", "已有未交班的班次，請先交班",
                                       "A shift is still open; close it first")


def test_not_found_when_the_shift_was_closed_meanwhile(qtbot, billed_estate, lang):
    from counter_app.ui.closeout.dialogs import CountDialog
    with clock.frozen(at(2026, 1, 10, 9)):
        dialog = CountDialog(billed_estate.cashier)
        qtbot.addWidget(dialog)
        closeout.close_shift(billed_estate.cashier, {})     # closed elsewhere (another window)
        dialog.close_now()
    assert dialog.error.text() == pick(lang, "没有未交班的班次", "沒有未交班的班次", "No shift is open")


def test_conflict_with_a_nested_error_in_the_payment_dialog(qtbot, billed_estate, lang):
    from counter_app.ui.payment.dialog import PaymentDialog
    with clock.frozen(at(2026, 1, 10, 9)):
        dialog = PaymentDialog(billed_estate.cashier, "3-2-501", 0, "all_due", (), ())
        qtbot.addWidget(dialog)
        shown = dialog.quote.total_fen
        dialog.tender_amount["cash"].setText(f"{shown / 100:.2f}")
        first = dialog.quote.allocations[0].charge_id
        paid = payments.take_payment(billed_estate.manager, payments.PaymentRequest(     # another counter
            unit_code="3-2-501", charge_ids=[first], tenders=[Tender("cash", 100000)], overpay_to_prepaid=True))
        dialog.accept_payment()
    text = dialog.error.text()
    assert dialog.receipt is None and paid.number in text and "01-10 09:00" in text
    assert text.startswith(pick(lang, "未收款：应收金额已变化（显示 ", "未收款：應收金額已變化（顯示 ",
                                "Not recorded: The amount due has changed (shown ¥"))
    assert pick(lang, "收取（收据 ", "收取（收據 ", "), taken by ") in text


def test_permission_denied_in_the_manager_override(qtbot, billed_estate, lang):
    from counter_app.ui.manager_override import ManagerOverrideDialog
    dialog = ManagerOverrideDialog(billed_estate.cashier, "receipt.void", "SJ2026-000001")
    qtbot.addWidget(dialog)
    dialog.username.setText("manager")
    dialog.password.setText("wrong")
    dialog.check()
    assert dialog.authoriser is None
    assert dialog.error.text() == pick(lang, "授权人用户名或密码错误", "授權人使用者名稱或密碼錯誤",
                                       "The authoriser's user name or password is wrong")


def test_a_role_and_an_action_are_words_of_the_window_s_language(lang):
    """PermissionDenied's Word parameters (the role, the action) are translated too."""
    from counter_app.core import permissions
    from counter_app.core.errors import PermissionDenied
    from counter_app.ui.errors import error_text
    with pytest.raises(PermissionDenied) as caught:
        permissions.require("cashier", "receipt.void", "wangfang")
    assert error_text(caught.value) == pick(lang, "用户 wangfang（收费员）无权执行此操作：作废收据",
                                            "使用者 wangfang（收費員）無權執行此操作：作廢收據",
                                            "Not allowed for user wangfang (Cashier): Void a receipt")


def test_unavailable_when_backing_up_to_a_drive_not_there(qtbot, billed_estate, counter_settings, tmp_path,
                                                          monkeypatch, lang):
    """A backup runs on a worker thread; its refusal is worded there and shown in a message box."""
    from counter_app.ui.data import keeping
    from tests.ui.helpers import counter_window
    said = []
    monkeypatch.setattr(keeping.QMessageBox, "warning", lambda parent, title, text: said.append(text))
    gone = tmp_path / "usb-not-plugged-in" / "backups"
    counter_settings.backup_folder = str(gone)
    with clock.frozen(at(2026, 1, 10, 9)):
        window = counter_window(qtbot, billed_estate.manager, counter_settings)
        window.keeping.back_up_now()
        qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said == [pick(lang, f"备份位置 {gone} 不存在（U 盘或网络共享没有连接？）；没有备份，账本没有改动",
                         f"備份位置 {gone} 不存在（U 盤或網路共享沒有連線？）；沒有備份，賬本沒有改動",
                         f"Backup place {gone} is not there (USB drive or network share not connected?); "
                         "no backup made, the ledger is unchanged")]


def test_a_print_failure_is_said_in_the_window_s_language(lang):
    from counter_app.ui.printing.printer import print_pdf
    result = print_pdf(b"not a pdf", "Counter printer", "SJ2026-000001")
    assert not result.ok
    assert result.message() == pick(lang, "打印失败：无法读取收据 PDF", "列印失敗：無法讀取收據 PDF",
                                    "Printing failed: the receipt PDF cannot be read")
