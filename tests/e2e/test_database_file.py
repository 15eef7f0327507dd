"""The database file as it may be found: missing, in a missing folder, not a database, with flipped
bytes, truncated, or busy with another program's write: a sentence that says what to do, a non-zero
exit status, no traceback, nothing created or changed (the window's side: tests/ui/test_busy_database.py)."""
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import main_as_manager
from counter_app.store import db as dbmod, failures


def run(capsys, *argv):
    try:
        code = main_as_manager(argv)
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, err


@pytest.fixture
def ledger_file(estate):
    dbmod.close()
    return Path(estate.ledger.path)


def test_a_missing_file_or_folder_is_not_created(tmp_path, capsys):
    for path in (tmp_path / "nope.sqlite3", tmp_path / "no-folder" / "counter.sqlite3"):
        code, err = run(capsys, "find", "3-2-501", "--db", str(path))
        assert code == 2 and "没有数据库文件" in err and "counter-app demo" in err
        assert not path.exists() and not path.parent.exists() or path.parent == tmp_path


def _damaged(ledger_file: Path, how: str) -> Path:
    data = ledger_file.read_bytes()
    target = ledger_file.with_name(f"{how}.sqlite3")
    if how == "not-a-database":
        target.write_text("这不是数据库\n", encoding="utf-8")
    elif how == "flipped":
        target.write_bytes(bytes(b ^ 0xFF for b in data[:100]) + data[100:])
    elif how == "truncated":
        target.write_bytes(data[: len(data) // 2])
    return target


@pytest.mark.parametrize("how", ["not-a-database", "flipped", "truncated"])
def test_a_damaged_file_is_named_and_left_as_it_is(ledger_file, how, capsys):
    damaged = _damaged(ledger_file, how)
    before = damaged.read_bytes()
    for argv in (["audit", "verify"], ["find", "3-2-501"], ["owed", "3-2-501"]):
        code, err = run(capsys, *argv, "--db", str(damaged))
        assert code == 3 and "已损坏" in err and "备份" in err, (argv, err)
    assert damaged.read_bytes() == before


def test_a_busy_file_says_so_and_records_nothing(ledger_file, capsys, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_BUSY_TIMEOUT_MS", "200")
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    holder = sqlite3.connect(ledger_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")              # another program holds the write lock
    try:
        code, err = run(capsys, "pay", "3-2-501", "--amount", "10", "--tender", "cash:10", "--user", "cashier",
                        "--db", str(ledger_file))
        assert code == 3 and "占用" in err and "重试" in err
        # A read needs its reader signed in, and a sign-in is recorded: it waits for the file too
        code, err = run(capsys, "find", "3-2-501", "--db", str(ledger_file), "--user", "cashier")
        assert code == 3 and "占用" in err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert sqlite3.connect(ledger_file).execute("SELECT count(*) FROM payment").fetchone() == (0,)


@pytest.mark.parametrize("message, words", [
    ("attempt to write a readonly database", "只读"), ("unable to open database file", "文件夹不存在"),
    ("database or disk is full", "磁盘已满"), ("database is locked", "占用"),
    ("file is not a database", "已损坏"), ("database disk image is malformed", "已损坏")])
def test_each_failure_of_the_file_has_its_sentence(message, words):
    """Root runs CI, so a read-only folder cannot be made here: SQLite's own words for each case."""
    exc = sqlite3.OperationalError(message)
    assert words in failures.describe(exc, "counter.sqlite3")
    assert failures.is_busy(exc) == ("locked" in message)
    assert failures.describe(ValueError("no")) is None
