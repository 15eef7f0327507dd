"""预交优惠 at the window, by keys alone: the administrator adds 交一年送一月 from 收费项目与标准
(Ctrl+O, then Ctrl+S) and ends the chosen offer (Ctrl+E); at the counter F8 for twelve months ahead
shows the offer the quote carries and a 赠送 row under the rule's name, the amount due is the twelve
months paid, and Enter takes it."""
from datetime import date

import pytest

from counter_app.core.money import format_yuan
from counter_app.ledger import clock
from counter_app.services.offers import rules
from counter_app.store.models import OfferRule, Payment, TenderRow
from counter_app.ui.admin.standards import StandardsDialog
from tests.factories import at
from tests.ui.helpers import shown_active
from tests.ui.keyboard import Keyboard
from tests.ui.test_counter_by_keys import collect, open_unit, receipt_and_back
from tests.ui import test_counter_by_keys

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
signed_in = test_counter_by_keys.signed_in      # the counter's fixture, on this module's estate
MONTH = 16038                                   # 3-2-501: 100.24 ㎡ × 1.60 元, 160.38 a month


def test_an_offer_added_and_ended_from_the_standards_window_by_keys(qtbot, estate, tmp_path):
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9)):
        shown_active(qtbot, StandardsDialog(estate.admin))
        keys.press("Ctrl+O")
        dialog = keys.window_is("offersDialog")
        keys.focus_is("offerName")
        keys.run("交一年送两月", "<Tab>", "WYF", "<Tab>")
        keys.focus_is("offerPaid")
        keys.run("<Tab>", "<Up>")                                   # 交 12 个月 as it is; 送 2 个月
        keys.focus_is("offerFree")
        keys.run("<Tab>", "2026-01-01", "<Tab>", "2026-12-31")
        keys.press("Ctrl+S")
        assert "已新增：交一年送两月（交12个月送2个月）" in dialog.status.text()
        rule = OfferRule.get()
        assert (rule.months_paid, rule.months_free, rule.valid_from, rule.valid_to) == \
            (12, 2, date(2026, 1, 1), date(2026, 12, 31))
        assert dialog.table.model().rowCount() == 1
        dialog.grab().save(str(tmp_path / "offers.png"))
        keys.run(*["<Shift+Tab>"] * 6)                               # back up the form to the list
        keys.focus_is("offersTable")
        keys.run("<Down>", "<Ctrl+E>")                               # the chosen one, ended today
        assert OfferRule.get().valid_to == date(2026, 1, 10)
        assert "交一年送两月 到 2026-01-10 结束" in dialog.status.text()
        keys.press("Esc")
        keys.window_is("standardsDialog")


@pytest.fixture
def billed_estate(billed_estate):
    with clock.frozen(at(2026, 1, 10, 8)):
        rules.add_offer(billed_estate.admin, "WYF", "交一年送一月", 12, 1, date(2026, 1, 1))
    return billed_estate


def test_twelve_months_ahead_show_the_offer_and_pay_the_twelve_by_keys(qtbot, signed_in, tmp_path):
    window, keys = signed_in
    with clock.frozen(at(2026, 1, 10, 9)):
        open_unit(keys, "3-2-501")
        dialog = collect(keys, "F8")
        keys.focus_is("payItem")
        assert dialog.item.currentData() == "WYF"
        keys.run("<Tab>", "12", "<Enter>")                           # twelve months, Enter: on to the cash
        keys.focus_is("tender_cash")
        # 2026-01 is billed already: 2026-02..2027-01 paid, 2027-02 given
        assert dialog.offer_label.isVisible()
        assert dialog.offer_label.text() == f"赠送 -{format_yuan(MONTH)}：交12个月送1个月，将赠送 2027-02"
        assert dialog.total.text() == "¥" + format_yuan(12 * MONTH)
        shown = [tuple(dialog.paying.item(r, c).text() for c in range(3)) for r in range(dialog.paying.rowCount())]
        assert shown[-1] == ("赠送", "", "-" + format_yuan(MONTH))
        dialog.grab().save(str(tmp_path / "pay.png"))
        keys.run("<F5>", "<Enter>")                                  # the exact amount, taken
        receipt_and_back(keys)
    p = Payment.get()
    assert p.total_fen == 13 * MONTH
    assert sorted((t.method, t.amount_fen, t.reference) for t in TenderRow.select()) == \
        [("cash", 12 * MONTH, ""), ("offer", MONTH, "交一年送一月")]
