"""On the command line every money command carries a request id: given with --request-id, or made
and printed before anything is sent. Sent again with the same id it records nothing more and says
what the first recorded; `counter-app request ID` answers "did it go through?"; and a command whose
output nobody reads any more (`pay … | true`) still says, and counts, that it was recorded."""
import json
import os
import re
import subprocess
import sys

import pytest

from counter_app import cli
from counter_app.store import db as dbmod
from counter_app.store.models import Payment, Refund
from tests.factories import at


def run(capsys, *argv, user="cashier"):
    os.environ["COUNTER_APP_PASSWORD"] = user
    code = cli.main(list(argv) + ["--user", user])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _count(db, model) -> int:
    from counter_app.services.common.session import open_database
    open_database(db)
    try:
        return model.select().count()
    finally:
        dbmod.close()


def test_the_same_payment_sent_twice_is_recorded_once(billed_db, capsys):
    pay = ["pay", "3-2-501", "--amount", "10", "--tender", "cash:10", "--request-id", "till-7-000123", "--db", billed_db,
           "--json"]
    code, out, err = run(capsys, *pay)
    assert code == 0 and "请求编号" not in err                 # given: nothing to print first
    first = json.loads(out)
    code, out, _ = run(capsys, *pay)
    again = json.loads(out)
    assert code == 0 and again["number"] == first["number"] and again["request_id"] == "till-7-000123"
    assert _count(billed_db, Payment) == 1
    code, out, _ = run(capsys, "request", "till-7-000123", "--db", billed_db)
    assert code == 0 and f"已记账：收款 {first['number']}" in out and "3-2-501" in out
    code, out, err = run(capsys, "request", "till-7-000999", "--db", billed_db)
    assert code == 4 and "没有记账" in err and out == ""
    # The same id for another unit is another payment: refused, nothing recorded.
    code, _, err = run(capsys, "pay", "3-1-101", "--amount", "10", "--tender", "cash:10", "--request-id", "till-7-000123",
                       "--db", billed_db)
    assert code == 2 and "已用于收款" in err and _count(billed_db, Payment) == 1


def test_a_request_id_is_made_and_said_before_anything_is_sent(billed_db, capsys):
    code, out, err = run(capsys, "pay", "3-2-501", "--amount", "10", "--tender", "cash:10", "--db", billed_db, "--json")
    made = re.search(r"请求编号 ([0-9a-f]{32})", err).group(1)
    assert code == 0 and json.loads(out)["request_id"] == made
    code, out, _ = run(capsys, "request", made, "--db", billed_db)
    assert code == 0 and "已记账" in out
    code, _, err = run(capsys, "pay", "3-2-501", "--amount", "10", "--tender", "cash:10", "--db", billed_db,
                       "--request-id", "x")                               # not an id: refused by name
    assert code == 2 and "--request-id" in err


def test_output_nobody_reads_still_says_the_payment_was_recorded(billed_db, tmp_path):
    env = dict(os.environ, COUNTER_APP_PASSWORD="cashier", COUNTER_APP_DATA=str(tmp_path / "data"))
    command = [sys.executable, "-m", "counter_app.cli", "pay", "3-2-501", "--amount", "10", "--tender", "cash:10",
               "--db", billed_db, "--user", "cashier"]
    reader, writer = os.pipe()
    os.close(reader)                                       # `… | true`: the reader is gone before a byte
    done = subprocess.run(command, stdout=writer, stderr=subprocess.PIPE, text=True, env=env, timeout=120)
    os.close(writer)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    said = re.search(r"已记账：收据 (SJ\S+)（请求编号 ([0-9a-f]{32})）", done.stderr)
    assert said, done.stderr
    again = subprocess.run(command + ["--request-id", said.group(2)], capture_output=True, text=True, env=env,
                           timeout=120)
    assert again.returncode == 0 and said.group(1) in again.stdout
    assert _count(billed_db, Payment) == 1


@pytest.fixture
def closed_shift_receipt(estate, monkeypatch):
    """A receipt of a shift since closed, for a refund; a receipt of an open shift, for a void."""
    from counter_app.core.tenders import Tender
    from counter_app.services.billing import runs as billing
    from counter_app.services.closing import close, shifts
    from counter_app.ledger import clock
    from counter_app.services.counter import payments
    with clock.frozen(at(2026, 1, 1, 8)):
        billing.run_billing(estate.admin, "2026-01")
    with clock.frozen(at(2026, 1, 5, 9)):
        early = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
        close.close_shift(estate.cashier, {10000: 10000}, "测试")
        shifts.open_shift(estate.cashier, 0)
        late = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-101", topup_fen=5000, tenders=[Tender("cash", 5000)]))
    dbmod.close()
    monkeypatch.setenv("COUNTER_APP_AUTH_PASSWORD", "manager")
    return str(estate.ledger.path), early.number, late.number


def test_a_void_and_a_refund_sent_twice_are_done_once(closed_shift_receipt, capsys, monkeypatch):
    from counter_app.ledger import clock
    db, early, late = closed_shift_receipt
    with clock.frozen(at(2026, 1, 5, 10)):
        void = ["void", late, "--reason", "录错", "--authoriser", "manager", "--request-id", "void-0000001", "--db", db]
        assert run(capsys, *void)[0] == 0
        code, out, err = run(capsys, *void)
        assert code == 0 and f"收据 {late} 已作废" in out, err
        refund = ["refund", early, "--tender", "cash", "--reason", "退房", "--authoriser", "manager", "--request-id",
                  "refund-000001", "--db", db, "--json"]
        code, out, err = run(capsys, *refund)
        assert code == 0, err
        first = json.loads(out)
        code, out, _ = run(capsys, *refund)
        assert code == 0 and json.loads(out)["number"] == first["number"]
        assert _count(db, Refund) == 1
        code, out, _ = run(capsys, "request", "void-0000001", "--db", db)
        assert code == 0 and f"已记账：作废 {late}" in out
