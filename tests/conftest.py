"""Every test gets a fresh database in a temporary folder; nothing touches the user's data."""
import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The ledgers' keys go to a file in the test's own data folder, never the user's key store; a
# fixture wider than one test (set up before the per-test folder) gets a folder of the run's.
os.environ["COUNTER_APP_KEYSTORE"] = "file"
os.environ["COUNTER_APP_DATA"] = tempfile.mkdtemp(prefix="counter-app-tests-")
atexit.register(shutil.rmtree, os.environ["COUNTER_APP_DATA"], True)

import pytest  # noqa: E402

from counter_app.ledger import passwords as _passwords  # noqa: E402
from counter_app.store import db as dbmod  # noqa: E402

# Test users are cheap: the product hashes passwords with scrypt N=2**14 (a fifth of a second on a
# busy CI core), and every ledger fixture creates three users. In the tests' processes only, new
# hashes use N=2**4; a hash records its own cost, so checking one made either way still works.
# tests/services/test_users_audit.py holds the product's default to its value in a fresh process.
PRODUCT_SCRYPT_N = _passwords.SCRYPT_N
_passwords.SCRYPT_N = 2 ** 4


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "appdata"))
    monkeypatch.delenv("COUNTER_APP_PASSWORD", raising=False)
    yield
    dbmod.close()


def pytest_addoption(parser):
    parser.addoption("--engine", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the database the store, services and reliability tests run on")


def pytest_collection_modifyitems(config, items):
    """On the server run, tests about the SQLite file itself are left out (deselected, not
    skipped: they ran on the SQLite run)."""
    if config.getoption("--engine") != "postgresql":
        return
    keep = [i for i in items if i.get_closest_marker("sqlite_only") is None]
    dropped = [i for i in items if i.get_closest_marker("sqlite_only") is not None]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture
def engine(request) -> str:
    return request.config.getoption("--engine")


@pytest.fixture
def pg():
    """The run's own PostgreSQL server (tests/pg_server.py), started on first use."""
    from tests.pg_server import server
    return server()


@pytest.fixture
def db_path(tmp_path, engine, request):
    """Where the test's ledger lives: a SQLite file, or (with --engine postgresql) a fresh
    database on the run's server, as a URL."""
    if engine == "sqlite":
        yield tmp_path / "ledger.sqlite3"
        return
    pg = request.getfixturevalue("pg")
    url = pg.new_database()
    yield url
    dbmod.close()
    pg.drop(url)


@pytest.fixture
def ledger(db_path):
    """An open, empty, migrated database with an administrator. Whatever the test did through the
    program, each month's billed total kept beside the charges must still be theirs: every test
    is a chance to find a path that writes or cancels charges without it (store/queries/billed.py),
    or that spells a charge's billing key outside its grammar (core/charge_keys.py)."""
    from counter_app.core import charge_keys
    from counter_app.store.models import Charge
    from counter_app.store.queries import billed
    from tests.factories import open_with_admin
    made = open_with_admin(db_path)
    yield made
    if dbmod.database.obj is not None and not dbmod.database.obj.is_closed() and \
            "billed_month" in dbmod.database.obj.get_tables():
        assert billed.wrong() == [], "a month's billed total no longer adds up from its charges"
        keys = [k for k, in Charge.select(Charge.dedupe_key).tuples()]
        assert [k for k in keys if not charge_keys.is_valid(k)] == [], "a charge key outside its grammar"


@pytest.fixture
def estate(ledger):
    """A small estate with every formula kind (see tests/factories.py)."""
    from tests.factories import build_small_estate
    return build_small_estate(ledger)
