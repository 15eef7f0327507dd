"""Users and sign-in: scrypt password hashes, role checks, a lock after repeated failures."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from ...core import text
from ...core.errors import Invalid, NotFound, PermissionDenied, Refused
from ...core.permissions import ROLES
from ...store.db import write_transaction
from ...store.queries import users
from ...ledger import audit, clock, seals
from ...ledger.context import Actor
from ...ledger.passwords import check_new_password, check_password, hash_password
from ...ledger.signin import actor_of



def create_user(actor: Actor, username: str, display_name: str, role: str, password: str) -> Actor:
    actor.require("user.manage")
    display_name = text.clean(display_name, "姓名", text.NAME)
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,32}", username or ""):
        raise Invalid("用户名为 2 到 32 个字母、数字或 _ . -")
    if role not in ROLES:
        raise Invalid("未知的角色：{role}", role=role)
    check_new_password(role, password)
    with write_transaction():
        if users.user_named(username) is not None:
            raise Refused("用户名 {user} 已存在", user=username)
        user = users.new_user(username=username, display_name=display_name, role=role,
                              password_hash=hash_password(password))
        audit.record(actor.username, "user.create", "user", user.id,
                     after={"username": username, "display_name": display_name, "role": role})
        seals.seal_user(actor.username, user)
    return actor_of(user)


def change_password(actor: Actor, old: str, new: str) -> None:
    actor.require("password.change")
    user = users.user_by_id(actor.user_id)
    if not check_password(old, user.password_hash):
        raise PermissionDenied("原密码错误")
    check_new_password(user.role, new)
    with write_transaction():
        users.change_user(user.id, password_hash=hash_password(new))
        audit.record(actor.username, "user.password_change", "user", user.id)
        seals.seal_user(actor.username, user, {"password"})


def reset_password(actor: Actor, username: str, new: str) -> None:
    actor.require("user.manage")
    user = _managed(username)
    check_new_password(user.role, new)
    with write_transaction():
        users.change_user(user.id, password_hash=hash_password(new), failed_logins=0, locked_until=None)
        audit.record(actor.username, "user.password_reset", "user", user.id, after={"username": username})
        seals.seal_user(actor.username, user, {"password", "failed_logins", "locked_until"})




@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: str                  # cashier / manager / admin
    active: bool
    last_sign_in: datetime | None       # this PC's local time
    locked_until: datetime | None       # while locked
    failed_logins: int


def list_users(actor: Actor) -> list[UserRow]:
    """Every user: role, whether active, the last sign-in, a lock still running, failed tries."""
    actor.require("user.manage")
    now = clock.now_utc()
    out = []
    for u in users.all_users():
        locked = clock.from_db(u.locked_until) if u.locked_until else None
        out.append(UserRow(u.username, u.display_name, u.role, bool(u.active),
                           clock.from_db(u.last_sign_in_at).astimezone() if u.last_sign_in_at else None,
                           locked.astimezone() if locked and locked > now else None, u.failed_logins))
    return out


def _managed(username: str):
    user = users.user_named(username)
    if user is None:
        raise NotFound("没有用户 {user}", user=username)
    return user


def _keep_an_administrator(user, role: str, active: bool) -> None:
    """The last active administrator is neither stopped nor given another role: nobody could
    then manage users or settings."""
    if user.role == "admin" and user.active and (role != "admin" or not active):
        if not users.another_active_admin(user.id):
            raise Refused("{user} 是唯一在用的管理员，不能停用或改为其他角色；请先另设一位管理员", user=user.username)


def set_active(actor: Actor, username: str, active: bool) -> None:
    """停用 / 启用 a user. A stopped user cannot sign in (and is told so); their records stay."""
    actor.require("user.manage")
    user = _managed(username)
    if not active and user.id == actor.user_id:
        raise Refused("不能停用自己正在使用的账号；请由另一位管理员操作")
    _keep_an_administrator(user, user.role, active)
    if bool(user.active) == active:
        return
    with write_transaction():
        users.change_user(user.id, active=active, failed_logins=0, locked_until=None)
        audit.record(actor.username, "user.enable" if active else "user.disable", "user", user.id,
                     after={"username": username})
        seals.seal_user(actor.username, user, {"active", "failed_logins", "locked_until"})


def change_role(actor: Actor, username: str, role: str) -> None:
    """A user's role, one of ROLES: a user without a role is refused."""
    actor.require("user.manage")
    if role not in ROLES:
        raise Invalid("角色应为 cashier（收费员）、manager（主管）、admin（管理员）")
    user = _managed(username)
    _keep_an_administrator(user, role, bool(user.active))
    if user.role == role:
        return
    with write_transaction():
        users.change_user(user.id, role=role)
        audit.record(actor.username, "user.role", "user", user.id,
                     before={"role": user.role}, after={"username": username, "role": role})
        seals.seal_user(actor.username, user, {"role"})
