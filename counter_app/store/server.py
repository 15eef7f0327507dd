"""The shared PostgreSQL server: several counters of one office, or several estates, on one
database. Opened from a `postgresql://` URL; the rest of the program never asks which engine it
runs on (what differs in SQL lives in dialect.py).

Driver: psycopg 3, which peewee 4 supports natively (its PostgresqlDatabase picks psycopg 3 when
installed); psycopg2 would add nothing and is in maintenance only.
"""
from __future__ import annotations

import os
import uuid

import peewee

from .failures import is_connection_lost
from .server_urls import CannotConnect
from .server_probe import diagnose
from psycopg.types.numeric import NumericLoader
import psycopg
from psycopg.pq import TransactionStatus, ConnStatus, PipelineStatus
from psycopg.types.json import Json, Jsonb
import select

# A counter waits this long for a server that does not answer before it says so.
CONNECT_TIMEOUT_S = 5


def _whole_numbers(conn) -> None:
    """sum() over a BIGINT column is NUMERIC on PostgreSQL, which the driver gives as Decimal;
    money here is whole 分 (as SQLite gives it), so a whole NUMERIC comes back as an int."""

    class WholeNumericLoader(NumericLoader):
        def load(self, data):
            text = bytes(data)
            if b"." not in text:        # the text of a whole number (nearly every sum): read at once
                try:
                    return int(text)
                except ValueError:      # NaN, Infinity
                    pass
            value = super().load(data)
            return int(value) if value.is_finite() and value == value.to_integral_value() else value

    conn.adapters.register_loader("numeric", WholeNumericLoader)


class PatternCursor(psycopg.Cursor):
    """psycopg prepares a statement the fifth time it runs, and the server may then plan it once for
    any parameters. A generic plan of `name LIKE $1` cannot know that the pattern starts with text
    rather than a wildcard, so it never reads the column's prefix index (migrations.SERVER_INDEXES):
    the search's lookups then read the person and vehicle tables whole at every keystroke (a plate
    search 50% slower). A statement that matches a pattern is sent unprepared, planned for the
    pattern it carries; every other statement is prepared as psycopg sees fit."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        if prepare is None and isinstance(query, str) and " LIKE " in query:
            prepare = False
        return super().execute(query, params, prepare=prepare, binary=binary)


class LazyPsycopg3Adapter(peewee.Psycopg3Adapter):
    """peewee's psycopg 3 adapter with the driver imported when a server is opened, not when peewee
    is (store/__init__.py keeps peewee from finding it at start-up)."""

    def __init__(self):
        self._psycopg, self._status = psycopg, TransactionStatus
        self.txn_idle, self.txn_inerror = TransactionStatus.IDLE, TransactionStatus.INERROR
        self.txn_unknown = TransactionStatus.UNKNOWN
        super().__init__()
        self.json_type, self.jsonb_type = Json, Jsonb

    def check_driver(self):
        pass                                  # imported above, or this adapter does not exist

    def get_binary_type(self):
        return self._psycopg.Binary

    def connect(self, db, **params):
        if db._encoding:
            params.setdefault("client_encoding", db._encoding)
        params.setdefault("conninfo", db.database)
        return self._psycopg.connect(**params)

    def server_side_cursor(self, conn):
        in_txn = self.txn_status(conn) == self._status.INTRANS
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_txn)


def _has_news(pgconn) -> bool:
    """Something to read on the connection's socket, now (no wait)."""
    try:
        return bool(select.select([pgconn.socket], [], [], 0)[0])
    except (OSError, ValueError):
        return True


class ServerDatabase(peewee.PostgresqlDatabase):
    """A PostgreSQL database that survives a dropped connection: after any failure the next use
    gets a fresh connection. Whether the open one can take another statement is read from its state
    (store below), never from `closed` alone: after a cut while a batch was being read psycopg leaves
    it in pipeline mode reporting closed=False, broken=False, and every later statement would fail.
    Inside a transaction a failure propagates, the server has discarded the transaction with the
    connection, and the rollback that follows only lets the connection go."""

    # Whichever driver peewee found at import (none, see store/__init__.py), psycopg 3 it is.
    psycopg2_adapter = psycopg3_adapter = LazyPsycopg3Adapter

    def _connect(self):
        try:
            conn = super()._connect()
        except psycopg.OperationalError as exc:
            reason, code = diagnose(self.database)      # the server's own code for the refusal
            if reason == "accepted":                    # it lets us in now: the failure has passed
                reason, code = "lost", "transient"
            raise CannotConnect(reason, code, self.database) from exc
        _whole_numbers(conn)
        conn.cursor_factory = PatternCursor
        return conn

    def unusable(self) -> bool:
        """The open connection cannot take another statement: closed or broken by the driver's
        account, libpq's status not OK, left in pipeline mode, a statement still running or its
        state unknown, a failure of the connection seen on it, or (outside any transaction of
        ours) a transaction open on it."""
        state = self._state
        conn = state.conn
        if state.closed or conn is None:
            return False
        if conn.closed or conn.broken or getattr(state, "lost", None) is conn:
            return True
        pgconn = conn.pgconn
        idle = self.transaction_depth() == 0
        if idle and _has_news(pgconn):
            # An idle connection has nothing to read unless the server is ending it (it sends a
            # FATAL and closes): seen without a round trip, so the next statement gets a new one.
            return True
        status = pgconn.transaction_status
        return (pgconn.status != ConnStatus.OK or pgconn.pipeline_status != PipelineStatus.OFF
                or status in (TransactionStatus.ACTIVE, TransactionStatus.UNKNOWN)
                or (idle and status != TransactionStatus.IDLE))

    def replace_connection(self) -> None:
        """Let the connection go (closing it if it still can be: the server then ends whatever it
        held); the next statement opens a new one."""
        conn = self._state.conn
        self.dispose()
        if conn is not None:
            try:
                conn.close()
            except Exception:         # a broken connection cannot be closed politely
                pass

    def _fresh_outside_transaction(self) -> None:
        # Not from cursor(): peewee's COMMIT runs on a cursor after the transaction left its stack.
        if self.transaction_depth() == 0 and self.unusable():
            self.replace_connection()

    def _note(self, exc: BaseException) -> None:
        if self._state.conn is not None and (is_connection_lost(exc) or self.unusable()):
            self._state.lost = self._state.conn

    def _once_more(self, exc: Exception) -> bool:
        """After a statement that changes nothing (a BEGIN, a read outside any transaction) failed
        because the connection had gone: a new one, to send it again. Not when the server could not
        be reached at all (that took its timeout already), nor for anything that writes: a write
        cut off may have been done."""
        self._note(exc)
        if not is_connection_lost(exc) or isinstance(exc, CannotConnect):
            return False
        self.replace_connection()
        return True

    def execute_sql(self, sql, params=None):
        outside = self.transaction_depth() == 0
        self._fresh_outside_transaction()
        try:
            return super().execute_sql(sql, params)
        except Exception as exc:
            if outside and sql.lstrip()[:6].upper() == "SELECT" and self._once_more(exc):
                return super().execute_sql(sql, params)
            self._note(exc)
            raise

    def begin(self, *args, **kwargs):
        self._fresh_outside_transaction()
        try:
            return super().begin(*args, **kwargs)
        except Exception as exc:
            if self._once_more(exc):
                return super().begin(*args, **kwargs)
            raise

    def commit(self):
        try:
            return super().commit()
        except Exception as exc:
            self._note(exc)
            raise

    def rollback(self):
        if self.unusable():
            self.replace_connection()     # the server rolled the transaction back when the connection went
            return
        try:
            return super().rollback()
        except Exception as exc:
            self._note(exc)
            if not self.unusable():
                raise
            self.replace_connection()

    def close(self):
        if self.transaction_depth() == 0 and self.unusable():
            self.replace_connection()
            return True
        return super().close()


# A counter holding a transaction open this long (its PC froze mid-payment) loses it: the server
# rolls it back and frees its row locks, so the other counters are not held up.
IDLE_IN_TRANSACTION_MS = 60_000


# A report's statements cost enough for the server to compile them to machine code first (JIT),
# which takes longer than running them: the collection report's month of charges, 440 ms with it
# and 260 ms without, on 20,000 units. Off for the application's sessions.
JIT = "jit=off"


def open_server(url: str) -> ServerDatabase:
    # How long a counter waits for another's row lock before it is told the ledger is busy, as a
    # SQLite counter waits for the file's write lock (store/db.open_sqlite).
    wait_ms = int(os.environ.get("COUNTER_APP_BUSY_TIMEOUT_MS", "15000"))
    return ServerDatabase(url, prefer_psycopg3=True, autoconnect=True, connect_timeout=CONNECT_TIMEOUT_S,
                          application_name="counter-app",
                          options=f"-c timezone=UTC -c lock_timeout={wait_ms} "
                                  f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS} "
                                  f"-c {JIT}")
