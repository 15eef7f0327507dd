"""The ledger as another program sees it: a connection of its own (not the application's), on
SQLite or the server alike, for tests that edit the database behind the program's back or compare
everything it holds."""
from __future__ import annotations

import sqlite3

from counter_app.store.server_urls import is_server_url


def _connect(target):
    if is_server_url(str(target)):
        import psycopg
        return psycopg.connect(str(target), autocommit=True)
    return sqlite3.connect(str(target))


def execute(target, sql: str, params=()) -> list[tuple]:
    """Run one statement ("?" placeholders) and commit; the rows it returned."""
    conn = _connect(target)
    try:
        if is_server_url(str(target)):
            sql = sql.replace("?", "%s")
        cursor = conn.execute(sql, tuple(params))
        found = list(cursor) if cursor.description else []
        conn.commit()
        return found
    finally:
        conn.close()


def fingerprint(target) -> list[str]:
    """Everything committed, as text: equal fingerprints mean nothing changed."""
    conn = _connect(target)
    try:
        if not is_server_url(str(target)):
            return list(conn.iterdump())
        out = []
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                             "ORDER BY tablename")]
        for table in tables:
            out += [f"{table}: {row!r}" for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1')]
        return out
    finally:
        conn.close()
