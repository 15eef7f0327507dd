"""银行代扣授权: a unit's agreement that its bank pays its charges. Added and ended (never deleted
nor edited: a changed account is an ended authorisation and a new one), each audited. The account
is kept whole for the batch file and shown masked (core/debit.mask_account) everywhere else."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core import debit as rules, text
from ...core.errors import Conflict, Invalid, NotFound
from ...store.db import write_transaction
from ...store.queries import debit as queries
from ...store.queries.charges import items_by_id
from ...ledger.estate import estate_of, find_unit
from ...ledger import audit, clock
from ...ledger.context import Actor


@dataclass(frozen=True)
class Authorisation:
    id: int
    unit: str
    bank: str
    account: str             # masked: 6222****1234
    holder: str
    since: date
    until: date | None
    items: tuple[str, ...]   # fee item codes; empty: every item
    ended_on: date | None
    end_reason: str


def _shown(row) -> Authorisation:
    auth_id, unit, bank, account, holder, since, until, items, ended_on, why = row
    return Authorisation(auth_id, unit, bank, rules.mask_account(account), holder, since, until,
                         tuple(i for i in items.split(",") if i), ended_on, why)


def add(actor: Actor, unit_code: str, bank: str, account: str, holder: str, since: date, *,
        items: list[str] | None = None, until: date | None = None) -> Authorisation:
    """A unit's authorisation, from `since` (to `until`, when given) for the fee items named by
    code (none: all). A unit has at most one in force: a new account ends the old one first."""
    actor.require("debit.manage")
    bank = text.clean(bank, "开户行", text.NAME)
    holder = text.clean(holder, "户名", text.NAME)
    if not bank or not holder:
        raise Invalid("代扣授权须填写开户行和户名")
    account = rules.clean_account(account)
    if until is not None and until < since:
        raise Invalid("授权截止日期 {until} 早于起始日期 {since}", until=until, since=since)
    estate = estate_of(actor)
    codes = {i.code for i in items_by_id(estate.id).values()}
    chosen = sorted({c.strip().upper() for c in items or [] if c.strip()})
    unknown = [c for c in chosen if c not in codes]
    if unknown:
        raise NotFound("没有收费项目 {items}", items="、".join(unknown))
    unit = find_unit(actor, unit_code)
    with write_transaction():
        if queries.current_auth_of_unit(estate.id, unit.id) is not None:
            raise Conflict("{unit} 已有生效的代扣授权；请先终止它再登记新的", unit=unit.code)
        row = queries.new_auth(estate=estate.id, unit=unit.id, bank=bank, account=account, holder=holder,
                               since=since, until=until, items=",".join(chosen),
                               created_at=clock.to_db(clock.now_utc()), created_by=actor.username)
        audit.record(actor.username, "debit.auth_add", "debit_auth", row.id,
                     after={"unit": unit.code, "bank": bank, "account": account, "holder": holder,
                            "since": since.isoformat(), "until": until.isoformat() if until else None,
                            "items": chosen})
    return _shown((row.id, unit.code, bank, account, holder, since, until, row.items, None, ""))


def end(actor: Actor, auth_id: int, reason: str, on: date | None = None) -> Authorisation:
    """Ends an authorisation (from `on`, today when not given), with why; kept, audited."""
    actor.require("debit.manage")
    reason = text.clean(reason, "终止原因")
    if not reason:
        raise Invalid("终止代扣授权须填写原因")
    estate = estate_of(actor)
    on = on or clock.business_date(estate.timezone)
    with write_transaction():
        row = queries.auth_by_id(estate.id, auth_id)
        if row is None:
            raise NotFound("没有代扣授权 {id}", id=auth_id)
        if not queries.end_auth(row.id, on, actor.username, reason):
            raise Conflict("代扣授权 {id} 已于 {on} 终止", id=auth_id, on=row.ended_on)
        audit.record(actor.username, "debit.auth_end", "debit_auth", row.id,
                     after={"ended_on": on.isoformat(), "reason": reason})
    return next(a for a in listed(actor) if a.id == auth_id)


def listed(actor: Actor, *, current_only: bool = False) -> list[Authorisation]:
    """The estate's authorisations by unit, accounts masked."""
    actor.require("debit.manage")
    return [_shown(r) for r in queries.auths(estate_of(actor).id, current_only=current_only)]
