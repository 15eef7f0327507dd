"""Every stored value readable as what its column says. A SQLite file edited behind the program, or
a backup with flipped bytes, may hold text that is not UTF-8, a date that is no date, or text in a
number column; SQLite's integrity_check does not look inside values. Each is found here and named
by table, row and column, reading every row of every table through a connection of its own
(so it runs on a backup's copy as on the ledger in use) before anything else reads the rows and
trips over them. A PostgreSQL server checks each value's type and encoding as it is written."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from ..core.errors import Finding, Word
from .models import ALL_MODELS

_INTEGER = (peewee.IntegerField, peewee.BigIntegerField, peewee.AutoField, peewee.BooleanField,
            peewee.ForeignKeyField)
_TEXT = (peewee.CharField, peewee.TextField)
_DATE_SHAPE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
_WORDS = {"integer": "不是整数", "date": "不是日期", "time": "不是时间", "text": "不是文字"}


def _kind(field) -> str | None:
    if isinstance(field, peewee.DateTimeField):
        return "time"
    if isinstance(field, peewee.DateField):
        return "date"
    if isinstance(field, _INTEGER):
        return "integer"
    if isinstance(field, _TEXT):
        return "text"
    return None


def _wrong(column: str, kind: str) -> str:
    """SQL true when a non-null value of `column` is not of `kind` (as peewee stores it)."""
    c = f'"{column}"'
    if kind == "integer":
        return f"typeof({c}) <> 'integer'"
    if kind == "text":
        return f"typeof({c}) = 'blob'"
    if kind == "date":
        # date() takes any day up to 31; a modifier makes it say 2026-03-02 for 2026-02-30.
        return f"typeof({c}) <> 'text' OR {c} NOT GLOB '{_DATE_SHAPE}' OR coalesce(date({c}, '+0 days'), '') <> {c}"
    # A time: 2026-01-05 01:00:00, with or without .ffffff.
    return (f"typeof({c}) <> 'text' OR {c} NOT GLOB '{_DATE_SHAPE} [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*' "
            f"OR coalesce(datetime(substr({c}, 1, 19), '+0 days'), '') <> substr({c}, 1, 19) "
            f"OR (length({c}) > 19 AND substr({c}, 20) NOT GLOB '.[0-9]*') OR length({c}) > 26")


def _shown(value) -> str:
    text = value.decode("utf-8", "backslashreplace") if isinstance(value, bytes) else str(value)
    text = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    return text if len(text) <= 30 else text[:30] + "…"


def problems_in(path: Path, limit: int = 20) -> list[str]:
    """What of the SQLite file at `path` cannot be read as its column says, at most `limit` of
    them, each named: 表 charge 第 12 行 due_date 不是日期（2026-05-\\x95\\x94）."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.text_factory = bytes                      # text as stored: its bytes are judged here
    found: list[str] = []
    try:
        tables = {r[0].decode() for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for model in ALL_MODELS:
            table = model._meta.table_name
            if table not in tables or len(found) >= limit:
                continue
            present = {r[1].decode() for r in conn.execute(f'PRAGMA table_info("{table}")')}
            columns = [(f.column_name, _kind(f)) for f in model._meta.sorted_fields
                       if f.column_name in present and _kind(f)]
            key = "rowid" if model._meta.primary_key.column_name not in present else \
                f'"{model._meta.primary_key.column_name}"'
            found += _typed(conn, table, key, columns, limit - len(found))
            found += _undecodable(conn, table, key, [c for c, k in columns if k == "text"], limit - len(found))
    finally:
        conn.close()
    return found[:limit]


def _typed(conn, table: str, key: str, columns: list[tuple[str, str]], limit: int) -> list[str]:
    if limit <= 0 or not columns:
        return []
    checks = [(c, k, f'"{c}" IS NOT NULL AND ({_wrong(c, k)})') for c, k in columns]
    where = " OR ".join(f"({cond})" for _, _, cond in checks)
    selected = ", ".join(f'{cond}, "{c}"' for c, _, cond in checks)
    out = []
    for row in conn.execute(f'SELECT {key}, {selected} FROM "{table}" WHERE {where} LIMIT ?', (limit,)):
        for (column, kind, _), bad, value in zip(checks, row[1::2], row[2::2]):
            if bad:
                out.append(Finding("表 {table} 第 {row} 行 {column} {what}（{value}）", table=table, row=_shown(row[0]),
                                    column=column, what=Word(_WORDS[kind]), value=_shown(value)))
    return out[:limit]


def _undecodable(conn, table: str, key: str, columns: list[str], limit: int) -> list[str]:
    """Text that is not UTF-8 (every row read: SQLite keeps whatever bytes it was given)."""
    if limit <= 0 or not columns:
        return []
    out = []
    joined = " || x'00' || ".join(f"coalesce(\"{c}\", '')" for c in columns)
    quoted = ", ".join(f'"{c}"' for c in columns)
    for row_key, text in conn.execute(f'SELECT {key}, {joined} FROM "{table}"'):
        try:
            bytes(text).decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        values = conn.execute(f'SELECT {quoted} FROM "{table}" WHERE {key} = ?', (row_key,)).fetchone()
        for column, value in zip(columns, values):
            try:
                bytes(value or b"").decode("utf-8")
            except UnicodeDecodeError:
                out.append(Finding("表 {table} 第 {row} 行 {column} 不是有效的文字（{value}）", table=table,
                                    row=_shown(row_key), column=column, value=_shown(value)))
        if len(out) >= limit:
            break
    return out[:limit]
