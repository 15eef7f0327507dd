"""Opening a database: bind the models, migrate forward after a backup, refuse a newer schema."""
from __future__ import annotations

from pathlib import Path

from ... import paths
from ...core.errors import CounterError
from ...store import db as dbmod, locks, migrations
from . import seals

ROW_SEALS_SINCE = 13  # the schema from which money rows, units, items and standards are sealed, keyed


def open_database(path: str | Path, *, backup_dir: Path | None = None):
    """Bind the database at `path` (a SQLite file, created if missing, or a `postgresql://` URL)
    and bring its schema up to date."""
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
            raise CounterError(f"服务器数据库 {dbmod.describe_target()} 里还没有账本。请用 counter-app migrate-db "
                               "把现有账本搬上去，或在收费程序的设置向导里新建。")
    except Exception:
        dbmod.close()
        raise
    return open_database(url)


def is_demo() -> bool:
    return migrations.get_meta("demo") == "1"


def is_training() -> bool:
    return migrations.get_meta("training") == "1"


def mark_training() -> None:
    """This ledger is a practice copy (练习模式): said in its meta, sealed as such."""
    with dbmod.write_transaction():
        migrations.set_meta("training", "1")
        seals.seal_meta("system", {"training"})
