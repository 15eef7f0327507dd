"""The few hot writes that are worth a hand-written statement (portable SQL, any backend)."""
from __future__ import annotations

import peewee as pw

from . import written
from .db import database, is_sqlite


def add_to_paid(allocations: list[tuple[int, int]]) -> int:
    """Add principal to each charge's paid amount, never past its amount. Returns rows updated:
    fewer than len(allocations) means some charge was already paid (the caller rolls back). One
    statement per 500 charges: a server's statement triggers on the charge table (the kept sums)
    then run once for a payment's charges, not once per charge."""
    if len({charge_id for charge_id, _ in allocations}) != len(allocations):
        raise ValueError("a charge allocated twice")
    db = database.obj
    p = db.param
    updated = 0
    for start in range(0, len(allocations), 500):
        chunk = allocations[start:start + 500]
        given = " UNION ALL ".join([f"SELECT {p} AS cid, {p} AS amount"] * len(chunk))
        cursor = db.execute_sql(f"UPDATE charge SET paid_fen = charge.paid_fen + v.amount FROM ({given}) v "
                                "WHERE charge.id = v.cid AND charge.paid_fen + v.amount <= charge.amount_fen",
                                [x for pair in chunk for x in pair])
        updated += cursor.rowcount
    return updated


def _with_defaults(model, row: dict) -> dict:
    """The model's declared defaults for the fields a row leaves out (as Model.create would)."""
    full = dict(row)
    for field, default in model._meta.defaults.items():
        if field.name not in full:
            full[field.name] = default() if callable(default) else default
    return full


def insert_row(model, row: dict) -> int:
    """Insert one row with a prepared statement; returns its id."""
    row = _with_defaults(model, row)
    db = database.obj
    fields = model._meta.fields
    columns = [fields[n].column_name for n in row]
    sql = (f'INSERT INTO "{model._meta.table_name}" ({", ".join(columns)}) '
           f'VALUES ({", ".join([db.param] * len(columns))})')
    params = tuple(fields[n].db_value(v) for n, v in row.items())
    if is_sqlite(db):
        new_id = db.cursor().execute(sql, params).lastrowid
    else:
        cursor = db.cursor()
        cursor.execute(sql + " RETURNING id", params)
        new_id = cursor.fetchone()[0]
    written.note(model._meta.table_name, [new_id])
    return new_id


def insert_rows(model, rows: list[dict], *, noted: bool = True) -> int:
    """Insert many rows of one model with a single prepared statement (peewee's insert_many
    builds every value through its query compiler, which dominates a billing run). noted=False:
    the caller notes them for their seal itself, in the same transaction (rows it writes again)."""
    if not rows:
        return 0
    rows = _with_ids(model, rows)
    db = database.obj
    fields = model._meta.fields
    defaults = {f.name: d for f, d in model._meta.defaults.items() if f.name not in rows[0]}
    names = list(rows[0]) + list(defaults)
    columns = [fields[n].column_name for n in names]
    # Plain numbers and text go in as they are; dates, times, booleans and model instances are
    # converted the way peewee would.
    converters = [None if type(fields[n]) in (pw.IntegerField, pw.BigIntegerField, pw.CharField, pw.TextField)
                  else fields[n].db_value for n in names]
    fixed = [d() if callable(d) else d for d in defaults.values()]
    sql = (f'INSERT INTO "{model._meta.table_name}" ({", ".join(columns)}) '
           f'VALUES ({", ".join([db.param] * len(columns))})')
    given = names[:len(names) - len(defaults)]
    params = []
    for row in rows:
        values = [row[n] for n in given] + fixed
        params.append(tuple(v if c is None else c(v) for v, c in zip(values, converters)))
    db.cursor().executemany(sql, params)
    if noted:
        _noted(model, [row.get("id") for row in rows])
    return len(params)


def _draw_ids(model, count: int) -> list[int] | None:
    """Ids for rows of a sealed table about to be inserted on a server, drawn from its sequence
    in one statement (their seal needs them); None where the rows need none drawn (SQLite, whose
    write transaction holds the file, gives the next ids in order: see _noted)."""
    if is_sqlite() or model._meta.table_name not in written.SEALED_TABLES:
        return None
    return new_ids(model, count)


def new_ids(model, count: int) -> list[int]:
    """Ids for `count` rows of a table about to be inserted, known before they are (new_ids_of)."""
    return new_ids_of({model: count}).get(model, [])


def new_ids_of(counts: dict) -> dict:
    """{model: ids} for rows of several tables about to be inserted, known before they are: drawn
    from each table's sequence on a server, all in one statement; on one PC the next after each
    table's largest (inside a write transaction, which holds the file: nobody else takes them)."""
    counts = {model: n for model, n in counts.items() if n}
    cursor = database.obj.cursor()
    if is_sqlite():
        out = {}
        for model, n in counts.items():
            last = cursor.execute(f'SELECT max(id) FROM "{model._meta.table_name}"').fetchone()[0] or 0
            out[model] = list(range(last + 1, last + 1 + n))
        return out
    if not counts:
        return {}
    models = list(counts)
    cursor.execute(" UNION ALL ".join(
        f"SELECT {n}, nextval(pg_get_serial_sequence('{model._meta.table_name}', 'id')) FROM generate_series(1, %s)"
        for n, model in enumerate(models)), [counts[model] for model in models])
    drawn: dict = {model: [] for model in models}
    for n, i in cursor.fetchall():
        drawn[models[n]].append(i)
    return {model: sorted(ids) for model, ids in drawn.items()}


def _with_ids(model, rows: list[dict]) -> list[dict]:
    if "id" in rows[0]:
        return rows
    ids = _draw_ids(model, len(rows))
    return rows if ids is None else [dict(row, id=i) for row, i in zip(rows, ids)]


def _noted(model, ids: list, columns: tuple | None = None, values: list | None = None) -> None:
    """Note the ids of rows just inserted in a sealed table: given, or on SQLite the last ones
    (inside its write transaction nobody else inserts, and new rowids follow the largest); with the
    values as stored, when they went in as they are (insert_values)."""
    table = model._meta.table_name
    if table not in written.SEALED_TABLES:
        return
    if None in ids:
        last = database.obj.execute_sql(f'SELECT max(id) FROM "{table}"').fetchone()[0]
        ids = range(last - len(ids) + 1, last + 1)
    written.note(table, ids, columns, values)


def insert_values(model, columns: tuple[str, ...], rows: list[tuple]) -> int:
    """Insert rows whose values are already as the database stores them (ints, text, None), in
    the order of `columns`: nothing is converted, which is what a hundred thousand rows need."""
    if not rows:
        return 0
    ids = _draw_ids(model, len(rows)) if "id" not in columns else None
    if ids is not None:
        columns, rows = ("id",) + tuple(columns), [(i,) + tuple(row) for i, row in zip(ids, rows)]
    db = database.obj
    if not is_sqlite(db):
        # A server takes a hundred thousand rows as one COPY stream several times faster than as
        # as many INSERTs, however pipelined; it parses the ISO dates as dates.
        with db.cursor().copy(f'COPY "{model._meta.table_name}" ({", ".join(columns)}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
    else:
        sql = (f'INSERT INTO "{model._meta.table_name}" ({", ".join(columns)}) '
               f'VALUES ({", ".join([db.param] * len(columns))})')
        db.cursor().executemany(sql, rows)
    _noted(model, [row[columns.index("id")] for row in rows] if "id" in columns else [None] * len(rows),
           columns, rows)
    return len(rows)
