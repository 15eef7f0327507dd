"""A money command's client-made request id: a payment (a top-up and a deposit are payments), a
void, a refund. The one who asks makes it once per command (one per payment dialog in the window;
the command line's --request-id, or one it makes and prints before it sends), and it is stored
with the document, unique per estate (store/models.REQUEST_IDS). A second request with the same id
gets what the first recorded and records nothing more, so a retry never takes money twice (as
Odoo's point of sale gives every order a reference made by the till).

When a command cannot tell whether its commit happened (the server connection went during the
transaction or its COMMIT), the id is looked up on a fresh connection: recorded, and the document
is returned; not recorded, and the failure is said as it is; the ledger cannot be asked yet, and
`Uncertain` says so with the id, which the same request may safely carry again."""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, TypeVar

from ...core.errors import Conflict, Invalid, Word
from ...store import failures
from ...store.queries import requests as request_queries
from ...ledger.estate import estate_id_of, estate_of, find_unit
from ...ledger import clock
from ...ledger.context import Actor

PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{7,63}")
COMMANDS = {"payment": "收款", "void": "作废", "refund": "退款", "cashmove": "现金收支"}
READ_BACK_TRIES = 3

T = TypeVar("T")


def new() -> str:
    """A fresh request id (32 hexadecimal digits)."""
    return uuid.uuid4().hex


def checked(value: str | None) -> str:
    """A request id as given, or a fresh one when none was; one that does not fit is refused."""
    if value is None:
        return new()
    if not PATTERN.fullmatch(value):
        raise Invalid("请求编号应为 8 到 64 个字母、数字或 _ . : -，以字母或数字开头")
    return value


@dataclass(frozen=True)
class Recorded:
    """What a request id recorded."""
    request_id: str
    command: str              # payment / void / refund
    number: str               # the receipt (a void: the receipt voided) or the refund
    unit_code: str
    total_fen: int
    at: datetime | None       # local time of the estate
    by: str


class Uncertain(Exception):
    """The connection went while the command was being recorded and the ledger cannot be asked yet
    whether it was. Sending the same request (the same id) again is safe: it records at most once."""

    def __init__(self, request_id: str, command: str):
        super().__init__(f"不能确定{COMMANDS[command]}是否已记账：与数据库服务器的连接中断了，暂时无法查询。请求编号 "
                         f"{request_id}；连接恢复后用同一请求编号重试（不会重复记账），或查询它是否已记账")
        self.request_id, self.command = request_id, command


class RecordedUnread(Exception):
    """Recorded as `number`, but the connection went before the document could be read back."""

    def __init__(self, request_id: str, command: str, number: str):
        super().__init__(f"已记账：{COMMANDS[command]} {number}（请求编号 {request_id}），但连接中断，暂时读不出它的内容；"
                         "连接恢复后可重印")
        self.request_id, self.command, self.number = request_id, command, number


def lookup(actor: Actor, request_id: str) -> Recorded | None:
    """What `request_id` recorded in the actor's estate, or None: "did it go through?"."""
    actor.require("charge.view")
    found = request_queries.find(estate_id_of(actor), checked(request_id))
    if found is None:
        return None
    command, number, unit, total, at, by = found
    return Recorded(request_id, command, number, unit, total,
                    clock.stored_local(at, estate_of(actor).timezone) if at else None, by)


def _recorded(actor: Actor, request_id: str, command: str, unit_code: str | None) -> str | None:
    found = request_queries.find(estate_id_of(actor), request_id)
    if found is None:
        return None
    if found[0] != command or (unit_code is not None and found[2] != find_unit(actor, unit_code).code):
        raise Conflict("请求编号 {request_id} 已用于{command} {number}（{unit}），不能再用于另一笔；本次没有记账",
                       request_id=request_id, command=Word(COMMANDS[found[0]]), number=found[1], unit=found[2])
    return found[1]


def once(actor: Actor, request_id: str, command: str, record: Callable[[], str], read_back: Callable[[str], T],
         unit_code: str | None = None) -> T:
    """The document recorded under `request_id`: the one an earlier request recorded, or the one
    `record()` (a whole write transaction returning the document's number) records now; then read
    back by `read_back(number)`. `unit_code`, when given, must be the earlier document's unit."""
    actor.require("payment.take")          # every money command is taken at the counter
    number = _recorded(actor, request_id, command, unit_code)
    if number is None:
        try:
            number = record()
        except Exception as exc:
            number = _after_failure(actor, request_id, command, unit_code, exc)
    for attempt in range(READ_BACK_TRIES):
        try:
            return read_back(number)
        except Exception as exc:
            if not failures.is_connection_lost(exc):
                raise
            if attempt == READ_BACK_TRIES - 1:
                raise RecordedUnread(request_id, command, number) from exc
    raise AssertionError("unreachable")


def _after_failure(actor: Actor, request_id: str, command: str, unit_code: str | None, exc: Exception) -> str:
    """After `record()` failed: the number, if the ledger holds the request after all (the cut came
    after the commit, or another attempt with the id got in first); otherwise the failure again."""
    kind = failures.kind_of(exc)
    if kind is None or kind.name == "busy":
        raise exc                  # a refusal or a wait that timed out: known not to be recorded
    try:
        number = _recorded(actor, request_id, command, unit_code)
    except Exception as again:
        if failures.is_connection_lost(again) and failures.is_connection_lost(exc):
            raise Uncertain(request_id, command) from exc
        raise exc from again
    if number is None:
        raise exc
    return number
