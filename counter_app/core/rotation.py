"""Which automatic backups to keep: the newest of each of the last `daily` days that have one, and
the newest of each of the last `monthly` months (so a year back there is still one a month). The
rest may go. Pure: it is given the backups' times and says which stay."""
from __future__ import annotations

from datetime import datetime

DAILY, MONTHLY = 14, 12


def kept(times: list[datetime], daily: int = DAILY, monthly: int = MONTHLY) -> set[datetime]:
    newest_first = sorted(set(times), reverse=True)
    keep: set[datetime] = set()
    for width, count in ((10, daily), (7, monthly)):        # 2026-12-02 / 2026-12
        seen: set[str] = set()
        for at in newest_first:
            bucket = at.isoformat()[:width]
            if bucket not in seen and len(seen) < count:
                seen.add(bucket)
                keep.add(at)
    return keep
