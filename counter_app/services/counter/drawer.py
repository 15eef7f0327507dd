"""The cash drawer opened by hand (no payment): a manager's authorisation and a reason, written to
the audit chain before the pulse is sent; a drawer that then fails leaves the row saying it was
asked, and the caller says the drawer did not open."""
from __future__ import annotations

from ...core import text
from ...core.errors import Invalid
from ...devices import drawer as device
from ...store.db import write_transaction
from ...ledger import audit
from ...ledger.context import Actor


def open_by_hand(actor: Actor, manager: Actor, reason: str, connection: str, *, send=device.open_drawer) -> str:
    """At `actor`'s counter, record the opening under the manager's name (who may be the actor) and
    open the drawer; returns where it was sent. Raises PermissionDenied (not a manager), Invalid
    (no reason, no drawer) or Unavailable (the drawer did not answer; the row stays)."""
    actor.require("payment.take")              # the counter's own drawer
    manager.require("drawer.open")
    reason = text.clean(reason, "原因")
    if not reason:
        raise Invalid("开钱箱要写明原因")
    conn = device.parse(connection)
    if not conn.configured:
        raise Invalid("没有设置钱箱（打印设置 → 钱箱连接）")
    with write_transaction():
        audit.record(manager.username, "drawer.open", "drawer", "",
                     after={"reason": reason, "cashier": actor.username, "connection": connection.strip()})
    send(connection)
    return connection.strip()
