"""At the window: the server connection is cut while a payment is being recorded. Cut before the
commit, the payment stays on screen with a plain message, is retried on its own, and is recorded
exactly once; cut while the receipt is read back after the commit, it is read again on a new
connection and shown at once, recorded once (tests/server/test_cut_at_commit.py cuts the cable
at the commit itself)."""
import pytest
from PyQt6.QtCore import Qt

from counter_app.ledger import clock
from counter_app.services.counter import payments as payment_service
from counter_app.store import locks
from counter_app.store.db import rows
from counter_app.store.models import Payment
from counter_app.ui.payment import dialog as dialog_module
from tests.factories import at, bill_months


def _cut(pg):
    pid = rows("SELECT pg_backend_pid()")[0][0]
    pg.sql(f"SELECT pg_terminate_backend({pid})")


@pytest.mark.parametrize("when", ["before_commit", "after_commit"])
def test_a_cut_connection_keeps_the_payment_on_screen_and_records_it_once(server_estate, pg, qtbot, monkeypatch,
                                                                         when):
    estate = bill_months(server_estate, "2026-01")
    monkeypatch.setattr(dialog_module, "RETRY_MS", 50)
    cuts = []
    if when == "before_commit":
        original = locks.audit_head

        def cut_once():
            head = original()
            if not cuts:
                cuts.append(1)
                _cut(pg)
            return head
        monkeypatch.setattr(locks, "audit_head", cut_once)
    else:
        original = payment_service.load_receipt

        def committed_then_cut(actor, number):
            if not cuts:
                cuts.append(1)
                _cut(pg)
                rows("SELECT 1")     # the counter learns of the cut here, after the commit
            return original(actor, number)
        monkeypatch.setattr(payment_service, "load_receipt", committed_then_cut)

    with clock.frozen(at(2026, 1, 10, 9)):
        dialog = dialog_module.PaymentDialog(estate.cashier, "3-2-501", 0, "all_due")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.quote is not None
        dialog.tender_amount["cash"].setText("100000")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert cuts
        if when == "before_commit":
            assert dialog.isVisible() and dialog.receipt is None
            assert "服务器" in dialog.error.text() and "没有记账" in dialog.error.text() and "重试" in dialog.error.text()
        qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=10_000)
    assert Payment.select().count() == 1
    assert dialog.receipt.number == Payment.get().number and dialog.result() == dialog.DialogCode.Accepted
