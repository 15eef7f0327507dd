from datetime import datetime, timedelta

from counter_app.mail import retry

NOW = datetime(2026, 3, 1, 8, 0)


def test_backoff_doubles_from_a_minute_to_six_hours():
    waits = [retry.next_try(n, NOW) - NOW for n in (1, 2, 3, 9, 10, 50)]
    assert waits == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4),
                     timedelta(minutes=256), timedelta(hours=6), timedelta(hours=6)]


def test_the_password_lives_in_the_key_store_per_estate():
    assert retry.password("ledger-a", 1) == ""
    retry.put_password("ledger-a", 1, "s3cret密")
    retry.put_password("ledger-a", 2, "other")
    assert retry.password("ledger-a", 1) == "s3cret密"
    assert retry.password("ledger-a", 2) == "other"
    assert retry.password("ledger-b", 1) == ""
