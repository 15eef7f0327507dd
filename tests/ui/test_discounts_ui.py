"""折扣/减免 at the window, by keys alone: the administrator adds a policy from 收费项目与标准
(Ctrl+D, then Ctrl+S); at the counter Ctrl+D in the payment window chooses it with a reason, a
manager authorises it, the amount due drops by the allowance, Enter takes the rest, and the receipt
prints 折扣/减免（不收款）. Without the manager nothing is applied."""
from datetime import date

import pytest
from PyQt6.QtWidgets import QLabel

from counter_app.core import discounts as rule
from counter_app.core.money import format_yuan
from counter_app.documents.receipt import receipt_text
from counter_app.ledger import clock
from counter_app.services.admin import discounts
from counter_app.services.counter.receipts import load_receipt
from counter_app.store.models import DiscountLine, DiscountPolicy, Payment, TenderRow
from counter_app.ui.admin.standards import StandardsDialog
from tests.factories import at
from tests.ui.helpers import shown_active
from tests.ui.keyboard import Keyboard
from tests.ui.test_counter_by_keys import collect, open_unit, receipt_and_back
from tests.ui import test_counter_by_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
signed_in = test_counter_by_keys.signed_in      # the counter's fixture, on this module's estate


@pytest.fixture
def billed_estate(billed_estate):
    with clock.frozen(at(2026, 1, 10, 8)):
        discounts.add_policy(billed_estate.admin, "困难户八折", rule.PERCENT, 2000, ["WYF"], date(2026, 1, 1))
    return billed_estate


def test_a_policy_added_from_the_standards_window_by_keys(qtbot, estate, tmp_path):
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9)):
        shown_active(qtbot, StandardsDialog(estate.admin))
        keys.press("Ctrl+D")
        dialog = keys.window_is("discountPoliciesDialog")
        keys.focus_is("policyName")
        keys.run("空置房减免", "<Tab>", "<Down>")                  # 减免（每月定额）
        assert dialog.kind.currentData() == rule.AMOUNT
        keys.run("<Tab>", "50", "<Tab>", "WYF,LJF", "<Tab>", "2026-01-01", "<Tab>", "2026-12-31")
        keys.press("Ctrl+S")
        assert "已新增：空置房减免（每月减免 50.00 元）" in dialog.status.text()
        policy = DiscountPolicy.get()
        assert (policy.kind, policy.value, policy.valid_until) == (rule.AMOUNT, 5000, date(2026, 12, 31))
        dialog.grab().save(str(tmp_path / "policies.png"))
        dialog.table.setFocus()
        keys.run("<Down>")
        dialog.last_day.setFocus()
        keys.run("2026-06-30", "<Ctrl+E>")
        assert DiscountPolicy.get().valid_until == date(2026, 6, 30)
        keys.press("Esc")
        keys.window_is("standardsDialog")


def _choose(keys, reason="低保户"):
    keys.press("Ctrl+D")
    picker = keys.window_is("discountDialog")
    keys.focus_is("discountPolicy")
    keys.run("<Down>")
    assert picker.policy.currentData() == "困难户八折"
    keys.run("<Tab>", reason, "<Enter>")
    keys.window_is("managerOverride")


def test_a_discount_chosen_and_authorised_by_keys(qtbot, signed_in, tmp_path):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F6")
        keys.focus_is("tender_cash")
        total = dialog.quote.total_fen
        off = sum(rule.charge_discount(rule.PERCENT, 2000, ln.principal_fen, 1)
                  for ln in dialog.quote.lines if ln.item_name == "物业服务费")
        _choose(keys)
        keys.run("manager", "<Tab>", "wrong", "<Enter>")              # a wrong password: nothing applied
        keys.window_is("managerOverride")
        keys.press("Esc")
        keys.window_is("paymentDialog")
        assert dialog.quote.discount_fen == 0 and dialog.total.text() == "¥" + format_yuan(total)
        _choose(keys)
        keys.run("manager", "<Tab>", "manager", "<Enter>")
        keys.window_is("paymentDialog")
        keys.focus_is("tender_cash")
        assert dialog.quote.discount_fen == off > 0
        assert dialog.total.text() == "¥" + format_yuan(total - off)
        label = dialog.findChild(QLabel, "discountLabel")
        assert label.isVisible() and f"-{format_yuan(off)}" in label.text() and "李强" in label.text()
        dialog.grab().save(str(tmp_path / "discount.png"))
        keys.run("<F5>")                                              # exactly what is due now
        assert dialog.tender_amount["cash"].text() == format_yuan(total - off, grouping=False)
        keys.run("<Enter>")
        keys.window_is("receiptDialog")
        receipt_and_back(keys)
    (payment,) = Payment.select()
    stored = {t.method: t.amount_fen for t in TenderRow.select().where(TenderRow.payment == payment.id)}
    assert stored == {"cash": total - off, rule.DISCOUNT: off}
    assert sum(d.amount_fen for d in DiscountLine.select()) == off
    assert {d.reason for d in DiscountLine.select()} == {"低保户"}
    shown = "\n".join(receipt_text(load_receipt(window.actor, payment.number)))
    assert rule.NAME in shown and f"-{format_yuan(off)}" in shown and format_yuan(total - off) in shown
