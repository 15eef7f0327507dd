"""--db is read one way by every command, demo and migrate-db included: a postgresql:// URL is a
server, never a folder named `postgresql:` with a file in it; an address that only looks like one
is refused; a file of 0 bytes, of text, or a SQLite file of another program is refused like a
missing one and stays as it was, never made into a fresh ledger."""
import socket
import sqlite3
from pathlib import Path

import pytest

from counter_app import cli

from .test_cli_bad_input import BASE, subcommands


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _argv(command: str, db: str, tmp_path: Path) -> list[str]:
    user, base = BASE.get(command, (None, []))
    argv = [command] + [a.replace("{tmp}", str(tmp_path)) for a in base] + ["--db", db]
    return argv + (["--user", user] if user else [])


def _run(argv, capsys):
    try:
        code = cli.main(argv)
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err, (argv, err)
    return code, err


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "appdata" not in p.parts}


@pytest.mark.parametrize("command", sorted(subcommands()))
def test_a_server_url_is_a_server_for_every_command(command, tmp_path, capsys, monkeypatch):
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    monkeypatch.setenv("COUNTER_APP_AUTH_PASSWORD", "manager")
    before = _files(tmp_path)
    url = f"postgresql://nobody@127.0.0.1:{_closed_port()}/none"
    argv = _argv(command, url, tmp_path)
    if command == "migrate-db":
        argv = ["migrate-db", "--from", url, "--to", url, "--user", "admin"]
    code, err = _run(argv, capsys)
    made = _files(tmp_path) - before
    assert not [f for f in made if f.endswith((".sqlite3", "-wal", "-shm")) or "postgresql" in f], made
    assert not list(work.iterdir()), list(work.iterdir())          # nothing in the folder it ran in
    if command == "import-template":
        assert code == 0                                          # needs no database at all
    else:
        assert code in (2, 3) and err.strip(), (argv, code, err)
        assert code == 2 or "连接不上数据库服务器" in err, err


@pytest.mark.parametrize("db", ["postgresql:/127.0.0.1/office", "postgres:office", "mysql://counter@host/db",
                                "http://192.168.1.10/wuye"])
def test_what_only_looks_like_an_address_is_refused(db, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for command in ("find", "demo"):
        code, err = _run([command, *(["3-2-501"] if command == "find" else []), "--db", db], capsys)
        assert code == 2 and "--db" in err and not list(tmp_path.iterdir())


def _not_ledgers(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    text = tmp_path / "notes.sqlite3"
    text.write_text("这不是账本\n", encoding="utf-8")
    foreign = tmp_path / "other-program.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    return {"0 bytes": empty, "text": text, "another program's": foreign}


@pytest.mark.parametrize("command", sorted(set(subcommands()) - {"demo", "import-template"}))
def test_a_file_that_is_no_ledger_is_refused_like_a_missing_one(command, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    monkeypatch.setenv("COUNTER_APP_AUTH_PASSWORD", "manager")
    for kind, path in _not_ledgers(tmp_path).items():
        before = path.read_bytes()
        argv = _argv(command, str(path), tmp_path)
        if command == "migrate-db":
            argv = ["migrate-db", "--from", str(path), "--to", "postgresql://nobody@127.0.0.1:1/none", "--user", "admin"]
        if command == "restore":
            continue                   # restoring over a damaged file is what restore is for (its own tests)
        code, err = _run(argv, capsys)
        assert code == 2 and ("不是" in err or "空文件" in err), (kind, argv, code, err)
        assert path.read_bytes() == before and not Path(f"{path}-wal").exists(), (kind, command)
