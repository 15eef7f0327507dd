"""Python's cycle collector held off while a report makes an estate's worth of objects.

A whole-estate report makes tens of thousands of rows and lines that live on after it, so the
collector, counting them as they are made, runs dozens of times during it and scans the whole heap
at least once: 15% of the arrears list's and the dashboard's time. The objects a report makes hold
no cycles worth collecting meanwhile; the collector runs as usual once it returns (Mercurial's
util.nogc, for the same reason)."""
from __future__ import annotations

import functools
import gc


def nogc(func):
    """func run with the cycle collector off, and turned on again after if it was on (a report
    within a report, or one in another thread that began first, leaves it to the outermost)."""
    @functools.wraps(func)
    def run(*args, **kwargs):
        was_on = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()
    return run
