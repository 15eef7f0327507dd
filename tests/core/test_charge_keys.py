"""A charge's billing key has one grammar (core/charge_keys.py): every kind the program makes is
in it, nothing near it is, and a cancelled key gives back the key it freed."""
from datetime import date

import pytest

from counter_app.core import charge_keys as keys


def test_every_kind_of_key_is_in_the_grammar_and_says_what_it_bills():
    made = {
        keys.periodic(12, 3, date(2026, 1, 1)): "p:12:3:2026-01-01",
        keys.periodic(12, 3, "2026-01-01"): "p:12:3:2026-01-01",       # a run's rows hold ISO text
        keys.reading(977): "r:977",
        keys.shared(5, 12): "s:5:12",
        keys.opening(12, 3, date(2025, 12, 1)): "o:12:3:2025-12-01",
    }
    for key, spelled in made.items():
        assert key == spelled and keys.is_valid(key) and not keys.is_cancelled(key)
    a, b = keys.adhoc(), keys.adhoc()
    assert a != b and keys.is_valid(a) and a.startswith("a:")        # never the same twice


@pytest.mark.parametrize("key", ["", "p:12:3", "p:12:3:2026-1-1", "p:0:3:2026-01-01", "p:12:3:2026-01-01:",
                                 "r:", "r:01", "r:x", "s:5", "s:5:12:1", "a:", "a:XYZ", "q:1",
                                 "P:12:3:2026-01-01", " r:1", "r:1\n", "x:7", "x:7:", "x:0:r:1", "x:7:q:1"])
def test_what_is_near_a_key_is_not_one(key):
    assert not keys.is_valid(key)


def test_a_cancelled_key_frees_the_period_and_gives_the_key_back():
    key = keys.periodic(12, 3, date(2026, 1, 1))
    gone = keys.cancelled(44, key)
    assert gone == "x:44:p:12:3:2026-01-01" and gone != key
    assert keys.is_cancelled(gone) and keys.is_valid(gone) and keys.original(gone) == key
    assert keys.original(key) == key
    twice = keys.cancelled(45, gone)
    assert keys.is_valid(twice) and keys.original(twice) == gone


def test_the_cancelled_key_in_sql_is_the_same_text():
    import sqlite3
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE charge (id INTEGER, dedupe_key TEXT)")
    db.execute("INSERT INTO charge VALUES (44, 'p:12:3:2026-01-01')")
    db.execute(f"UPDATE charge SET dedupe_key = {keys.cancelled_sql()}")
    assert db.execute("SELECT dedupe_key FROM charge").fetchone()[0] == keys.cancelled(44, "p:12:3:2026-01-01")


def test_a_shared_cost_s_keys_fall_in_its_range_and_no_other_s():
    prefix, above = keys.shared_prefix(5), keys.after_prefix(keys.shared_prefix(5))
    inside = [keys.shared(5, u) for u in (1, 9, 10, 99999)]
    outside = [keys.shared(50, 1), keys.shared(4, 1), keys.shared(6, 1), keys.reading(5), keys.periodic(5, 1, "2026-01-01")]
    assert all(prefix <= k < above for k in inside)
    assert not any(prefix <= k < above for k in outside)
