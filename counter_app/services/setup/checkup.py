"""The ledger's check (`counter-app check`, and the window after a restore and once a week): the
database file's own integrity, every value readable as its column says, the audit chain, every
sealed document and the ledger's invariants, each problem listed. When it last ran, and how it came
out, is kept in the database's meta table."""
from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ...core.errors import Finding, Refused, Word
from ...store import backup as copies, db as dbmod, migrations, readable
from ...store.queries import billed
from ...ledger import audit
from ...ledger.context import Actor
from ...ledger import verify

LAST_CHECK = "check.last_at"
LAST_RESULT = "check.last_ok"
EVERY = timedelta(days=7)


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    integrity: Word
    audit_rows: int
    problems: tuple[Finding, ...]      # worded at the edge (text_of)
    seconds: float
    unchecked: tuple[Finding, ...] = ()     # rows sealed under a key this PC does not hold
    only_kept: bool = False                 # every problem is a kept figure (rebuild_kept puts them right)


def _integrity() -> tuple[Word, list[Finding]]:
    """(what was checked, the problems found): the file's structure, then every value in it."""
    if not dbmod.is_sqlite():
        return Word("服务器数据库（完整性和每个值的类型、编码由 PostgreSQL 保证）"), []
    problem = copies.integrity_problem(dbmod.db_path())
    if problem is not None:
        return Word("损坏"), [Finding("数据库文件损坏：{problem}", problem=problem)]
    unreadable = readable.problems_in(dbmod.db_path())
    if unreadable:
        return Word("结构完好，但有读不出的值"), [Finding("读不出的值：{problem}", problem=p) for p in unreadable]
    return Word("完好（integrity_check，每行每个值可读）"), []


def check(actor: Actor | None = None, *, file_checked: bool = False) -> CheckReport:
    """`file_checked`: the file's integrity and every value were read just before (a restore's
    candidate): not read a second time."""
    if actor is not None:
        actor.require("database.check")
    started = time.perf_counter()
    integrity, broken = (Word("完好（已先检查）"), []) if file_checked else _integrity()
    try:
        verification = verify.verify_all()
    except Exception as exc:
        if not broken:
            raise
        # Rows that cannot be read stop the rest of the check; they are named above.
        verification = verify.Verification(False, 0, None, str(exc),
                                           problems=(Finding("账目没有查完（{kind}）：先处理上面读不出的值",
                                                                     kind=type(exc).__name__),))
    problems = broken + list(verification.problems)
    report = CheckReport(not problems, integrity, verification.rows, tuple(problems), time.perf_counter() - started,
                         tuple(audit.describe_unchecked(verification)), verification.only_kept and not broken)
    with dbmod.write_transaction():
        migrations.set_meta(LAST_CHECK, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        migrations.set_meta(LAST_RESULT, "1" if report.ok else "0")
    return report


def rebuild_kept(actor: Actor) -> tuple[Finding, ...]:
    """An administrator's repair when `check` names a kept figure (a debt summary, a month's billed
    total) that differs from the charges and receipts: every kept figure worked out anew from them
    and the triggers made again, in one transaction, and the differences found before written in
    the audit trail. Nothing posted is touched: the kept figures are sums of it. Refused while the
    check finds anything else (a row changed behind the program): the kept figures that disagree
    are then part of the evidence. On a server the counters wait for it (seconds at 20,000
    units). Returns what differed before."""
    actor.require("kept.rebuild")
    verification = verify.verify_all()
    if not verification.ok and not verification.only_kept:
        # Rows changed behind the program: the kept figures that disagree with them are part of
        # what shows it. They are worked out again only once the rest is put right.
        raise Refused("账本还有留存数字以外的问题（{count} 处），先用 check 查明并处理；重算留存数字不会改正它们，"
                      "还会抹去与之不符的汇总", count=len(verification.problems) - len(verification.kept))
    found = verification.kept
    with dbmod.write_transaction():
        migrations.restore_kept(dbmod.database.obj)
        billed.rebuild()
        audit.record(actor.username, "kept.rebuilt", "database", "", None,
                     {"differed": len(found), "first": [str(f) for f in found[:20]]})
    return found


def due(now: datetime | None = None) -> bool:
    """A week or more since the last check (or never), or the last check found problems: then at
    every sign-in, so each person who signs in is told until they are put right, not one person
    once a week. A last check dated in the future (a clock wrong, or the file edited to skip it)
    is no check."""
    last = migrations.get_meta(LAST_CHECK)
    if not last or migrations.get_meta(LAST_RESULT) != "1":
        return True
    try:
        age = (now or datetime.now(timezone.utc)) - datetime.fromisoformat(last)
    except (ValueError, TypeError):
        return True
    return not timedelta(0) <= age < EVERY
