import pytest

from counter_app.ledger import clock
from counter_app.ui.settings import CounterSettings
from tests.factories import at, bill_months


@pytest.fixture(autouse=True)
def _key_rules(qapp):
    """The program's key rules (ui/keys.py) are installed on every screen test's application, as
    ui/app.py installs them on the program's."""
    from counter_app.ui import keys
    keys.install(qapp)


@pytest.fixture
def keyboard(qtbot):
    """Keys sent where the focus is (tests/ui/keyboard.py)."""
    from tests.ui.keyboard import Keyboard
    return Keyboard(qtbot)


@pytest.fixture
def billed_estate(estate):
    return bill_months(estate, "2025-12", "2026-01")


@pytest.fixture
def counter_settings(tmp_path):
    return CounterSettings(receipt_printer=f"pdf:{tmp_path / 'printed.pdf'}", receipt_layout="80mm",
                           silent_print=True, idle_lock_minutes=0)


@pytest.fixture
def window(qtbot, billed_estate, counter_settings):
    from tests.ui.helpers import counter_window
    with clock.frozen(at(2026, 1, 10, 9)):
        return counter_window(qtbot, billed_estate.cashier, counter_settings)
