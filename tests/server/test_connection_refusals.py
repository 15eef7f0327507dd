"""A server that will not let this counter in says why by its code, not its words, and nobody
waits on a retry that cannot help: a wrong password, a host pg_hba.conf does not allow, a database
that is not there, a server that takes only encrypted connections and one that offers none each
have their own sentence; a server that is down or cut off is retried. The server here speaks
SCRAM and MD5, and TLS with a certificate of its own."""
import subprocess
import time

import pytest

from counter_app.services.common.session import open_database
from counter_app.store import db as dbmod, failures
from counter_app.store.server import CannotConnect
from tests.pg_server import Server


@pytest.fixture(scope="module")
def guarded():
    server = Server()
    subprocess.run(["openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(server.data / "server.key"), "-out", str(server.data / "server.crt")],
                   check=True, capture_output=True)
    if server._as_postgres:
        subprocess.run(["chown", "postgres:postgres", str(server.data / "server.key"), str(server.data / "server.crt")],
                       check=True)
    (server.data / "server.key").chmod(0o600)
    with open(server.data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\nssl = on\npassword_encryption = 'scram-sha-256'\n")
    hba = server.data / "pg_hba.conf"
    hba.write_text("host all scram 127.0.0.1/32 scram-sha-256\n"
                   "host all md5user 127.0.0.1/32 md5\n"
                   "hostssl all tlsonly 127.0.0.1/32 trust\n"
                   "hostnossl all tlsonly 127.0.0.1/32 reject\n"
                   "host all stranger 127.0.0.1/32 reject\n" + hba.read_text(), encoding="utf-8")
    server._run("pg_ctl", "-D", str(server.data), "-l", str(server.root / "log"), "-w", "restart", "-o",
                f"-p {server.port} -k {server.root} -c listen_addresses=127.0.0.1")
    server.sql("CREATE ROLE scram LOGIN PASSWORD 'right-one'")
    server.sql("SET password_encryption = 'md5'; CREATE ROLE md5user LOGIN PASSWORD 'right-one'")
    server.sql("CREATE ROLE tlsonly LOGIN")
    server.sql("CREATE ROLE stranger LOGIN")
    server.sql("CREATE DATABASE office")
    yield server
    server.stop()


def _refusal(url: str):
    started = time.perf_counter()
    with pytest.raises(Exception) as caught:
        open_database(url)
    dbmod.close()
    return caught.value, time.perf_counter() - started


@pytest.mark.parametrize("who, database, query, kind, words", [
    ("scram:wrong", "office", "", "password", "用户名或密码不对"),
    ("md5user:wrong", "office", "", "password", "用户名或密码不对"),
    ("scram", "office", "", "password_missing", "没有密码"),
    ("stranger", "office", "", "host_refused", "pg_hba.conf"),
    ("scram:right-one", "no_such_office", "", "no_database", "没有设置里的数据库"),
    ("tlsonly", "office", "?sslmode=disable", "tls_required", "只接受加密"),
])
def test_each_refusal_has_its_sentence_and_no_retry(guarded, monkeypatch, tmp_path, who, database, query, kind,
                                                     words):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))       # no pgpass of the machine's
    user, _, password = who.partition(":")
    url = f"postgresql://{user}{':' + password if password else ''}@127.0.0.1:{guarded.port}/{database}{query}"
    exc, _ = _refusal(url)
    assert isinstance(exc, CannotConnect) and failures.kind_of(exc).name == kind, (exc, kind)
    message = failures.describe(exc, url)
    assert words in message and not failures.is_retryable(exc)
    assert password not in message if password else True           # never the password in a message


def test_a_server_offering_no_encryption_to_a_counter_that_requires_it(pg):
    url = pg.url("postgres") + "?sslmode=require"      # the run's own server has no TLS
    exc, _ = _refusal(url)
    assert failures.kind_of(exc).name == "tls_unavailable" and "没有开启加密" in failures.describe(exc, url)
    assert not failures.is_retryable(exc)


def test_the_right_password_and_encryption_let_the_counter_in(guarded, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    for url in (f"postgresql://scram:right-one@127.0.0.1:{guarded.port}/office",
                f"postgresql://md5user:right-one@127.0.0.1:{guarded.port}/office?sslmode=disable",
                f"postgresql://tlsonly@127.0.0.1:{guarded.port}/office?sslmode=require"):
        server = dbmod.open_target(url)
        assert server.execute_sql("SELECT current_user").fetchone()[0] == url.split("//")[1].split(":")[0].split("@")[0]
        server.close()


def test_a_password_from_a_pgpass_file_is_the_one_judged(guarded, monkeypatch, tmp_path):
    passfile = tmp_path / "pgpass.conf"
    passfile.write_text(f"127.0.0.1:{guarded.port}:office:scram:not-the-one\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    exc, _ = _refusal(f"postgresql://scram@127.0.0.1:{guarded.port}/office")
    assert failures.kind_of(exc).name == "password"


def test_a_server_that_is_down_is_retried_and_said_so(tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]                       # nothing listens there once closed
    url = f"postgresql://counter:secret@127.0.0.1:{port}/office"
    exc, seconds = _refusal(url)
    assert failures.kind_of(exc).name == "lost" and failures.is_retryable(exc) and seconds < 5
    assert "secret" not in failures.describe(exc, url) and "自动重试" in failures.describe(exc, url)


def test_the_command_line_never_promises_a_retry_it_does_not_make(tmp_path, capsys, monkeypatch):
    """The window retries by itself; a command exits 3 and says how to run it again without
    recording twice, for every kind of failure that may pass by itself."""
    import socket

    from counter_app import cli
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    code = cli.main(["find", "501", "--user", "cashier", "--db", f"postgresql://counter:secret@127.0.0.1:{port}/office"])
    err = capsys.readouterr().err
    assert code == 3 and "连接不上数据库服务器" in err and "--request-id" in err, err
    assert "自动重试" not in err and "屏幕" not in err and "secret" not in err
    for kind in failures.KINDS.values():
        if kind.retry:
            words = kind.sentence.format(where="", code="", retry=failures.AT_THE_COMMAND_LINE)
            assert "自动重试" not in words and "屏幕" not in words, kind.name
