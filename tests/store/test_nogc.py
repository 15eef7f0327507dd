"""store/nogc.py: the cycle collector is off while a whole-estate report runs, and on again after
it however it ends, never turned on by a report within a report."""
import gc

import pytest

from counter_app.core.errors import Invalid
from counter_app.services.reports import arrears
from counter_app.store.nogc import nogc


def test_off_while_it_runs_and_on_after_however_it_ends():
    seen = []

    @nogc
    def inner():
        seen.append(("inner", gc.isenabled()))

    @nogc
    def outer(fail: bool):
        inner()
        seen.append(("outer after inner", gc.isenabled()))
        if fail:
            raise Invalid("x")
        return 7

    assert gc.isenabled()
    assert outer(False) == 7 and gc.isenabled()
    with pytest.raises(Invalid):
        outer(True)
    assert gc.isenabled()
    assert seen == [("inner", False), ("outer after inner", False)] * 2


def test_left_off_when_it_was_off():
    gc.disable()
    try:
        nogc(lambda: None)()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_arrears_list_runs_with_it_off(estate, monkeypatch):
    seen = []
    real = arrears.read_at_once

    def spy(*reads):
        seen.append(gc.isenabled())
        return real(*reads)
    monkeypatch.setattr(arrears, "read_at_once", spy)
    arrears.arrears_list(estate.manager)
    assert seen == [False] and gc.isenabled()
