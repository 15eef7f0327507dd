from hypothesis import given, strategies as st

from counter_app.core.collection import AGING_BUCKETS, bucket_of, rate_text


def test_bucket_edges_follow_the_domain_definition():
    assert [bucket_of(d) for d in (0, 30, 31, 90, 91, 180, 181, 365, 366, 4000)] == [
        "0–30 天", "0–30 天", "31–90 天", "31–90 天", "91–180 天", "91–180 天", "181–365 天", "181–365 天",
        "365 天以上", "365 天以上"]


@given(st.integers(min_value=0, max_value=100_000))
def test_every_day_count_falls_in_exactly_one_bucket(days):
    hits = [label for first, last, label in AGING_BUCKETS if days >= first and (last is None or days <= last)]
    assert hits == [bucket_of(days)]


def test_rates_are_exact_and_rounded_half_up():
    assert rate_text(1, 3) == "33.33%"
    assert rate_text(2, 3) == "66.67%"
    assert rate_text(1, 8) == "12.50%"
    assert rate_text(5, 5) == "100.00%"
    assert rate_text(0, 0) == "—"
    assert rate_text(1, 200000) == "0.00%" and rate_text(1, 20000) == "0.01%"
