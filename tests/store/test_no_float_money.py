"""No money value is a float anywhere in core or store: checked in the source and in the file."""
import ast
from pathlib import Path

import peewee as pw

import counter_app
from counter_app.store.models import ALL_MODELS
from counter_app.store.server_urls import is_server_url
from tests import outside

SRC = Path(counter_app.__file__).parent
MONEY_SUFFIXES = ("_fen", "_e4", "_centi")


def _sources(*folders):
    for folder in folders:
        yield from sorted((SRC / folder).rglob("*.py"))


def test_no_float_in_core_and_store_source():
    offenders = []
    for path in _sources("core", "store", "ledger", "services", "scenarios"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, float):
                offenders.append(f"{path.name}:{node.lineno} float literal {node.value}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "float":
                offenders.append(f"{path.name}:{node.lineno} float()")
            if isinstance(node, ast.Attribute) and node.attr in ("FloatField", "DoubleField", "DecimalField"):
                offenders.append(f"{path.name}:{node.lineno} {node.attr}")
    assert offenders == []


def test_money_columns_are_integers():
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if field.name.endswith(MONEY_SUFFIXES):
                assert isinstance(field, (pw.IntegerField, pw.BigIntegerField)), f"{model.__name__}.{field.name}"


def test_stored_money_is_integer_typed(estate):
    from counter_app.core.tenders import Tender
    from counter_app.services.billing import runs as billing
    from counter_app.ledger import clock
    from counter_app.services.counter import payments
    from tests.factories import at
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2026-01")
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 1_000_000)]))
    path = estate.ledger.path
    server = is_server_url(str(path))
    checked = 0
    for model in ALL_MODELS:
        table = model._meta.table_name
        for field in model._meta.sorted_fields:
            if field.name.endswith(MONEY_SUFFIXES):
                if server:   # a server's columns have one declared type
                    types = {r[0] for r in outside.execute(
                        path, "select data_type from information_schema.columns where table_name = ? and "
                        "column_name = ?", (table, field.column_name))}
                    assert types <= {"integer", "bigint"}, f"{table}.{field.column_name}: {types}"
                else:        # SQLite's are per value
                    types = {r[0] for r in outside.execute(
                        path, f'select distinct typeof("{field.column_name}") from "{table}"')}
                    assert types <= {"integer", "null"}, f"{table}.{field.column_name}: {types}"
                checked += 1
    assert checked > 20
