"""Users, as reports name them."""
from __future__ import annotations

from ..db import rows


def display_names() -> dict[int, str]:
    """User id -> display name, for reports that name cashiers and authorisers."""
    return dict(rows('SELECT id, display_name FROM "user"'))
