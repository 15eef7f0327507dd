"""The ledger's check (`counter-app check`, and the window after a restore and once a week): the
database file's own integrity, the audit chain, every sealed document and the ledger's invariants,
each problem listed. When it last ran, and how it came out, is kept in the database's meta table."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ...store import backup as copies, db as dbmod, migrations
from ..common.context import Actor
from ..counter import verify

LAST_CHECK = "check.last_at"
LAST_RESULT = "check.last_ok"
EVERY = timedelta(days=7)


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    integrity: str
    audit_rows: int
    problems: tuple[str, ...]
    seconds: float


def _integrity() -> tuple[str, str | None]:
    """(what was checked, the problem if any)."""
    if not dbmod.is_sqlite():
        return "服务器数据库（完整性由 PostgreSQL 保证）", None
    problem = copies.integrity_problem(dbmod.db_path())
    if problem is None:
        return "完好（integrity_check）", None
    return "损坏", f"数据库文件损坏：{problem}"


def check(actor: Actor | None = None) -> CheckReport:
    if actor is not None:
        actor.require("database.check")
    started = time.perf_counter()
    integrity, broken = _integrity()
    verification = verify.verify_all()
    problems = ([broken] if broken else []) + list(verification.problems)
    report = CheckReport(not problems, integrity, verification.rows, tuple(problems), time.perf_counter() - started)
    with dbmod.write_transaction():
        migrations.set_meta(LAST_CHECK, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        migrations.set_meta(LAST_RESULT, "1" if report.ok else "0")
    return report


def due(now: datetime | None = None) -> bool:
    """A week or more since the last check (or never)."""
    last = migrations.get_meta(LAST_CHECK)
    if not last:
        return True
    return (now or datetime.now(timezone.utc)) - datetime.fromisoformat(last) >= EVERY
