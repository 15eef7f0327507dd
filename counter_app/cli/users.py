"""`counter-app user`: users and their roles."""
from __future__ import annotations

from ..core.errors import Invalid, Word
from ..core.permissions import ROLES
from . import common as C, output as out
from .exits import in_language


def cmd_user(args):
    # why: a command loads only its own services, not every command's
    from ..services.admin import users
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "list":
        rows = users.list_users(actor)

        def line(u) -> str:
            seen = Word("最近登录 {at}", at=f"{u.last_sign_in:%Y-%m-%d %H:%M}") if u.last_sign_in else Word("从未登录")
            locked = Word("，锁定到 {until}（连续输错密码）", until=f"{u.locked_until:%H:%M}") if u.locked_until else ""
            state = Word("在用") if u.active else Word("停用")
            return (f"{u.username:<12} {u.display_name:<8} {in_language(Word(ROLES[u.role])):<4} {in_language(state)}  "
                    f"{in_language(seen)}{in_language(locked) if locked else ''}")
        out.emit(args, rows, "\n".join(line(u) for u in rows))
        return
    if not args.username:
        raise Invalid("请写出用户名")
    if args.action == "add":
        if not (args.name and args.role and args.new_password):
            raise Invalid("新增用户需要 --name、--role 和 --new-password")
        users.create_user(actor, args.username, args.name, args.role, args.new_password)
        text = Word("已新增用户 {user}", user=args.username)
    elif args.action == "reset-password":
        if not args.new_password:
            raise Invalid("重置密码需要 --new-password")
        users.reset_password(actor, args.username, args.new_password)
        text = Word("已重置 {user} 的密码（并解除锁定）", user=args.username)
    elif args.action in ("disable", "enable"):
        users.set_active(actor, args.username, args.action == "enable")
        text = Word("已启用用户 {user}", user=args.username) if args.action == "enable" else \
            Word("已停用用户 {user}", user=args.username)
    else:
        if not args.role:
            raise Invalid("修改角色需要 --role")
        users.change_role(actor, args.username, args.role)
        text = Word("{user} 的角色已改为{role}", user=args.username, role=Word(ROLES[args.role]))
    out.emit(args, {"username": args.username, "action": args.action}, in_language(text))


def register(sub, common) -> None:
    p = sub.add_parser("user", parents=[common], help="users: list, add, disable, enable, change role, reset a "
                                                      "password (administrator)")
    p.add_argument("action", choices=["add", "reset-password", "list", "disable", "enable", "role"])
    p.add_argument("username", nargs="?", default="")
    p.add_argument("--name", help="display name (add)")
    p.add_argument("--role", choices=["cashier", "manager", "admin"])
    p.add_argument("--new-password")
    p.set_defaults(func=cmd_user)

