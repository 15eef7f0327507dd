"""The SQL the kept tables' triggers share (owed_month, late_month, month_units, owing_touch): a
charge's month as a number, and a server's trigger run once per statement."""
from __future__ import annotations


def period_month(sqlite: bool, row: str = "c") -> str:
    """The row's period month as Month.index() (dialect.month_number, for a database not bound yet)."""
    if sqlite:
        return (f"(CAST(substr({row}.period_start, 1, 4) AS INTEGER) * 12 + "
                f"CAST(substr({row}.period_start, 6, 2) AS INTEGER) - 1)")
    return (f"(CAST(EXTRACT(YEAR FROM {row}.period_start) AS INTEGER) * 12 + "
            f"CAST(EXTRACT(MONTH FROM {row}.period_start) AS INTEGER) - 1)")


def statement_trigger(name: str, event: str, tables: str, body: str) -> list[str]:
    """A server's trigger `name` after `event` ("INSERT ON charge") that runs `body` once per
    statement over its transition tables (a billing run's hundred thousand rows: one statement)."""
    return [f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"{body}; RETURN NULL; END $$",
            f"CREATE OR REPLACE TRIGGER {name} AFTER {event} REFERENCING {tables} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"]


def created_name(statement: str) -> str | None:
    """The name of the trigger or unique index a kept table's CREATE statement makes (None: a
    function or anything else): what the check looks for, and what billing sets aside."""
    words = statement.split()
    if words[:2] == ["CREATE", "TRIGGER"] or words[:4] == ["CREATE", "OR", "REPLACE", "TRIGGER"]:
        return words[words.index("EXISTS") + 1] if "EXISTS" in words else words[words.index("TRIGGER") + 1]
    if words[:3] == ["CREATE", "UNIQUE", "INDEX"]:
        return words[words.index("EXISTS") + 1]
    return None
