"""Every money section of the X, Z and day reports adds up to its total, and each total is the
summary's figure, over random days of dues with late fees (some waived), top-ups, deposits,
voids and refunds."""
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from counter_app.core import rounding
from counter_app.core.closeout import greedy_count
from counter_app.core.errors import CounterError
from counter_app.core.tables import TOTAL, Fen
from counter_app.core.tenders import Tender
from counter_app.services.admin import estate as est
from counter_app.services.closing import close as closeout, shifts, tables
from counter_app.ledger import clock
from counter_app.ledger import dues
from counter_app.services.counter import corrections, payments
from counter_app.store import db as dbmod
from counter_app.store.models import Unit
from tests.factories import at, bill_months, build_small_estate, open_with_admin

UNITS = ("3-2-501", "3-2-502", "3-1-101", "3-1-102")

ops = st.lists(st.tuples(st.sampled_from(["dues", "dues_waived", "part", "topup", "deposit", "void", "refund"]),
                         st.integers(0, 3), st.integers(1, 50_000), st.integers(0, 100)), min_size=1, max_size=8)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, rule=st.sampled_from(sorted(rounding.RULES)))
def test_every_money_section_adds_up_to_its_total(ops, rule):
    with tempfile.TemporaryDirectory() as tmp:
        estate = bill_months(build_small_estate(open_with_admin(Path(tmp) / "ledger.sqlite3")),
                             "2025-12", "2026-01", "2026-02")
        try:
            est.update_settings(estate.admin, cash_rounding=rule)    # 抹零 on or off: the sections still add up
            _day(estate, ops)
        finally:
            dbmod.close()


def _pay(estate, unit, kind, amount, pct):
    request = payments.PaymentRequest(unit_code=unit, tenders=[])
    if kind in ("dues", "dues_waived"):
        request.all_due = True
        if kind == "dues_waived":
            owed = [d for d in dues.owed(estate.manager, Unit.get(Unit.code == unit)) if d.late_fee_fen]
            request.waive_charge_ids = [d.charge_id for d in owed[:1]]
            request.waiver_reason = "困难户"
    elif kind == "part":
        request.amount_fen = amount
    elif kind == "topup":
        request.topup_fen = amount
    else:
        request.adhoc = [("ZXYJ", None, "装修")]
    total = payments.quote(estate.manager, request).total_fen
    wechat = total * pct // 100
    request.tenders = [t for t in (Tender("wechat", wechat, "WX") if wechat else None,
                                   Tender("cash", total - wechat + 100) if total - wechat else None) if t]
    return payments.take_payment(estate.manager, request)


def _day(estate, ops):
    numbers = []
    with clock.frozen(at(2026, 3, 10, 9)):
        closeout.close_shift(estate.manager, {})
        shifts.open_shift(estate.manager, 5_000)
        for kind, unit, amount, pct in ops:
            try:
                if kind == "void" and numbers:
                    corrections.void_receipt(estate.manager, numbers.pop(unit % len(numbers)), "测试", estate.manager)
                elif kind == "refund" and numbers:
                    number = numbers[unit % len(numbers)]
                    lines = [ln for ln in corrections.refundable_lines(estate.manager, number) if ln.refundable_fen]
                    if lines:
                        corrections.refund(estate.manager, number,
                                           {lines[0].payment_line_id: max(1, lines[0].refundable_fen * pct // 100)},
                                           "cash", "退", estate.manager)
                elif kind not in ("void", "refund"):
                    numbers.append(_pay(estate, UNITS[unit], kind, amount, pct).number)
            except CounterError:
                continue     # nothing owed, nothing left to refund: the day goes on
        check(tables.shift_sections(closeout.x_report(estate.manager)))
        counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(estate.manager).id))
        check(tables.shift_sections(closeout.close_shift(estate.manager, counts, "")))
        check(tables.day_sections(closeout.day_report(estate.manager, date(2026, 3, 10))))


def money(cells) -> list[int]:
    return [int(c) for c in cells if isinstance(c, Fen)]


def check(sections):
    by_title = {s.title: s for s in sections}
    summary = {row[0]: row[1] for row in by_title["概要"].rows}
    received = int(summary["实收合计"])
    for title in ("按付款方式", "按收费项目"):
        rows = by_title[title].rows
        assert rows[-1][0] == TOTAL and int(rows[-1][1]) == received, title
        assert sum(int(r[1]) for r in rows[:-1]) == received, (title, rows)
    refunds = by_title["退款"].rows
    if refunds:
        assert refunds[-1][0] == TOTAL and int(refunds[-1][2]) == int(summary["退款支出"])
        assert sum(int(r[2]) for r in refunds[:-1]) == int(summary["退款支出"])
    if "各班次" in by_title:
        rows = by_title["各班次"].rows
        assert rows[-1][0] == TOTAL
        assert sum(int(r[3]) for r in rows[:-1] if r[3] is not None) == int(rows[-1][3]) == received
    if "预存自动扣费" in by_title:
        rows = by_title["预存自动扣费"].rows
        if rows:
            assert sum(int(r[2]) for r in rows[:-1] if r[3] == "有效") == int(rows[-1][2])
    assert received == sum(money([summary["实收合计"]]))
