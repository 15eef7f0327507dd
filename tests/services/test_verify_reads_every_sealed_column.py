"""verify reads receipts back as plain rows (store.queries.payments.stored_receipts): each column a
receipt's content hash covers, on the receipt, its lines and its tenders, edited behind the program
as someone holding the file would, is found and the receipt named; so is an amount made a fraction
(which a model's integer field would have rounded back to what was sealed)."""
import pytest

from counter_app.ledger import verify
from counter_app.store import db as dbmod
from tests import outside
from tests.factories import bill_months

from .test_keyed_chain import _pay

OTHER = "(SELECT MIN(id) FROM {table} WHERE id <> payment.{column})"
EDITS = {
    "number": "UPDATE payment SET number = number || 'X' WHERE id = {pid}",
    "unit_id": "UPDATE payment SET unit_id = " + OTHER.format(table="unit", column="unit_id") + " WHERE id = {pid}",
    "kind": "UPDATE payment SET kind = 'deduction' WHERE id = {pid}",
    "user_id": "UPDATE payment SET user_id = " + OTHER.format(table='"user"', column="user_id") + " WHERE id = {pid}",
    "request_id": "UPDATE payment SET request_id = COALESCE(request_id, '') || 'x' WHERE id = {pid}",
    "line charge": "UPDATE payment_line SET charge_id = (SELECT MIN(c.id) FROM charge c WHERE c.id <> payment_line.charge_id) "
                   "WHERE id = (SELECT MIN(id) FROM payment_line WHERE payment_id = {pid})",
    "tender method": "UPDATE tender SET method = 'wechat' WHERE payment_id = {pid}",
    "tender reference": "UPDATE tender SET reference = reference || 'x' WHERE payment_id = {pid}",
    "a fraction of a fen": "UPDATE payment SET total_fen = total_fen + 0.5 WHERE id = {pid}",
}
for column in ("lines_fen", "late_fee_fen", "waived_fen", "topup_fen", "total_fen", "cash_tendered_fen", "change_fen",
               "prepaid_after_fen"):
    EDITS[column] = f"UPDATE payment SET {column} = {column} + 1 WHERE id = {{pid}}"
for column in ("principal_fen", "late_fee_fen", "waived_fen"):
    EDITS[f"line {column}"] = (f"UPDATE payment_line SET {column} = {column} + 1 "
                               "WHERE id = (SELECT MIN(id) FROM payment_line WHERE payment_id = {pid})")
EDITS["tender amount_fen"] = "UPDATE tender SET amount_fen = amount_fen + 1 WHERE payment_id = {pid}"


@pytest.mark.parametrize("kind", sorted(EDITS) + ["created_at"])
def test_each_sealed_column_of_a_receipt_edited_is_named(kind, estate):
    bill_months(estate, "2026-01")
    _pay(estate, "3-1-101", hour=8)
    paid = _pay(estate)
    _pay(estate, "3-1-102", hour=10)
    assert verify.verify_documents().ok
    path = str(estate.ledger.path)
    if kind == "created_at":
        sql = ("UPDATE payment SET created_at = created_at + interval '1 second' WHERE id = {pid}"
               if path.startswith("postgresql") else
               "UPDATE payment SET created_at = datetime(created_at, '+1 second') WHERE id = {pid}")
    elif kind == "a fraction of a fen" and path.startswith("postgresql"):
        pytest.skip("a server's bigint column cannot hold a fraction")
    else:
        sql = EDITS[kind]
    dbmod.close()
    outside.execute(path, sql.format(pid=paid.payment_id if hasattr(paid, "payment_id") else _id_of(path, paid.number)))
    from counter_app.services.common.session import open_database
    open_database(path)
    report = verify.verify_documents()
    assert not report.ok and paid.number in report.problem, (kind, report)


def _id_of(path, number):
    return outside.execute(path, "SELECT id FROM payment WHERE number = ?".replace("?", "%s" if path.startswith("postgresql") else "?"),
                           (number,))[0][0]
