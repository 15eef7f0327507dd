"""Opening a database: bind the models, migrate forward after a backup, refuse a newer schema."""
from __future__ import annotations

from pathlib import Path

from ... import paths
from ...core.errors import CounterError, Invalid, NotFound
from ...store import backup as copies, db as dbmod, failures, locks, migrations
from ...ledger import audit, receiptkey, seals
from ...store.server_urls import is_server_url

ROW_SEALS_SINCE = 13  # the schema from which money rows, units, items and standards are sealed, keyed


def open_database(path: str | Path, *, backup_dir: Path | None = None):
    """Bind the database at `path` (a SQLite file, created if missing, or a `postgresql://` URL)
    and bring its schema up to date. A file that is there but holds no ledger (empty, not SQLite,
    another program's) is refused, never made into one."""
    if not is_server_url(path) and Path(path).exists():
        problem = not_a_ledger(Path(path))
        if problem:
            raise problem
    database = dbmod.open_target(path)
    dbmod.bind(database)
    try:
        old = migrations.migrate(database, backup_dir or paths.backups_dir())
        upgraded = 0 < old < ROW_SEALS_SINCE <= migrations.schema_version(database)
        if upgraded or locks.read_audit_head() is None:
            # A new ledger's identity (nothing recorded yet), or what an upgrade finds, sealed now
            # under the ledger's first key (made here: set-up). An upgrade seals the state as it
            # finds it, in the form it has now, and the money rows from before row seals.
            with dbmod.write_transaction():
                seals.seal_unsealed("upgrade" if upgraded else "setup", changed_too=upgraded)
        elif 0 < old < migrations.schema_version(database):
            # A step after row seals: the schema's version is sealed state (seals.META_KEYS), and
            # the fields a sealed row gained (a new setting at its default) are sealed as found;
            # any other difference is recorded as tampering.
            with dbmod.write_transaction():
                seals.seal_upgrade("upgrade")
        gone = migrations.missing_kept(database)
        if gone:
            # Someone took away what keeps the figures beside the ledger (they may have missed
            # payments since): made again and worked out anew, and said in the audit trail.
            with dbmod.write_transaction():
                migrations.restore_kept(database)
                audit.record("system", "kept.restored", "database", "", None, {"missing": gone})
    except Exception:
        dbmod.close()
        raise
    return database


def open_existing_server(url: str):
    """Bind a server database that already holds a ledger; an empty one is refused rather than
    silently given an empty ledger (a wrong database name in a setting must not look like a new
    office)."""
    database = dbmod.open_target(url)
    dbmod.bind(database)
    try:
        if migrations.schema_version(database) == 0:
            raise NotFound("服务器数据库 {target} 里还没有账本。请用 counter-app migrate-db 把现有账本搬上去，"
                           "或在收费程序的设置向导里新建。", target=dbmod.describe_target())
    except Exception:
        dbmod.close()
        raise
    return open_database(url)


def not_a_ledger(path: Path) -> CounterError | None:
    """Why the file at `path` is no ledger to open (None: it is one, or at least a SQLite file that
    says it is): missing, empty, not SQLite, or SQLite without this program's schema. Read without
    opening it for writing, so nothing is ever made of such a file."""
    if not path.is_file():
        return NotFound("没有数据库文件 {path}", path=str(path))
    if path.stat().st_size == 0:
        return Invalid("{path} 是空文件（0 字节），不是账本", path=str(path))
    if copies.kind_of(path) != "sqlite":
        return Invalid("{path} 不是数据库文件，或已损坏（若这是账本，请从备份恢复）", path=str(path))
    if not copies.meta_of(path).get("schema_version"):
        return Invalid("{path} 不是本程序的账本，或已损坏（若这是账本，请从备份恢复）", path=str(path))
    return None


def open_for_restore(target: str | Path) -> str:
    """Bind the ledger a restore is to replace, creating nothing: "" when it holds a ledger (brought
    up to date), "empty" when there is none yet (a new PC's file not there, an empty server
    database), or why it cannot be read (a damaged file: what a restore is for)."""
    if is_server_url(target):
        database = dbmod.open_target(target)
        dbmod.bind(database)
        if migrations.schema_version(database) == 0:
            return "empty"
        open_database(target)
        return ""
    path = Path(target)
    if not path.parent.is_dir():
        raise NotFound("文件夹 {folder} 不存在；没有恢复", folder=str(path.parent))
    if not path.exists() or path.stat().st_size == 0:
        dbmod.unbind()
        return "empty"
    problem = not_a_ledger(path)
    if problem:
        return str(problem)
    try:
        open_database(path)
    except Exception as exc:
        return failures.describe(exc, path) or str(exc)
    return ""


def is_demo() -> bool:
    return migrations.get_meta("demo") == "1"


def is_training() -> bool:
    return receiptkey.training()


def mark_training() -> None:
    """This ledger is a practice copy (练习模式): said in its meta, sealed as such."""
    with dbmod.write_transaction():
        migrations.set_meta("training", "1")
        seals.seal_meta("system", {"training"})
