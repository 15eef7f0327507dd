"""The rows of the sealed money tables as their seals read them (ledger/rowseals.py)."""
from __future__ import annotations

import peewee as pw

from ..db import database
from ..models import (BillingRun, BookIssue, CashMovement, Charge, DiscountLine, MeterReading, NumberSkip, OpeningDeposit,
                      Payment, PaymentLine, PrepaidMovement, ReceiptBook, ReceiptForm, Refund, RefundLine, SharedCost,
                      TenderRow)

_MODELS = {m._meta.table_name: m for m in (Payment, PaymentLine, TenderRow, Refund, RefundLine, PrepaidMovement,
                                             Charge, BillingRun, MeterReading, OpeningDeposit, SharedCost, NumberSkip,
                                             CashMovement, ReceiptBook, BookIssue, ReceiptForm, DiscountLine)}
BOOL, TIME, TEXT = "bool", "time", "text"


def _kind(field) -> str:
    if isinstance(field, pw.BooleanField):
        return BOOL
    if isinstance(field, pw.DateTimeField):
        return TIME
    return TEXT if isinstance(field, (pw.CharField, pw.TextField)) else ""


def columns_of(left_out: dict[str, set]) -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Table -> (field name, column, kind: BOOL, TIME, TEXT or "") of each sealed table's columns
    but its id and those `left_out` of it, in the model's order."""
    return {table: tuple((f.name, f.column_name, _kind(f)) for f in model._meta.sorted_fields
                         if f.name != "id" and f.name not in left_out.get(table, ()))
            for table, model in _MODELS.items()}


def _select(table: str, columns: list[str]) -> str:
    return f'SELECT id, {", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)} FROM "{table}"'


def rows_by_id(table: str, columns: list[str], ids: list[int]) -> list[tuple]:
    """(id, *columns) of the given rows, read as stored: a run of ids as a range, others by list."""
    found = []
    db = database.obj
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        lo, hi = chunk[0], chunk[-1]
        if hi - lo + 1 == len(chunk):
            sql, params = _select(table, columns) + f" WHERE id BETWEEN {db.param} AND {db.param}", (lo, hi)
        else:
            sql, params = _select(table, columns) + f" WHERE id IN ({', '.join([db.param] * len(chunk))})", chunk
        found += list(db.execute_sql(sql, params))
    return found


def all_rows(table: str, columns: list[str]):
    """(id, *columns) of every row, in id order, as a cursor (a table of millions is not held)."""
    return database.obj.execute_sql(_select(table, columns) + " ORDER BY id")


def all_ids(table: str) -> list[int]:
    return [i for i, in database.obj.execute_sql(f'SELECT id FROM "{table}" ORDER BY id')]
