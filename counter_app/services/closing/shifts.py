"""The cashier's shift (交班): opened with a float; expected cash counts change out of income,
voided receipts out of the drawer, and cash refunds as paid out."""
from __future__ import annotations

from peewee import fn

from ...core.errors import CounterError
from ...store.db import write_transaction
from ...store.models import Payment, Refund, Shift, TenderRow
from ...store.queries.shifts import day_is_closed
from ...ledger.estate import estate_id_of, estate_of
from ...ledger import audit, clock, seals
from ...ledger.context import Actor


def current_shift(actor: Actor) -> Shift | None:
    actor.require("payment.take")
    return (Shift.select().where((Shift.user == actor.user_id) & (Shift.estate == estate_id_of(actor)) &
                                 Shift.closed_at.is_null(True))
            .order_by(Shift.id.desc()).first())


def open_shift(actor: Actor, float_fen: int) -> Shift:
    actor.require("payment.take")
    if float_fen < 0:
        raise CounterError("备用金不能为负数")
    with write_transaction():
        if current_shift(actor) is not None:
            raise CounterError("已有未交班的班次，请先交班")
        estate = estate_of(actor)
        today = clock.business_date(estate.timezone)
        if day_is_closed(estate.id, today):
            raise CounterError(f"{today} 已日结，不能再开班")
        shift = Shift.create(estate=estate.id, user=actor.user_id, opened_at=clock.to_db(clock.now_utc()), float_fen=float_fen,
                             business_date=today)
        audit.record(actor.username, "shift.open", "shift", shift.id, after={"float_fen": float_fen})
        seals.seal_shift(actor.username, shift.id)
    return shift


def cash_in(shift_id: int) -> int:
    """Cash kept on valid receipts of the shift (after change: change is not income)."""
    return int(TenderRow.select(fn.COALESCE(fn.SUM(TenderRow.amount_fen), 0)).join(Payment)
               .where((Payment.shift == shift_id) & (Payment.status == "valid") & (TenderRow.method == "cash"))
               .scalar())


def cash_out(shift_id: int) -> int:
    """Cash paid out of the drawer: refunds in cash."""
    return int(Refund.select(fn.COALESCE(fn.SUM(Refund.total_fen), 0))
               .where((Refund.shift == shift_id) & (Refund.method == "cash")).scalar())


def expected_cash(shift_id: int) -> int:
    shift = Shift.get_by_id(shift_id)
    return shift.float_fen + cash_in(shift_id) - cash_out(shift_id)


