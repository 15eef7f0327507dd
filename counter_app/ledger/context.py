"""Who is acting: every service call is made as an authenticated user and checked by role."""
from __future__ import annotations

from dataclasses import dataclass

from ..core import permissions


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: str
    estate_id: int | None = None     # the estate signed in to (None: the database's only one)

    def require(self, action: str) -> None:
        permissions.require(self.role, action, self.username)

    def may(self, action: str) -> bool:
        return permissions.allowed(self.role, action)

