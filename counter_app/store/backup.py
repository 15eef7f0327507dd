"""Copies of the whole database and their way back, for either engine: SQLite's online backup
(consistent while counters keep writing) checked with integrity_check; on the server pg_dump's
custom format and pg_restore in one transaction (the client programs of the server's version).
A backup is known by what it holds (the file's first bytes), never by its name. A way back never
starts from the backup itself: from a copy of it checked aside (services/setup/restore.py), put in
place whole, SQLite's page by page in one transaction, a server's by pg_restore in one."""
from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from ..core.errors import Invalid, PermissionDenied, Unavailable
from .db import database, db_path, is_sqlite
from .server_urls import redacted

SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"
SQLITE_MAGIC = b"SQLite format 3\x00"
DUMP_MAGIC = b"PGDMP"


def kind_of(path: Path) -> str | None:
    """"sqlite" or "dump" by the file's first bytes (a copy renamed restore-me.db is still one);
    None for anything else."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError:
        return None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(DUMP_MAGIC):
        return "dump"
    return None


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
    raise Unavailable("找不到 PostgreSQL 的 {name} 程序：请安装 PostgreSQL 客户端工具，或把它所在的文件夹"
                      "写入环境变量 COUNTER_APP_PG_BIN", name=name)


TAKEN_AT = "backup.taken_at"      # in a SQLite backup's own meta: when it was taken (UTC)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _reserve(folder: Path, name: str, suffix: str) -> Path:
    """A name of its own for a new backup, the file made at once and exclusively: backups taken in
    the same second, or by two counters into one folder, never write over each other."""
    stem = f"{name}-{_stamp()}"
    for n in range(1, 1000):
        path = folder / f"{stem}{'' if n == 1 else f'-{n}'}{suffix}"
        try:
            with open(path, "xb"):
                return path
        except FileExistsError:
            continue
    raise Unavailable("备份位置 {folder} 里同一秒的备份太多；没有备份，账本没有改动", folder=str(folder))


def integrity_problem(path: Path) -> str | None:
    """SQLite's own check of a file; None when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.text_factory = lambda b: b.decode("utf-8", "replace")     # a damaged name says so, it does not fail
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:     # SQLite's message quoting a garbled name
        return str(exc)
    return None if result == [("ok",)] else "; ".join(r[0] for r in result[:5])


def _run(command: list[str], url: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise Unavailable("{program} 失败（{target}）：{why}", program=Path(command[0]).name, target=redacted(url),
                          why=done.stderr.strip()[:300])


def take(folder: Path, name: str = "counter") -> Path:
    """A verified copy of the bound database in `folder`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    db = database.obj
    if is_sqlite(db):
        target = _reserve(folder, name, SQLITE_SUFFIX)
        try:
            copy_sqlite(db_path(), target)
            _write_taken_at(target)
        except BaseException:
            target.unlink(missing_ok=True)      # a full or vanished drive leaves no half a backup
            raise
        problem = integrity_problem(target)
        if problem:
            target.unlink(missing_ok=True)
            raise Unavailable("备份写入后校验失败（{problem}），已删除该备份；请换一个备份位置重试", problem=problem)
        return target
    target = _reserve(folder, name, DUMP_SUFFIX)
    try:
        _run([client_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(target),
              "--dbname", db.database], db.database)
        # Every block read to the end and uncompressed (not only its table of contents).
        _run([client_program("pg_restore"), "--file", os.devnull, str(target)], db.database)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _write_taken_at(copy: Path) -> None:
    conn = sqlite3.connect(copy)
    try:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (TAKEN_AT, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        conn.commit()
    finally:
        conn.close()


def taken_at(backup: Path) -> datetime | None:
    """When a backup was taken, as recorded in it (this PC's local time, naive): a SQLite backup's
    own meta, a dump's archive header; a backup of before either, by its name. None when it cannot
    be told (not a backup, or damaged)."""
    kind = kind_of(backup)
    if kind == "sqlite":
        recorded = meta_of(backup).get(TAKEN_AT)
        if recorded:
            try:
                return datetime.fromisoformat(recorded).astimezone().replace(tzinfo=None)
            except ValueError:
                return None
    elif kind == "dump":
        return _dump_created(backup)
    return _name_stamp(backup) if kind else None


def _dump_created(dump: Path) -> datetime | None:
    """The creation time in a pg_dump custom archive's header (pg_backup_archiver.c, ReadHead):
    the local time of the machine that dumped it."""
    try:
        with open(dump, "rb") as f:
            head = f.read(64)
        at = len(DUMP_MAGIC)
        major, minor = head[at], head[at + 1]
        revision = head[at + 2] if (major, minor) > (1, 0) else 0
        at += 3 if (major, minor) > (1, 0) else 2
        version = (major, minor, revision)
        int_size = head[at]
        at += 1 + (1 if version >= (1, 7, 0) else 0) + 1      # the offset size, the format

        def read_int():
            nonlocal at
            sign, value = head[at], int.from_bytes(head[at + 1:at + 1 + int_size], "little")
            at += 1 + int_size
            return -value if sign else value
        if version >= (1, 15, 0):
            at += 1                                            # the compression algorithm
        elif version >= (1, 4, 0):
            read_int()                                         # the compression level
        second, minute, hour, day, month, year = (read_int() for _ in range(6))
        return datetime(year + 1900, month + 1, day, hour, minute, second)
    except (OSError, IndexError, ValueError):
        return None



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


def _name_stamp(path: Path) -> datetime | None:
    """The time in a backup's name (counter-20261202-080102[-2].sqlite3), local: all a backup from
    before the time was recorded in it has."""
    found = re.search(r"(\d{8}-\d{6})(-\d+)?$", path.stem)
    try:
        return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S") if found else None
    except ValueError:
        return None


def meta_of(backup: Path) -> dict[str, str]:
    """A backup's meta table (schema version, when its ledger was created), read without restoring
    it: from the file, or from the dump's data for that table. Empty: not a ledger of this program."""
    kind = kind_of(backup)
    if kind == "sqlite":
        try:
            conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
            try:
                return dict(conn.execute("SELECT key, value FROM meta").fetchall())
            finally:
                conn.close()
        except sqlite3.Error:
            return {}
    if kind == "dump":
        done = subprocess.run([client_program("pg_restore"), "--data-only", "--table=meta", "--file=-", str(backup)],
                              capture_output=True, text=True)
        found = {}
        for line in done.stdout.splitlines() if done.returncode == 0 else ():
            key, tab, value = line.partition("\t")
            if tab and not line.startswith(("--", "COPY", "SET", "SELECT")):
                found[key] = value
        return found
    return {}


def copy_aside(backup: Path, folder: Path) -> Path:
    """The backup copied into `folder` (which this process made for it), with a -wal file beside it
    if it has one (SQLite then reads what it holds): what is checked, and what goes in place, is
    this copy, whatever becomes of the file given."""
    target = folder / ("candidate" + (SQLITE_SUFFIX if kind_of(backup) == "sqlite" else DUMP_SUFFIX))
    shutil.copyfile(backup, target)
    wal = Path(f"{backup}-wal")
    if wal.is_file():
        shutil.copyfile(wal, Path(f"{target}-wal"))
    return target


SCRATCH_SUFFIX = "_restore_check"


def scratch_database(url: str) -> str:
    """A new, empty database on the server of `url` (named after it: wuye_restore_check, so that
    pg_hba.conf can let this counter in), to load a dump into and check it before it replaces
    anything; its connection string is returned and the caller drops it. One left by a restore
    that was cut off is dropped first."""
    import psycopg   # why: start-up: kept out of the window's start
    from psycopg import sql   # why: start-up: kept out of the window's start
    from psycopg.conninfo import conninfo_to_dict, make_conninfo   # why: start-up: kept out of the window's start
    name = f"{conninfo_to_dict(url).get('dbname') or 'counter'}{SCRATCH_SUFFIX}"
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(sql.Identifier(name)))
    except psycopg.errors.InsufficientPrivilege:
        raise PermissionDenied("恢复前要先在服务器 {target} 上另建一个临时数据库 {name} 检查备份，但这个用户没有建库"
                               "权限。请管理员执行 ALTER ROLE 用户名 CREATEDB（见 docs/SERVER.md 第 6 节）；账本没有改动",
                               target=redacted(url), name=name) from None
    return make_conninfo(url, dbname=name)


def drop_database(conninfo: str) -> None:
    """Drop a scratch database, from the database it was made beside."""
    import psycopg   # why: start-up: kept out of the window's start
    from psycopg import sql   # why: start-up: kept out of the window's start
    from psycopg.conninfo import conninfo_to_dict, make_conninfo   # why: start-up: kept out of the window's start
    name = conninfo_to_dict(conninfo)["dbname"]
    with psycopg.connect(make_conninfo(conninfo, dbname=name.removesuffix(SCRATCH_SUFFIX)), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def load_dump(conninfo: str, dump: Path) -> None:
    """A dump loaded into an empty database, all of it or nothing (a dump cut short or garbled
    fails here)."""
    _run([client_program("pg_restore"), "--no-owner", "--no-privileges", "--single-transaction",
          "--exit-on-error", "--dbname", conninfo, str(dump)], conninfo)


def replace_sqlite(live: Path, checked: Path) -> None:
    """The checked copy in place of the ledger's contents: page by page into the live file under
    its lock, in one transaction of the file's own (a power cut half-way leaves the old contents)."""
    copy_sqlite(checked, live, single_file=False)


def replace_server(live_url: str, checked: str, folder: Path) -> None:
    """The checked scratch database in place of the live one's contents, in one transaction: dumped,
    and the dump restored over the live database (--clean drops what it recreates)."""
    dump = folder / "checked.dump"
    _run([client_program("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump),
          "--dbname", checked], checked)
    _run([client_program("pg_restore"), "--clean", "--if-exists", "--no-owner", "--no-privileges",
          "--single-transaction", "--exit-on-error", "--dbname", live_url, str(dump)], live_url)


def dump_rows(dump: Path, table: str) -> tuple[list[str], list[tuple]]:
    """(columns, rows) of one table's data in a dump, as COPY's text gives them (None for NULL)."""
    done = subprocess.run([client_program("pg_restore"), "--data-only", f"--table={table}", "--file=-", str(dump)],
                          capture_output=True, text=True, encoding="utf-8")
    if done.returncode:
        raise Invalid("pg_restore 读不出备份 {file} 的 {table}：{why}", file=dump.name, table=table,
                      why=done.stderr.strip()[:200])
    columns: list[str] = []
    found: list[tuple] = []
    inside = False
    for line in done.stdout.split("\n"):
        if not inside:
            head = re.match(r'COPY (?:\S+\.)?"?' + re.escape(table) + r'"? \((.*)\) FROM stdin;$', line)
            if head:
                columns, inside = [c.strip().strip('"') for c in head.group(1).split(",")], True
            continue
        if line == "\\.":
            break
        found.append(tuple(None if f == "\\N" else _unescape(f) for f in line.split("\t")))
    return columns, found


_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _unescape(text: str) -> str:
    """A field of COPY's text format as it was stored."""
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text) if "\\" in text else text
