"""Bills by email: an estate's SMTP settings, its owners' addresses, and the mail queue."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..convert import stored_time
from ..db import rows
from ..models import MailQueue, MailSettings, Person, Unit

OWNER = "业主"


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    tls: str
    sender: str
    sender_name: str
    user: str


def settings(estate_id: int) -> Settings | None:
    """The estate's SMTP settings, or None before any are kept."""
    found = rows("SELECT host, port, tls, sender, sender_name, login FROM mail_settings WHERE estate_id = ?",
                 (estate_id,))
    return Settings(*found[0]) if found else None


def set_settings(estate_id: int, values: Settings, at, by: int) -> None:
    """The estate's settings, replacing what it had (audited by the caller)."""
    fields = dict(host=values.host, port=values.port, tls=values.tls, sender=values.sender,
                  sender_name=values.sender_name, login=values.user)
    (MailSettings.insert(estate=estate_id, changed_at=at, changed_by=by, **fields)
     .on_conflict(conflict_target=[MailSettings.estate],
                  update={**{getattr(MailSettings, k): v for k, v in fields.items()},
                          MailSettings.changed_at: at, MailSettings.changed_by: by})
     .execute())


@dataclass(frozen=True)
class Addressee:
    unit_id: int
    unit_code: str
    person_id: int
    name: str
    email: str          # "" when the owner has none


def owners_of(unit_ids: list[int]) -> list[Addressee]:
    """Each unit's current owners (one row each, by unit number, then the oldest stay first)."""
    out = []
    for start in range(0, len(unit_ids), 500):       # no huge IN list
        chunk = unit_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out += [Addressee(*r) for r in rows(
            "SELECT u.id, u.code, p.id, p.name, p.email FROM occupant o JOIN unit u ON u.id = o.unit_id "
            f"JOIN person p ON p.id = o.person_id WHERE o.unit_id IN ({marks}) AND o.role = ? "
            "AND o.end_date IS NULL ORDER BY u.code, o.id", [*chunk, OWNER])]
    return out


@dataclass(frozen=True)
class Queued:
    uid: str
    unit_id: int
    unit_code: str
    owner: str
    email: str
    kind: str
    document: str
    state: str
    attempts: int
    next_try_at: datetime
    last_words: str
    created_at: datetime
    sent_at: datetime | None


def _select():
    return (MailQueue.select(MailQueue.uid, MailQueue.unit, Unit.code, Person.name, MailQueue.email, MailQueue.kind,
                             MailQueue.document, MailQueue.state, MailQueue.attempts, MailQueue.next_try_at,
                             MailQueue.last_words, MailQueue.created_at, MailQueue.sent_at)
            .join(Unit, on=(Unit.id == MailQueue.unit)).switch(MailQueue)
            .join(Person, on=(Person.id == MailQueue.person)).tuples())


def _queued(r) -> Queued:
    return Queued(*r[:9], stored_time(r[9]), r[10], stored_time(r[11]), stored_time(r[12]) if r[12] else None)


def enqueue(rows_: list[dict]) -> None:
    """New queue rows (fields by name), inside the caller's transaction."""
    if rows_:
        MailQueue.insert_many(rows_).execute()


def due(estate_id: int, now: datetime, limit: int = 200) -> list[Queued]:
    """Queued rows whose next try has come (`now` as stored: naive UTC), oldest first."""
    query = _select().where((MailQueue.estate == estate_id) & (MailQueue.state == "queued") &
                            (MailQueue.next_try_at <= now))
    return [_queued(r) for r in query.order_by(MailQueue.next_try_at, MailQueue.id).limit(limit)]


def listing(estate_id: int, limit: int = 500) -> list[Queued]:
    """The estate's queue, newest first."""
    query = _select().where(MailQueue.estate == estate_id)
    return [_queued(r) for r in query.order_by(MailQueue.created_at.desc(), MailQueue.id.desc()).limit(limit)]


def mark(uid: str, state: str, attempts: int, next_try_at: datetime, words: str, sent_at) -> None:
    """A row's outcome after one try."""
    MailQueue.update(state=state, attempts=attempts, next_try_at=next_try_at, last_words=words,
                     sent_at=sent_at).where(MailQueue.uid == uid).execute()


def requeue_failed(estate_id: int, now: datetime) -> int:
    """Failed rows put back in the queue, due now (a person fixed the address or the server)."""
    return (MailQueue.update(state="queued", next_try_at=now)
            .where((MailQueue.estate == estate_id) & (MailQueue.state == "failed")).execute())
