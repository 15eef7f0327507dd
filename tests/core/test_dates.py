"""One date grammar for every file the program reads."""
from datetime import date, datetime

import pytest

from counter_app.core.dates import read_date
from counter_app.core.errors import CounterError


@pytest.mark.parametrize("written", ["2026-01-05", "2026/1/5", "2026.1.5", "2026年1月5日", "20260105", 46027,
                                     46027.0, "２０２６－０１－０５", "2026-01-05 00:00:00", datetime(2026, 1, 5, 9),
                                     date(2026, 1, 5), " 2026 年 1 月 5 日 "])
def test_the_forms_people_and_excel_write_are_one_date(written):
    assert read_date(written) == date(2026, 1, 5)


@pytest.mark.parametrize("written, words", [("2026-02-30", "不存在"), ("5/1/2026", "看不懂"), ("", "看不懂"),
                                            (46027.5, "看不懂"), (True, "看不懂"), ("1900-01-01", "1950"),
                                            (0, "看不懂"), ("2026-01-05x", "看不懂")])
def test_what_is_not_a_date_is_refused_in_words(written, words):
    with pytest.raises(CounterError, match=words):
        read_date(written)
