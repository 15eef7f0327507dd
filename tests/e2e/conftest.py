import pytest

from counter_app.services.billing import runs as billing
from counter_app.ledger import clock
from counter_app.store import db as dbmod
from tests.factories import at


@pytest.fixture
def billed_db(estate):
    """The small estate with January billed, closed for the command line to open: its path."""
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2026-01")
    dbmod.close()
    return str(estate.ledger.path)


# Read-only commands show money or the audit, so they follow the permission table and need a user
# (cli._viewer); the tests of what they print run them as the manager unless they say who.
READS = {"find", "owed", "explain", "audit", "receipt", "check", "unit", "calc"}


def main_as_manager(argv) -> int:
    """cli.main(argv), a read-only command without --user run as the manager (password set for
    this call only)."""
    import os

    from counter_app import cli
    argv = list(argv)
    if not argv or argv[0] not in READS or "--user" in argv:
        return cli.main(argv)
    before = os.environ.get("COUNTER_APP_PASSWORD")
    os.environ["COUNTER_APP_PASSWORD"] = "manager"
    try:
        return cli.main(argv + ["--user", "manager"])
    finally:
        if before is None:
            os.environ.pop("COUNTER_APP_PASSWORD", None)
        else:
            os.environ["COUNTER_APP_PASSWORD"] = before
