"""Binding the database at start-up, and the one way to open a write transaction.

Every write goes through `write_transaction()`: on SQLite it is BEGIN IMMEDIATE, so two counters
sharing a file queue for the write lock up front instead of failing half-way; on PostgreSQL the
document counter row is locked with SELECT ... FOR UPDATE (see numbering).
"""
from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import peewee

from .location import require_local
from .server_urls import redacted


class LedgerProxy(peewee.DatabaseProxy):
    """peewee's proxy, with a database one thread may bind for itself for a while
    (`bound_here`): a restore checks a candidate copy of a ledger in a worker thread while the
    window's own thread keeps reading the ledger in use."""
    __slots__ = ("_shared", "_own")

    def __init__(self):
        object.__setattr__(self, "_own", threading.local())
        object.__setattr__(self, "_shared", None)
        object.__setattr__(self, "_callbacks", [])
        self.initialize(None)

    @property
    def obj(self):
        return getattr(self._own, "db", None) or self._shared

    def initialize(self, obj):
        object.__setattr__(self, "_shared", obj)
        for callback in self._callbacks:
            callback(obj)

    def __setattr__(self, attr, value):
        if attr != "_Model":
            raise AttributeError("Cannot set attribute on proxy.")
        object.__setattr__(self, attr, value)


database = LedgerProxy()

SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),      # FULL: a commit the cashier saw survives a power cut
    ("busy_timeout", 15000),
    ("cache_size", -64000),
    # A write that fires triggers (the figures kept beside the charges, schema 22) keeps a statement
    # journal: in memory, not a temporary file per statement (a month's billing twice as fast).
    ("temp_store", 2),
)


def is_sqlite(db: peewee.Database | None = None) -> bool:
    target = db or database.obj
    return isinstance(target, peewee.SqliteDatabase)


def open_sqlite(path: str | Path) -> peewee.SqliteDatabase:
    """A SQLite file on this PC's own disk (a network share is refused: see store/location.py),
    in WAL mode."""
    require_local(path)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    # How long a writer waits for another counter's write lock before saying the file is busy.
    wait_ms = int(os.environ.get("COUNTER_APP_BUSY_TIMEOUT_MS", "15000"))
    pragmas = tuple((k, wait_ms if k == "busy_timeout" else v) for k, v in SQLITE_PRAGMAS)
    db = peewee.SqliteDatabase(str(path), pragmas=pragmas, timeout=wait_ms / 1000, autoconnect=True)
    return db


def open_target(target: str | Path) -> peewee.Database:
    """The database named by a setting or --db: a `postgresql://` URL is the office's server
    (store/server.py); anything else is a SQLite file on this PC."""
    from .server_urls import is_server_url   # why: read only when a database is opened
    if is_server_url(target):
        from .server import open_server   # why: the server's adapter only for an office server
        return open_server(target)
    return open_sqlite(target)


def bind(db: peewee.Database) -> peewee.Database:
    """Point every model at `db` (closing whatever was bound before)."""
    if database.obj is not None and database.obj is not db and not database.obj.is_closed():
        database.obj.close()
    database.initialize(db)
    db.connect(reuse_if_open=True)
    return db


def close() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def unbind() -> None:
    """No database bound (a restore onto a file not there yet)."""
    close()
    database.initialize(None)


@contextlib.contextmanager
def pinned_here(db: peewee.Database | None):
    """Every model on `db` in this thread until the block ends, whatever another thread binds
    meanwhile (a worker keeps to the ledger it was started on); its connection stays open."""
    before = getattr(database._own, "db", None)
    database._own.db = db
    try:
        yield db
    finally:
        database._own.db = before


@contextlib.contextmanager
def bound_here(db: peewee.Database):
    """Every model on `db` in this thread alone until the block ends (then `db` is closed in it);
    other threads keep the database bound for all."""
    with pinned_here(db):
        try:
            db.connect(reuse_if_open=True)
            yield db
        finally:
            if not db.is_closed():
                db.close()


@contextlib.contextmanager
def write_transaction():
    """One atomic unit of work; nested calls become savepoints of the outer one."""
    from . import written   # why: start-up: kept out of the command line's start
    db = database.obj
    outermost = db.transaction_depth() == 0
    if outermost:
        written.reset()
    mark = written.mark()
    try:
        with (db.atomic("IMMEDIATE") if outermost and is_sqlite(db) else db.atomic()) as tx:
            yield tx
            if outermost:
                written.run_hooks()      # e.g. the audit row sealing rows no record sealed yet
    except BaseException:
        written.back_to(mark)
        raise
    finally:
        if outermost:
            written.reset()     # what it read ahead was of this transaction only


@contextlib.contextmanager
def read_snapshot():
    """Reads that must see one moment of the database (a check comparing sums with the rows they
    come from while counters write): a read transaction, REPEATABLE READ on a server (SQLite's
    deferred transaction keeps its first read's snapshot). Inside a transaction already, as it is."""
    db = database.obj
    if db.transaction_depth() > 0:
        yield
        return
    with db.atomic():
        if not is_sqlite(db):
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        yield


def describe_target() -> str:
    """The database in use, as the About box and messages name it (a server's without password)."""
    db = database.obj
    return str(db.database) if is_sqlite(db) else redacted(db.database)


def db_path() -> Path | None:
    db = database.obj
    if is_sqlite(db):
        return Path(db.database)
    return None


_MODEL_QUERIES: dict = {}


def models_of(key: str, build, params=(), joined=()) -> list:
    """The model rows (values converted, joined models filled in) of a query whose parameters
    alone change from call to call: peewee builds and compiles it once per engine, and each call
    only runs the statement. The query selects whole models: the first, then the one each foreign
    key of `joined` leads to (Unit.building, Building.estate), in that order; the caller passes
    the parameters in the order the query takes them. Rows are made by the models' own public
    constructors, not by peewee's private cursor wrappers."""
    slot = (key, type(database.obj))
    if slot not in _MODEL_QUERIES:
        query = build()
        models = [query.model] + [fk.rel_model for fk in joined]
        shape = tuple((model, tuple((f.name, f.column_name, f.python_value) for f in model._meta.sorted_fields))
                      for model in models)
        _MODEL_QUERIES[slot] = [query.sql()[0], shape, tuple(fk.name for fk in joined), False]
    entry = _MODEL_QUERIES[slot]
    sql, shape, links, checked = entry
    cursor = database.obj.execute_sql(sql, tuple(params))
    if not checked:     # the statement's columns are the models' fields, in order (once per engine)
        named = [d[0].rpartition(".")[2].strip('"`') for d in cursor.description]
        wanted = [column for _, fields in shape for _, column, _ in fields]
        if named != wanted:
            raise RuntimeError(f"{key}: the query selects {named}, not the models' columns {wanted}")
        entry[3] = True
    out = []
    for row in cursor.fetchall():
        at, made = 0, []
        for model, fields in shape:
            values = {}
            for name, _, convert in fields:
                value = row[at]
                values[name] = value if value is None else convert(value)
                at += 1
            made.append(model(**values))
        for parent, child, name in zip(made, made[1:], links):
            setattr(parent, name, child)
        out.append(made[0])
    return out


def rows(sql: str, params=()) -> list[tuple]:
    """A hand-written statement ("?" placeholders, portable SQL) on the bound database, and the rows
    it returns (none for a write): for the counter's hot path, where building a model query costs
    more than running it."""
    db = database.obj
    cursor = db.execute_sql(sql if db.param == "?" else sql.replace("?", db.param), tuple(params))
    # fetchall: psycopg 3 makes the rows in one call, where iterating pays its per-row bookkeeping
    # (a third of a 20,000-row report's time on a server).
    return [] if cursor.description is None else cursor.fetchall()


def changed(sql: str, params=()) -> int:
    """A hand-written write ("?" placeholders) on the bound database: how many rows it changed."""
    db = database.obj
    return db.execute_sql(sql if db.param == "?" else sql.replace("?", db.param), tuple(params)).rowcount


def cursor_of(query):
    """Run a model query as a plain cursor: a tight loop over its tuples skips the model layer."""
    return database.obj.execute_sql(*query.sql())


_reading = threading.local()     # .apart: this thread runs one of read_together's reads


def read_together(*reads):
    """Independent reads run at once on a server, each on a connection of its own in a thread of
    its own (the server runs them on separate cores; its driver does not hold Python's lock while
    a statement runs). On SQLite one after the other on this connection (SQLITE_PARTS). Their
    results in order; a read's failure is raised. Never inside a write transaction: the other
    connections would not see its rows."""
    from concurrent.futures import ThreadPoolExecutor   # why: start-up: kept out of the window's start
    db = database.obj
    if db.transaction_depth() > 0:
        raise RuntimeError("read_together inside a transaction")
    if (is_sqlite(db) and SQLITE_PARTS == 1) or getattr(_reading, "apart", False):
        # A read that is itself one of several at once (the dashboard's collection report) reads
        # its parts one after the other: the cores are taken, and each part would open a connection.
        return [read() for read in reads]

    def run(read):
        _reading.apart = True
        try:
            return read()
        finally:
            _reading.apart = False
            db.close()          # the thread's own connection (peewee keeps one per thread)
    with ThreadPoolExecutor(max_workers=len(reads), thread_name_prefix="read") as pool:
        return [f.result() for f in [pool.submit(run, read) for read in reads]]


# A whole-estate read on a server is split by ranges of unit ids over this many connections at most
# (one per core), when there are enough units for the extra connections to cost less than they save.
SPLIT_PARTS = min(4, os.cpu_count() or 1)
SPLIT_AT_UNITS = 4000
# SQLite's statements in threads of one process slow each other down instead (the library's shared
# allocator): on 20,000 units the collection report's month took 205 ms whole, 290 ms in two parts
# and 360 ms in four, where a server's took 300 ms whole and 140 ms in two. One PC reads whole.
SQLITE_PARTS = 1


def unit_ranges() -> list[tuple[int, int]]:
    """Ranges [low, high) of unit ids that split the units into about equal parts, one per
    connection a large read may take; a single range covering every unit when the ledger is small
    or on one PC (SQLITE_PARTS), the machine has one core or a transaction is open (its rows are
    its connection's alone)."""
    low, high, count = rows("SELECT coalesce(min(id), 0), coalesce(max(id), 0), count(*) FROM unit")[0]
    parts = ((SQLITE_PARTS if is_sqlite() else SPLIT_PARTS)
             if count >= SPLIT_AT_UNITS and database.obj.transaction_depth() == 0 else 1)
    step = -(-(int(high) + 1 - int(low)) // parts)
    return [(int(low) + n * step, int(low) + (n + 1) * step) for n in range(parts)]


def read_at_once(*reads) -> list:
    """The reads' results in order: together (read_together) where unit_ranges() would split a
    large read, else one after the other on this connection."""
    if len(reads) > 1 and len(unit_ranges()) > 1:
        return read_together(*reads)
    return [read() for read in reads]


def read_split(read, ranges: list[tuple[int, int]]) -> list:
    """read(low, high) for each range, together when there are several (read_together), else on
    this connection; the parts' rows one after the other, in the ranges' order."""
    if len(ranges) == 1:
        return list(read(*ranges[0]))
    return [row for part in read_together(*(lambda r=r: read(*r) for r in ranges)) for row in part]
