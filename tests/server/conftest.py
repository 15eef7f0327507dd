"""Tests of several counters on one server: always on the run's own PostgreSQL server."""
import pytest


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
