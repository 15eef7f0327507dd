"""开发票 at the counter: the dialog offers the unit's last buyer, takes the request from the
keyboard, refuses a wrong taxpayer number on screen; the journal shows each receipt's status."""
from PyQt6.QtCore import Qt

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import journal, payments
from counter_app.services.invoicing import requests as invoices
from counter_app.ui.invoicing.request_dialog import InvoiceRequestDialog
from tests.factories import at


def _pay(estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 1_000_000)], overpay_to_prepaid=True))


def test_the_request_is_typed_checked_and_recorded(qtbot, billed_estate, tmp_path):
    receipt = _pay(billed_estate)
    dialog = InvoiceRequestDialog(billed_estate.cashier, receipt.number, "3-2-501")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.lines.count() == len(receipt.lines) and len(dialog.chosen()) == len(receipt.lines)
    dialog.buyer.setText("杭州某某科技有限公司")      # (QTest types ASCII only)
    qtbot.keyClicks(dialog.tax_id, "91350100M000100Y44")
    qtbot.keyClicks(dialog.contact, "finance@example.com")
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)
    assert dialog.isVisible() and "校验位" in dialog.error.text() and dialog.request is None
    dialog.tax_id.setText("91350100M000100Y43")
    dialog.grab().save(str(tmp_path / "invoice_dialog.png"))
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)
    assert dialog.request is not None and dialog.request.amount_fen > 0
    assert dialog.result() == dialog.DialogCode.Accepted
    row = journal.search(billed_estate.cashier, journal.JournalFilter(number=receipt.number))[0]
    assert row.invoice == "已申请（待开具）"

    # The next request of the unit starts from its last buyer; lines already asked for are shown, not offered.
    again = InvoiceRequestDialog(billed_estate.cashier, receipt.number, "3-2-501")
    qtbot.addWidget(again)
    assert again.buyer.text() == "杭州某某科技有限公司" and again.tax_id.text() == "91350100M000100Y43"
    assert again.chosen() == [] and "已申请" in again.lines.item(0).text()


def test_the_journal_shows_the_invoice_column(qtbot, billed_estate):
    from counter_app.ui.journal.models import JournalModel
    receipt = _pay(billed_estate)
    invoices.request_invoice(billed_estate.cashier, receipt.number,
                             invoices.Buyer("张三", "", "13812345678"))
    model = JournalModel()
    model.set_rows(journal.search(billed_estate.cashier, journal.JournalFilter(number=receipt.number)))
    column = JournalModel.HEADERS.index("发票")
    assert model.data(model.index(0, column)) == "已申请（待开具）"
