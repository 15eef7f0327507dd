"""When the ledger's check runs by itself at sign-in: a week after the last, never skipped while the
last one found problems (each person who signs in is told), and a date in the future is no check."""
from datetime import datetime, timedelta, timezone

from counter_app.services.setup import checkup
from counter_app.store import db as dbmod, migrations

NOW = datetime(2026, 12, 5, 9, tzinfo=timezone.utc)


def _last(at: str, ok: str) -> None:
    with dbmod.write_transaction():
        migrations.set_meta(checkup.LAST_CHECK, at)
        migrations.set_meta(checkup.LAST_RESULT, ok)


def test_a_good_check_rests_a_week(estate):
    _last((NOW - timedelta(days=6)).isoformat(), "1")
    assert not checkup.due(NOW)
    _last((NOW - timedelta(days=7)).isoformat(), "1")
    assert checkup.due(NOW)


def test_a_failed_check_runs_again_at_every_sign_in(estate):
    _last((NOW - timedelta(minutes=5)).isoformat(), "0")
    assert checkup.due(NOW)


def test_a_check_dated_in_the_future_or_unreadable_is_no_check(estate):
    _last((NOW + timedelta(days=30)).isoformat(), "1")
    assert checkup.due(NOW)
    _last("yesterday", "1")
    assert checkup.due(NOW)


def test_the_check_itself_records_how_it_came_out(estate):
    report = checkup.check(estate.manager)
    assert report.ok and migrations.get_meta(checkup.LAST_RESULT) == "1" and not checkup.due()
