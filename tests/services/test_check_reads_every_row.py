"""The check reads every row: a value edited behind the program so that it no longer is what its
column says — text that is not UTF-8, a date that is no date, a time that is no time, words in a
number — is found and named by table, row and column, and the check says so instead of failing."""
import sqlite3

import pytest

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments
from counter_app.services.setup import checkup
from counter_app.store import db as dbmod
from tests.factories import at, bill_months

pytestmark = pytest.mark.sqlite_only          # a server checks each value as it is written

EDITS = {
    "a due date of flipped bytes": ("charge", "due_date", "CAST(x'323032362d30352d9594' AS TEXT)", "不是日期"),
    "the 30th of February": ("charge", "due_date", "'2026-02-30'", "不是日期"),
    "a period start in another shape": ("charge", "period_start", "'2026/01/01'", "不是日期"),
    "a name that is not UTF-8": ("person", "name", "CAST(x'e5bca0c3' AS TEXT)", "不是有效的文字"),
    "a basis of bytes": ("charge", "basis", "x'00ff'", "不是文字"),
    "words in an amount": ("charge", "amount_fen", "'一百'", "不是整数"),
    "a time that is no time": ("payment", "created_at", "'yesterday'", "不是时间"),
    "a time of 25 o'clock": ("audit_log", "created_at", "'2026-01-05 25:00:00'", "不是时间"),
    "a fraction of words": ("payment", "created_at", "'2026-01-05 01:00:00.abc'", "不是时间"),
    "a prepaid balance in text": ("unit", "prepaid_fen", "'12.5'", "不是整数"),
}


@pytest.fixture
def paid(estate):
    bill_months(estate, "2026-01")
    with clock.frozen(at(2026, 1, 5, 9)):
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
    assert checkup.check(estate.manager).ok
    return estate


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_value_that_is_not_what_its_column_says_is_named(paid, edit):
    table, column, value, words = EDITS[edit]
    path = dbmod.db_path()
    dbmod.close()
    conn = sqlite3.connect(path)
    row = conn.execute(f'SELECT min(id) FROM "{table}"').fetchone()[0]
    conn.execute(f'UPDATE "{table}" SET "{column}" = {value} WHERE id = ?', (row,))
    conn.commit()
    conn.close()
    from counter_app.services.common.session import open_database
    open_database(path)
    report = checkup.check(paid.manager)
    assert not report.ok and "读不出" in report.integrity
    named = [p for p in report.problems if f"表 {table} 第 {row} 行 {column} {words}" in p]
    assert named, report.problems
    dbmod.close()          # edited on purpose: the billed months are not to be added up again on the way out
