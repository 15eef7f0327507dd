"""Opening a database: bind the models, migrate forward after a backup, refuse a newer schema."""
from __future__ import annotations

from pathlib import Path

from ... import paths
from ...store import db as dbmod, migrations
from . import seals

SEALS_SINCE = 8   # the schema from which users, settings, shifts and day closes are sealed


def open_database(path: str | Path, *, backup_dir: Path | None = None):
    """Bind the SQLite file at `path` (created if missing) and bring its schema up to date."""
    database = dbmod.open_sqlite(path)
    dbmod.bind(database)
    try:
        old = migrations.migrate(database, backup_dir or paths.backups_dir())
        if 0 < old < SEALS_SINCE:
            # Rows from before sealed state get their seal now, as the upgrade finds them.
            with dbmod.write_transaction():
                seals.seal_unsealed("upgrade")
    except Exception:
        dbmod.close()
        raise
    return database


def is_demo() -> bool:
    return migrations.get_meta("demo") == "1"


def is_training() -> bool:
    return migrations.get_meta("training") == "1"
