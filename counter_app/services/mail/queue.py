"""The mail queue: one row per owner with an address, then sent through the estate's server.

Delivery is at-least-once: a row is marked sent in its own transaction after the server has
accepted the message, so a stop in between sends it again on the next run; the Message-ID carries
the row's id (mail/compose.py), so the duplicate is recognisable. Sent and failed bills are
logged in the reminder log (channel "email"); a try that will be retried is kept on the row only,
so a weekend offline does not fill the log."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable

from ...core.errors import CounterError, Invalid, NotFound, Refused
from ...ledger import clock, receiptkey
from ...ledger.context import Actor
from ...ledger.dues import owed
from ...ledger.estate import estate_of, find_building
from ...mail import compose, retry, smtp
from ...store.db import write_transaction
from ...store.queries import mail as queries, reminders
from ...store.queries.units import selected_units
from . import settings

KINDS = compose.KIND_TITLES
STATEMENT_DAYS = 365          # a statement covers the year up to the day it is queued
# (actor, kind, document, unit number) -> the bill's PDF; NotFound when there is nothing to send
Render = Callable[[Actor, str, str, str], bytes]


class TrainingNoMail(Refused):
    """A training copy of the ledger sends nothing to real owners."""


def _not_training() -> None:
    if receiptkey.training():
        raise TrainingNoMail("这是练习账本：不会向业主发送任何邮件")


def document_of(kind: str, today: date) -> str:
    """What a row's bill is, rendered again at sending: a notice as of a day, a statement's span."""
    if kind == "notice":
        return f"due@{today.isoformat()}"
    return f"{(today - timedelta(days=STATEMENT_DAYS)).isoformat()}..{today.isoformat()}"


@dataclass(frozen=True)
class Enqueued:
    queued: int                    # rows made, one per owner with an address
    without_email: tuple[str, ...]  # units none of whose owners has an address
    nothing_owed: int              # notices not queued: the unit owes nothing


def _plan(actor: Actor, kind: str, building: str | None, unit: str | None) -> tuple[list[dict], Enqueued]:
    """The rows a send would queue, and what it says, without writing."""
    actor.require("mail.send")
    _not_training()
    if kind not in KINDS:
        raise Invalid("账单种类应为 notice（缴费通知单）或 statement（对账单），不是“{kind}”", kind=kind)
    settings.required(actor)
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    units = selected_units(estate.id, find_building(actor, building).id if building else None, None,
                           [unit.strip()] if unit else None)
    if unit and not units:
        raise NotFound("没有这些房号：{units}", units=unit)
    if kind == "notice":
        owing = [u for u in units if owed(actor, u, today)]
        nothing_owed, units = len(units) - len(owing), owing
    else:
        nothing_owed = 0
    people = queries.owners_of([u.id for u in units])
    with_address = {p.unit_id for p in people if p.email}
    without = tuple(u.code for u in units if u.id not in with_address)
    now = clock.to_db(clock.now_utc())
    document = document_of(kind, today)
    made = [dict(uid=uuid.uuid4().hex, estate=estate.id, unit=p.unit_id, person=p.person_id, email=p.email,
                 kind=kind, document=document, state="queued", attempts=0, next_try_at=now, created_at=now,
                 created_by=actor.user_id) for p in people if p.email]
    return made, Enqueued(len(made), without, nothing_owed)


def preview(actor: Actor, kind: str, building: str | None = None, unit: str | None = None) -> Enqueued:
    """What `enqueue` would queue and say, nothing written (the send window's count)."""
    return _plan(actor, kind, building, unit)[1]


def enqueue(actor: Actor, kind: str, building: str | None = None, unit: str | None = None) -> Enqueued:
    """One row per current owner with an address in the selection (a notice only where the unit
    owes); units none of whose owners has one are counted and named."""
    made, said = _plan(actor, kind, building, unit)
    with write_transaction():
        queries.enqueue(made)
    return said


@dataclass(frozen=True)
class Sent:
    sent: int
    retry: int
    failed: int


def _log(estate_id: int, row: queries.Queued, username: str, words: str) -> None:
    reminders.create_reminder(estate=estate_id, unit=row.unit_id, at=clock.to_db(clock.now_utc()), username=username,
                              channel="email", owed_fen=0, note=words, promised_on=None, follow_up_on=None)


def send_due(actor: Actor, render: Render) -> Sent:
    """Every row whose try has come, one delivery each; each outcome kept in its own transaction."""
    actor.require("mail.send")
    _not_training()
    server = settings.server(actor)
    sender = settings.sender(actor)
    estate = estate_of(actor)
    counts = {"sent": 0, "retry": 0, "failed": 0}
    for row in queries.due(estate.id, clock.to_db(clock.now_utc())):
        title = KINDS[row.kind]
        try:
            pdf = render(actor, row.kind, row.document, row.unit_code)
        except CounterError as exc:         # e.g. paid meanwhile: nothing left to notify
            outcome = smtp.Outcome("failed", str(exc))
        else:
            bill = compose.Bill(row.uid, row.kind, estate.name, row.unit_code, row.owner, row.email, pdf)
            outcome = smtp.deliver(server, compose.compose(bill, sender))
        attempts = row.attempts + 1
        now = clock.now_utc()
        counts[outcome.state] += 1
        with write_transaction():
            if outcome.state == "retry":
                queries.mark(row.uid, "queued", attempts, clock.to_db(retry.next_try(attempts, now)),
                             outcome.detail, None)
                continue
            queries.mark(row.uid, outcome.state, attempts, clock.to_db(now), outcome.detail,
                         clock.to_db(now) if outcome.state == "sent" else None)
            words = (f"电子账单 {title} 已发送至 {row.email}" if outcome.state == "sent"
                     else f"电子账单 {title} 发送失败（{row.email}）：{outcome.detail}")
            _log(estate.id, row, actor.username, words)
    return Sent(counts["sent"], counts["retry"], counts["failed"])


def listing(actor: Actor, limit: int = 500) -> list[queries.Queued]:
    """The estate's queue, newest first, its times in the estate's own zone (as the office reads them)."""
    actor.require("mail.send")
    estate = estate_of(actor)
    zone = estate.timezone
    return [replace(r, created_at=clock.local(r.created_at, zone), next_try_at=clock.local(r.next_try_at, zone),
                    sent_at=clock.local(r.sent_at, zone) if r.sent_at else None)
            for r in queries.listing(estate.id, limit)]


def retry_failed(actor: Actor) -> int:
    """Failed rows put back in the queue (after the address or the server was put right)."""
    actor.require("mail.send")
    _not_training()
    with write_transaction():
        return queries.requeue_failed(estate_of(actor).id, clock.to_db(clock.now_utc()))
