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
