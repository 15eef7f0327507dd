"""Users and sign-in: scrypt password hashes, role checks, a lock after repeated failures."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from ...core import text
from ...core.errors import CounterError, NotFound, PermissionDenied
from ...core.permissions import ROLES
from ...store.db import write_transaction
from ...store.models import Estate, User
from ...store.queries import users as user_queries
from ...ledger import audit, clock, seals
from ...ledger.context import Actor
from ...ledger.passwords import check_new_password, check_password, hash_password

MAX_FAILED = 5
LOCK_MINUTES = 15


def actor_of(user: User, estate_id: int | None = None) -> Actor:
    """The signed-in user working in `estate_id` (by default the database's only estate; with
    several, the one chosen at sign-in)."""
    if estate_id is None:
        ids = [e for e, in Estate.select(Estate.id).order_by(Estate.id).limit(2).tuples()]
        estate_id = ids[0] if len(ids) == 1 else None
    elif not Estate.select().where(Estate.id == estate_id).exists():
        raise CounterError(f"没有编号为 {estate_id} 的小区")
    return Actor(user.id, user.username, user.display_name, user.role, estate_id)


def create_user(actor: Actor, username: str, display_name: str, role: str, password: str) -> Actor:
    actor.require("user.manage")
    display_name = text.clean(display_name, "姓名", text.NAME)
    if not re.fullmatch(r"[A-Za-z0-9_.\-]{2,32}", username or ""):
        raise CounterError("用户名为 2 到 32 个字母、数字或 _ . -")
    if role not in ROLES:
        raise CounterError(f"未知的角色：{role}")
    check_new_password(role, password)
    with write_transaction():
        if User.select().where(User.username == username).exists():
            raise CounterError(f"用户名 {username} 已存在")
        user = User.create(username=username, display_name=display_name, role=role,
                           password_hash=hash_password(password))
        audit.record(actor.username, "user.create", "user", user.id,
                     after={"username": username, "display_name": display_name, "role": role})
        seals.seal_user(actor.username, user)
    return actor_of(user)


def authenticate(username: str, password: str, estate_id: int | None = None) -> Actor:
    """Sign in. Wrong passwords are counted and recorded; too many lock the account a while."""
    now = clock.now_utc()
    user = User.get_or_none(User.username == username)
    if user is None:
        with write_transaction():
            audit.record(username or "?", "login.unknown_user", "user", "")
        raise PermissionDenied("用户名或密码错误")
    if not user.active:
        with write_transaction():
            audit.record(username, "login.disabled", "user", user.id)
        # Who knows the password learns the account is stopped and whom to ask; anyone else
        # learns nothing more than from a wrong password (and guesses count as they do).
        if _counted_check(user, password, now, "login"):
            raise PermissionDenied(f"账号 {username} 已停用，不能登录；需要时请管理员在 管理 → 用户与权限 中重新启用")
        raise PermissionDenied("用户名或密码错误")
    if not _counted_check(user, password, now, "login"):
        raise PermissionDenied("用户名或密码错误")
    with write_transaction():
        if not user_queries.signed_in(user.id, _at(now)):
            raise _locked(user.id)
        audit.record(username, "login.ok", "user", user.id)
        seals.seal_user(username, user, {"failed_logins"})
    return actor_of(user, estate_id)


def _at(when: datetime) -> str:
    """A time as the user row stores it, for the lockout's statements."""
    return str(clock.to_db(when))


def _locked(user_id: int) -> PermissionDenied:
    until = User.get_by_id(user_id).locked_until
    shown = f"{clock.from_db(until).astimezone():%H:%M}" if until else ""
    return PermissionDenied(f"连续输错密码次数过多，账号已锁定到 {shown}，请联系管理员")


def _counted_check(user: User, password: str, now: datetime, what: str) -> bool:
    """A password check counted against the account before it is made, in one statement inside
    the write transaction: however many guess at once, at most MAX_FAILED checks are made before
    the lock (those already counted may finish). The MAX_FAILED-th failure, or a check counted
    past it, locks the account; the one lock is recorded once. Refused (PermissionDenied) while
    locked, without checking."""
    with write_transaction():
        count = user_queries.claim_check(user.id, _at(now))
        if count is not None and count > MAX_FAILED:     # the checks are used up by guessers in flight
            _lock(user, now, what)
            count = None
        if count is None:
            audit.record(user.username, f"{what}.locked", "user", user.id)
            locked = True
        else:
            seals.seal_user(user.username, user, {"failed_logins"})
            locked = False
    if locked:
        raise _locked(user.id)
    if check_password(password, user.password_hash):
        return True
    with write_transaction():
        audit.record(user.username, f"{what}.failed", "user", user.id, after={"failed": count})
        if count >= MAX_FAILED:
            _lock(user, now, what)
    return False


def _lock(user: User, now: datetime, what: str) -> None:
    if user_queries.lock(user.id, _at(now + timedelta(minutes=LOCK_MINUTES)), _at(now)):
        audit.record(user.username, "login.lockout", "user", user.id, after={"by": what, "minutes": LOCK_MINUTES})
        seals.seal_user(user.username, user, {"failed_logins", "locked_until"})


def change_password(actor: Actor, old: str, new: str) -> None:
    actor.require("password.change")
    user = User.get_by_id(actor.user_id)
    if not check_password(old, user.password_hash):
        raise PermissionDenied("原密码错误")
    check_new_password(user.role, new)
    with write_transaction():
        User.update(password_hash=hash_password(new)).where(User.id == user.id).execute()
        audit.record(actor.username, "user.password_change", "user", user.id)
        seals.seal_user(actor.username, user, {"password"})


def reset_password(actor: Actor, username: str, new: str) -> None:
    actor.require("user.manage")
    user = User.get_or_none(User.username == username)
    if user is None:
        raise CounterError(f"没有用户 {username}")
    check_new_password(user.role, new)
    with write_transaction():
        User.update(password_hash=hash_password(new), failed_logins=0, locked_until=None) \
            .where(User.id == user.id).execute()
        audit.record(actor.username, "user.password_reset", "user", user.id, after={"username": username})
        seals.seal_user(actor.username, user, {"password", "failed_logins", "locked_until"})


def authorise(username: str, password: str, *, cashier: Actor, action: str) -> Actor:
    """A manager's authorisation typed into the cashier's screen (the cashier's session stays).
    Refused, and recorded, for a wrong password, a role without the right, or self-authorisation."""
    def refuse(message: str, what: str) -> PermissionDenied:
        with write_transaction():
            audit.record(username or "?", "override.refused", "user", "",
                         after={"for": cashier.username, "action": action, "why": what})
        return PermissionDenied(message)

    user = User.get_or_none(User.username == username)
    if user is None or not user.active:
        raise refuse("授权人用户名或密码错误", "unknown user")
    now = clock.now_utc()
    try:
        right = _counted_check(user, password, now, "override")
    except PermissionDenied:
        raise refuse("授权人账号已锁定", "locked") from None
    if not right:
        raise refuse("授权人用户名或密码错误", "wrong password")
    manager = actor_of(user, cashier.estate_id)
    if manager.user_id == cashier.user_id:
        raise refuse("不能自己为自己授权，请由另一位主管授权", "self")
    if not manager.may(action):
        raise refuse(f"{manager.display_name} 没有此项授权的权限", "role")
    with write_transaction():        # a right password counts as a sign-in does: the slate is clean
        if not user_queries.signed_in(user.id, _at(now), record_sign_in=False):
            raise refuse("授权人账号已锁定", "locked")
        seals.seal_user(username, user, {"failed_logins"})
    return manager


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
    for u in User.select().order_by(User.id):
        locked = clock.from_db(u.locked_until) if u.locked_until else None
        out.append(UserRow(u.username, u.display_name, u.role, bool(u.active),
                           clock.from_db(u.last_sign_in_at).astimezone() if u.last_sign_in_at else None,
                           locked.astimezone() if locked and locked > now else None, u.failed_logins))
    return out


def _managed(username: str) -> User:
    user = User.get_or_none(User.username == username)
    if user is None:
        raise NotFound(f"没有用户 {username}")
    return user


def _keep_an_administrator(user: User, role: str, active: bool) -> None:
    """The last active administrator is neither stopped nor given another role: nobody could
    then manage users or settings."""
    if user.role == "admin" and user.active and (role != "admin" or not active):
        others = User.select().where((User.role == "admin") & (User.active == True) & (User.id != user.id))  # noqa: E712
        if not others.exists():
            raise CounterError(f"{user.username} 是唯一在用的管理员，不能停用或改为其他角色；请先另设一位管理员")


def set_active(actor: Actor, username: str, active: bool) -> None:
    """停用 / 启用 a user. A stopped user cannot sign in (and is told so); their records stay."""
    actor.require("user.manage")
    user = _managed(username)
    if not active and user.id == actor.user_id:
        raise CounterError("不能停用自己正在使用的账号；请由另一位管理员操作")
    _keep_an_administrator(user, user.role, active)
    if bool(user.active) == active:
        return
    with write_transaction():
        User.update(active=active, failed_logins=0, locked_until=None).where(User.id == user.id).execute()
        audit.record(actor.username, "user.enable" if active else "user.disable", "user", user.id,
                     after={"username": username})
        seals.seal_user(actor.username, user, {"active", "failed_logins", "locked_until"})


def change_role(actor: Actor, username: str, role: str) -> None:
    """A user's role, one of ROLES: a user without a role is refused."""
    actor.require("user.manage")
    if role not in ROLES:
        raise CounterError(f"角色应为 {'、'.join(f'{k}（{v}）' for k, v in ROLES.items())}")
    user = _managed(username)
    _keep_an_administrator(user, role, bool(user.active))
    if user.role == role:
        return
    with write_transaction():
        User.update(role=role).where(User.id == user.id).execute()
        audit.record(actor.username, "user.role", "user", user.id,
                     before={"role": user.role}, after={"username": username, "role": role})
        seals.seal_user(actor.username, user, {"role"})
