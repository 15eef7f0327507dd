"""收费预测's arithmetic on a constructed history, every figure worked by hand.

One item, 100.00 a month, due on the 20th, billed from 2025-01. Four units:
A pays each month on the 10th (on time); B pays March and April together in May (late in two
months of nine or twelve: 迟缴); C pays each month in the next (habitually late); D never pays (不缴).
"""
from datetime import date
from fractions import Fraction

from counter_app.core import forecast as F
from counter_app.core.periods import Month

A, B, C, D = 1, 2, 3, 4
ITEM = 7


def m(text: str) -> int:
    return Month.parse(text).index()


def history(last: str = "2026-01"):
    billed, paid = [], []
    for month in range(m("2025-01"), m(last) + 1):
        for unit in (A, B, C, D):
            billed.append(F.Billed(unit, ITEM, month, 10000, F.first_day(month).replace(day=20)))
        paid.append(F.Paid(A, ITEM, month, month, 10000, False))
        if month in (m("2025-03"), m("2025-04")):
            paid.append(F.Paid(B, ITEM, month, m("2025-05"), 10000, True))
        else:
            paid.append(F.Paid(B, ITEM, month, month, 10000, False))
        paid.append(F.Paid(C, ITEM, month, month + 1, 10000, True))
    return billed, paid


def test_each_habit_class_and_its_thresholds():
    assert F.classify(F.Habit(billed=0, late=0, unpaid=0)) == F.ON_TIME          # no record yet
    assert F.classify(F.Habit(12, 0, 0)) == F.ON_TIME
    assert F.classify(F.Habit(12, 1, 0)) == F.LATE
    assert F.classify(F.Habit(12, 5, 0)) == F.LATE
    assert F.classify(F.Habit(12, 6, 0)) == F.HABITUAL                          # 6 of 12: the late-payers rule
    assert F.classify(F.Habit(12, 12, 6)) == F.HABITUAL                         # half unpaid: not yet 不缴
    assert F.classify(F.Habit(12, 12, 7)) == F.NOT_PAYING
    assert F.classify(F.Habit(3, 2, 2)) == F.NOT_PAYING
    billed, paid = history()
    habits = F.habits(billed, paid, m("2025-12"))
    assert habits[A] == F.Habit(12, 0, 0) and habits[B] == F.Habit(12, 2, 0)
    # C's December, due on the 20th, is unpaid at the month's end; the rest were paid late
    assert habits[C] == F.Habit(12, 12, 1) and habits[D] == F.Habit(12, 12, 12)
    assert {u: F.classify(h) for u, h in habits.items()} == {A: F.ON_TIME, B: F.LATE, C: F.HABITUAL,
                                                             D: F.NOT_PAYING}


def test_collection_curves_are_measured_on_the_months_that_reached_each_age():
    billed, paid = history()
    classes = {A: F.ON_TIME, B: F.LATE, C: F.HABITUAL, D: F.NOT_PAYING}
    shares = F.curves(billed, paid, m("2025-12"), classes)
    assert shares[F.ON_TIME][:2] == (1, 0)
    # B: 10 of 12 months paid in their month; of the 11 months a month old, April paid a month
    # late; of the 10 two months old, March two months late
    assert shares[F.LATE][:4] == (Fraction(5, 6), Fraction(1, 11), Fraction(1, 10), 0)
    assert shares[F.HABITUAL][:3] == (0, 1, 0)
    assert set(shares[F.NOT_PAYING]) == {0}


def test_the_forecast_by_hand():
    """As of 2025-12: A brings 100.00 a month. B's coming months bring 5/6 in the month, 1/11 the
    next, and the third month is capped at what is left (5/66): January 8,333.33 -> 83.33…,
    February 8,333.33 + 909.09, March 757.58 + 909.09 + 8,333.33 = 10,000.00. C's December (open)
    comes in January, January's in February, February's in March. D: nothing."""
    billed, paid = history()
    f = F.forecast(billed, paid, m("2025-12"))
    assert f.months == (m("2026-01"), m("2026-02"), m("2026-03"))
    jan, feb, mar = f.months
    assert f.by_class(jan) == {F.ON_TIME: 10000, F.LATE: 8333, F.HABITUAL: 10000, F.NOT_PAYING: 0}
    assert f.by_class(feb) == {F.ON_TIME: 10000, F.LATE: 9242, F.HABITUAL: 10000, F.NOT_PAYING: 0}
    assert f.by_class(mar) == {F.ON_TIME: 10000, F.LATE: 10000, F.HABITUAL: 10000, F.NOT_PAYING: 0}
    assert [f.total(x) for x in f.months] == [28333, 29242, 30000]
    assert f.by_item(feb) == {ITEM: 29242}
    assert f.units_in(F.NOT_PAYING) == 1


def test_the_back_test_uses_only_what_was_known_then():
    """As of 2025-09 the window starts in 2024-10, before billing began: October's charges are
    taken as July's (three months before). B: 7/9 in the month, 1/8 the next, the rest (7/72) the
    third. Later rows (C's September paid in October) are not looked at; the collected beside it
    are 300.00 a month (C's September counted in October, when it was paid)."""
    billed, paid = history()
    f = F.forecast(billed, paid, m("2025-09"))
    assert f.classes == {A: F.ON_TIME, B: F.LATE, C: F.HABITUAL, D: F.NOT_PAYING}
    assert [f.total(x) for x in f.months] == [27778, 29028, 30000]
    actual = [F.collected(paid, x).get(ITEM, 0) for x in f.months]
    assert actual == [30000, 30000, 30000]
    assert [F.error_text(f.total(x), a) for x, a in zip(f.months, actual)] == ["-7.41%", "-3.24%", "+0.00%"]
    assert F.error_text(100, 0) == "—"


def test_nothing_is_expected_beyond_what_is_owed():
    """A unit whose month is paid has nothing open; paid ahead counts in the charge's month."""
    billed = [F.Billed(A, ITEM, m("2025-12"), 5000, date(2025, 12, 20))]
    paid = [F.Paid(A, ITEM, m("2025-12"), m("2025-10"), 5000, False)]
    f = F.forecast(billed, paid, m("2025-12"))
    assert f.shares[F.ON_TIME][0] == 1
    # January projected from October (three months before, billed only since December: none)
    assert [f.total(x) for x in f.months] == [0, 0, 5000]
    assert F.collected(paid, m("2025-12")) == {ITEM: 5000} and F.collected(paid, m("2025-10")) == {}
