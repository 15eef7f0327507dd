"""The database file as it may be found: missing, in a missing folder, not a database, with flipped
bytes, truncated, or busy with another program's write: a sentence that says what to do, a non-zero
exit status, no traceback, nothing created or changed (the window's side: tests/ui/test_busy_database.py)."""
import sqlite3
from pathlib import Path

import peewee
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
    elif how == "a page of zeros":
        target.write_bytes(data[: len(data) // 2 // 4096 * 4096] + bytes(4096) + data[len(data) // 2 // 4096 * 4096 + 4096:])
    return target


@pytest.mark.parametrize("how", ["not-a-database", "flipped", "truncated"])
def test_a_damaged_file_is_named_and_left_as_it_is(ledger_file, how, capsys):
    """Not a ledger by what it holds: refused before anything opens it, as a missing one is."""
    damaged = _damaged(ledger_file, how)
    before = damaged.read_bytes()
    for argv in (["audit", "verify"], ["find", "3-2-501"], ["owed", "3-2-501"]):
        code, err = run(capsys, *argv, "--db", str(damaged))
        assert code == 2 and "已损坏" in err and "备份" in err, (argv, err)
    assert damaged.read_bytes() == before


def test_a_ledger_damaged_inside_is_named_when_it_is_read(ledger_file, capsys):
    """A ledger by its header and schema, with a page of zeros further in: SQLite's own code for a
    damaged file names it when a read reaches the page (the check names the page: integrity_check)."""
    damaged = _damaged(ledger_file, "a page of zeros")
    assert main_as_manager(["check", "--db", str(damaged)]) == 3
    out, err = capsys.readouterr()
    assert "数据库文件损坏" in out and "Traceback" not in out + err, (out, err)


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


def _sqlite_failure(how: str, tmp_path: Path) -> sqlite3.Error:
    """SQLite's own failure of each kind, provoked for real (root runs CI, so a read-only folder
    cannot be made: a read-only connection stands in for it)."""
    path = tmp_path / f"{how}.sqlite3"
    if how == "cant_open":
        target = f"file:{tmp_path / 'no-folder' / 'x.sqlite3'}?mode=rw"
    elif how == "damaged":
        path.write_text("这不是数据库\n", encoding="utf-8")
        target = str(path)
    else:
        setup = sqlite3.connect(path)
        setup.execute("CREATE TABLE t (x TEXT)")
        setup.execute("INSERT INTO t VALUES ('a')")
        setup.commit()
        setup.close()
        target = f"file:{path}?mode=ro" if how == "read_only" else str(path)
    holder = None
    try:
        conn = sqlite3.connect(target, uri=target.startswith("file:"), timeout=0)
        if how == "busy":
            holder = sqlite3.connect(path, isolation_level=None)
            holder.execute("BEGIN IMMEDIATE")
        if how == "full":
            conn.execute("PRAGMA max_page_count = 3")
            for _ in range(100):
                conn.execute("INSERT INTO t VALUES (?)", ("x" * 4000,))
        conn.execute("SELECT * FROM t").fetchall()
        conn.execute("INSERT INTO t VALUES ('b')")
        conn.commit()
    except sqlite3.Error as exc:
        return exc
    finally:
        if holder is not None:
            holder.close()
    raise AssertionError(f"{how}: no failure")


@pytest.mark.parametrize("how, words, retry", [
    ("read_only", "只读", False), ("cant_open", "文件夹不存在", False), ("full", "磁盘已满", False),
    ("busy", "占用", True), ("damaged", "已损坏", False)])
def test_each_failure_of_the_file_has_its_sentence_by_its_code(how, words, retry, tmp_path):
    exc = _sqlite_failure(how, tmp_path)
    assert failures.kind_of(exc).name == how and words in failures.describe(exc, "counter.sqlite3")
    assert failures.is_retryable(exc) == retry and failures.is_busy(exc) == (how == "busy")
    # The words play no part: the same code in another language, and peewee's wrapper round it.
    renamed = type(exc)("数据库出了点状况")
    renamed.sqlite_errorcode, renamed.sqlite_errorname = exc.sqlite_errorcode, exc.sqlite_errorname
    wrapped = peewee.OperationalError(renamed, *renamed.args)
    assert failures.kind_of(wrapped).name == how and failures.describe(wrapped) == failures.describe(exc)
    # …and words without the code are no database failure of a known kind.
    assert failures.kind_of(type(exc)(str(exc))).name == "other"
    assert failures.describe(ValueError(str(exc))) is None
