"""小区与收据设置 by keys: a number format shows the number it makes as it is typed; a format that
would repeat another series' numbers, a time zone that is none and a limit that is no amount are
refused in words and nothing is saved; a good change saved with Ctrl+S and audited."""
from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QApplication

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.store.models import AuditLog, Estate
from counter_app.ui.admin.estate_settings import EstateSettingsDialog
from tests.factories import at
from tests.ui.helpers import shown_active


def test_settings_checked_as_typed_and_saved_by_keys(qtbot, estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", topup_fen=1000, tenders=[Tender("cash", 1000)]))
        dialog = shown_active(qtbot, EstateSettingsDialog(estate.admin))
    field = dialog.fields["receipt_format"]
    # The next real number, not an example: one receipt taken this year, so the next is the second.
    assert dialog.samples["receipt_format"].text() == "下一张：SJ2026-000002"
    assert dialog.samples["refund_format"].text() == "下一张：TK2026-000001"
    assert dialog.timezone.currentText() == "北京时间 Asia/Shanghai"
    field.selectAll()
    qtbot.keyClicks(field, "SJ{seq}")
    assert "必须含年份" in dialog.samples["receipt_format"].text()
    field.selectAll()
    qtbot.keyClicks(field, "TK{year}-{seq:06d}")                          # the refunds' own numbers
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "相同的编号" in dialog.status.text()
    field.selectAll()
    qtbot.keyClicks(field, "CH{year}{seq:06d}")
    dialog.timezone.setEditText("Mars/Base")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "未知的时区" in dialog.status.text()
    dialog.timezone.setEditText("Asia/Shanghai")
    dialog.fields["waiver_limit"].selectAll()
    qtbot.keyClicks(dialog.fields["waiver_limit"], "1e3")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.status.text() and Estate.get().receipt_format == "SJ{year}-{seq:06d}"    # nothing saved yet
    dialog.fields["waiver_limit"].selectAll()
    qtbot.keyClicks(dialog.fields["waiver_limit"], "80")
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "已保存 2 项" in dialog.status.text()
    saved = Estate.get()
    assert (saved.receipt_format, saved.waiver_limit_fen) == ("CH{year}{seq:06d}", 8000)
    assert AuditLog.select().where(AuditLog.action == "settings.change").count() == 1
    assert dialog.findChild(type(dialog.samples["receipt_format"]), "databaseInUse").text()
    QApplication.processEvents()
