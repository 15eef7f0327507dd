"""Copying a whole ledger from one database to another (a single counter's SQLite file onto the
office's server): every table in dependency order, ids kept, the server's id sequences moved past
them, and the copy compared with its source table by table (rows and money totals).

Values travel as the source stores them: PostgreSQL's COPY reads SQLite's text dates and times
and 0/1 booleans as its own types, so millions of charges need no conversion in Python.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import peewee
from peewee import sort_models

from .models import ALL_MODELS, DERIVED_MODELS
from .queries import late_months, month_units, owed_months

BATCH = 20_000


@dataclass
class TableCount:
    table: str
    rows: int
    money: dict[str, int] = field(default_factory=dict)


def _money_columns(model) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields if f.name.endswith("_fen")]


def measure(db: peewee.Database, model) -> TableCount:
    """Rows and the sum of each money column of a model's table."""
    table = model._meta.table_name
    money = _money_columns(model)
    sums = ", ".join(f'coalesce(sum("{c}"), 0)' for c in money)
    row = db.execute_sql(f'SELECT count(*){", " + sums if sums else ""} FROM "{table}"').fetchone()
    return TableCount(table, int(row[0]), {c: int(v) for c, v in zip(money, row[1:])})


def is_empty(db: peewee.Database) -> bool:
    """No ledger table holds a row (a fresh schema, or none at all)."""
    tables = set(db.get_tables())
    return all(m._meta.table_name not in tables or measure(db, m).rows == 0 for m in ALL_MODELS
               if m._meta.table_name != "meta")


def copy_tables(source: peewee.Database, target: peewee.Database,
                progress: Callable[[str, int], None] | None = None) -> list[TableCount]:
    """Copy every ledger table from `source` to the server database `target`, which has the same
    schema and no rows (its own schema facts are replaced by the source's), in one transaction."""
    counts = []
    with target.atomic():
        target.execute_sql('DELETE FROM "meta"')
        # The units of each month are counted once after the copy, not charge by charge during it
        # (the trigger looks at each unit's other charges: millions of lookups for one statement).
        target.execute_sql("ALTER TABLE charge DISABLE TRIGGER month_units_insert")
        for model in sort_models(ALL_MODELS):
            if model in DERIVED_MODELS:
                continue
            table = model._meta.table_name
            columns = [f.column_name for f in model._meta.sorted_fields]
            names = ", ".join(f'"{c}"' for c in columns)
            cursor = source.execute_sql(f'SELECT {names} FROM "{table}"')
            done = 0
            with target.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                while batch := cursor.fetchmany(BATCH):
                    for row in batch:
                        copy.write_row(row)
                    done += len(batch)
                    if progress:
                        progress(table, done)
            if isinstance(model._meta.primary_key, peewee.AutoField):
                target.execute_sql(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                   f'coalesce(max(id), 1), max(id) IS NOT NULL) FROM "{table}"')
            counts.append(measure(target, model))
        # What is worked out from the rows copied: the figures kept per unit again when read (the
        # copy's triggers noted every unit), the months paid late, owed and their units added up again.
        target.execute_sql('DELETE FROM "owing_unit"')
        target.execute_sql('DELETE FROM "owing_touch"')
        late_months.rebuild(target)
        owed_months.rebuild(target)
        target.execute_sql("ALTER TABLE charge ENABLE TRIGGER month_units_insert")
        month_units.rebuild(target)
    return counts


def compare(source: peewee.Database, target: peewee.Database) -> list[str]:
    """What differs between the two databases, table by table (rows, money totals)."""
    problems = []
    for model in ALL_MODELS:
        if model in DERIVED_MODELS:
            continue
        a, b = measure(source, model), measure(target, model)
        if a.rows != b.rows:
            problems.append(f"{a.table}：原库 {a.rows} 行，新库 {b.rows} 行")
        for column, total in a.money.items():
            if b.money.get(column) != total:
                problems.append(f"{a.table}.{column}：原库合计 {total}，新库 {b.money.get(column)}")
    return problems
