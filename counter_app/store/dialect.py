"""What differs between the engines in hand-written SQL, in one place.

SQLite plans without statistics (the program never runs ANALYZE), so a few statements fix their
join order or keep an index out of play with SQLite's own hints; PostgreSQL plans from its
statistics and needs none, and locks rows where SQLite locks the whole file.
"""
from __future__ import annotations

from peewee import SQL, NodeList

from .db import database, is_sqlite


def ordered_join() -> str:
    """A join SQLite must take in the written order (its CROSS JOIN); a plain join elsewhere."""
    return "CROSS JOIN" if is_sqlite() else "JOIN"


def unindexed(column: str) -> str:
    """A column whose index SQLite must not use for this condition (its unary "+")."""
    return f"+{column}" if is_sqlite() else column


def for_update() -> str:
    """Row locks for the rest of the transaction; SQLite's write transaction already holds the file."""
    return "" if is_sqlite() else " FOR UPDATE"


def days_since(day: str, column: str) -> str:
    """Whole days from the date in `column` to the date `day` (a placeholder or a column)."""
    if is_sqlite():   # dates are ISO text; the difference of two midnights is a whole number
        return f"CAST(julianday({day}) - julianday({column}) AS INTEGER)"
    return f"(CAST({day} AS date) - {column})"


def month_of(column: str) -> str:
    """A date column's month as "YYYY-MM" text."""
    return f"substr({column}, 1, 7)" if is_sqlite() else f"to_char({column}, 'YYYY-MM')"


def month_number(column: str) -> str:
    """A date column's month as a whole number, year × 12 + month − 1 (core.periods.Month.index)."""
    if is_sqlite():
        return f"(CAST(substr({column}, 1, 4) AS INTEGER) * 12 + CAST(substr({column}, 6, 2) AS INTEGER) - 1)"
    return f"(CAST(EXTRACT(YEAR FROM {column}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM {column}) AS INTEGER) - 1)"


def least(first: str, second: str) -> str:
    """The smaller of two values (SQLite's two-argument min, a server's LEAST)."""
    return f"min({first}, {second})" if is_sqlite() else f"LEAST({first}, {second})"


def param() -> str:
    return database.obj.param


def marks(values) -> str:
    """Placeholders for an IN list of `values`."""
    return ", ".join("?" * len(values))


def among(column: str, ids: list[int]) -> tuple[str, list]:
    """The condition that `column` is one of `ids`, and its parameters: an IN list on SQLite; on a
    server one array, since the driver reads a statement's text for its placeholders each time
    (thousands of them: 50 ms for the late payers' 6,500 units)."""
    if is_sqlite():
        return f"{column} IN ({marks(ids)})", list(ids)
    return f"{column} = ANY(?)", [list(ids)]


def indexed_by(index: str) -> str:
    """Make SQLite read `index` (its INDEXED BY; the statement then fails rather than silently
    reading another index if its condition stops matching a partial index's). Without statistics
    SQLite prefers a full index on the same leading column to a partial one; a server has them."""
    return f"INDEXED BY {index}" if is_sqlite() else ""


def unindexed_field(field):
    """A model query's column whose index SQLite must not start from (its unary "+"): e.g. the
    estate of units found by an owner's name, which must start from the name's index, not read
    every unit of the estate."""
    if not is_sqlite():
        return field
    return NodeList((SQL("+"), field), glue="")


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def prefix_of(column: str, text: str) -> tuple[str, list]:
    """The condition that `column` starts with `text`, and its parameters: a prefix match an index
    serves. SQLite's LIKE ignores case and so never uses an ordinary index: there the prefix is a
    range of the index (exact case, which is how names, pinyin initials, phone digits and unit
    numbers are stored); a server's LIKE 'x%' (not ILIKE, which no btree serves) is read from the
    column's text_pattern_ops index (migrations.SERVER_INDEXES) in any collation, exact case too."""
    if is_sqlite():
        return f"{column} >= ? AND {column} < ?", [text, text + "\U0010ffff"]
    return f"{column} LIKE ?", [_like_escaped(text) + "%"]


def holding(column: str, text: str) -> tuple[str, list]:
    """The condition that `column` holds `text` anywhere, and its parameters, wildcards taken
    literally: a server's plain LIKE in exact case (how plates are stored; ILIKE would fold the
    case of every row it reads); SQLite's LIKE, which ignores case at no cost."""
    pattern = "%" + _like_escaped(text) + "%"
    return (f"{column} LIKE ? ESCAPE '\\'" if is_sqlite() else f"{column} LIKE ?"), [pattern]
