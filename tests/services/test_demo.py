"""The demo estate: a manager opening it finds this month's counter receipts, and the ledger it
builds checks clean."""
from datetime import date

from counter_app.services.counter import verify
from counter_app.services.setup.demo import build_demo
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
        report = verify.verify_all()
        assert report.ok, report.problem
    finally:
        dbmod.close()
