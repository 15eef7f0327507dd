"""Rotation keeps the newest backup of each recent day and month, and nothing else."""
from datetime import datetime, timedelta

from hypothesis import given, strategies as st

from counter_app.core.rotation import kept


def test_a_year_of_daily_backups_keeps_fourteen_days_and_twelve_months():
    start = datetime(2025, 12, 1, 8)
    times = [start + timedelta(days=d, hours=h) for d in range(367) for h in (0, 9)]   # two a day
    keep = kept(times)
    newest = max(times)
    days = sorted({t.date() for t in keep}, reverse=True)
    assert days[:14] == [newest.date() - timedelta(days=d) for d in range(14)]
    assert all(max(t for t in times if t.date() == t2.date()) == t2 for t2 in keep)   # the day's newest
    months = {t.strftime("%Y-%m") for t in keep}
    assert len(months) == 12 and "2025-12" not in months and "2026-12" in months
    assert len(keep) == 14 + 12 - 2  # the newest of December and of November are among the fourteen days


def test_fewer_backups_than_the_limits_are_all_kept_but_one_per_day():
    times = [datetime(2026, 12, 2, 8), datetime(2026, 12, 2, 18), datetime(2026, 11, 30, 8)]
    assert kept(times) == {datetime(2026, 12, 2, 18), datetime(2026, 11, 30, 8)}
    assert kept([]) == set()


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=80),
       st.integers(0, 20), st.integers(0, 15))
def test_the_newest_is_always_kept_and_no_more_than_the_limits(times, daily, monthly):
    keep = kept(times, daily, monthly)
    assert keep <= set(times) and len(keep) <= daily + monthly
    if times and (daily or monthly):
        assert max(times) in keep
