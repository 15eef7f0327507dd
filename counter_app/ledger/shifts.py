"""The open-shift rule every use case that moves cash keeps: money is taken and paid out only in
the cashier's open shift, on a business date not yet closed."""
from __future__ import annotations

from datetime import date

from ..core.errors import Refused
from ..store.queries.shifts import day_is_closed, open_shift_counted, shift_is_open
from .context import Actor
from .estate import estate_id_of, estate_of


def is_open(shift_id: int | None) -> bool:
    return shift_id is not None and shift_is_open(shift_id)


def require_open_shift(actor: Actor, as_of: date) -> int:
    """Money is taken (and paid out) only in an open shift whose drawer is not yet counted, on a
    business date not yet closed. Returns the shift."""
    actor.require("payment.take")
    found = open_shift_counted(actor.user_id, estate_id_of(actor))
    if found is None:
        raise Refused("请先开班（清点并输入备用金）再收款")
    shift_id, counted = found
    if counted:        # a blind count saved: the drawer is counted, nothing more goes in or out of it
        raise Refused("本班次已保存点钞，请先交班，再开班收款")
    if day_is_closed(estate_id_of(actor), as_of):
        raise Refused("{as_of} 已日结，不能再收款", as_of=as_of)
    return shift_id


def blind_count(actor: Actor) -> bool:
    """Whether the actor counts blind: the estate counts blind and the actor is no manager."""
    actor.require("payment.take")
    return bool(estate_of(actor).blind_count) and not actor.may("report.day")
