"""Several estates on one database: every report a manager or a cashier reads is its own estate's.
The invariant, for every report at once: estate one's reports read the same before and after a
second estate on the same database has the same months billed and paid, and the second estate,
having done what the first did, reads the same figures (only its name differs)."""
import dataclasses
from datetime import date

from counter_app.services.closing import close as closeout
from counter_app.ledger import clock
from counter_app.services.counter import journal
from counter_app.services.reports import (arrears, collection, dashboard, floor_grid, holdings, late_payers,
                                          notices, reminders, tables)
from tests.factories import at, bill_months, build_small_estate
from tests.services.test_management_reports import pay

TODAY = (2026, 2, 20)


def _live(e):
    """Three months billed, three payments on two days, a contact logged."""
    bill_months(e, "2025-12", "2026-01", "2026-02")
    pay(e.cashier, "3-1-102", amount_fen=5_000, day=(2026, 2, 10))
    pay(e.cashier, "3-2-501", all_due=True, day=TODAY)
    pay(e.manager, "3-1-101", all_due=True, advance=[("WYF", 1)], day=TODAY)
    with clock.frozen(at(*TODAY, 11)):
        reminders.log_reminder(e.manager, "3-1-102", "phone", "说月底来交", follow_up_on=date(*TODAY))


def _plain(value):
    """A report as plain data, without the estate's own name (the one thing allowed to differ)."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name not in ("title", "company", "estate")}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _everything(e, tmp_path) -> dict:
    m = e.manager
    day = date(*TODAY)
    with clock.frozen(at(*TODAY, 15)):
        listed = tmp_path / f"messages-{e.estate.id}.csv"
        reminders.message_list(m, listed)
        return {
            "arrears": _plain(tables.arrears_sections(arrears.arrears_list(m, day))),
            "collection": _plain(tables.collection_sections(collection.collection_report(m, "2026-02"))),
            "collection_before": _plain(collection.collection_report(m, "2026-01")),
            "holdings": _plain(holdings.holdings_report(m)),
            "dashboard": _plain(dashboard.dashboard(m)),
            "late_payers": _plain(late_payers.late_payers(m, day)),
            "floor_grid": _plain(floor_grid.floor_grid(m, "3", day)),
            "notices_overdue": _plain(notices.notices(m, "overdue", building_code="3").notices),
            "notices_due": _plain(notices.notices(m, "due", building_code="3").notices),
            "follow_ups": [(c.unit, c.channel, c.note) for c in reminders.follow_ups(m, day)],
            "messages": listed.read_text(encoding="utf-8-sig").replace(e.estate.name, "*"),
            "day": _plain(closeout.day_report(m, day).figures),
            "journal": [(r.number, r.unit_code, r.paid_fen, r.status)
                        for r in journal.search(m, journal.JournalFilter(date_from=date(2026, 2, 1)))],
        }


def test_an_estate_s_reports_are_its_own(ledger, tmp_path):
    first = build_small_estate(ledger)
    _live(first)
    alone = _everything(first, tmp_path)
    assert alone["arrears"] and alone["dashboard"]["trend"][-1]["billed_fen"] > 0   # the reports say something
    second = build_small_estate(ledger, "第二花园", "第二物业服务有限公司")
    _live(second)
    assert _everything(first, tmp_path) == alone
    assert _everything(second, tmp_path) == alone

