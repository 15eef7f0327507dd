import pytest

from counter_app.services.common import clock
from counter_app.ui.settings import CounterSettings
from tests.factories import at, bill_months


@pytest.fixture
def billed_estate(estate):
    return bill_months(estate, "2025-12", "2026-01")


@pytest.fixture
def counter_settings(tmp_path):
    return CounterSettings(receipt_printer=f"pdf:{tmp_path / 'printed.pdf'}", receipt_layout="80mm",
                           silent_print=True, idle_lock_minutes=0)


@pytest.fixture
def window(qtbot, billed_estate, counter_settings):
    from counter_app.ui.main_window import MainWindow
    with clock.frozen(at(2026, 1, 10, 9)):
        w = MainWindow(billed_estate.cashier, counter_settings)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w
