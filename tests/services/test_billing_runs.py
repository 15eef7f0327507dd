"""A billing run as an office runs it: previewed first (the same planning, nothing written), run
with progress and stoppable (all or nothing), a month more than one ahead only when confirmed,
and taken back whole while nothing of it is paid."""
import json

import pytest

from counter_app.core.errors import CounterError, NotFound, PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.services.billing import reversal, runs as billing
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.services.counter.payments import PaymentRequest
from counter_app.store.models import AuditLog, BillingRun, Charge
from counter_app.store.queries import billed
from tests.factories import at, fingerprint


class Stop(Exception):
    pass


def test_the_preview_is_what_the_run_then_creates_and_writes_nothing(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        before = fingerprint(estate.ledger.path)
        preview = billing.preview_billing(estate.manager, "2026-01")
        assert fingerprint(estate.ledger.path) == before
        done = billing.run_billing(estate.manager, "2026-01")
    assert preview.created == done.created > 0 and preview.total_fen == done.total_fen
    assert preview.by_item == done.by_item and sum(n for n, _ in done.by_item.values()) == done.created
    assert sum(t for _, t in done.by_item.values()) == done.total_fen
    # units without a parking space get no parking fee, and the preview says so
    assert billing.SKIP_NO_SPACE in preview.skipped and "3-1-102" in preview.skipped[billing.SKIP_NO_SPACE]
    with clock.frozen(at(2026, 1, 1, 9)):
        again = billing.preview_billing(estate.manager, "2026-01")
    assert again.created == 0 and len(again.skipped[billing.SKIP_EXISTING]) == done.created   # each unit-item once


def test_a_month_more_than_one_ahead_needs_confirming(estate):
    with clock.frozen(at(2026, 1, 10)):
        billing.run_billing(estate.manager, "2026-02")                   # next month: as offices do
        with pytest.raises(CounterError, match="提前 2 个月"):
            billing.run_billing(estate.manager, "2026-03")
        assert not Charge.select().where(Charge.period_start >= "2026-03-01").exists()
        confirmed = billing.run_billing(estate.manager, "2026-03", confirm_ahead=True)
    assert confirmed.created > 0
    last = AuditLog.select().where(AuditLog.action == "billing.run").order_by(AuditLog.id.desc()).first()
    assert json.loads(last.after)["ahead_confirmed"] is True


@pytest.mark.parametrize("stop_at", [0, 3, -1])
def test_a_run_stopped_leaves_nothing_of_it(estate, stop_at):
    """Stopped while planning, or at the very end (after the charges and the deductions): the
    transaction is rolled back whole."""
    with clock.frozen(at(2025, 12, 25)):
        payments.take_payment(estate.cashier, PaymentRequest(unit_code="3-1-102", topup_fen=50_000,
                                                             tenders=[Tender("cash", 50_000)]))
    seen = []

    def progress(step, total):
        seen.append((step, total))
        if step == (total if stop_at == -1 else stop_at):
            raise Stop()
    before = fingerprint(estate.ledger.path)
    with clock.frozen(at(2026, 1, 1, 8)), pytest.raises(Stop):
        billing.run_billing(estate.manager, "2026-01", progress=progress)
    assert fingerprint(estate.ledger.path) == before
    assert seen and all(0 <= s <= t for s, t in seen)
    with clock.frozen(at(2026, 1, 1, 8)):
        steps = []
        result = billing.run_billing(estate.manager, "2026-01", progress=lambda s, t: steps.append((s, t)))
    assert result.created > 0 and result.deductions == 1
    assert steps[-1][0] == steps[-1][1] and [s for s, _ in steps] == sorted(s for s, _ in steps)


def test_a_run_is_taken_back_whole_and_the_month_billed_again(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        run = billing.run_billing(estate.manager, "2026-01")
    months_before = billed.by_month(list({i.id for i in estate.items.values()}), "2026-01", "2026-01")
    with clock.frozen(at(2026, 1, 2, 9)):
        with pytest.raises(CounterError, match="原因"):
            reversal.reverse_run(estate.manager, run.run_id, " ")
        assert reversal.reverse_run(estate.manager, run.run_id, "标准录错了") == run.created
        with pytest.raises(CounterError, match="已于之前撤销"):
            reversal.reverse_run(estate.manager, run.run_id, "再来一次")
        listed = reversal.billing_runs(estate.manager)
    assert "标准录错了" in listed[0].reversed and listed[0].charges == run.created
    assert not Charge.select().where((Charge.run == run.run_id) & Charge.cancelled_at.is_null(True)).exists()
    assert billed.by_month(list({i.id for i in estate.items.values()}), "2026-01", "2026-01") == {"2026-01": 0}
    with clock.frozen(at(2026, 1, 2, 10)):
        again = billing.run_billing(estate.manager, "2026-01")      # the keys were freed
    assert again.created == run.created and again.total_fen == run.total_fen
    assert billed.by_month(list({i.id for i in estate.items.values()}), "2026-01", "2026-01") == months_before
    assert AuditLog.select().where(AuditLog.action == "billing.reverse").count() == 1


def test_a_run_anything_of_which_is_paid_is_not_taken_back(estate):
    with clock.frozen(at(2026, 1, 1, 8)):
        run = billing.run_billing(estate.manager, "2026-01")
    with clock.frozen(at(2026, 1, 5, 9)):
        payments.take_payment(estate.cashier, PaymentRequest(unit_code="3-2-501", amount_fen=1_000,
                                                             tenders=[Tender("cash", 1_000)]))
        before = fingerprint(estate.ledger.path)
        with pytest.raises(CounterError, match="1 笔应收收过款"):
            reversal.reverse_run(estate.manager, run.run_id, "标准录错了")
    assert fingerprint(estate.ledger.path) == before
    with pytest.raises(NotFound):
        reversal.reverse_run(estate.manager, run.run_id + 99, "没有这次")
    with pytest.raises(PermissionDenied):
        reversal.reverse_run(estate.cashier, run.run_id, "收银员不能")
    assert BillingRun.get_by_id(run.run_id).reversed_at is None


def test_a_charge_is_built_one_way_for_a_model_and_for_a_bulk_insert():
    """charge_row (a Charge's fields) and charge_values (a run's bulk insert) are the same values,
    the second with dates as text, named by the table's own columns."""
    from datetime import date

    from counter_app.core import fees
    from counter_app.ledger import planner
    from counter_app.store.models import Charge
    from counter_app.store.queries.charges import CHARGE_COLUMNS
    assert [Charge._meta.fields[f].column_name for f in planner.CHARGE_FIELDS] == list(CHARGE_COLUMNS)
    comp = fees.Computation(amount_fen=12345, basis="100.24㎡ × 1.60", rounding="分", standard_id=3, working=())
    plan = planner.Plan(1, 2, date(2026, 1, 1), date(2026, 1, 31), 1, comp, "p:1:2:2026-01-01")
    row, values = planner.charge_row(plan, 15, 7, "t"), planner.charge_values(plan, 15, 7, "t")
    assert [v.isoformat() if isinstance(v, date) else v for v in row.values()] == list(values)
    assert row["due_date"] == date(2026, 1, 16) and row["run"] == 7 and row["paid_fen"] == 0
    one_off = planner.Plan(1, 2, date(2026, 1, 9), date(2026, 1, 9), 1, comp, "a:" + "0" * 32, "adhoc",
                           due_date=date(2026, 1, 9), note="补办门禁卡")
    assert planner.charge_row(one_off, 15, None, "t")["due_date"] == date(2026, 1, 9)
    assert planner.charge_row(one_off, 15, None, "t")["note"] == "补办门禁卡"
