import pytest
from hypothesis import assume, given, strategies as st

from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender, settle


def test_cash_with_change():
    s = settle(12345, [Tender("cash", 20000)])
    assert (s.cash_tendered_fen, s.cash_fen, s.change_fen) == (20000, 12345, 7655)


def test_split_cash_and_wechat():
    s = settle(50000, [Tender("wechat", 30000, "WX1"), Tender("cash", 30000)])
    assert s.cash_fen == 20000 and s.change_fen == 10000 and s.received_fen == 50000


def test_refusals():
    with pytest.raises(CounterError, match="付款不足"):
        settle(10000, [Tender("cash", 9999)])
    with pytest.raises(CounterError, match="参考号"):
        settle(10000, [Tender("card", 10000)])
    with pytest.raises(CounterError, match="超过应收"):
        settle(10000, [Tender("card", 20000, "x")])
    with pytest.raises(CounterError, match="预存余额不足"):
        settle(10000, [Tender("prepaid", 10000)], prepaid_balance_fen=500)
    with pytest.raises(CounterError):
        Tender("bitcoin", 1)
    with pytest.raises(CounterError):
        Tender("cash", 0)


def test_overpayment_to_prepaid():
    s = settle(10000, [Tender("transfer", 15000, "T1")], overpay_to_prepaid=True)
    assert s.topup_fen == 5000 and s.change_fen == 0
    s = settle(10000, [Tender("cash", 15000)], overpay_to_prepaid=True)
    assert s.topup_fen == 5000 and s.change_fen == 0 and s.cash_fen == 15000


@given(st.integers(1, 10 ** 8), st.integers(0, 10 ** 8), st.integers(0, 10 ** 8), st.booleans())
def test_received_equals_due_plus_topup_and_change_is_not_income(required, cash, card, to_prepaid):
    tenders = [t for t in (Tender("cash", cash) if cash else None,
                           Tender("card", card, "ref") if card else None) if t]
    assume(tenders)
    try:
        s = settle(required, tenders, overpay_to_prepaid=to_prepaid)
    except CounterError:
        assert cash + card < required or (card > required and not to_prepaid)
        return
    assert s.received_fen == required + s.topup_fen
    assert s.cash_fen == s.cash_tendered_fen - s.change_fen
    assert s.change_fen >= 0 and s.cash_fen >= 0
