"""The database: models, binding, migrations, locks and every hand-written statement."""
import importlib
import sys

if "peewee" not in sys.modules:
    # peewee looks for the PostgreSQL drivers when it is first imported, and psycopg costs 50 ms
    # of every start-up; most counters never open a server, so the driver is imported only when
    # one does (store/server.py gives peewee an adapter that imports it then).
    _hidden = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in sys.modules]
    for _name in _hidden:
        sys.modules[_name] = None          # `import psycopg` raises ImportError meanwhile
    try:
        importlib.import_module("peewee")
    finally:
        for _name in _hidden:
            del sys.modules[_name]
