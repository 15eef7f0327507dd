"""Tests of several counters on one server: always on the run's own PostgreSQL server."""
import gc
import warnings

import pytest


def pytest_collection_modifyitems(items):
    # The same, for a cut session freed during another fixture's teardown: only psycopg's warning
    # about a connection dropped open is let pass, and only in these tests.
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.filterwarnings(
                "ignore:Exception ignored in.*BaseConnection.__del__:pytest.PytestUnraisableExceptionWarning"))
            item.add_marker(pytest.mark.filterwarnings("ignore:.*was deleted while still open:ResourceWarning"))


@pytest.fixture(autouse=True)
def _cut_sessions_collected_here():
    """A session a test cuts mid-statement (the cable, a terminated backend) leaves psycopg objects
    in reference cycles, which the collector would find at a moment no test chose, in another test,
    as a ResourceWarning made an error. Collected as the test that cut them ends; what these tests
    judge is the ledger, not that warning."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def server_ledger(pg):
    from tests.factories import open_with_admin
    url = pg.new_database()
    ledger = open_with_admin(url)
    yield ledger
    from counter_app.store import db as dbmod
    dbmod.close()
    pg.drop(url)


@pytest.fixture
def server_estate(server_ledger):
    from tests.factories import build_small_estate
    return build_small_estate(server_ledger)
