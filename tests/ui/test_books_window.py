"""收据本 by the keyboard alone: a manager registers a book (Ctrl+Enter; a full-width series is the
same series) and issues it (F6); the cashier's receipt window proposes the next form, voids a
spoiled one (F7, with a reason) and records the receipt on the next (F6); the books window voids
another. Keys of disabled buttons do nothing; Enter never records."""
import pytest

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments, receipts
from counter_app.store.models import BookIssue, Payment, ReceiptBook, ReceiptForm
from tests.factories import at
from tests.ui.helpers import counter_window
from tests.ui.keyboard import Keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def test_register_issue_spoil_and_use_forms_by_keys(qtbot, billed_estate, counter_settings, tmp_path):
    e, keys = billed_estate, Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9, 5)):
        manager = counter_window(qtbot, e.manager, counter_settings)
        manager.activateWindow()
        keys.press("Ctrl+B")
        books = keys.window_is("booksDialog")
        keys.focus_is("bookSeries")
        keys.press("F6")                                     # no book to issue: the button is off, so is its key
        keys.press("F7")                                     # the manager holds no book
        assert not books.issue_button.isEnabled() and not books.spoil_button.isEnabled()
        assert BookIssue.select().count() == ReceiptForm.select().count() == 0
        keys.run("ａ", "<Tab>", "0000101", "<Tab>", "0000110", "<Enter>")   # Enter moves on, records nothing
        assert ReceiptBook.select().count() == 0
        keys.press("Ctrl+Return")
        qtbot.waitUntil(lambda: ReceiptBook.select().count() == 1)
        assert "A 0000101–0000110" in books.status.text()
        keys.run("A", "<Tab>", "0000105", "<Tab>", "0000120", "<Ctrl+Return>")   # overlaps: refused
        assert ReceiptBook.select().count() == 1 and "重叠" in books.status.text()
        keys.run(lambda: books.holder.setFocus(), "<Down>")  # admin, then cashier
        assert books.holder.currentData() == "cashier"
        keys.press("F6")
        qtbot.waitUntil(lambda: BookIssue.select().count() == 1)
        assert books.table.item(0, 2).text() == "王芳"
        books.grab().save(str(tmp_path / "books.png"))
        keys.press("Esc")
        keys.press("Esc")                                    # the typed range: asked whether to leave it
        manager.close()

        receipt = payments.take_payment(e.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=5_000, tenders=[Tender("cash", 5_000)]))
        cashier = counter_window(qtbot, e.cashier, counter_settings)
        cashier.activateWindow()
        cashier._show_receipt(receipts.load_receipt(e.cashier, receipt.number))
        dialog = keys.window_is("receiptDialog")
        assert dialog.forms.series.text() == "A" and dialog.forms.number.text() == "0000101"
        keys.press("F7")                                     # it jammed: why, then voided
        keys.window_is("reasonDialog")
        keys.run("卡纸", "<Enter>")
        qtbot.waitUntil(lambda: ReceiptForm.select().count() == 1)
        keys.window_is("receiptDialog")
        assert dialog.forms.number.text() == "0000102"       # the next one proposed
        dialog.grab().save(str(tmp_path / "receipt.png"))
        keys.press("F6")
        qtbot.waitUntil(lambda: ReceiptForm.select().count() == 2)
        used = ReceiptForm.get(ReceiptForm.state == "used")
        assert (used.number, Payment.get_by_id(used.payment_id).number) == (102, receipt.number)
        assert not dialog.forms.use_button.isEnabled()
        keys.press("F6")                                     # recorded: its keys are dead now
        keys.press("F7")
        keys.window_is("receiptDialog")
        assert ReceiptForm.select().count() == 2
        keys.press("Esc")
        keys.window_is("mainWindow")

        keys.press("Ctrl+B")
        books = keys.window_is("booksDialog")
        keys.focus_is("spoilReason")
        assert books.next_label.text() == "A 0000103" and books.spoil_number.text() == "0000103"
        assert not books.report_button.isVisible()
        keys.press("F9")                                     # the report is a manager's: nothing opens
        keys.window_is("booksDialog")
        keys.run("打错", "<Enter>")                           # Enter moves on only
        assert ReceiptForm.select().count() == 2
        keys.press("F7")
        qtbot.waitUntil(lambda: ReceiptForm.select().count() == 3)
        assert books.next_label.text() == "A 0000104"
        spoiled = ReceiptForm.get(ReceiptForm.number == 103)
        assert (spoiled.state, spoiled.reason) == ("spoiled", "打错")
