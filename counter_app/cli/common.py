"""What the commands share: the ledger --db names, the signed-in user (password from the
environment or a prompt), the estate, a manager's authorisation, and a money command's request id."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..core.errors import Invalid, Word
from ..store.server_urls import is_server_url
from .exits import in_language

REQUEST_ID_HELP = ("this command's own id, made by the caller: sent again with the same id it records at most "
                   "once (default: one is made and printed before anything is sent)")


def open_ledger(args):
    """The database named by --db; it must hold a ledger: only `demo`, `restore` and the window's
    first run create one (on a server, `migrate-db` fills an empty database). A missing, empty
    or non-ledger file is refused alike, before anything opens it."""
    # why: a command loads only its own services, not every command's
    from ..services.common.session import not_a_ledger, open_database, open_existing_server
    if is_server_url(args.db):
        open_existing_server(args.db)
        return
    problem = not_a_ledger(Path(args.db))
    if problem:
        raise Invalid("{problem}。已有数据库请用 --db 指明它的位置；新建请用 counter-app demo （演示数据）或启动程序按设置向导操作；"
                      "损坏的账本请从备份恢复（counter-app restore）。", problem=problem)
    open_database(Path(args.db))


def password(args) -> str:
    password = os.environ.get("COUNTER_APP_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise Invalid("请设置 COUNTER_APP_PASSWORD 或在终端中输入密码")
        password = getpass.getpass(in_language(Word("{user} 的密码：", user=args.user)))
    return password


def login(args):
    # why: a command loads only its own services, not every command's
    from ..ledger import signin
    if not args.user:
        raise Invalid("此命令需要 --user 用户名")
    return signin.authenticate(args.user, password(args), estate_arg(args))


def viewer(args, public: bool = False):
    """Read-only commands run as a signed-in user and follow the permission table as the window
    does (what a unit owes, a receipt, the audit); only what the office posts publicly (the fee
    schedule, a calculation on figures typed in) may be asked without a user."""
    # why: a command loads only its own services, not every command's
    from ..ledger.context import Actor
    if public and not args.user:
        return Actor(0, "anonymous", "匿名", "cashier", estate_arg(args))
    return login(args)


def estate_arg(args) -> int | None:
    """The estate named by --estate; without it, the database's only one (several: refused later)."""
    # why: a command loads only its own services, not every command's
    from ..ledger import estate as lookups
    if getattr(args, "estate", None):
        return lookups.estate_named(args.estate)
    ids = [estate_id for estate_id, _ in lookups.estates()]
    return ids[0] if len(ids) == 1 else None


def authoriser(args, cashier, action: str):
    """The manager authorising a void or refund, with the password from COUNTER_APP_AUTH_PASSWORD
    or typed at a prompt (as at the counter: another person's name and password)."""
    # why: a command loads only its own services, not every command's
    from ..ledger import signin
    password = os.environ.get("COUNTER_APP_AUTH_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise Invalid("请设置 COUNTER_APP_AUTH_PASSWORD 或在终端中输入授权人密码")
        password = getpass.getpass(in_language(Word("授权人 {user} 的密码：", user=args.authoriser)))
    return signin.authorise(args.authoriser, password, cashier=cashier, action=action)


def request_id(args) -> str:
    """The --request-id given, or one made now and said before anything is sent: a person or a
    script that cannot tell whether the command went through sends it again with the same id (it
    records at most once), or asks `counter-app request ID`."""
    # why: a command loads only its own services, not every command's
    from ..services.counter import request_ids
    if args.request_id:
        return args.request_id
    made = request_ids.new()
    print(in_language(Word("请求编号 {id}（不确定是否已记账时：counter-app request {id}，或加 --request-id {id} 重试，"
                           "不会重复记账）", id=made)), file=sys.stderr, flush=True)
    return made


def recorded(args, number: str, request_id: str) -> None:
    """Remember what this command recorded, for the error boundary to say if its output fails."""
    args.recorded = in_language(Word("{number}（请求编号 {request_id}）", number=number, request_id=request_id))
