"""Every public function of the use-case packages is called as an Actor and checks the permission
table; the few that are not are listed here, each with the reason, and the list is kept honest
(an entry that no longer exists fails too). Previews never take the write lock."""
import ast
import pathlib
import re

import pytest

from counter_app.core import permissions
from counter_app.core.errors import PermissionDenied
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.ledger.context import Actor
from counter_app.services.counter import ledger, payments
from counter_app.store import db as dbmod
from counter_app.store.models import Charge
from tests.factories import at, bill_months


@pytest.fixture
def billed(estate):
    return bill_months(estate, "2025-11", "2025-12", "2026-01")


SERVICES = pathlib.Path(__file__).parents[2] / "counter_app" / "services"
USE_CASES = ("admin", "billing", "closing", "counter", "reports", "consultation", "invoicing", "imports")

_PURE = "pure: computes or formats from the values passed in, reads no ledger"
_INSIDE = "inside a use case: called with the rows a checked use case already holds, in its transaction"
_FILE = "the file itself: integrity checked before anyone signs in (start-up, `audit verify`)"

NOT_ACTOR = {
    "billing/deduction.new_charges_of_prepaid_units": _INSIDE,
    "closing/close.active_day_close": _INSIDE, "closing/close.first_business_day": _INSIDE,
    "closing/files.shift_pdf": _PURE, "closing/files.day_pdf": _PURE, "closing/files.write_shift": _PURE,
    "closing/files.write_day": _PURE,
    "closing/shifts.cash_in": _INSIDE, "closing/shifts.cash_out": _INSIDE,
    "closing/shifts.expected_cash": _INSIDE,
    "closing/statement.read_statement": _PURE, "closing/statement.summary_text": _PURE,
    "closing/tables.shift_sections": _PURE, "closing/tables.day_sections": _PURE, "closing/tables.title_of_shift": _PURE,
    "counter/ledger.deposits_held": _INSIDE, "counter/ledger.paid_history": _INSIDE,
    "reports/tables.month_rates": _PURE, "reports/reminders.write_message_list": _PURE,
    "counter/receipts.receipt_contents": _INSIDE, "counter/receipts.receipt_content": _INSIDE,
    "counter/receipts.period_text": _PURE, "counter/receipts.discount_note": _INSIDE,
    "counter/request_ids.new": _PURE, "counter/request_ids.checked": _PURE,
    "counter/genuine.parse_scan": _PURE, "counter/genuine.offline_check": _PURE, "counter/receipts.check_value": _INSIDE,
    "reports/tables.arrears_sections": _PURE, "reports/tables.collection_sections": _PURE,
    "reports/tables.arrears_pdf": _PURE, "reports/tables.collection_pdf": _PURE, "reports/tables.write_arrears": _PURE,
    "reports/tables.write_collection": _PURE, "reports/tables.holdings_sections": _PURE,
    "reports/tables.holdings_pdf": _PURE, "reports/tables.write_holdings": _PURE,
    "reports/tables.dashboard_sections": _PURE, "reports/tables.dashboard_charts": _PURE,
    "reports/tables.dashboard_pdf": _PURE, "reports/tables.write_dashboard": _PURE,
    "consultation/desk.statement_sections": _PURE,
    "invoicing/requests.check_buyer": _PURE, "invoicing/requests.invoice_number_of": _PURE,
    "invoicing/requests.rate_text": _PURE, "invoicing/platform.serial": _PURE,
    **{f"imports/cells.{name}": _PURE for name in (
        "scaled", "text", "area_centi", "quantity_centi", "amount_fen", "whole", "day", "months", "phone", "id_text",
        "document", "yes_no", "choice", "plates", "code", "building_code", "unit_number")},
    "imports/spec.normal": _PURE, "imports/spec.parse_cells": _PURE, "imports/spec.empty": _PURE, "imports/runner.kind_named": _PURE,
    "imports/runner.report_path": _PURE, "imports/workbooks.headers": _PURE,
    "imports/workbooks.write_template": _PURE,
}


def public_functions():
    for package in USE_CASES:
        for path in sorted((SERVICES / package).glob("*.py")):
            source = path.read_text(encoding="utf-8")
            for node in ast.parse(source).body:
                if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                    yield f"{package}/{path.stem}.{node.name}", node, ast.get_source_segment(source, node)


def test_every_public_service_function_takes_an_actor_and_checks_it():
    offenders = []
    for name, node, source in public_functions():
        args = [a.arg for a in node.args.args]
        if name in NOT_ACTOR:
            continue
        if not args or args[0] != "actor" or "actor.require(" not in source:
            offenders.append(name)
    assert not offenders, f"take an Actor first and call actor.require(...), or list with a reason: {offenders}"


def test_the_list_of_exceptions_names_only_what_exists_and_takes_no_actor():
    found = {name: node for name, node, _ in public_functions()}
    stale = [name for name in NOT_ACTOR if name not in found]
    assert not stale, stale
    takes_actor = [name for name in NOT_ACTOR if [a.arg for a in found[name].args.args][:1] == ["actor"]
                   and "estate" not in name]
    assert not takes_actor, f"these check nothing but take an actor: {takes_actor}"


def test_every_action_a_service_asks_for_is_in_the_permission_table():
    asked = set()
    for path in SERVICES.rglob("*.py"):
        asked |= set(re.findall(r"\.(?:require|may)\(\"([\w.]+)\"", path.read_text(encoding="utf-8")))
    assert asked, "no permission checks found"
    assert asked <= set(permissions.PERMISSIONS), asked - set(permissions.PERMISSIONS)


def test_a_role_without_the_permission_is_refused_by_the_reads_that_had_none(billed):
    nobody = Actor(billed.cashier.user_id, "x", "x", "guest", billed.cashier.estate_id)
    with pytest.raises((PermissionDenied, KeyError)):
        ledger.search_units(nobody, "3-2")
    with pytest.raises((PermissionDenied, KeyError)):
        payments.quote(nobody, payments.PaymentRequest("3-2-501", [Tender("cash", 100)], all_due=True))


def test_a_preview_with_advance_months_takes_no_write_lock(billed, monkeypatch):
    """A quote with advance months and a one-off plans the charges it would create: no
    transaction, so another counter's payment is never held up by a preview."""
    opened = []
    real = dbmod.write_transaction

    def watched():
        opened.append(True)
        return real()
    monkeypatch.setattr(dbmod, "write_transaction", watched)
    monkeypatch.setattr(payments, "write_transaction", watched)
    charges = Charge.select().count()
    with clock.frozen(at(2026, 1, 10, 9)):
        q = payments.quote(billed.cashier, payments.PaymentRequest("3-2-501", [], advance=[("WYF", 3)],
                                                                   adhoc=[("MJK", None, "")]))
    planned = [a for a in q.allocations if a.charge_id < 0]      # stand-in ids: planned, never saved
    assert planned and sum(a.principal_fen for a in planned) > 0 and q.total_fen > 0
    assert opened == [] and Charge.select().count() == charges
    assert dbmod.database.obj.transaction_depth() == 0
