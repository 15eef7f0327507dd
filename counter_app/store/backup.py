"""Copies of the whole database and their way back, for either engine: SQLite's online backup
(consistent while counters keep writing) checked with integrity_check; on the server pg_dump's
custom format and pg_restore in one transaction (the client programs of the server's version)."""
from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from datetime import datetime
from pathlib import Path

from ..core.errors import CounterError
from .db import database, db_path, is_sqlite

SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"


def copy_sqlite(source: Path, target: Path, *, single_file: bool = True) -> Path:
    """A consistent copy of a live SQLite file (the backup API, page by page under its lock, not a
    file copy). With `single_file` the copy leaves WAL mode, so reading it (the check, a restore)
    leaves no -wal and -shm files beside it on a USB drive."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            if single_file:
                dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return target


def client_program(name: str) -> str:
    """pg_dump or pg_restore: from COUNTER_APP_PG_BIN, the PATH, or where PostgreSQL installs them
    (Debian's /usr/lib/postgresql/N/bin, Windows' Program Files)."""
    folder = os.environ.get("COUNTER_APP_PG_BIN")
    if folder and (Path(folder) / name).exists():
        return str(Path(folder) / name)
    found = shutil.which(name)
    if found:
        return found
    for pattern in ("/usr/lib/postgresql/*/bin/", r"C:\Program Files\PostgreSQL\*\bin\\"):
        hits = sorted(glob.glob(pattern + name) + glob.glob(pattern + name + ".exe"))
        if hits:
            return hits[-1]
    raise CounterError(f"找不到 PostgreSQL 的 {name} 程序：请安装 PostgreSQL 客户端工具，或把它所在的文件夹"
                       "写入环境变量 COUNTER_APP_PG_BIN")


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def integrity_problem(path: Path) -> str | None:
    """SQLite's own check of a file; None when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if result == [("ok",)] else "; ".join(r[0] for r in result[:5])


def _run(command: list[str], url: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        from .server import redacted
        raise CounterError(f"{Path(command[0]).name} 失败（{redacted(url)}）：{done.stderr.strip()[:300]}")


def take(folder: Path, name: str = "counter") -> Path:
    """A verified copy of the bound database in `folder`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    db = database.obj
    if is_sqlite(db):
        target = folder / f"{name}-{_stamp()}{SQLITE_SUFFIX}"
        try:
            copy_sqlite(db_path(), target)
        except BaseException:
            target.unlink(missing_ok=True)      # a full or vanished drive leaves no half a backup
            raise
        problem = integrity_problem(target)
        if problem:
            target.unlink(missing_ok=True)
            raise CounterError(f"备份写入后校验失败（{problem}），已删除该备份；请换一个备份位置重试")
        return target
    target = folder / f"{name}-{_stamp()}{DUMP_SUFFIX}"
    try:
        _run([client_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(target),
              "--dbname", db.database], db.database)
        _run([client_program("pg_restore"), "--list", str(target)], db.database)   # readable to the end
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def audit_rows_of(path: Path, columns: list[str]):
    """(ledger id, audit head, the audit rows in id order as tuples of `columns`, the erasure
    records' JSON) of a SQLite copy of the ledger, read through its own read-only connection
    (closed when the rows are exhausted)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    keyed = "key_id" in {r[1] for r in conn.execute("PRAGMA table_info(audit_head)")}     # schema 13 on
    head = conn.execute("SELECT row_count, last_hash" + (", key_id, mac" if keyed else "") +
                        " FROM audit_head").fetchone()
    ledger = conn.execute("SELECT value FROM meta WHERE key = 'ledger_id'").fetchone()
    erasures = [a for a, in conn.execute("SELECT after FROM audit_log WHERE action = 'personal.erased' ORDER BY id")]

    def rows():
        try:
            yield from conn.execute(f"SELECT {', '.join(columns)} FROM audit_log ORDER BY id")
        finally:
            conn.close()
    return ledger[0] if ledger else "", head, rows(), erasures


def summary_of(path: Path) -> dict:
    """What a SQLite backup holds, for the person choosing one to restore: its estates, its last
    counter receipt, how many units, receipts and audit rows."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        last = conn.execute("SELECT number FROM payment WHERE kind = 'counter' ORDER BY id DESC LIMIT 1").fetchone()
        return {"estates": [r[0] for r in conn.execute("SELECT name FROM estate ORDER BY id")],
                "last_receipt": last[0] if last else "",
                **{key: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                   for key, table in (("units", "unit"), ("payments", "payment"), ("audit_rows", "audit_log"))}}
    finally:
        conn.close()


def stamp_of(path: Path) -> datetime | None:
    """When a backup was taken, from its name (counter-20261202-080102.sqlite3), local time."""
    try:
        return datetime.strptime(path.stem[-15:], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def meta_of(backup: Path) -> dict[str, str]:
    """A backup's meta table (schema version, when its ledger was created), read without restoring
    it: from the file, or from the dump's data for that table. Empty: not a ledger of this program."""
    if backup.suffix == SQLITE_SUFFIX:
        try:
            conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            try:
                return dict(conn.execute("SELECT key, value FROM meta").fetchall())
            finally:
                conn.close()
        except sqlite3.Error:
            return {}
    if backup.suffix == DUMP_SUFFIX:
        done = subprocess.run([client_program("pg_restore"), "--data-only", "--table=meta", "--file=-", str(backup)],
                              capture_output=True, text=True)
        found = {}
        for line in done.stdout.splitlines() if done.returncode == 0 else ():
            key, tab, value = line.partition("\t")
            if tab and not line.startswith(("--", "COPY", "SET", "SELECT")):
                found[key] = value
        return found
    return {}


def schema_of(backup: Path) -> int:
    """The schema version a backup holds (0: not a ledger of this program)."""
    value = meta_of(backup).get("schema_version", "")
    return int(value) if value.isdigit() else 0


def restore(backup: Path) -> None:
    """Put `backup` in place of the bound database's contents (the caller has backed the current
    contents up, and verifies after)."""
    db = database.obj
    if is_sqlite(db):
        if backup.suffix != SQLITE_SUFFIX:
            raise CounterError(f"{backup.name} 不是单机账本的备份（应为 {SQLITE_SUFFIX} 文件）")
        problem = integrity_problem(backup)
        if problem:
            raise CounterError(f"备份 {backup.name} 已损坏（{problem}），不能恢复")
        db.close()
        copy_sqlite(backup, db_path(), single_file=False)     # into the live file, under its lock
        db.connect(reuse_if_open=True)
        return
    if backup.suffix != DUMP_SUFFIX:
        raise CounterError(f"{backup.name} 不是服务器账本的备份（应为 pg_dump 的 {DUMP_SUFFIX} 文件）")
    url = db.database
    db.close()
    _run([client_program("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
          "--single-transaction", "--dbname", url, str(backup)], url)
    db.connect(reuse_if_open=True)
