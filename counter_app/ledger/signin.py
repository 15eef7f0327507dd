"""Signing in and a manager's authorisation: the actor a user becomes, password checks counted
against the account in the write transaction, the lock after repeated failures. The window, the
command line and a restore onto a new PC sign in through here."""
from __future__ import annotations

from datetime import datetime, timedelta

from ..core.errors import NotFound, PermissionDenied
from ..store.db import write_transaction
from ..store.queries import estate as estate_queries, users as user_queries
from . import audit, clock, seals
from .context import Actor
from .passwords import check_password

MAX_FAILED = 5
LOCK_MINUTES = 15


def actor_of(user, estate_id: int | None = None) -> Actor:
    """The signed-in user working in `estate_id` (by default the database's only estate; with
    several, the one chosen at sign-in)."""
    if estate_id is None:
        ids = [e.id for e in estate_queries.first_estates(2)]
        estate_id = ids[0] if len(ids) == 1 else None
    elif estate_queries.estate_by_id(estate_id) is None:
        raise NotFound("没有编号为 {estate} 的小区", estate=estate_id)
    return Actor(user.id, user.username, user.display_name, user.role, estate_id)


def authenticate(username: str, password: str, estate_id: int | None = None) -> Actor:
    """Sign in. Wrong passwords are counted and recorded; too many lock the account a while."""
    now = clock.now_utc()
    user = user_queries.user_named(username)
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
            raise PermissionDenied("账号 {user} 已停用，不能登录；需要时请管理员在 管理 → 用户与权限 中重新启用",
                                   user=username)
        raise PermissionDenied("用户名或密码错误")
    _untouched(user, now)
    if not _counted_check(user, password, now, "login"):
        raise PermissionDenied("用户名或密码错误")
    with write_transaction():
        if not user_queries.signed_in(user.id, _at(now)):
            raise _locked(user.id)
        audit.record(username, "login.ok", "user", user.id)
        seals.seal_user(username, user, {"failed_logins"})
    return actor_of(user, estate_id)


# Fields of a user's row edited behind the program that leave nothing to trust: its password (a
# known one put in), its name, whether it is stopped.
_UNTRUSTED = {"password", "username", "active"}


def _untouched(user, now: datetime) -> None:
    """A user's row is taken as the program last sealed it: an edit made in the file behind the
    program is recorded and never sealed over (seals.seal keeps the sealed values). A password,
    name or stop edited refuses the sign-in; a role edited signs in with the sealed role (a
    cashier made administrator stays a cashier); a lock cleared stays in force. An
    administrator's own change of the user (a role given, a password reset) seals it again."""
    last, found = seals.user_strays(user.id)
    if found is None:
        return
    def refused(error: PermissionDenied) -> PermissionDenied:
        with write_transaction():       # a sign-in that goes on records it as it seals (seals.seal)
            audit.record(user.username, seals.TAMPERED, "user", user.id, after=found)
        return error

    if _UNTRUSTED & set(found["fields"]):
        raise refused(PermissionDenied("账号 {user} 的资料（{fields}）在程序之外被改动，不能登录或授权；请管理员检查账本",
                                       user=user.username, fields=", ".join(found["fields"])))
    sealed_lock = last.get("locked_until")
    if "locked_until" in found["fields"] and sealed_lock and clock.from_db(sealed_lock) > now:
        raise refused(PermissionDenied("连续输错密码次数过多，账号已锁定到 {until}，请联系管理员",
                                       until=f"{clock.from_db(sealed_lock).astimezone():%H:%M}"))
    if "role" in found["fields"]:
        user.role = last["role"]


def _at(when: datetime) -> str:
    """A time as the user row stores it, for the lockout's statements."""
    return str(clock.to_db(when))


def _locked(user_id: int) -> PermissionDenied:
    until = user_queries.locked_until(user_id)
    shown = f"{clock.from_db(until).astimezone():%H:%M}" if until else ""
    return PermissionDenied("连续输错密码次数过多，账号已锁定到 {until}，请联系管理员", until=shown)


def _counted_check(user, password: str, now: datetime, what: str) -> bool:
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
        user_queries.hold(user.id)          # the user's row before the audit head, as claim_check takes them
        audit.record(user.username, f"{what}.failed", "user", user.id, after={"failed": count})
        if count >= MAX_FAILED:
            _lock(user, now, what)
    return False


def _lock(user, now: datetime, what: str) -> None:
    if user_queries.lock(user.id, _at(now + timedelta(minutes=LOCK_MINUTES)), _at(now)):
        audit.record(user.username, "login.lockout", "user", user.id, after={"by": what, "minutes": LOCK_MINUTES})
        seals.seal_user(user.username, user, {"failed_logins", "locked_until"})


def authorise(username: str, password: str, *, cashier: Actor, action: str) -> Actor:
    """A manager's authorisation typed into the cashier's screen (the cashier's session stays).
    Refused, and recorded, for a wrong password, a role without the right, or self-authorisation."""
    def refuse(error: PermissionDenied, what: str) -> PermissionDenied:
        with write_transaction():
            audit.record(username or "?", "override.refused", "user", "",
                         after={"for": cashier.username, "action": action, "why": what})
        return error

    user = user_queries.user_named(username)
    if user is None or not user.active:
        raise refuse(PermissionDenied("授权人用户名或密码错误"), "unknown user")
    now = clock.now_utc()
    _untouched(user, now)
    try:
        right = _counted_check(user, password, now, "override")
    except PermissionDenied:
        raise refuse(PermissionDenied("授权人账号已锁定"), "locked") from None
    if not right:
        raise refuse(PermissionDenied("授权人用户名或密码错误"), "wrong password")
    manager = actor_of(user, cashier.estate_id)
    if manager.user_id == cashier.user_id:
        raise refuse(PermissionDenied("不能自己为自己授权，请由另一位主管授权"), "self")
    if not manager.may(action):
        raise refuse(PermissionDenied("{user} 没有此项授权的权限", user=manager.display_name), "role")
    with write_transaction():        # a right password counts as a sign-in does: the slate is clean
        if not user_queries.signed_in(user.id, _at(now), record_sign_in=False):
            raise refuse(PermissionDenied("授权人账号已锁定"), "locked")
        seals.seal_user(username, user, {"failed_logins"})
    return manager
