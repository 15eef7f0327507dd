"""An estate's SMTP server for bills by email: kept audited, the password in the key store."""
from __future__ import annotations

from ...core import text
from ...core.errors import Invalid, Refused
from ...ledger import audit, clock, ledgerkeys
from ...ledger.context import Actor
from ...ledger.estate import estate_of
from ...mail import compose, retry, smtp
from ...store.db import write_transaction
from ...store.queries import mail as queries
from ...store.queries.mail import Settings


class NoMailSettings(Refused):
    """Bills cannot be sent before the estate's SMTP server is set."""


def current(actor: Actor) -> Settings | None:
    actor.require("mail.send")
    return queries.settings(estate_of(actor).id)


def required(actor: Actor) -> Settings:
    found = current(actor)
    if found is None or not found.host or not found.sender:
        raise NoMailSettings("还没有设置发信服务器（管理 → 电子账单设置，或 counter-app mail settings）")
    return found


def change(actor: Actor, *, host: str, port: int, tls: str, sender: str, sender_name: str = "",
           user: str = "", password: str | None = None) -> Settings:
    """The estate's settings replaced (audited with what they were); a password given goes to the
    key store, never to the ledger; None leaves the one kept."""
    actor.require("settings.edit")
    host = text.clean(host, "发信服务器", text.NAME)
    if not host:
        raise Invalid("请填写发信服务器")
    if tls not in smtp.TLS_MODES:
        raise Invalid("加密方式应为 none、starttls 或 ssl，不是“{tls}”", tls=tls)
    if not 0 < int(port) < 65536:
        raise Invalid("端口 {port} 不对（1 到 65535）", port=port)
    address = text.email(sender)
    if not address:
        raise Invalid("请填写发信邮箱")
    values = Settings(host, int(port), tls, address, text.clean(sender_name, "发信人名称", text.NAME),
                      text.clean(user, "登录用户名", text.EMAIL))
    estate = estate_of(actor)
    before = queries.settings(estate.id)
    with write_transaction():
        queries.set_settings(estate.id, values, clock.to_db(clock.now_utc()), actor.user_id)
        audit.record(actor.username, "mail.settings", "estate", estate.id,
                     before=before.__dict__ if before else None,
                     after={**values.__dict__, "password": "changed" if password is not None else "kept"})
    if password is not None:
        retry.put_password(ledgerkeys.ledger_id(), estate.id, password)
    return values


def server(actor: Actor) -> smtp.Server:
    """The estate's server with its password from this PC's key store."""
    s = required(actor)
    estate_id = estate_of(actor).id
    return smtp.Server(s.host, s.port, s.tls, s.user, retry.password(ledgerkeys.ledger_id(), estate_id))


def sender(actor: Actor) -> compose.Sender:
    s = required(actor)
    return compose.Sender(s.sender, s.sender_name or estate_of(actor).name)


def send_test(actor: Actor, to_address: str) -> smtp.Outcome:
    """One test message through the kept settings to `to_address` (default: the sender itself)."""
    actor.require("settings.edit")
    found = required(actor)
    address = text.email(to_address) or found.sender
    return smtp.deliver(server(actor), compose.test_message(sender(actor), address, estate_of(actor).name))
