"""Restoring a backup without putting the ledger in use at risk.

A backup is recognised by what it holds, copied aside into a folder of this restore's own and
checked there in full: SQLite's integrity_check and every value readable as its column says, its
schema, that it is this office's ledger; then it is brought to this program's schema and put
through the ledger's own check (checkup.check: the audit chain, every sealed document, the
invariants). A server's dump is loaded into a scratch database and checked there the same way.
Only then, and only once the person has agreed to what it drops, is the ledger in use saved aside
and replaced, in one step, by exactly the copy that was checked. A backup failing any check is
refused as 备份已损坏 and the ledger in use is not touched: not a byte of a SQLite file changes.

A backup older than the ledger in use drops what was recorded since: the receipts and refunds
numbered after it, voids, Z reports and day closes are listed first (the window asks; the command
line needs --accept-loss), and each number series goes on after the highest number ever issued,
the numbers between recorded as skipped (store/queries/issued.record_skip), so no number is issued twice.

A backup whose audit rows are sealed under a key this PC does not hold (a new PC before the key is
imported) cannot be fully checked: an edit of those rows would not be seen. That is said plainly
and restoring it needs a yes of its own (the window asks; the command line --accept-unchecked)."""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ... import paths
from ...core.errors import Conflict, CounterError, Invalid, NotFound, Refused, Sentences, Word, first_of
from ...core.money import format_yuan
from ...store import backup as engine, db as dbmod, failures, locks, migrations, readable
from ...store.queries import issued, units
from ...ledger import signin
from ...ledger import estate as lookups
from ...ledger import audit, clock
from ...ledger.context import Actor
from . import checkup
from ...store.server import open_server


def _damaged(name: str, why) -> Invalid:
    return Invalid("备份已损坏：{name}（{why}），没有恢复；当前账本没有改动", name=name, why=why)


@dataclass(frozen=True)
class Dropped:
    """Something the ledger in use holds that the backup does not."""
    what: str                  # 收据 / 退款 / 作废 / 交班 / 日结
    number: str
    unit: str = ""
    total_fen: int | None = None
    day: date | None = None


@dataclass
class Candidate:
    """A backup copied aside and checked, ready to be put in place of the ledger in use."""
    source: str
    kind: str                          # sqlite / dump
    folder: Path                       # this restore's own; removed by discard()
    copy: str                          # the checked copy: a file, or the scratch database's connection string
    schema_version: int                # as the backup held it, before it was brought up to date
    audit_rows: int = 0
    counters: dict = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)
    continue_after: dict = field(default_factory=dict)     # (estate, series, year) -> (backup's last, ledger's last)
    ledger: str = ""                   # "" a ledger compared; "empty" none to compare; else why it could not be read
    # rows sealed under a key this PC does not hold (a new PC: import the key), in words
    unchecked: tuple[str, ...] = ()

    @property
    def days(self) -> list[date]:
        return sorted({d.day for d in self.dropped if d.day is not None})

    @property
    def loses(self) -> bool:
        """Restoring it drops something recorded, or may (the ledger in use could not be read)."""
        return bool(self.dropped) or self.ledger not in ("", "empty")

    def loss_text(self, most: int = 50) -> str:
        if self.ledger not in ("", "empty"):
            head = f"当前账本读不出来（{self.ledger}），无法列出恢复会丢掉哪些收款"
        elif not self.dropped:
            return ""
        else:
            head = (f"恢复这个备份会丢掉当前账本里之后记下的 {len(self.dropped)} 项（涉及营业日 "
                    f"{'、'.join(str(d) for d in self.days) or '—'}）：")
        lines = [head] + [f"  {d.what} {d.number}" + (f" {d.unit}" if d.unit else "") +
                          (f" {format_yuan(d.total_fen)} 元" if d.total_fen is not None else "") +
                          (f" {d.day}" if d.day else "") for d in self.dropped[:most]]
        if len(self.dropped) > most:
            lines.append(f"  …… 另有 {len(self.dropped) - most} 项")
        if self.continue_after:
            lines.append("恢复后编号接着当前账本用过的最大号往下编，中间的号不再使用，不会重号。")
        return "\n".join(lines)

    def unchecked_text(self) -> str:
        """What could not be checked, plainly: "" when everything was."""
        if not self.unchecked:
            return ""
        return "\n".join([f"备份 {Path(self.source).name} 没能全部核对：本机没有封存它的密钥，下面这些审计记录"
                          "如果在备份里被改过，本机看不出来。", *(f"  {u}" for u in self.unchecked),
                          "要全部核对，请先导入原来的密钥（counter-app key import，恢复码或导出的密钥文件）再恢复。"])


@dataclass
class RestoreResult:
    restored_from: str
    previous_saved_to: str             # "" when there was no ledger to save
    schema_version: int
    audit_rows: int
    dropped: int = 0
    skipped: list = field(default_factory=list)
    unchecked: tuple[str, ...] = ()    # what this PC could not check of the backup: rows under a key it lacks


# -- the ledger in use -----------------------------------------------------------------------------

def _ledger_facts() -> dict:
    """What the bound ledger has issued (its counters, voids, Z reports, day closes)."""
    return {"ledger_id": migrations.get_meta("ledger_id"), "created_at": migrations.get_meta("created_at"),
            "units": units.any_unit(),
            "counters": issued.counters(), "voided": issued.voided(), "z": issued.z_reports(),
            "closes": issued.day_closes()}


# -- checking a backup aside -----------------------------------------------------------------------

def _scratch_db(candidate: Candidate):
    if candidate.kind == "sqlite":
        return dbmod.open_sqlite(candidate.copy)
    return open_server(candidate.copy)


@contextlib.contextmanager
def checked_copy(candidate: Candidate):
    """The candidate's copy bound in this thread alone."""
    with dbmod.bound_here(_scratch_db(candidate)) as db:
        yield db


def examine(backup: str | Path, ledger: str = "") -> Candidate:
    """Copy `backup` aside and check it all there. `ledger` says what the bound database is: ""
    a ledger (compared with the backup), "empty" none yet, or why it cannot be read. Nothing of
    the ledger in use changes. Refused in words: not a backup, another ledger's, a newer program's,
    damaged in any way."""
    backup = Path(backup)
    if not backup.is_file():
        raise NotFound("没有备份文件 {path}", path=str(backup))
    kind = engine.kind_of(backup)
    if kind is None:
        raise Invalid("{file} 不是本程序的账本备份（既不是单机账本，也不是服务器的 pg_dump 备份），没有恢复", file=backup.name)
    on_server = dbmod.database.obj is not None and not dbmod.is_sqlite()      # nothing bound: a file not there yet
    if (kind == "dump") != on_server:
        if on_server:
            raise Refused("{file} 是单机账本的备份，不能恢复到服务器账本；没有恢复（单机账本搬上服务器请用 counter-app migrate-db）",
                          file=backup.name)
        raise Refused("{file} 是服务器账本的备份，不能恢复到单机账本；没有恢复", file=backup.name)
    facts = _ledger_facts() if ledger == "" else None
    folder = Path(tempfile.mkdtemp(prefix="restore-check-", dir=_work_root()))
    candidate = Candidate(str(backup), kind, folder, "", 0, ledger=ledger)
    try:
        copy = engine.copy_aside(backup, folder)
        candidate.copy = str(copy) if kind == "sqlite" else engine.scratch_database(dbmod.database.obj.database)
        if kind == "dump":
            try:
                engine.load_dump(candidate.copy, copy)
            except CounterError as exc:
                raise _damaged(backup.name, str(exc)[:200]) from None
        else:
            _file_sound(backup.name, copy)
        try:
            theirs = _check(candidate, backup.name, facts)
        except CounterError:
            raise
        except Exception as exc:         # whatever a garbled copy makes fail: it is damaged
            if failures.is_retryable(exc):
                raise                    # the server went away or was busy: said as such, not as damage
            logging.getLogger(__name__).exception("checking %s", backup)
            raise _damaged(backup.name, Invalid("读取时出错：{kind}", kind=type(exc).__name__)) from None
        if facts is not None:
            _compare(candidate, facts, theirs)
    except BaseException:
        discard(candidate)
        raise
    return candidate


def _check(candidate: Candidate, name: str, facts: dict | None) -> dict:
    """The copy recognised, brought to this program's schema and put through the ledger's check;
    what it has issued."""
    with checked_copy(candidate) as db:
        version = migrations.schema_version(db)
        _recognised(name, version, facts)
        candidate.schema_version = version
        migrations.migrate(db)
        report = checkup.check(None, file_checked=candidate.kind == "sqlite")      # _file_sound read it all
        if not report.ok:
            raise _damaged(name, Sentences(first_of(report.problems, 3)))
        candidate.audit_rows = report.audit_rows
        candidate.unchecked = report.unchecked
        candidate.counters = issued.counters()
        return {"voided": issued.voided(), "z": issued.z_reports(), "closes": issued.day_closes()}


def _file_sound(name: str, copy: Path) -> None:
    problem = engine.integrity_problem(copy)
    if problem:
        raise _damaged(name, problem[:200])
    unreadable = readable.problems_in(copy, limit=3)
    if unreadable:
        raise _damaged(name, Invalid("读不出的值：{values}", values="；".join(unreadable)))


def _recognised(name: str, version: int, facts: dict | None) -> None:
    if version == 0:
        raise Invalid("{file} 不是本程序的账本备份，没有恢复", file=name)
    if version > migrations.SCHEMA_VERSION:
        raise Refused("备份 {file} 来自较新版本的程序（数据库版本 {version}，本程序支持到 {supported}），请升级程序后再恢复；没有恢复",
                      file=name, version=version, supported=migrations.SCHEMA_VERSION)
    # A ledger is known by its id (its keys are kept under it), never by when it was created.
    created = migrations.get_meta("created_at")
    ledger = migrations.get_meta("ledger_id") or migrations.ledger_id_of_older(created)    # as its upgrade will make it
    if facts and facts["units"] and ledger != facts["ledger_id"]:
        raise Refused("{file} 是另一个账本的备份（账本编号 {theirs}，建于 {their_start}；当前账本编号 {ours}，建于 {our_start}），"
                      "没有恢复。只能恢复本账本的备份，或恢复到新安装的空账本", file=name, theirs=ledger[:8] or "—",
                      their_start=created[:19] or "—", ours=facts["ledger_id"][:8], our_start=facts["created_at"][:19])


def _compare(candidate: Candidate, ours: dict, theirs: dict) -> None:
    """What the ledger in use holds that the backup does not, and where numbering must go on."""
    dropped: list[Dropped] = []
    for key, last in sorted(ours["counters"].items()):
        backup_last = candidate.counters.get(key, 0)
        if last <= backup_last:
            continue
        candidate.continue_after[key] = (backup_last, last)
        estate, series, year = key
        if series != "Z":
            dropped += [Dropped("退款" if series == "TK" else "收据", n, u, t, d)
                        for n, u, t, d in issued.numbered_after(estate, series, year, backup_last)]
    dropped += [Dropped("作废", n, u, t, d) for i, (n, u, t, d) in sorted(ours["voided"].items())
                if i not in theirs["voided"]]
    dropped += [Dropped("交班", z, day=d) for i, (z, d) in sorted(ours["z"].items()) if i not in theirs["z"]]
    dropped += [Dropped("日结", str(d), day=d) for e, d in sorted(ours["closes"] - theirs["closes"])]
    candidate.dropped = dropped


def discard(candidate: Candidate) -> None:
    """Remove what examine() made (the copy, or the scratch database)."""
    if candidate.kind == "dump" and candidate.copy:
        with contextlib.suppress(Exception):
            engine.drop_database(candidate.copy)
    shutil.rmtree(candidate.folder, ignore_errors=True)


def _work_root() -> Path:
    root = paths.data_dir()
    root.mkdir(parents=True, exist_ok=True)
    return root


# -- signing in and putting it in place ------------------------------------------------------------

def sign_in_to(candidate: Candidate, username: str, password: str, estate: str = "") -> Actor:
    """Sign in against the backup's own users: a restore onto a new PC or an empty server database,
    where the ledger in use has none."""
    with checked_copy(candidate):
        ids = [i for i, _ in lookups.estates()]
        estate_id = lookups.estate_named(estate) if estate else (ids[0] if len(ids) == 1 else None)
        return signin.authenticate(username, password, estate_id)


def restore(actor: Actor, backup: str | Path, safety_folder: str | Path, *, accept_loss: bool = False,
            accept_unchecked: bool = False) -> RestoreResult:
    """Check `backup` aside and put it in place of the bound ledger, which is saved first (the
    window's 恢复备份 once the person has seen what it drops)."""
    actor.require("database.restore")
    candidate = examine(backup)
    try:
        target = dbmod.db_path() or dbmod.database.obj.database
        return put_in_place(actor, candidate, target, safety_folder, accept_loss=accept_loss,
                            accept_unchecked=accept_unchecked)
    finally:
        discard(candidate)


class LossNotAccepted(Refused):
    pass


class UncheckedNotAccepted(Refused):
    pass


def put_in_place(actor: Actor, candidate: Candidate, target: str | Path, safety_folder: str | Path, *,
                 accept_loss: bool = False, accept_unchecked: bool = False) -> RestoreResult:
    """The checked copy in place of the ledger at `target` (the bound one, or a file not there yet),
    after the ledger in use is saved to `safety_folder`."""
    actor.require("database.restore")
    if candidate.loses and not accept_loss:
        raise LossNotAccepted("{loss}\n仍要恢复，须确认丢弃以上各项（命令行加 --accept-loss）；没有恢复", loss=candidate.loss_text())
    if candidate.unchecked and not accept_unchecked:
        raise UncheckedNotAccepted("{unchecked}\n仍要恢复没能全部核对的备份，须另外确认（命令行加 --accept-unchecked）；"
                                   "没有恢复，当前账本没有改动", unchecked=candidate.unchecked_text())
    saved = _save_ledger(candidate, target, Path(safety_folder))
    skipped = _go_on_numbering(actor, candidate, saved)
    with checked_copy(candidate):
        head = locks.read_audit_head()
    dbmod.close()
    if candidate.kind == "dump":
        engine.replace_server(str(target), candidate.copy, candidate.folder)
    elif candidate.ledger == "":
        engine.replace_sqlite(Path(target), Path(candidate.copy))      # in place: open connections see it
    else:
        _swap_file(Path(candidate.copy), Path(target))       # no ledger there, or one that cannot be read
        dbmod.bind(dbmod.open_sqlite(target))
    if locks.read_audit_head() != head:
        raise Conflict("恢复后的账本与检查过的备份不一致。恢复前的账本已备份在 {saved}，可用它恢复回去。",
                       saved=str(saved) if saved else Word("（无）"))
    return RestoreResult(candidate.source, str(saved or ""), candidate.schema_version, candidate.audit_rows,
                         len(candidate.dropped), skipped, candidate.unchecked)


def _save_ledger(candidate: Candidate, target, folder: Path) -> Path | None:
    """The ledger in use saved before it is replaced (a file that cannot be read: byte for byte)."""
    if candidate.ledger == "empty":
        return None
    if candidate.ledger == "":
        return engine.take(folder, name="before-restore")
    folder.mkdir(parents=True, exist_ok=True)
    saved = folder / f"before-restore-unreadable-{datetime.now():%Y%m%d-%H%M%S}{engine.SQLITE_SUFFIX}"
    shutil.copyfile(target, saved)
    return saved


def _go_on_numbering(actor: Actor, candidate: Candidate, saved: Path | None) -> list:
    """In the checked copy, before it goes in place: each series continues after the highest number
    the ledger in use issued, the numbers between recorded as skipped, and the restore recorded."""
    skipped = []
    with checked_copy(candidate), dbmod.write_transaction():
        now = clock.to_db(clock.now_utc())
        for (estate, series, year), (first, last) in sorted(candidate.continue_after.items()):
            issued.continue_series(estate, series, year, last)
            issued.record_skip(estate, series, year, first + 1, last,
                               f"恢复较早的备份 {Path(candidate.source).name}：这些编号已在恢复前的账本中用过",
                               now, actor.username)
            skipped.append([estate, series, year, first + 1, last])
        audit.record(actor.username, "database.restored", "database", Path(candidate.source).name,
                     after={"saved": saved.name if saved else "", "schema_version": candidate.schema_version,
                            "dropped": [[d.what, d.number] for d in candidate.dropped], "skipped": skipped})
    return skipped


def _swap_file(checked: Path, target: Path) -> None:
    """Where there is no ledger, or one that cannot be read: the checked copy as a file of its own
    beside it, then renamed over it in one step; the old file's -wal and -shm go with it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = target.with_name(f".{target.name}.restoring")
    fresh.unlink(missing_ok=True)
    engine.copy_sqlite(checked, fresh)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(fresh, target)
