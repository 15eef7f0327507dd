"""The receipt journal: scan a number, void and refund with a manager's authorisation."""
import openpyxl
from PyQt6.QtCore import Qt

from counter_app.core.closeout import greedy_count
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.store.models import Payment, Refund
from counter_app.ui.manager_override import ManagerOverrideDialog
from tests.factories import at
from tests.ui.keyboard import Keyboard


def pay(estate, code="3-2-501"):
    return payments.take_payment(estate.cashier, payments.PaymentRequest(
        unit_code=code, all_due=True, tenders=[Tender("cash", 10_000_000)]))


def open_journal(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: getattr(window, "journal", None) is not None and window.journal.isVisible())
    return window.journal


def test_manager_override_dialog(qtbot, billed_estate):
    dialog = ManagerOverrideDialog(billed_estate.cashier, "receipt.void", "作废收据 SJ2026-000001")
    qtbot.addWidget(dialog)
    dialog.username.setText("manager")
    dialog.password.setText("wrong")
    dialog.check()
    assert "密码错误" in dialog.error.text() and dialog.authoriser is None and dialog.password.text() == ""
    dialog.username.setText("cashier")
    dialog.password.setText("cashier")
    dialog.check()
    assert "自己" in dialog.error.text()        # the cashier cannot authorise themself
    dialog.username.setText("manager")
    dialog.password.setText("manager")
    dialog.check()
    assert dialog.authoriser.username == "manager" and dialog.result() == ManagerOverrideDialog.DialogCode.Accepted


def test_scan_number_void_then_refund(qtbot, window, billed_estate, tmp_path):
    with clock.frozen(at(2026, 1, 10, 9)):
        first = pay(billed_estate, "3-2-501")
        second = pay(billed_estate, "3-2-502")
        journal = open_journal(qtbot, window)
        qtbot.keyClicks(journal.number, first.number)        # a scanner types it…
        qtbot.keyClick(journal.number, Qt.Key.Key_Return)    # …and Enter
        assert journal.model.rowCount() == 1 and journal.current.receipt.number == first.number
        assert journal.void_button.isEnabled()
        assert journal.void_with("录错房号", billed_estate.manager)
        assert "已作废" in journal.status_line.text()
        assert Payment.get(Payment.number == first.number).status == "voided"
        assert "作废" in journal.detail.toPlainText() and "录错房号" in journal.detail.toPlainText()
        assert not journal.void_button.isEnabled()
    with clock.frozen(at(2026, 1, 10, 18)):
        counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(billed_estate.cashier).id))
        closeout.close_shift(billed_estate.cashier, counts, "分币" if rest else "")
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(billed_estate.cashier, 0)
        journal.number.setText(second.number)
        journal.search()
        assert journal.refund_with(None, "cash", "多收", "", billed_estate.manager)
        assert Refund.get().payment.number == second.number
        assert "已退款" in journal.model.data(journal.model.index(0, 7))
        journal.number.clear()
        from PyQt6.QtCore import QDate
        journal.date_from.setDate(QDate(2026, 1, 1))
        journal.date_to.setDate(QDate(2026, 1, 31))
        journal.status.setCurrentIndex(journal.status.findData("voided"))
        journal.search()
        assert [journal.model.number(r) for r in range(journal.model.rowCount())] == [first.number]


def test_audit_viewer_filters_and_exports(qtbot, billed_estate, tmp_path):
    from counter_app.ui.audit_viewer import AuditDialog
    with clock.frozen(at(2026, 1, 10, 9)):
        receipt = pay(billed_estate)
    dialog = AuditDialog(billed_estate.manager)
    qtbot.addWidget(dialog)
    dialog.action.setText("payment.")
    dialog.search()
    assert dialog.model.rowCount() == 1 and dialog.rows[0]["entity_id"] == receipt.number
    dialog.verify()
    assert "完整" in dialog.status.text()
    csv_path = dialog.export_to(tmp_path / "audit.csv")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf") and receipt.number in csv_path.read_text("utf-8-sig")
    wb = openpyxl.load_workbook(dialog.export_to(tmp_path / "audit.xlsx"))
    ws = wb.active
    assert ws.cell(1, 1).value == "序号" and ws.cell(2, 6).value == receipt.number
    assert isinstance(ws.cell(2, 1).value, int)


def test_cashier_has_no_audit_viewer(window):
    from PyQt6.QtGui import QAction
    assert window.findChild(QAction, "actionAudit") is None


def test_an_invoiced_receipt_is_voided_from_the_journal_only_with_the_red_letter_note(qtbot, window, billed_estate):
    from counter_app.services.invoicing import requests as invoices
    from counter_app.store.models import InvoiceRequest
    with clock.frozen(at(2026, 1, 10, 9)):
        paid = pay(billed_estate, "3-2-501")
        row = invoices.request_invoice(billed_estate.cashier, paid.number,
                                       invoices.Buyer("张三", "", "13812345678"))
        invoices.record_issued(billed_estate.manager, str(row.id), "26332000000055550001", at(2026, 1, 10).date())
        journal = open_journal(qtbot, window)
        journal.number.setText(paid.number)
        journal.search()
        assert "已开具 No.26332000000055550001" in journal.detail.toPlainText()
        assert journal.model.data(journal.model.index(0, 8)) == "已开具 No.26332000000055550001"
        # Without the note the void is refused and said so; nothing changes.
        assert not journal.void_with("录错", billed_estate.manager)
        assert "红字发票" in journal.status_line.text() and Payment.get(Payment.number == paid.number).status == "valid"
        # F6 asks for the note first (prefilled), then the reason, then the manager: by keys.
        keys = Keyboard(qtbot)
        journal.table.setFocus()
        keys.press("F6")
        note = keys.window_is("reasonDialog")
        assert note.edit.text() == "需开红字发票" and "红字发票" in note.windowTitle()
        keys.press("Enter")
        keys.window_is("reasonDialog")
        keys.run("录错", "<Enter>")
        keys.window_is("managerOverride")
        keys.run("manager", "<Tab>", "manager", "<Enter>")
        qtbot.waitUntil(lambda: "已作废" in journal.status_line.text())
    assert Payment.get(Payment.number == paid.number).status == "voided"
    assert InvoiceRequest.get_by_id(row.id).status == "red_needed"


def test_the_journal_opens_on_today_shows_a_receipt_as_printed_and_tells_counter_from_deductions(
        qtbot, window, billed_estate):
    from counter_app.services.billing import runs as billing
    with clock.frozen(at(2026, 1, 9, 9)):
        yesterday = pay(billed_estate, "3-1-101")
    with clock.frozen(at(2026, 1, 10, 9)):
        payments.take_payment(billed_estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=500_000, tenders=[Tender("cash", 500_000)]))
        billing.run_billing(billed_estate.admin, "2026-02")       # 102's balance pays its new charges: a KK
        today = pay(billed_estate, "3-2-501")
        journal = open_journal(qtbot, window)
        numbers = [journal.model.number(r) for r in range(journal.model.rowCount())]
        assert today.number in numbers and yesterday.number not in numbers      # today's, at once
        assert any(n.startswith("KK") for n in numbers)
        journal.kind.setCurrentIndex(journal.kind.findData("deduction"))         # the filter searches at once
        assert {journal.model.number(r)[:2] for r in range(journal.model.rowCount())} == {"KK"}
        journal.kind.setCurrentIndex(journal.kind.findData("counter"))
        shown = [journal.model.number(r) for r in range(journal.model.rowCount())]
        assert today.number in shown and not any(n.startswith("KK") for n in shown)
        journal.table.setCurrentIndex(journal.model.index(shown.index(today.number), 0))
        detail = journal.detail.toPlainText().splitlines()
        assert any(today.total_words in ln for ln in detail) and any(today.number in ln for ln in detail)
        from counter_app.documents.receipt import _columns
        amounts = [ln for ln in detail if ln.startswith(today.lines[0].item_name)]
        assert amounts and all(ln.rstrip()[-3] == "." for ln in amounts)
        assert {_columns(ln) for ln in amounts} == {44}             # flush right, as on the roll


def test_a_receipt_s_qr_scanned_into_the_journal_says_whether_it_is_ours(qtbot, window, billed_estate):
    """The scanner types the QR's NUMBER|AMOUNT|CHECK and Enter into whatever has the focus (the
    number field when the journal opens): the receipt is found and said to be genuine, voided, or
    not ours."""
    from PyQt6.QtWidgets import QApplication

    from counter_app.documents.receipt import check_value
    with clock.frozen(at(2026, 1, 10, 9)):
        kept = pay(billed_estate, "3-2-501")
        gone = pay(billed_estate, "3-2-502")
        from counter_app.services.counter import corrections
        corrections.void_receipt(billed_estate.cashier, gone.number, "录错", billed_estate.manager)
        journal = open_journal(qtbot, window)
        journal.activateWindow()                  # offscreen, the window is made active by hand
        qtbot.waitUntil(journal.isActiveWindow)
        from dataclasses import replace
        from counter_app.core import receipt_signature as rs
        old = check_value(replace(kept, signed_qr=""))            # a counter without the signing key
        signed = rs.parse(check_value(kept))
        forged = replace(signed, amount_fen=signed.amount_fen + 100).text()
        for code, words in ((check_value(kept), "有效收据"), (check_value(gone), "已作废"), (forged, "伪造"),
                            (old, "有效收据"), (old[:-1] + ("0" if old[-1] != "0" else "1"), "不是本处开出的")):
            qtbot.waitUntil(lambda: QApplication.focusWidget() is journal.number)   # where a scan lands
            journal.number.clear()
            qtbot.keyClicks(QApplication.focusWidget(), code)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            assert words in journal.status_line.text(), (code, journal.status_line.text())
            assert journal.current.receipt.number == (code.split("|")[1] if code.startswith("CA1|")
                                                      else code.split("|")[0])
