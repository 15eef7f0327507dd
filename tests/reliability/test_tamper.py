"""Every edit made behind the program is found: a copy of a ledger is edited with sqlite3 in each way
an insider might try, and `counter-app audit verify` exits non-zero naming the row."""
import shutil
import sqlite3
from datetime import date

import pytest

from counter_app import cli
from counter_app.core.closeout import greedy_count
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout
from counter_app.services.closing import shifts
from counter_app.services.common import clock
from counter_app.services.counter import corrections, payments
from counter_app.store import db as dbmod
from tests.factories import at, bill_months

pytestmark = pytest.mark.sqlite_only   # edits a copy of the file with sqlite3


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    """A day at the counter: receipts, a void, a closed shift, a closed day."""
    from tests.factories import build_small_estate, open_with_admin
    path = tmp_path_factory.mktemp("tamper") / "ledger.sqlite3"
    estate = bill_months(build_small_estate(open_with_admin(path)), "2025-12", "2026-01")
    with clock.frozen(at(2026, 1, 10, 9)):
        paid = payments.take_payment(estate.cashier, payments.PaymentRequest(
            "3-2-501", [Tender("wechat", 20000, "WX1"), Tender("cash", 100000)], all_due=True))
        voided = payments.take_payment(estate.cashier, payments.PaymentRequest(
            "3-1-102", [Tender("cash", 5000)], topup_fen=5000))
        corrections.void_receipt(estate.cashier, voided.number, "录错", estate.manager)
        for actor in (estate.cashier, estate.manager):
            counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(actor).id))
            closeout.close_shift(actor, counts)
        closeout.close_day(estate.manager, date(2026, 1, 10))
    dbmod.close()
    return path, paid.number, voided.number


def _verify(capsys, path):
    code = cli.main(["audit", "verify", "--db", str(path)])
    out, err = capsys.readouterr()
    return code, out + err


def test_the_untouched_ledger_verifies(ledger, capsys, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(ledger[0], copy)
    code, text = _verify(capsys, copy)
    assert code == 0 and "账目一致" in text


EDITS = {
    "the last audit row deleted": ("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)", "链头"),
    "a voided receipt set back to valid": ("UPDATE payment SET status = 'valid' WHERE number = '{voided}'",
                                           "{voided} 已作废，却又被改回有效"),
    "a receipt voided behind the program": ("UPDATE payment SET status = 'voided' WHERE number = '{paid}'",
                                            "{paid} 被标为作废"),
    "a shift's counted cash and difference": ("UPDATE shift SET counted_fen = counted_fen + 10000, "
                                              "difference_fen = difference_fen + 10000 WHERE id = 1",
                                              "班次 1 的 counted_fen, difference_fen"),
    "a user's role": ("UPDATE \"user\" SET role = 'admin' WHERE username = 'cashier'", "role"),
    "a user's password hash": ("UPDATE \"user\" SET password_hash = (SELECT password_hash FROM \"user\" "
                               "WHERE username = 'admin') WHERE username = 'cashier'", "password"),
    "a charge's paid amount": ("UPDATE charge SET paid_fen = amount_fen WHERE id = (SELECT min(id) FROM charge "
                               "WHERE paid_fen = 0)", "的已收金额为"),
    "an unpaid charge's amount": ("UPDATE charge SET amount_fen = amount_fen + 100 WHERE id = (SELECT max(id) "
                                  "FROM charge WHERE paid_fen = 0 AND cancelled_at IS NULL)", "的应收合计记为"),
    "a month's billed total": ("UPDATE billed_month SET billed_fen = billed_fen - 100 WHERE id = (SELECT min(id) "
                               "FROM billed_month)", "的应收合计记为"),
    "a receipt line's amount": ("UPDATE payment_line SET principal_fen = principal_fen - 100 WHERE id = 1",
                                "{paid} 的内容与审计记录不符"),
    "a tender's amount": ("UPDATE tender SET amount_fen = amount_fen - 100 WHERE reference = 'WX1'",
                          "{paid} 的内容与审计记录不符"),
    "a receipt taken out (a gap in the numbers)": (
        "DELETE FROM tender WHERE payment_id = (SELECT id FROM payment WHERE number = '{voided}'); "
        "DELETE FROM prepaid_movement WHERE payment_id = (SELECT id FROM payment WHERE number = '{voided}'); "
        "DELETE FROM payment WHERE number = '{voided}'", "缺号"),
    "the receipt number format": ("UPDATE estate SET receipt_format = 'SJ{{year}}'", "receipt_format"),
    "a day close taken back": ("DELETE FROM day_close", "日结状态与审计记录不符"),
    "the audit head rewound with the last row": ("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log); "
                                                 "UPDATE audit_head SET row_count = row_count - 1", "链头"),
    # The insider rewinds the head exactly: the row the last audit row sealed (the day close) is
    # then a closed day with no seal.
    "the last row and the head rewound exactly": (
        "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log); UPDATE audit_head SET "
        "row_count = row_count - 1, last_hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)",
        "日结记录没有审计封存记录"),
}


@pytest.mark.parametrize("how", sorted(EDITS))
def test_each_edit_behind_the_program_is_named(ledger, how, capsys, tmp_path):
    path, paid, voided = ledger
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(path, copy)
    sql, named = EDITS[how]
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.executescript(sql.format(paid=paid, voided=voided))
    conn.commit()
    conn.close()
    code, text = _verify(capsys, copy)
    assert code != 0, f"{how}: not found\n{text}"
    assert named.format(paid=paid, voided=voided) in text, text
    assert "Traceback" not in text
