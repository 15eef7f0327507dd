"""练习模式: a fresh, marked copy of the office's ledger to practise on, so practice never
touches the ledger kept."""
from __future__ import annotations

from pathlib import Path

from ...store import backup as copies
from ...store.server_urls import is_server_url
from ..common import session


def copy_of(ledger: Path) -> Path:
    """Where the practice copy of `ledger` lives: beside it, named so nobody takes it for the ledger."""
    return ledger.with_name(f"{ledger.stem}.training.sqlite3")


def possible(ledger: str | Path) -> bool:
    """Practice works on a ledger on this PC only: a server's ledger is every counter's at once."""
    return not is_server_url(str(ledger))


def open_training_copy(ledger: Path) -> Path:
    """Copy the ledger afresh (yesterday's practice and its -wal/-shm gone first, so none of it
    comes back), open the copy and mark it as practice. The ledger itself is only read."""
    if not possible(ledger):
        raise ValueError("practice needs a ledger on this PC")
    copy = copy_of(ledger)
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    copies.copy_sqlite(ledger, copy)
    session.open_database(copy)
    session.mark_training()
    return copy


def leave_training(ledger: str | Path) -> None:
    """Back to the office's ledger."""
    session.open_database(ledger)
