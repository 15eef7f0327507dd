"""`counter-app mail`: bills by email (电子账单). `mail settings [--host H --port N --tls
none|starttls|ssl --sender ADDR --sender-name NAME --smtp-user U]` (the SMTP password from
COUNTER_APP_SMTP_PASSWORD or a prompt, into this PC's key store; no option: show them),
`mail send --kind notice|statement [--building B] [--unit U]` (queue, then send what is due),
`mail queue`, `mail retry` (failed ones again, then send)."""
from __future__ import annotations

import getpass
import os
import sys
from .. import cli_args as A
from ..core.errors import Invalid
from . import common as C, output as out


def _smtp_password(given: bool) -> str | None:
    found = os.environ.get("COUNTER_APP_SMTP_PASSWORD")
    if found is not None or not given:
        return found
    if not sys.stdin.isatty():
        return None           # kept as it was; set COUNTER_APP_SMTP_PASSWORD to change it
    return getpass.getpass("发信邮箱的密码（留空：不登录）：")


def _settings(args, actor, settings) -> None:
    given = any(v is not None for v in (args.host, args.port, args.tls, args.sender, args.sender_name, args.smtp_user))
    if not given and os.environ.get("COUNTER_APP_SMTP_PASSWORD") is None:
        s = settings.current(actor)
        out.emit(args, s, f"{s.host}:{s.port} {s.tls}  发信 {s.sender_name} <{s.sender}>  登录 {s.user or '（不登录）'}"
                 if s else "还没有设置发信服务器")
        return
    was = settings.current(actor)
    s = settings.change(actor, host=args.host if args.host is not None else (was.host if was else ""),
                        port=args.port if args.port is not None else (was.port if was else 587),
                        tls=args.tls or (was.tls if was else "starttls"),
                        sender=args.sender if args.sender is not None else (was.sender if was else ""),
                        sender_name=args.sender_name if args.sender_name is not None else (was.sender_name if was else ""),
                        user=args.smtp_user if args.smtp_user is not None else (was.user if was else ""),
                        password=_smtp_password(given))
    out.emit(args, s, f"已保存：{s.host}:{s.port} {s.tls}  发信 <{s.sender}>")


def _sent_text(done) -> str:
    return f"已发送 {done.sent} 封，待重试 {done.retry} 封，失败 {done.failed} 封"


def cmd_mail(args):
    # why: a command loads only its own services, not every command's
    from ..scenarios.bills import bill_pdf
    from ..services.mail import queue, settings   # why: start-up: kept out of the command line's start
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "settings":
        _settings(args, actor, settings)
    elif args.action == "send":
        if not args.kind:
            raise Invalid("mail send 需要 --kind notice 或 statement")
        made = queue.enqueue(actor, args.kind, args.building, args.unit)
        done = queue.send_due(actor, bill_pdf)
        lines = [f"已排队 {made.queued} 封", _sent_text(done)]
        if made.without_email:
            lines.append(f"{len(made.without_email)} 户没有业主邮箱：{'、'.join(made.without_email[:20])}"
                         + (" …" if len(made.without_email) > 20 else ""))
        if made.nothing_owed:
            lines.append(f"{made.nothing_owed} 户没有欠费，未发通知单")
        out.emit(args, {"queued": made.queued, "without_email": list(made.without_email),
                        "nothing_owed": made.nothing_owed, "sent": done.sent, "retry": done.retry,
                        "failed": done.failed}, "\n".join(lines))
    elif args.action == "retry":
        again = queue.retry_failed(actor)
        done = queue.send_due(actor, bill_pdf)
        out.emit(args, {"requeued": again, "sent": done.sent, "retry": done.retry, "failed": done.failed},
                 f"重新排队 {again} 封；" + _sent_text(done))
    else:
        rows = queue.listing(actor)
        out.emit(args, rows, "\n".join(
            f"{r.created_at:%Y-%m-%d %H:%M}  {r.unit_code:<10} {r.owner:<6} {r.email:<28} {r.kind:<9} "
            f"{ {'queued': '待发送', 'sent': '已发送', 'failed': '失败'}[r.state]} 第{r.attempts}次  {r.last_words}"
            for r in rows) or "邮件队列是空的")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("mail", parents=[common],
                       help="bills by email (电子账单): the SMTP settings, send notices or statements, the queue")
    p.add_argument("action", choices=["settings", "send", "queue", "retry"])
    p.add_argument("--host", help="settings: the office's SMTP server")
    p.add_argument("--port", type=A.positive_int, help="settings: its port (587 starttls, 465 ssl, 25 none)")
    p.add_argument("--tls", choices=["none", "starttls", "ssl"], help="settings: the encryption")
    p.add_argument("--sender", help="settings: the address bills come from")
    p.add_argument("--sender-name", help="settings: the name shown as the sender (default: the estate's)")
    p.add_argument("--smtp-user", help="settings: the SMTP login (password: COUNTER_APP_SMTP_PASSWORD or prompt)")
    p.add_argument("--kind", choices=["notice", "statement"], help="send: 缴费通知单 or 对账单")
    p.add_argument("--building", help="send: only this building")
    p.add_argument("--unit", help="send: only this unit")
    p.set_defaults(func=cmd_mail)
