"""Backing up and restoring the ledger, on a single PC or the office's server alike.

A backup goes to a folder that may be a USB drive or a network share; a missing, read-only or full
folder is said in words and nothing else is touched (no half-written file is left). A SQLite copy
is verified after writing: SQLite's integrity_check and the audit chain, read from the copy. The
automatic backup is taken at the first start of each day, named "auto-…" and rotated (the newest
of each of the last 14 days and 12 months stay); when the last good backup was taken is kept in
the ledger's meta table, so every counter can say how old it is. A restore shows what a backup
holds first, refuses one of another ledger, backs up what it replaces and verifies what it put
back."""
from __future__ import annotations

import errno
import shutil
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from ... import paths
from ...core import rotation
from ...core.errors import CounterError
from ...store import backup as engine, db as dbmod, migrations
from ..common import audit
from ..common.context import Actor
from ..counter import verify

AUTO = "auto"
LAST_OK_AT, LAST_ERROR = "backup.last_ok_at", "backup.last_error"
SPACE_MARGIN_PERCENT = 110      # a copy needs the file's size and a little more


@dataclass
class BackupResult:
    path: str
    size: int
    audit_rows: int = 0
    removed: list[str] = field(default_factory=list)     # old automatic backups rotated out
    anchor: str = ""          # the audit chain's head the copy holds (also beside it, and in the log)


@dataclass
class RestoreResult:
    restored_from: str
    previous_saved_to: str
    schema_version: int
    audit_rows: int
    # rows this PC could not check: sealed under a key it does not hold (a new PC: import the key)
    unchecked: list[str] = field(default_factory=list)


def _check_folder(folder: Path) -> None:
    """The folder is there (its last part may be created), writable, and has room for a copy."""
    if not folder.is_dir():
        if not folder.parent.is_dir() or folder.exists():
            raise CounterError(f"备份位置 {folder} 不存在（U 盘或网络共享没有连接？）；没有备份，账本没有改动")
        try:
            folder.mkdir()
        except OSError as exc:
            raise CounterError(_words(exc, folder)) from None
    probe = folder / f".write-test-{uuid.uuid4().hex[:8]}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise CounterError(_words(exc, folder)) from None
    path = dbmod.db_path()
    if path is not None:
        need = path.stat().st_size * SPACE_MARGIN_PERCENT // 100
        free = shutil.disk_usage(folder).free
        if free < need:
            raise CounterError(f"备份位置 {folder} 空间不足：需要约 {need / 1_048_576:.0f} MB，"
                               f"只剩 {free / 1_048_576:.0f} MB；没有备份，账本没有改动")


def _words(exc: BaseException, folder: Path) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "disk is full" in str(exc):
        return f"备份位置 {folder} 空间已满，备份没有写完（已删除未完成的文件）；账本没有改动"
    if isinstance(exc, PermissionError) or getattr(exc, "errno", None) in (errno.EACCES, errno.EROFS, errno.EPERM):
        return f"没有写入备份位置 {folder} 的权限（只读的 U 盘或共享？）；没有备份，账本没有改动"
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"无法写入备份位置 {folder}：{detail}；没有备份，账本没有改动"


def _note_error(message: str) -> None:
    with dbmod.write_transaction():
        migrations.set_meta(LAST_ERROR, message)


def _take(username: str, folder: Path, name: str) -> BackupResult:
    try:
        _check_folder(folder)
        try:
            path = engine.take(folder, name=name)
        except (OSError, sqlite3.Error) as exc:
            raise CounterError(_words(exc, folder)) from None
        rows, anchor = 0, audit.current_anchor()      # a server's dump: the head as the dump began
        if path.suffix == engine.SQLITE_SUFFIX:
            chain = audit.verify_copy_chain(path)
            if not chain.ok:
                raise CounterError(f"备份已写入 {path}，但其中的审计链校验不通过（{chain.problem}）：账本本身可能被改动过，"
                                   "请运行“检查账本”")
            rows, anchor = chain.rows, chain.head
        _write_anchor(path, anchor)
    except CounterError as exc:
        _note_error(str(exc))
        raise
    size = path.stat().st_size
    audit.note_anchor(f"备份 {path.name}", anchor)
    with dbmod.write_transaction():
        audit.record(username, "database.backup", "database", path.name,
                     after={"size": size, "folder": str(folder), "anchor": anchor})
        migrations.set_meta(LAST_OK_AT, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        migrations.set_meta(LAST_ERROR, "")
    return BackupResult(str(path), size, rows, anchor=anchor)


ANCHOR_SUFFIX = ".anchor.txt"


def _write_anchor(path: Path, anchor: str) -> None:
    """The head the backup holds, in a small text file beside it: kept apart from the ledger, it
    is what `audit verify --anchor` checks the ledger against later."""
    try:
        Path(str(path) + ANCHOR_SUFFIX).write_text(
            f"{anchor}\n审计链头（备份 {path.name}，{datetime.now().astimezone():%Y-%m-%d %H:%M}）。核对：counter-app audit "
            f"verify --anchor {anchor}\n", encoding="utf-8")
    except OSError as exc:
        raise CounterError(_words(exc, path.parent)) from None


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
    result.removed = rotate(Path(folder), daily, monthly)
    return result


def automatic_backups(folder: Path) -> dict[Path, datetime]:
    found = {}
    for path in folder.glob(f"{AUTO}-*"):
        at = engine.stamp_of(path)
        if at is not None and path.suffix in (engine.SQLITE_SUFFIX, engine.DUMP_SUFFIX):
            found[path] = at
    return found


def rotate(folder: Path, daily: int = rotation.DAILY, monthly: int = rotation.MONTHLY) -> list[str]:
    """Remove the automatic backups rotation no longer keeps (never a backup made by hand, before
    an upgrade or before a restore). Returns the names removed."""
    found = automatic_backups(folder)
    keep = rotation.kept(list(found.values()), daily, monthly)
    removed = []
    for path, at in sorted(found.items(), key=lambda kv: kv[1]):
        if at not in keep:
            try:
                path.unlink()
                Path(str(path) + ANCHOR_SUFFIX).unlink(missing_ok=True)
                removed.append(path.name)
            except OSError:
                pass                 # tried again at the next backup
    return removed


def last_good() -> datetime | None:
    value = migrations.get_meta(LAST_OK_AT)
    return datetime.fromisoformat(value) if value else None


def last_error() -> str:
    return migrations.get_meta(LAST_ERROR)


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
        raise CounterError(f"没有备份文件 {backup}")
    meta = engine.meta_of(backup)
    info = BackupInfo(str(backup), backup.stat().st_size, engine.stamp_of(backup) or
                      datetime.fromtimestamp(backup.stat().st_mtime), int(meta.get("schema_version", "0") or 0),
                      meta.get("created_at", ""), [], "", None, None, None)
    if backup.suffix == engine.SQLITE_SUFFIX and meta:
        try:
            held = engine.summary_of(backup)
        except sqlite3.Error as exc:
            raise CounterError(f"{backup.name} 读不出来（{exc}），不能恢复") from None
        info.estates, info.last_receipt = held["estates"], held["last_receipt"]
        info.units, info.payments, info.audit_rows = held["units"], held["payments"], held["audit_rows"]
    return info


def _same_ledger(backup: Path, info_created: str) -> None:
    """A backup of another ledger (another estate's office, another installation) would replace
    this one's money records wholesale: refused, unless this ledger holds nothing yet."""
    current = migrations.get_meta("created_at")
    if not info_created or not current or info_created == current:
        return
    from ...store.models import Unit
    if Unit.select().exists():
        raise CounterError(f"{backup.name} 是另一个账本的备份（账本建于 {info_created[:19]}，当前账本建于 {current[:19]}），"
                           "没有恢复。只能恢复本账本的备份，或恢复到新安装的空账本")


def restore(actor: Actor, backup: str | Path, safety_folder: str | Path) -> RestoreResult:
    actor.require("database.restore")
    backup = Path(backup)
    if not backup.is_file():
        raise CounterError(f"没有备份文件 {backup}")
    meta = engine.meta_of(backup)        # checked before anything is replaced
    version = int(meta.get("schema_version", "0") or 0)
    if version == 0:
        raise CounterError(f"{backup.name} 不是本程序的账本备份，没有恢复")
    if version > migrations.SCHEMA_VERSION:
        raise CounterError(f"备份 {backup.name} 来自较新版本的程序（数据库版本 {version}，本程序支持到 "
                           f"{migrations.SCHEMA_VERSION}），请升级程序后再恢复；没有恢复")
    _same_ledger(backup, meta.get("created_at", ""))
    if backup.suffix == engine.SQLITE_SUFFIX:
        chain = audit.verify_copy_chain(backup)
        if not chain.ok:
            raise CounterError(f"备份 {backup.name} 的审计链校验不通过（{chain.problem}），没有恢复")
    saved = engine.take(Path(safety_folder), name="before-restore")
    engine.restore(backup)
    migrations.migrate(dbmod.database.obj)
    checked = verify.verify_all()
    if not checked.ok:
        raise CounterError(f"恢复后的账本校验不通过：{checked.problem}。恢复前的账本已备份在 {saved}，可用它恢复回去。")
    with dbmod.write_transaction():
        audit.record(actor.username, "database.restored", "database", backup.name, after={"saved": saved.name})
    return RestoreResult(str(backup), str(saved), version, checked.rows + 1, audit.describe_unchecked(checked))


def default_folder() -> Path:
    """Where backups go unless the office chose a folder: beside the data, in backups/."""
    return paths.backups_dir()
