import pytest

from counter_app.services.billing import runs as billing
from counter_app.services.common import clock
from counter_app.store import db as dbmod
from tests.factories import at


@pytest.fixture
def billed_db(estate):
    """The small estate with January billed, closed for the command line to open: its path."""
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2026-01")
    dbmod.close()
    return str(estate.ledger.path)
