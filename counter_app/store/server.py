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

SCHEMES = ("postgresql://", "postgres://")

# A counter waits this long for a server that does not answer before it says so.
CONNECT_TIMEOUT_S = 5


def is_server_url(target) -> bool:
    return isinstance(target, str) and target.startswith(SCHEMES)


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from psycopg.conninfo import conninfo_to_dict
    try:
        params = conninfo_to_dict(url)
    except Exception:    # not a URL psycopg can read: say nothing of it
        return "postgresql://…"
    params.pop("password", None)
    host, port, name = params.get("host", ""), params.get("port", ""), params.get("dbname", "")
    user = params.get("user", "")
    return f"postgresql://{user + '@' if user else ''}{host}{':' + str(port) if port else ''}/{name}"


def _whole_numbers(conn) -> None:
    """sum() over a BIGINT column is NUMERIC on PostgreSQL, which the driver gives as Decimal;
    money here is whole 分 (as SQLite gives it), so a whole NUMERIC comes back as an int."""
    from psycopg.types.numeric import NumericLoader

    class WholeNumericLoader(NumericLoader):
        def load(self, data):
            value = super().load(data)
            return int(value) if value.is_finite() and value == value.to_integral_value() else value

    conn.adapters.register_loader("numeric", WholeNumericLoader)


class LazyPsycopg3Adapter(peewee.Psycopg3Adapter):
    """peewee's psycopg 3 adapter with the driver imported when a server is opened, not when peewee
    is (store/__init__.py keeps peewee from finding it at start-up)."""

    def __init__(self):
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
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


class ServerDatabase(peewee.PostgresqlDatabase):
    """A PostgreSQL database that survives a dropped connection between actions: a statement
    outside a transaction on a dead connection opens a new one first; inside a transaction the
    failure propagates, the server has discarded the transaction, and the rollback that follows
    finds nothing to undo."""

    # Whichever driver peewee found at import (none, see store/__init__.py), psycopg 3 it is.
    psycopg2_adapter = psycopg3_adapter = LazyPsycopg3Adapter

    def _connect(self):
        conn = super()._connect()
        _whole_numbers(conn)
        return conn

    def _connection_lost(self) -> bool:
        conn = self._state.conn
        return not self._state.closed and conn is not None and (conn.closed or conn.broken)

    def execute_sql(self, sql, params=None):
        if self.transaction_depth() == 0 and self._connection_lost():
            self.dispose()
        return super().execute_sql(sql, params)

    def begin(self, *args, **kwargs):
        if self._connection_lost():
            self.dispose()
        return super().begin(*args, **kwargs)

    def rollback(self):
        if self._connection_lost():
            self.dispose()    # the server rolled the transaction back when the connection went
            return
        return super().rollback()

    def close(self):
        if self.transaction_depth() == 0 and self._connection_lost():
            self.dispose()    # a lost connection cannot be closed politely; forget it
            return True
        return super().close()


# A counter holding a transaction open this long (its PC froze mid-payment) loses it: the server
# rolls it back and frees its row locks, so the other counters are not held up.
IDLE_IN_TRANSACTION_MS = 60_000


def open_server(url: str) -> ServerDatabase:
    # How long a counter waits for another's row lock before it is told the ledger is busy, as a
    # SQLite counter waits for the file's write lock (store/db.open_sqlite).
    wait_ms = int(os.environ.get("COUNTER_APP_BUSY_TIMEOUT_MS", "15000"))
    return ServerDatabase(url, prefer_psycopg3=True, autoconnect=True, connect_timeout=CONNECT_TIMEOUT_S,
                          application_name="counter-app",
                          options=f"-c timezone=UTC -c lock_timeout={wait_ms} "
                                  f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}")
