"""The demo estate: a manager opening it finds this month's counter receipts, and the ledger it
builds checks clean."""
from datetime import date

from counter_app.ledger import verify
from counter_app.scenarios.demo import build_demo
from counter_app.store import db as dbmod
from counter_app.store.models import Payment


def test_the_demo_has_counter_receipts_in_the_running_month_and_checks_clean(tmp_path):
    path = tmp_path / "demo.sqlite3"
    build_demo(path, months=6, entrances=1, floors=4, today=date(2026, 12, 3))
    from counter_app.services.common.session import open_database
    open_database(path)
    try:
        this_month = (Payment.select().where((Payment.kind == "counter") & (Payment.business_date >= date(2026, 12, 1))
                                             & (Payment.business_date < date(2026, 12, 3))).count())
        assert this_month > 0
        assert not Payment.select().where(Payment.business_date >= date(2026, 12, 3)).exists()   # today is the user's
        # every month before has its counter receipts too: its 本月实收 on the dashboard is no 0.00
        from counter_app.ledger import signin
        from counter_app.ledger import clock
        from counter_app.services.reports import dashboard
        from tests.factories import at
        manager = signin.authenticate("manager", "manager")
        with clock.frozen(at(2026, 12, 3, 9)):
            for month in ("2026-07", "2026-08", "2026-09", "2026-10", "2026-11"):
                takings = dashboard.dashboard(manager, month).month_takings
                assert takings.received_fen > 0 and sum(a for _, a in takings.by_item) == takings.received_fen, month
        # the cashier signing in first sees no red 未打印 for a receipt of the history
        from counter_app.services.counter import printed
        last = printed.last_receipt(signin.authenticate("cashier", "cashier"))
        assert last is not None and last.printed, last
        # every month's water reading is billed in that month's run (they were once dated the
        # month before, which no run bills): a charge for each meter and month, none unbilled
        from counter_app.store.models import Charge, FeeItem, Meter, MeterReading
        water = FeeItem.get(FeeItem.kind == "metered")
        billed = Charge.select().where((Charge.item == water) & Charge.reading.is_null(False)).count()
        readings = MeterReading.select().where(MeterReading.prev_centi.is_null(False)
                                               & (MeterReading.value_centi > MeterReading.prev_centi)).count()
        assert billed == readings == 6 * Meter.select().count() > 0
        report = verify.verify_all()
        assert report.ok, report.problem
    finally:
        dbmod.close()
