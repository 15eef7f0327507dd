"""Users: as reports name them, as signing in reads and locks them, as their administrator keeps
them (made, changed, listed)."""
from __future__ import annotations

from ..db import changed, rows
from ..dialect import for_update
from ..models import User


def display_names() -> dict[int, str]:
    """User id -> display name, for reports that name cashiers and authorisers."""
    return dict(rows('SELECT id, display_name FROM "user"'))


def display_names_of(user_ids: list) -> dict[int, str]:
    """User id -> display name of these users (None among them is left out)."""
    return dict(User.select(User.id, User.display_name).where(User.id.in_(user_ids)).tuples())


def user_named(username: str) -> User | None:
    return User.get_or_none(User.username == username)


def user_by_id(user_id: int) -> User:
    """The user row of that id (peewee's DoesNotExist when there is none)."""
    return User.get_by_id(user_id)


def any_user() -> bool:
    """Whether the database has a user yet (none: it needs setting up)."""
    return User.select().exists()


def all_users() -> list[User]:
    """Every user row, in the order they were made."""
    return list(User.select().order_by(User.id))


def new_user(**fields) -> User:
    """A new user (fields by name); returns its row."""
    return User.create(**fields)


def change_user(user_id: int, **fields) -> None:
    """A user's fields changed (password hash, role, active, the lock's count and time)."""
    User.update(**fields).where(User.id == user_id).execute()


def another_active_admin(user_id: int) -> bool:
    """Whether an active administrator other than this user exists."""
    return User.select().where((User.role == "admin") & (User.active == True) & (User.id != user_id)).exists()  # noqa: E712


def locked_until(user_id: int):
    """The user's lock as stored (None when not locked)."""
    return User.get_by_id(user_id).locked_until


# -- the lockout: every count and lock is one guarded statement inside the write transaction, so
# guessers at several counters (or processes) cannot read a count, check a password and write
# back a stale count or clear another's lock.

def hold(user_id: int) -> None:
    """The user's row locked for the rest of the transaction, before the audit chain's head: every
    transaction that writes both takes them in that order, so two never wait on each other."""
    rows('SELECT id FROM "user" WHERE id = ?' + for_update(), (user_id,))


def claim_check(user_id: int, now) -> int | None:
    """Count one password check before it is made: the checks since the last success, this one
    included; None while the account is locked (no check may be made)."""
    found = rows('UPDATE "user" SET failed_logins = failed_logins + 1 WHERE id = ? AND '
                 "(locked_until IS NULL OR locked_until <= ?) RETURNING failed_logins", (user_id, now))
    return found[0][0] if found else None


def lock(user_id: int, until, now) -> bool:
    """Lock the account until `until` unless a lock is running; True for the one that locked it
    (so a lock is recorded once, however many guessers reach it)."""
    return changed('UPDATE "user" SET locked_until = ?, failed_logins = 0 WHERE id = ? AND '
                   "(locked_until IS NULL OR locked_until <= ?)", (until, user_id, now)) == 1


def signed_in(user_id: int, now, record_sign_in: bool = True) -> bool:
    """A right password: the count starts again, unless a lock began meanwhile (never cleared by
    a write that read the account before it)."""
    sets = "failed_logins = 0" + (", last_sign_in_at = ?" if record_sign_in else "")
    params = ((now,) if record_sign_in else ()) + (user_id, now)
    return changed(f'UPDATE "user" SET {sets} WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)',
                   params) == 1
