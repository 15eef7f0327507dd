"""Every test gets a fresh database in a temporary folder; nothing touches the user's data."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from counter_app.store import db as dbmod  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "appdata"))
    monkeypatch.delenv("COUNTER_APP_PASSWORD", raising=False)
    yield
    dbmod.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def ledger(db_path):
    """An open, empty, migrated database with an administrator."""
    from tests.factories import open_with_admin
    return open_with_admin(db_path)


@pytest.fixture
def estate(ledger):
    """A small estate with every formula kind (see tests/factories.py)."""
    from tests.factories import build_small_estate
    return build_small_estate(ledger)
