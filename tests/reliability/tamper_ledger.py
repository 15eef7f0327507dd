"""The ledger the tamper suite edits: a fortnight at a counter, built once per engine through the
services as the counter would, with every kind of row an insider might edit: receipts with split
tenders, a void (of a receipt that created a charge and a top-up), refunds (a fee line and a
deposit), top-ups spent by a billing run's automatic deductions, a paid-out and a drop, closed shifts with counted
drawers, a closed day, three users with failed sign-ins, fee items, standards, units and meters."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counter_app import keystore
from counter_app.core import cashmoves as cash_rules
from counter_app.core.closeout import greedy_count
from counter_app.core.errors import PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.ledger import signin
from counter_app.services.billing import runs as billing
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import clock, ledgerkeys
from counter_app.services.counter import cashmoves, corrections, payments
from counter_app.store import db as dbmod
from counter_app.store.models import Payment, PaymentLine, Refund, Shift
from tests.factories import at, bill_months, build_small_estate, open_with_admin


@dataclass(frozen=True)
class Built:
    target: str           # the SQLite file, or the server database's URL
    keys: str             # the ledger's keys as exported (each case imports them, as a new PC would)
    facts: dict           # numbers and ids the cases name


def _close_shifts(estate):
    for actor in (estate.cashier, estate.manager):
        counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(actor).id))
        closeout.close_shift(actor, counts, note="")


def build(target) -> Built:
    estate = bill_months(build_small_estate(open_with_admin(target)), "2025-12", "2026-01")
    P = payments.PaymentRequest
    with clock.frozen(at(2026, 1, 10, 8)):
        _close_shifts(estate)                      # the shifts the estate was set up with
        shifts.open_shift(estate.cashier, 20000)
        shifts.open_shift(estate.manager, 0)
    with clock.frozen(at(2026, 1, 10, 9)):
        paid = payments.take_payment(estate.cashier, P("3-2-501", [Tender("wechat", 20000, "WX1"),
                                                                   Tender("cash", 100000)], all_due=True,
                                                       payer="张三", remarks="一月"))
        voided = payments.take_payment(estate.cashier, P("3-1-102", [Tender("cash", 7000)], topup_fen=5000,
                                                         adhoc=[("MJK", None, "门禁卡")]))
        topped = payments.take_payment(estate.manager, P("3-1-101", [Tender("cash", 30000)], topup_fen=30000))
        deposit = payments.take_payment(estate.cashier, P("3-2-502", [Tender("card", 200000, "POS77")],
                                                          adhoc=[("ZXYJ", None, "装修押金")]))
        corrections.void_receipt(estate.cashier, voided.number, "录错", estate.manager)
        for _ in range(2):                         # failed sign-ins: what a truncation would erase
            try:
                signin.authenticate("cashier", "wrong-password")
            except PermissionDenied:
                pass
    with clock.frozen(at(2026, 1, 10, 18)):
        _close_shifts(estate)
        closeout.close_day(estate.manager, date(2026, 1, 10))
    with clock.frozen(at(2026, 1, 12, 9)):
        shifts.open_shift(estate.cashier, 10000)
        line = PaymentLine.select().join(Payment).where(Payment.number == paid.number).order_by(PaymentLine.id).first()
        corrections.refund(estate.cashier, paid.number, {line.id: 1000}, "cash", "多收", estate.manager)
        corrections.refund(estate.cashier, deposit.number, None, "card", "装修完毕退押金", estate.manager,
                           reference="POS88")
        run = billing.run_billing(estate.admin, "2026-02")
        last = payments.take_payment(estate.cashier, P("3-1-102", [Tender("cash", 5000)], amount_fen=5000))
        paid_out = cashmoves.record(estate.cashier, cash_rules.PAID_OUT, 3000, reason=cash_rules.ADVANCE,
                                    voucher="PZ-1", authoriser=estate.manager)
        drop = cashmoves.record(estate.cashier, cash_rules.DROP, 10000, authoriser=estate.manager)
        try:
            signin.authenticate("manager", "wrong-password")
        except PermissionDenied:
            pass
    facts = {"paid": paid.number, "voided": voided.number, "topped": topped.number, "deposit": deposit.number,
             "last": last.number, "run": run.run_id, "paid_out": paid_out.number, "drop": drop.number,
             "refund": Refund.select().order_by(Refund.id).first().number,
             "deposit_refund": Refund.select().order_by(Refund.id.desc()).first().number,
             "deduction": Payment.select().where(Payment.kind == "deduction").first().number,
             "closed_shift": Shift.select().where(Shift.z_number.is_null(False)).order_by(Shift.id.desc()).first().id}
    ledger = ledgerkeys.ledger_id()
    dbmod.close()
    return Built(str(target), keystore.export_text(ledger), facts)


def carry_keys(built: Built) -> None:
    """The ledger's keys into this test's own key store (as `key import` would on a new PC)."""
    ledger, secrets = keystore.read_bundle(built.keys)
    for name, secret in secrets.items():
        if name.startswith(ledgerkeys.PREFIX):
            ledgerkeys.import_key(ledger, secret)
