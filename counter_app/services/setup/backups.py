"""Backing up and restoring the ledger, on a single PC or the office's server alike: a backup is
verified once written; a restore first backs up what it replaces, then verifies what it put back."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...core.errors import CounterError
from ...store import backup as engine, db as dbmod, migrations
from ..common import audit
from ..common.context import Actor
from ..counter import verify


@dataclass
class BackupResult:
    path: str
    size: int


@dataclass
class RestoreResult:
    restored_from: str
    previous_saved_to: str
    schema_version: int
    audit_rows: int


def back_up(actor: Actor, folder: str | Path) -> BackupResult:
    actor.require("database.backup")
    folder = Path(folder)
    try:
        path = engine.take(folder)
    except OSError as exc:
        raise CounterError(f"无法写入备份文件夹 {folder}：{exc.strerror or exc}。账本没有改动。") from exc
    with dbmod.write_transaction():
        audit.record(actor.username, "database.backup", "database", path.name, after={"size": path.stat().st_size})
    return BackupResult(str(path), path.stat().st_size)


def restore(actor: Actor, backup: str | Path, safety_folder: str | Path) -> RestoreResult:
    actor.require("database.restore")
    backup = Path(backup)
    if not backup.is_file():
        raise CounterError(f"没有备份文件 {backup}")
    version = engine.schema_of(backup)     # checked before anything is replaced
    if version == 0:
        raise CounterError(f"{backup.name} 不是本程序的账本备份，没有恢复")
    if version > migrations.SCHEMA_VERSION:
        raise CounterError(f"备份 {backup.name} 来自较新版本的程序（数据库版本 {version}，本程序支持到 "
                           f"{migrations.SCHEMA_VERSION}），请升级程序后再恢复；没有恢复")
    saved = engine.take(Path(safety_folder), name="before-restore")
    engine.restore(backup)
    migrations.migrate(dbmod.database.obj)
    checked = verify.verify_all()
    if not checked.ok:
        raise CounterError(f"恢复后的账本校验不通过：{checked.problem}。恢复前的账本已备份在 {saved}，可用它恢复回去。")
    with dbmod.write_transaction():
        audit.record(actor.username, "database.restored", "database", backup.name, after={"saved": saved.name})
    return RestoreResult(str(backup), str(saved), version, checked.rows + 1)
