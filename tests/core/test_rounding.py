"""抹零 against hand-worked examples, and the properties that hold for every payment."""
import pytest
from hypothesis import given, strategies as st

from counter_app.core import rounding
from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender, settle

# Worked by hand: (due, paid otherwise than in cash, rule, cash taken, the receipt's 抹零 line).
HAND_WORKED = [
    (12347, 0, "jiao-down", 12340, -7),          # 123.47 all cash, to 角 down: 123.40, 抹零 -0.07
    (12347, 0, "jiao-half-up", 12350, 3),        # 0.07 of a 角 is half or more: 123.50, +0.03
    (12344, 0, "jiao-half-up", 12340, -4),       # 0.04 is under half: 123.40, -0.04
    (12345, 0, "jiao-half-up", 12350, 5),        # exactly half goes up
    (12347, 0, "yuan-down", 12300, -47),         # to 元 down: 123.00, -0.47
    (12347, 0, "yuan-half-up", 12300, -47),      # 0.47 of a 元 is under half
    (12350, 0, "yuan-half-up", 12400, 50),       # 0.50 goes up: 124.00, +0.50
    (12399, 0, "yuan-down", 12300, -99),
    (12340, 0, "jiao-down", 12340, 0),           # already whole 角: nothing to round
    (12347, 0, "off", 12347, 0),                 # the setting off: exact
    (12347, 10000, "jiao-down", 2340, -7),       # 100.00 WeChat + cash the rest 23.47 -> 23.40
    (12347, 10000, "yuan-half-up", 2300, -47),   # 100.00 WeChat + 23.47 cash to 元 -> 23.00
    (12347, 12347, "yuan-down", 0, 0),           # all WeChat: never rounds
    (12347, 12300, "jiao-down", 40, -7),         # WeChat 123.00 + cash 0.47 -> 0.40
    (12347, 12300, "yuan-down", 47, 0),          # cash 0.47 to 元 would be nothing: taken as it is
    (47, 0, "yuan-half-up", 47, 0),              # nor rounded up to a whole 元 from nothing
    (99, 0, "jiao-down", 90, -9),
]


@pytest.mark.parametrize("due, non_cash, rule, cash, line", HAND_WORKED)
def test_hand_worked(due, non_cash, rule, cash, line):
    r = rounding.payment_rounding(due, non_cash, rule)
    assert r == line
    assert due - non_cash + r == cash


def test_change_is_given_on_the_rounded_amount():
    # 123.47 all cash to 角 down, a 200 元 note handed over: 123.40 taken, 76.60 change.
    r = rounding.payment_rounding(12347, 0, "jiao-down")
    s = settle(12347 + r, [Tender("cash", 20000)])
    assert (s.cash_fen, s.change_fen) == (12340, 7660)
    # Half-up: 123.50 taken, 76.50 change.
    r = rounding.payment_rounding(12347, 0, "jiao-half-up")
    s = settle(12347 + r, [Tender("cash", 20000)])
    assert (s.cash_fen, s.change_fen) == (12350, 7650)
    # Split: 100.00 WeChat, the cash rest 23.47 rounded to 23.40 from a 50 元 note: 26.60 change.
    tenders = [Tender("wechat", 10000, "WX1"), Tender("cash", 5000)]
    r = rounding.payment_rounding(12347, 10000, "jiao-down")
    s = settle(12347 + r, tenders)
    assert (s.cash_fen, s.change_fen, s.received_fen) == (2340, 2660, 12340)


def test_an_unknown_setting_is_refused():
    with pytest.raises(CounterError, match="抹零"):
        rounding.payment_rounding(100, 0, "fen-up")


RULES = st.sampled_from(sorted(rounding.RULES))


@given(st.integers(1, 10 ** 9), st.integers(0, 10 ** 9), RULES)
def test_properties(due, non_cash, rule):
    r = rounding.payment_rounding(due, non_cash, rule)
    unit = rounding.unit_of(rule)
    cash = due - non_cash
    assert abs(r) < unit                                    # less than the unit, always
    if cash <= 0 or rule == rounding.OFF:
        assert r == 0                                       # never on non-cash, never when off
        return
    taken = cash + r
    assert taken > 0
    assert taken % unit == 0 or (r == 0 and cash < unit)    # a multiple of the unit (or too little to round)
    # The settlement rows (each tender as kept, the rounding row settling −r) add up to the total due.
    assert non_cash + taken + (-r) == due
    if rounding.RULES[rule][2] == rounding.DOWN:
        assert r <= 0
    else:
        assert 2 * abs(r) <= unit


@given(st.integers(1, 10 ** 8), st.integers(0, 10 ** 8), RULES, st.integers(0, 10 ** 6))
def test_cash_handed_over_settles_the_rounded_amount(due, non_cash, rule, extra):
    """The change is worked on the rounded cash: what is kept is exactly the cash to take."""
    non_cash = min(non_cash, due)
    r = rounding.payment_rounding(due, non_cash, rule)
    cash_part = due - non_cash + r
    tenders = ([Tender("card", non_cash, "C1")] if non_cash else []) + \
        ([Tender("cash", cash_part + extra)] if cash_part + extra > 0 else [])
    if not tenders:
        return
    s = settle(due + r, tenders)
    assert s.cash_fen == cash_part and s.change_fen == extra
    assert s.received_fen - r == due
