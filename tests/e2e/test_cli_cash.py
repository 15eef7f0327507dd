"""Cash into and out of the drawer from the command line, over the same services as the window: a
paid-in by the cashier alone; a paid-out, a drop and a reversal with a manager's name and password;
under blind count, `shift x` hides the expected cash until `shift count` saves the count."""
import json

from counter_app import cli
from tests.e2e.test_cli_corrections import run


def test_paid_in_out_drop_and_reverse(billed_db, capsys, monkeypatch):
    db = ["--db", billed_db]
    code, out, err = run(capsys, monkeypatch, "cash", "in", "200", "--note", "找零", *db, "--json")
    assert code == 0, err
    assert json.loads(out)["number"].startswith("XJ") and json.loads(out)["amount_fen"] == 20000
    code, _, err = run(capsys, monkeypatch, "cash", "drop", "50", *db)
    assert code == 2 and "--authoriser" in err
    code, _, err = run(capsys, monkeypatch, "cash", "drop", "50", "--authoriser", "cashier", *db, auth="cashier")
    assert code == 2 and "自己" in err
    code, _, err = run(capsys, monkeypatch, "cash", "out", "30", "--reason", "deposit-refund", "--authoriser", "manager",
                       *db)
    assert code == 2 and "退款" in err                                   # a deposit goes back as a refund
    code, _, err = run(capsys, monkeypatch, "cash", "out", "30", "--reason", "advance", "--authoriser", "manager", *db)
    assert code == 2 and "凭证号" in err
    code, out, err = run(capsys, monkeypatch, "cash", "out", "30", "--reason", "advance", "--voucher", "PZ-9",
                         "--authoriser", "manager", "--request-id", "cash-out-0001", *db, "--json")
    assert code == 0, err
    paid_out = json.loads(out)["number"]
    code, again, err = run(capsys, monkeypatch, "cash", "out", "30", "--reason", "advance", "--voucher", "PZ-9",
                           "--authoriser", "manager", "--request-id", "cash-out-0001", *db, "--json")
    assert code == 0 and json.loads(again)["number"] == paid_out            # a retry records once
    code, out, err = run(capsys, monkeypatch, "cash", "drop", "100", "--authoriser", "manager", *db)
    assert code == 0 and "交款入保险柜" in out and "−100.00" in out
    code, out, err = run(capsys, monkeypatch, "cash", "reverse", paid_out, "--note", "录错", "--authoriser", "manager",
                         *db, "--json")
    assert code == 0, err
    assert json.loads(out)["reverses"] == paid_out and json.loads(out)["amount_fen"] == -3000
    code, out, err = run(capsys, monkeypatch, "cash", "list", *db, "--json")
    assert [m["kind"] for m in json.loads(out)] == ["paid_in", "paid_out", "drop", "paid_out"]
    code, out, err = run(capsys, monkeypatch, "shift", "x", *db, "--json")
    x = json.loads(out)
    assert (x["paid_in_fen"], x["paid_out_fen"], x["drops_fen"]) == (20000, 0, 10000)
    assert x["expected_cash_fen"] == 20000 - 10000
    code, out, _ = run(capsys, monkeypatch, "audit", "verify", *db, user="manager")
    assert code == 0, out


def test_blind_count_from_the_command_line(billed_db, capsys, monkeypatch):
    db = ["--db", billed_db]
    code, _, err = run(capsys, monkeypatch, "settings", "--blind-count", "on", *db, user="admin")
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "cash", "in", "100", *db)
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "shift", "x", *db, "--json")
    x = json.loads(out)
    assert x["blind"] and "expected_cash_fen" not in x and "cash_in_fen" not in x
    code, out, err = run(capsys, monkeypatch, "shift", "x", *db)
    assert "盲点" in out and "应有现金 " not in out
    code, out, err = run(capsys, monkeypatch, "shift", "count", "--count", "50x1", *db, "--json")
    assert code == 0, err
    saved = json.loads(out)
    assert saved["expected_cash_fen"] == 10000 and saved["difference_fen"] == -5000
    code, _, err = run(capsys, monkeypatch, "shift", "close", *db)
    assert code == 2 and "短款" in err                                    # the note, now the difference is known
    code, out, err = run(capsys, monkeypatch, "shift", "close", "--note", "少五十", *db, "--json")
    assert code == 0, err
    assert json.loads(out)["counted_fen"] == 5000 and json.loads(out)["kind"] == "Z"
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    assert cli.main(["settings", "--blind-count", "maybe", *db, "--user", "admin"]) == 2
