"""X, Z and day figures with paid-in, paid-out and drops, over random shifts: cash payments (with
change), WeChat payments, voids, paid-ins, paid-outs, drops and reversals in two cashiers' shifts.
Expected cash = float + cash kept − cash refunded + paid-in − paid-out − drops at every moment, as
a ledger kept beside the program says; every money section of every report adds up to its total;
the closed shifts' figures are what the day report lists; and the check finds the ledger whole."""
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from counter_app.core import cashmoves as rules
from counter_app.core.closeout import greedy_count
from counter_app.core.errors import CounterError
from counter_app.core.tables import TOTAL, Fen
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, shifts, tables
from counter_app.ledger import clock
from counter_app.services.counter import cashmoves, corrections, payments
from counter_app.ledger import verify
from counter_app.store import db as dbmod
from tests.factories import at, build_small_estate, make_user, open_with_admin
from tests.services.test_report_sections_add_up import check as sections_add_up

KINDS = ["cash_pay", "wechat_pay", "void", "paid_in", "paid_out", "drop", "reverse"]
ops = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 1), st.integers(1, 90_000), st.integers(0, 9_999)),
               min_size=1, max_size=12)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, floats=st.tuples(st.integers(0, 100_000), st.integers(0, 100_000)))
def test_every_figure_adds_up_over_random_shifts(ops, floats):
    with tempfile.TemporaryDirectory() as tmp:
        estate = build_small_estate(open_with_admin(Path(tmp) / "ledger.sqlite3"))
        try:
            _day(estate, ops, floats)
        finally:
            dbmod.close()


def cash_sections_add_up(sections, figures) -> None:
    by_title = {s.title: s for s in sections}
    made = by_title["应有现金"].rows
    assert made[-1][0] == TOTAL and sum(int(r[1]) for r in made[:-1]) == int(made[-1][1]) == figures.expected_cash_fen
    moves = by_title["现金收支"].rows
    if moves:
        assert moves[-1][0] == TOTAL
        assert sum(int(r[2]) for r in moves[:-1]) == int(moves[-1][2]) \
            == figures.paid_in_fen - figures.paid_out_fen - figures.drops_fen
    summary = {row[0]: row[1] for row in by_title["概要"].rows}
    for label, value in (("零钱补充", figures.paid_in_fen), ("现金支出单", figures.paid_out_fen),
                         ("交款入保险柜", figures.drops_fen), ("应有现金", figures.expected_cash_fen)):
        assert isinstance(summary[label], Fen) and int(summary[label]) == value, label


def _day(estate, ops, floats):
    second = make_user("cashier2", "cashier", display="赵敏")
    from counter_app.ledger import signin
    from counter_app.store.models import User
    second = signin.actor_of(User.get_by_id(second.user_id), estate.estate.id)
    cashiers = (estate.cashier, second)
    drawer = {0: floats[0], 1: floats[1]}              # the ledger kept beside the program: cash in each drawer
    receipts = {0: [], 1: []}
    moves = {0: [], 1: []}
    with clock.frozen(at(2026, 1, 10, 9)):
        for actor in (estate.cashier, estate.manager):
            closeout.close_shift(actor, {})
        for who, actor in enumerate(cashiers):
            shifts.open_shift(actor, floats[who])
        for kind, who, amount, extra in ops:
            actor = cashiers[who]
            try:
                if kind in ("cash_pay", "wechat_pay"):
                    tender = Tender("cash", amount + extra) if kind == "cash_pay" else Tender("wechat", amount, "WX")
                    r = payments.take_payment(actor, payments.PaymentRequest(
                        unit_code="3-1-102", topup_fen=amount, tenders=[tender]))
                    receipts[who].append((r.number, amount if kind == "cash_pay" else 0))
                    drawer[who] += amount if kind == "cash_pay" else 0       # the change went back
                elif kind == "void" and receipts[who]:
                    number, cash = receipts[who].pop(extra % len(receipts[who]))
                    corrections.void_receipt(actor, number, "录错", estate.manager)
                    drawer[who] -= cash
                elif kind == "paid_in":
                    slip = cashmoves.record(actor, rules.PAID_IN, amount)
                    moves[who].append(slip)
                    drawer[who] += amount
                elif kind in ("paid_out", "drop"):
                    slip = cashmoves.record(actor, rules.PAID_OUT if kind == "paid_out" else rules.DROP, amount,
                                            reason=rules.OTHER if kind == "paid_out" else "",
                                            note="随机" if kind == "paid_out" else "", authoriser=estate.manager)
                    moves[who].append(slip)
                    drawer[who] -= amount
                elif kind == "reverse" and moves[who]:
                    slip = moves[who].pop(extra % len(moves[who]))
                    cashmoves.reverse(actor, slip.number, "冲销", estate.manager)
                    drawer[who] -= slip.drawer_change_fen
            except CounterError:
                continue        # a receipt voided already, a topup refused: the day goes on
            x = closeout.x_report(actor)
            assert x.figures.expected_cash_fen == drawer[who] == shifts.expected_cash(x.shift_id)
        zs = []
        for who, actor in enumerate(cashiers):
            x = closeout.x_report(actor)
            sections_add_up(tables.shift_sections(x))
            cash_sections_add_up(tables.shift_sections(x), x.figures)
            counts, rest = greedy_count(max(0, x.figures.expected_cash_fen))
            z = closeout.close_shift(actor, counts, "差额" if rest or x.figures.expected_cash_fen < 0 else "")
            assert z.figures == x.figures and z.counted_fen - z.difference_fen == drawer[who]
            cash_sections_add_up(tables.shift_sections(z), z.figures)
            zs.append(z)
        day = closeout.close_day(estate.manager, date(2026, 1, 10))
    sections = tables.day_sections(day)
    sections_add_up(sections)
    cash_sections_add_up(sections, day.figures)
    for field in ("paid_in_fen", "paid_out_fen", "drops_fen"):
        assert getattr(day.figures, field) == sum(getattr(z.figures, field) for z in zs)
    assert day.figures.expected_cash_fen == sum(z.figures.expected_cash_fen for z in zs)
    assert sorted(m[0] for m in day.figures.cash_moves) == sorted(m[0] for z in zs for m in z.figures.cash_moves)
    # to the bank: every drawer's count less the change kept back, plus what went to the safe
    assert day.deposit_fen == sum(z.counted_fen - z.figures.float_fen - z.figures.paid_in_fen + z.figures.drops_fen
                                  for z in zs)
    assert verify.verify_all().ok
