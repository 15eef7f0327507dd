"""Opening a database: bind the models, migrate forward after a backup, refuse a newer schema."""
from __future__ import annotations

from pathlib import Path

from ... import paths
from ...store import db as dbmod, migrations


def open_database(path: str | Path, *, backup_dir: Path | None = None):
    """Bind the SQLite file at `path` (created if missing) and bring its schema up to date."""
    database = dbmod.open_sqlite(path)
    dbmod.bind(database)
    try:
        migrations.migrate(database, backup_dir or paths.backups_dir())
    except Exception:
        dbmod.close()
        raise
    return database


def is_demo() -> bool:
    return migrations.get_meta("demo") == "1"


def is_training() -> bool:
    return migrations.get_meta("training") == "1"
