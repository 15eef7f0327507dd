"""Cash moved in and out of a shift's drawer other than by receipts and refunds: 零钱补充
(paid-in), 支出 (paid-out, with a reason), 交款 (a drop to the safe). Each is one transaction in
the cashier's open shift with its own gapless number (numbering.CASH_SERIES), its audit row (which
seals the row) and a client-made request id; cash leaving the drawer needs a manager's word.
Nothing posted is edited: a mistake is undone by a reversal in the same open shift, a new document
of the same kind with the opposite amount that names the one it undoes. The shift's expected cash
counts them all (core/closeout.py)."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from ...core import cashmoves as rules, text
from ...core.daxie import amount_in_words
from ...core.errors import CounterError, Invalid, NotFound, Refused
from ...core.money import format_yuan
from ...store.db import write_transaction
from ...store.queries import cashmoves as queries
from ...store.queries.estate import estate_by_id
from ...store.queries.users import display_names_of
from ...ledger.estate import estate_id_of, estate_of
from ...ledger.shifts import blind_count, require_open_shift
from ...ledger.takings import shift_figures
from ...ledger import audit, clock, numbering
from ...ledger.context import Actor
from . import request_ids


@dataclass(frozen=True)
class CashSlip:
    """What a cash movement's slip prints, read back from its stored row."""
    number: str
    kind: str                 # core.cashmoves.KINDS
    amount_fen: int           # as stored: a reversal's is negative
    amount_words: str         # of the amount's size
    reason: str               # core.cashmoves.REASONS, or ""
    voucher: str
    note: str
    cashier: str
    authoriser: str
    shift_id: int
    issued_at: datetime
    title: str
    company: str
    reverses: str = ""        # the number a reversal undoes

    @property
    def drawer_change_fen(self) -> int:
        """What it did to the drawer's cash: + in, − out."""
        return rules.signed(self.kind, self.amount_fen)


@contextlib.contextmanager
def _recording_refusal(actor: Actor, what: str):
    """A refused movement changes nothing, but the attempt is recorded (as refused voids are)."""
    try:
        yield
    except CounterError as exc:
        with write_transaction():
            audit.record(actor.username, "cash.refused", "cash_movement", "", after={"what": what, "why": str(exc)})
        raise


def _authorised(actor: Actor, authoriser: Actor | None, needed: bool) -> Actor | None:
    if not needed:
        return None
    if authoriser is None:
        raise Refused("现金支出、交款和冲销须由主管授权")
    authoriser.require("cash.authorise")
    if authoriser.user_id == actor.user_id:
        raise Refused("不能自己为自己授权现金支出")
    return authoriser


def record(actor: Actor, kind: str, amount_fen: int, *, reason: str = "", voucher: str = "", note: str = "",
           authoriser: Actor | None = None, request_id: str | None = None) -> CashSlip:
    """零钱补充 / 支出 / 交款 in the actor's open shift, at most once per request id (a repeated
    request gets the slip of what the first recorded)."""
    actor.require("cash.move")
    request_id = request_ids.checked(request_id)
    return request_ids.once(actor, request_id, "cashmove",
                            lambda: _record(actor, kind, amount_fen, reason, voucher, note, authoriser, request_id),
                            lambda number: slip(actor, number))


def _record(actor: Actor, kind: str, amount_fen: int, reason: str, voucher: str, note: str,
            authoriser: Actor | None, request_id: str) -> str:
    with _recording_refusal(actor, kind):
        voucher = text.clean(voucher, "凭证号", text.REFERENCE)
        note = text.clean(note, "说明")
        rules.check(kind, amount_fen, reason, voucher, note)
        who = _authorised(actor, authoriser, kind in rules.LEAVING)
        return _post(actor, kind, amount_fen, reason, voucher.strip(), note.strip(), who, request_id, None)


def _post(actor: Actor, kind: str, amount_fen: int, reason: str, voucher: str, note: str, authoriser: Actor | None,
          request_id: str, reverses) -> str:
    with write_transaction():
        estate = estate_of(actor)
        now = clock.now_utc()
        local_now = clock.local(now, estate.timezone)
        shift_id = require_open_shift(actor, local_now.date())
        if reverses is not None:
            if reverses.shift_id != shift_id:
                raise Refused("{number} 不在本人当前未交班的班次中：已交班班次的现金收支不能冲销", number=reverses.number)
            if queries.reversal_of(reverses.id) is not None:
                raise Refused("{number} 已经冲销", number=reverses.number)
        if rules.signed(kind, amount_fen) < 0:
            _enough_cash(actor, shift_id, -rules.signed(kind, amount_fen))
        seq, number = numbering.next_number(estate, numbering.CASH_SERIES, local_now.year, numbering.CASH_FORMAT)
        queries.new_movement(estate=estate.id, series=numbering.CASH_SERIES, year=local_now.year, seq=seq,
                             number=number, shift=shift_id, user=actor.user_id,
                             authoriser=authoriser.user_id if authoriser else None, kind=kind,
                             amount_fen=amount_fen, reason=reason, voucher=voucher, note=note,
                             reverses=reverses.id if reverses is not None else None,
                             created_at=clock.to_db(now), business_date=local_now.date(), request_id=request_id)
        audit.record(actor.username, f"cash.{kind}", "cash_movement", number,
                     after={"shift": shift_id, "kind": kind, "amount_fen": amount_fen, "reason": reason,
                            "voucher": voucher, "note": note, "estate": estate.id,
                            "authoriser": authoriser.username if authoriser else "",
                            "reverses": reverses.number if reverses is not None else "", "request_id": request_id})
    return number


def _enough_cash(actor: Actor, shift_id: int, out_fen: int) -> None:
    """Cash leaves the drawer only if the drawer holds it (a typed zero too many is caught here).
    Under blind count the sentence does not say how much is there."""
    held = shift_figures(shift_id).expected_cash_fen
    if out_fen > held:
        if blind_count(actor):
            raise Refused("钱箱的应有现金不够付出 {amount} 元，请核对金额", amount=format_yuan(out_fen))
        raise Refused("钱箱的应有现金只有 {held} 元，不够付出 {amount} 元，请核对金额", held=format_yuan(held),
                      amount=format_yuan(out_fen))


def reverse(actor: Actor, number: str, note: str, authoriser: Actor | None,
            request_id: str | None = None) -> CashSlip:
    """冲销 a movement of the actor's open shift: a new document of the same kind with the opposite
    amount, naming it; the original stays as it was. A manager authorises it; once per movement."""
    actor.require("cash.move")
    request_id = request_ids.checked(request_id)
    return request_ids.once(actor, request_id, "cashmove",
                            lambda: _reverse(actor, number, note, authoriser, request_id),
                            lambda made: slip(actor, made))


def _reverse(actor: Actor, number: str, note: str, authoriser: Actor | None, request_id: str) -> str:
    with _recording_refusal(actor, "reversal"):
        note = text.clean(note, "冲销原因")
        if not note.strip():
            raise Invalid("冲销必须填写原因")
        who = _authorised(actor, authoriser, True)
        original = _movement(actor, number)
        if original.reverses_id is not None:
            raise Refused("{number} 本身是冲销单，不能再冲销", number=original.number)
        return _post(actor, original.kind, -original.amount_fen, original.reason, original.voucher, note.strip(), who,
                     request_id, original)


def _movement(actor: Actor, number: str):
    found = queries.by_number(estate_id_of(actor), (number or "").strip().upper())
    if found is None:
        raise NotFound("没有编号为 {number} 的现金收支单", number=number)
    return found


def slip(actor: Actor, number: str) -> CashSlip:
    """A movement's slip from its stored row (its own print, a reprint, a repeated request)."""
    actor.require("receipt.print")
    m = _movement(actor, number)
    estate = estate_by_id(m.estate_id)
    names = display_names_of([m.user_id, m.authoriser_id])
    reversed_number = queries.by_id(m.reverses_id).number if m.reverses_id else ""
    return CashSlip(m.number, m.kind, m.amount_fen, amount_in_words(abs(m.amount_fen)), m.reason, m.voucher, m.note,
                    names.get(m.user_id, ""), names.get(m.authoriser_id, ""), m.shift_id,
                    clock.stored_local(m.created_at, estate.timezone), estate.receipt_title, estate.company,
                    reversed_number)


def of_open_shift(actor: Actor) -> list[tuple]:
    """(number, kind, amount, reason, voucher, note, authoriser, number reversed) of the actor's open
    shift's movements: what the window lists and may reverse."""
    actor.require("cash.move")
    shift_id = require_open_shift(actor, clock.business_date(estate_of(actor).timezone))
    found = queries.of_shifts([shift_id])
    names = display_names_of([r[7] for r in found if r[7]])
    return [(n, kind, amount, reason, voucher, note, names.get(who, ""), rev)
            for _id, n, kind, amount, reason, voucher, note, who, rev in found]
