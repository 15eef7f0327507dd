"""习惯性迟缴: late in at least 6 of the last 12 whole months, a month being late when a charge of it
was paid after its due date or is unpaid past it; at the boundary, 5 is not and 6 is."""

from counter_app.core.collection import WINDOW_MONTHS, habitually_late
from counter_app.ledger import clock
from counter_app.services.reports import late_payers
from tests.factories import at, bill_months
from tests.services.test_management_reports import pay

WINDOW = [f"2025-{m:02d}" for m in range(1, 13)]


def test_the_rule_at_its_boundaries():
    assert len(WINDOW) == WINDOW_MONTHS
    assert not habitually_late(WINDOW[:5], WINDOW)
    assert habitually_late(WINDOW[:6], WINDOW)
    assert not habitually_late(WINDOW[:5] + ["2024-12", "2026-01"], WINDOW)      # outside the window: not counted
    assert habitually_late(WINDOW, WINDOW)


def test_units_late_in_six_months_are_listed_five_are_not(estate):
    """501 pays everything on January 15 (late in every month, December's water having been due on
    the 21st: found from its receipt's lines, nothing being unpaid); 101 pays on time for six months, then stops (late in six); 102 on time for seven (late
    in five)."""
    on_time = {"3-1-101": 6, "3-1-102": 7}
    for month in range(1, 13):
        bill_months(estate, f"2025-{month:02d}")
        for code, months in on_time.items():
            if month <= months:
                pay(estate.cashier, code, all_due=True, day=(2025, month, 10))
    pay(estate.cashier, "3-2-501", all_due=True, day=(2026, 1, 15))
    with clock.frozen(at(2026, 1, 20, 9)):
        window, found = late_payers.late_payers(estate.manager)
    assert list(window) == WINDOW
    by_code = {p.code: p for p in found}
    assert set(by_code) >= {"3-2-501", "3-1-101"} and "3-1-102" not in by_code
    assert by_code["3-1-101"].late_months == tuple(f"2025-{m:02d}" for m in range(7, 13))
    assert len(by_code["3-2-501"].late_months) == 12 and by_code["3-2-501"].owed_fen == 0   # paid, but late
    assert found[0].code == "3-2-501"                  # most months late first


def test_a_window_across_the_new_year_names_each_month(estate):
    """July to June: every month late for 501 (all paid late at once), read back as the same twelve
    months on either side of the new year; 101 late only from March (four months: not listed)."""
    months = [f"2025-{m:02d}" for m in range(7, 13)] + [f"2026-{m:02d}" for m in range(1, 7)]
    for month in months:
        bill_months(estate, month)
        year, mon = map(int, month.split("-"))
        if month < "2026-03":
            pay(estate.cashier, "3-1-101", all_due=True, day=(year, mon, 10))
    pay(estate.cashier, "3-2-501", all_due=True, day=(2026, 7, 15))
    with clock.frozen(at(2026, 7, 20, 9)):
        window, found = late_payers.late_payers(estate.manager)
    assert list(window) == months
    by_code = {p.code: p for p in found}
    assert by_code["3-2-501"].late_months == tuple(months) and "3-1-101" not in by_code
