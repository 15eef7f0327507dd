"""A PostgreSQL server of the test run's own: initdb into a temporary folder, started on
127.0.0.1 on a free port, stopped when the run ends. Debian's `postgresql` package provides the
programs (scripts/setup.sh installs it); as root they run as the `postgres` user."""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
from pathlib import Path


def bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl is None:
        raise RuntimeError("PostgreSQL is not installed: run scripts/setup.sh (it installs Debian's postgresql)")
    return Path(pg_ctl).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, durable: bool = False):
        self.bin = bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="counter-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "--encoding=UTF8",
                  "--locale=C.UTF-8")
        # Durability off for tests: their data is thrown away (never on an office's server). The
        # benchmarks keep it on, as an office's server has it.
        fast = "" if durable else "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 {fast}"
                  "-c max_connections=200 -c shared_buffers=256MB", "start")
        atexit.register(self.stop)
        _stop_on_sigterm(self)
        self.admin_url = self.url("postgres")
        self._template = None

    def _run(self, program: str, *args: str) -> str:
        command = [str(self.bin / program), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root)
        if done.returncode:
            raise RuntimeError(f"{program} failed: {done.stdout}\n{done.stderr}")
        return done.stdout

    def url(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def sql(self, statement: str) -> None:
        import psycopg
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self) -> str:
        """A fresh, empty database at the current schema (copied from a template made once)."""
        if self._template is None:
            self._template = "counter_template"
            self.sql(f"CREATE DATABASE {self._template}")
            from counter_app.store import db as dbmod, migrations
            # Tables only: each database made from it is sealed, with a key of its test's own,
            # when the test first opens it (nothing recorded yet).
            migrations.migrate(dbmod.bind(dbmod.open_target(self.url(self._template))))
            dbmod.close()
        name = f"t{next(self._names)}"
        self.sql(f"CREATE DATABASE {name} TEMPLATE {self._template}")
        return self.url(name)

    def empty_database(self) -> str:
        """A database with no tables at all (for what a first open or a copy creates)."""
        name = f"e{next(self._names)}"
        self.sql(f"CREATE DATABASE {name}")
        return self.url(name)

    def drop(self, url: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")

    def stop(self) -> None:
        if self.data.exists():
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            except RuntimeError:
                pass
            shutil.rmtree(self.root, ignore_errors=True)


def _stop_on_sigterm(server: Server) -> None:
    """atexit does not run when the process is terminated: stop the server then too, so that a
    killed run leaves no postgres behind."""
    if threading.current_thread() is not threading.main_thread():
        return
    previous = signal.getsignal(signal.SIGTERM)

    def stop(signum, frame):
        server.stop()
        if callable(previous):
            previous(signum, frame)
        raise SystemExit(128 + signum)
    signal.signal(signal.SIGTERM, stop)


_server: Server | None = None


def server() -> Server:
    """The run's server, started on first use."""
    global _server
    if _server is None:
        _server = Server()
    return _server
