"""The cashier's shift (交班): opened with a float; expected cash counts change out of income,
voided receipts out of the drawer, cash refunds as paid out, and the drawer's cash movements."""
from __future__ import annotations

from ...core.errors import Invalid, Refused
from ...store.db import write_transaction
from ...store.queries import shifts as shift_queries
from ...store.queries.shifts import day_is_closed
from ...ledger.estate import estate_id_of, estate_of
from ...ledger import audit, clock, seals
from ...ledger import takings
from ...ledger.context import Actor


def current_shift(actor: Actor):
    """The actor's open shift row at the counter of their estate, or None."""
    actor.require("payment.take")
    return shift_queries.open_shift_row(actor.user_id, estate_id_of(actor))


def open_shift(actor: Actor, float_fen: int):
    actor.require("payment.take")
    if float_fen < 0:
        raise Invalid("备用金不能为负数")
    with write_transaction():
        if current_shift(actor) is not None:
            raise Refused("已有未交班的班次，请先交班")
        estate = estate_of(actor)
        today = clock.business_date(estate.timezone)
        if day_is_closed(estate.id, today):
            raise Refused("{today} 已日结，不能再开班", today=today)
        shift = shift_queries.new_shift(estate_id=estate.id, user_id=actor.user_id,
                                        opened_at=clock.to_db(clock.now_utc()), float_fen=float_fen, business_date=today)
        audit.record(actor.username, "shift.open", "shift", shift.id, after={"float_fen": float_fen})
        seals.seal_shift(actor.username, shift.id)
    return shift


def cash_in(shift_id: int) -> int:
    """Cash kept on valid receipts of the shift (after change: change is not income)."""
    return shift_queries.cash_in(shift_id)


def cash_out(shift_id: int) -> int:
    """Cash paid out of the drawer: refunds in cash."""
    return shift_queries.cash_out(shift_id)


def expected_cash(shift_id: int) -> int:
    """The drawer's expected cash now, as the shift's reports figure it (core/closeout.py)."""
    return takings.shift_figures(shift_id).expected_cash_fen


