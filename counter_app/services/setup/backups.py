"""Backing up the ledger, on a single PC or the office's server alike.

A backup goes to a folder that may be a USB drive or a network share, under a name of its own
(made exclusively: backups in one second never overwrite each other). A missing, read-only or full
folder is said in words and nothing else is touched: no half-written file is left, and the ledger
is not written to (why the last attempt on this PC failed is kept in the data folder). A backup is
verified after writing and says what was checked: a SQLite copy's integrity_check and its audit
chain; a server's dump read to the end, every block uncompressed, and the audit chain in its data.
The automatic backup is taken at the first start of each day, named "auto-…" and rotated by the
time recorded in each backup (the newest of each of the last 14 days and 12 months stay); the one
just taken is never removed, and one dated in the future (a clock that ran fast) is left alone and
named. When the last good backup was taken is kept in the ledger's meta table, so every counter
can say how old it is. What a backup holds is shown before a restore (services/setup/restore.py)."""
from __future__ import annotations

import errno
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from ... import paths
from ...core import rotation
from ...core.errors import CounterError, Invalid, NotFound, Refused, Unavailable
from ...store import backup as engine, db as dbmod, failures, migrations
from ...ledger import audit
from ...ledger.context import Actor

AUTO = "auto"
LAST_OK_AT = "backup.last_ok_at"
LAST_ERROR_FILE = "backup-last-error.txt"      # in this PC's data folder, never in the ledger
FUTURE_SLACK = timedelta(minutes=5)            # clocks of two PCs a little apart
SPACE_MARGIN_PERCENT = 110      # a copy needs the file's size and a little more


@dataclass
class BackupResult:
    path: str
    size: int
    audit_rows: int = 0
    checked: str = ""                                    # what was checked of the copy, in words
    removed: list[str] = field(default_factory=list)     # old automatic backups rotated out
    left: list[str] = field(default_factory=list)        # automatic backups rotation would not judge, and why
    anchor: str = ""          # the audit chain's head the copy holds (also beside it, and in the log)


def _check_folder(folder: Path) -> None:
    """The folder is there (its last part may be created), writable, and has room for a copy."""
    if not folder.is_dir():
        if not folder.parent.is_dir() or folder.exists():
            raise Unavailable("备份位置 {folder} 不存在（U 盘或网络共享没有连接？）；没有备份，账本没有改动", folder=str(folder))
        try:
            folder.mkdir()
        except OSError as exc:
            raise _failure(exc, folder) from None
    probe = folder / f".write-test-{uuid.uuid4().hex[:8]}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise _failure(exc, folder) from None
    path = dbmod.db_path()
    if path is not None:
        need = path.stat().st_size * SPACE_MARGIN_PERCENT // 100
        free = shutil.disk_usage(folder).free
        if free < need:
            raise Unavailable("备份位置 {folder} 空间不足：需要约 {need:.0f} MB，只剩 {free:.0f} MB；没有备份，账本没有改动",
                              folder=str(folder), need=need / 1_048_576, free=free / 1_048_576)


def _failure(exc: BaseException, folder: Path) -> Unavailable:
    full = failures.kind_of(exc)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or full is not None and full.name == "full":
        return Unavailable("备份位置 {folder} 空间已满，备份没有写完（已删除未完成的文件）；账本没有改动", folder=str(folder))
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) in (errno.EACCES, errno.EROFS, errno.EPERM):
        return Unavailable("没有写入备份位置 {folder} 的权限（只读的 U 盘或共享？）；没有备份，账本没有改动", folder=str(folder))
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return Unavailable("无法写入备份位置 {folder}：{detail}；没有备份，账本没有改动", folder=str(folder), detail=detail)


def _note_error(message: str) -> None:
    """Why this PC's last backup failed, beside the ledger, not in it ("" once one succeeds)."""
    path = paths.data_dir() / LAST_ERROR_FILE
    try:
        if message:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(message, encoding="utf-8")
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass                      # said at the time; the status bar then shows only the backup's age


def _take(username: str, folder: Path, name: str) -> BackupResult:
    try:
        _check_folder(folder)
        try:
            path = engine.take(folder, name=name)
        except (OSError, sqlite3.Error) as exc:
            raise _failure(exc, folder) from None
        sqlite = engine.kind_of(path) == "sqlite"
        chain = audit.verify_copy_chain(path) if sqlite else audit.verify_dump_chain(path)
        if not chain.ok:
            raise Refused("备份已写入 {path}，但其中的审计链校验不通过（{problem}）：账本本身可能被改动过，请运行“检查账本”",
                          path=str(path), problem=chain.problem)
        anchor = chain.head
        _write_anchor(path, anchor)
    except CounterError as exc:
        _note_error(str(exc))
        raise
    checked = (f"数据库完整（integrity_check），审计链 {chain.rows} 条" if sqlite else
               f"备份从头读到尾、每一块都解得开（pg_restore），其中的审计链 {chain.rows} 条")
    size = path.stat().st_size
    audit.note_anchor(f"备份 {path.name}", anchor)
    with dbmod.write_transaction():
        audit.record(username, "database.backup", "database", path.name,
                     after={"size": size, "folder": str(folder), "anchor": anchor})
        migrations.set_meta(LAST_OK_AT, datetime.now(timezone.utc).isoformat(timespec="seconds"))
    _note_error("")
    return BackupResult(str(path), size, chain.rows, checked, anchor=anchor)


ANCHOR_SUFFIX = ".anchor.txt"


def _write_anchor(path: Path, anchor: str) -> None:
    """The head the backup holds, in a small text file beside it: kept apart from the ledger, it
    is what `audit verify --anchor` checks the ledger against later."""
    try:
        Path(str(path) + ANCHOR_SUFFIX).write_text(
            f"{anchor}\n审计链头（备份 {path.name}，{datetime.now().astimezone():%Y-%m-%d %H:%M}）。核对：counter-app audit "
            f"verify --anchor {anchor}\n", encoding="utf-8")
    except OSError as exc:
        raise _failure(exc, path.parent) from None


def back_up(actor: Actor, folder: str | Path) -> BackupResult:
    """A backup asked for (the window's 立即备份, `counter-app backup`)."""
    actor.require("database.backup")
    return _take(actor.username, Path(folder), "counter")


def automatic_due(today: date | None = None) -> bool:
    """No good backup yet today (local date of this PC)."""
    last = last_good()
    return last is None or last.astimezone().date() < (today or date.today())


def automatic(username: str, folder: str | Path, *, daily: int = rotation.DAILY,
              monthly: int = rotation.MONTHLY) -> BackupResult:
    """The day's automatic backup, then the rotation of the automatic ones in that folder. Taken
    for whoever started the program (it is the program's duty, not a permission)."""
    result = _take(username, Path(folder), AUTO)
    result.removed, result.left = rotate(Path(folder), daily, monthly, just_taken=Path(result.path))
    return result


def automatic_backups(folder: Path) -> dict[Path, datetime | None]:
    """The automatic backups in a folder (by what they hold) and when each was taken, as recorded
    in it (None: it cannot be told)."""
    return {path: engine.taken_at(path) for path in sorted(folder.glob(f"{AUTO}-*"))
            if path.is_file() and engine.kind_of(path)}


def rotate(folder: Path, daily: int = rotation.DAILY, monthly: int = rotation.MONTHLY, *,
           just_taken: Path | None = None, now: datetime | None = None) -> tuple[list[str], list[str]]:
    """Remove the automatic backups rotation no longer keeps, judged by the time recorded in each
    (never a backup made by hand, before an upgrade or before a restore, never the one just taken).
    One whose time is in the future, or cannot be read, is left alone and named. Returns (names
    removed, names left with why)."""
    now = now or datetime.now()
    found = automatic_backups(folder)
    left = [f"{p.name}（备份时间 {at:%Y-%m-%d %H:%M} 晚于现在：电脑时钟曾经不准？未处理）" if at else
            f"{p.name}（读不出备份时间，未处理）" for p, at in found.items()
            if at is None or at > now + FUTURE_SLACK]
    judged = {p: at for p, at in found.items() if at is not None and at <= now + FUTURE_SLACK}
    keep = rotation.kept(list(judged.values()), daily, monthly)
    removed = []
    for path, at in sorted(judged.items(), key=lambda kv: kv[1]):
        if at not in keep and path != just_taken:
            try:
                path.unlink()
                Path(str(path) + ANCHOR_SUFFIX).unlink(missing_ok=True)
                removed.append(path.name)
            except OSError:
                pass                 # tried again at the next backup
    return removed, left


def last_good() -> datetime | None:
    value = migrations.get_meta(LAST_OK_AT)
    return datetime.fromisoformat(value) if value else None


def last_error() -> str:
    """Why this PC's last backup failed ("" if it did not)."""
    try:
        return (paths.data_dir() / LAST_ERROR_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


@dataclass
class BackupInfo:
    """What a backup holds, shown before it is restored."""
    path: str
    size: int
    taken_at: datetime | None
    schema_version: int
    ledger_created: str
    estates: list[str]
    last_receipt: str
    units: int | None
    payments: int | None
    audit_rows: int | None


def describe(backup: str | Path) -> BackupInfo:
    backup = Path(backup)
    if not backup.is_file():
        raise NotFound("没有备份文件 {backup}", backup=str(backup))
    meta = engine.meta_of(backup)
    info = BackupInfo(str(backup), backup.stat().st_size, engine.taken_at(backup) or
                      datetime.fromtimestamp(backup.stat().st_mtime), int(meta.get("schema_version", "0") or 0),
                      meta.get("created_at", ""), [], "", None, None, None)
    if engine.kind_of(backup) == "sqlite" and meta:
        try:
            held = engine.summary_of(backup)
        except sqlite3.Error as exc:
            raise Invalid("{file} 读不出来（{why}），不能恢复", file=backup.name, why=str(exc)) from None
        info.estates, info.last_receipt = held["estates"], held["last_receipt"]
        info.units, info.payments, info.audit_rows = held["units"], held["payments"], held["audit_rows"]
    return info


def default_folder() -> Path:
    """Where backups go unless the office chose a folder: beside the data, in backups/."""
    return paths.backups_dir()
