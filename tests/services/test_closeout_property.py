"""Over random days of payments, voids and refunds, every total in the report is the sum of the
documents it covers, and expected cash = float + cash in − cash out (change never counted in)."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from counter_app.core.closeout import greedy_count
from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock
from counter_app.services.counter import corrections, payments
from counter_app.store import db as dbmod
from tests.factories import at, build_small_estate, open_with_admin

UNITS = ("3-2-501", "3-2-502", "3-1-101", "3-1-102")

ops_strategy = st.lists(st.tuples(st.sampled_from(["topup", "adhoc", "void"]), st.integers(0, 3),
                                  st.integers(1, 80_000), st.integers(0, 100), st.integers(0, 20_000)),
                        min_size=1, max_size=8)
refunds_strategy = st.lists(st.tuples(st.integers(0, 20), st.sampled_from(["cash", "wechat"]), st.integers(1, 100)),
                            max_size=3)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops_strategy, refunds=refunds_strategy, float_fen=st.integers(0, 100_000))
def test_report_totals_are_the_sums_of_the_documents(ops, refunds, float_fen):
    with tempfile.TemporaryDirectory() as tmp:
        estate = build_small_estate(open_with_admin(Path(tmp) / "ledger.sqlite3"))
        try:
            _day(estate, ops, refunds, float_fen)
        finally:
            dbmod.close()


def _day(estate, ops, refunds, float_fen):
    receipts = {}
    with clock.frozen(at(2026, 1, 10, 9)):
        for actor in (estate.cashier, estate.manager):
            closeout.close_shift(actor, {})
        shifts.open_shift(estate.cashier, float_fen)
        for kind, unit, amount, wechat_pct, change in ops:
            if kind == "void":
                valid = [n for n, r in receipts.items() if r["status"] == "valid"]
                if valid:
                    number = valid[unit % len(valid)]
                    corrections.void_receipt(estate.cashier, number, "测试", estate.manager)
                    receipts[number]["status"] = "voided"
                continue
            req = payments.PaymentRequest(unit_code=UNITS[unit], tenders=[])
            if kind == "topup":
                req.topup_fen = amount
            else:
                req.adhoc = [("MJK", amount, "")]
            wechat = amount * wechat_pct // 100
            req.tenders = [t for t in (Tender("wechat", wechat, "WX") if wechat else None,
                                       Tender("cash", amount - wechat + change) if amount - wechat + change else None) if t]
            r = payments.take_payment(estate.cashier, req)
            receipts[r.number] = {"status": "valid", "total": r.total_fen,
                                  "tenders": {t.method: t.amount_fen for t in r.tenders}}
        x = closeout.x_report(estate.cashier).figures
        valid = [r for r in receipts.values() if r["status"] == "valid"]
        cash_in = sum(r["tenders"].get("cash", 0) for r in valid)
        assert x.received_fen == sum(r["total"] for r in valid)
        assert x.by_tender.get("wechat", 0) == sum(r["tenders"].get("wechat", 0) for r in valid)
        assert x.cash_in_fen == cash_in and x.expected_cash_fen == float_fen + cash_in
        assert x.receipt_count == len(receipts) and len(x.voids) == len(receipts) - len(valid)
        assert sum(x.by_tender.values()) == x.received_fen
        counts, rest = greedy_count(x.expected_cash_fen)
        z = closeout.close_shift(estate.cashier, counts, "分币" if rest else "")
        assert z.difference_fen == -rest
    with clock.frozen(at(2026, 1, 11, 9)):
        shifts.open_shift(estate.cashier, 0)
        paid_out = {"cash": 0, "wechat": 0}
        valid_numbers = [n for n, r in receipts.items() if r["status"] == "valid"]
        for index, method, pct in refunds:
            if not valid_numbers:
                break
            number = valid_numbers[index % len(valid_numbers)]
            lines = [ln for ln in corrections.refundable_lines(estate.cashier, number) if ln.refundable_fen]
            if not lines:
                continue
            amount = max(1, lines[0].refundable_fen * pct // 100)
            try:
                corrections.refund(estate.cashier, number, {lines[0].payment_line_id: amount}, method, "退",
                                   estate.manager, reference="R" if method != "cash" else "")
            except CounterError:
                continue
            paid_out[method] += amount
        y = closeout.x_report(estate.cashier).figures
        assert y.refunds_fen == sum(paid_out.values())
        assert y.cash_out_fen == paid_out["cash"] and y.expected_cash_fen == -paid_out["cash"]
