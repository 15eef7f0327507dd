"""折扣/减免 from the command line: an administrator adds and lists a policy; `pay --discount` needs
a reason and a manager other than the cashier, and the receipt says what was taken off."""
import json

from tests.e2e.test_cli_corrections import run


def test_policy_added_and_applied_on_a_managers_word(billed_db, capsys, monkeypatch):
    db = ["--db", billed_db]
    code, _, err = run(capsys, monkeypatch, "discount", "add", "困难户八折", "--percent-off", "8折", "--items", "WYF",
                       "--from", "2025-01-01", *db)
    assert code != 0 and "无权" in err                                     # a cashier keeps no policies
    code, out, err = run(capsys, monkeypatch, "discount", "add", "困难户八折", "--percent-off", "8折", "--items", "WYF",
                         "--from", "2025-01-01", *db, user="admin")
    assert code == 0, err
    assert "8折（减 20%）" in out
    code, out, err = run(capsys, monkeypatch, "discount", "list", *db)
    assert "困难户八折" in out and "物业服务费" in out
    code, _, err = run(capsys, monkeypatch, "pay", "3-2-501", "--all-due", "--tender", "cash:100000",
                       "--discount", "困难户八折", *db)
    assert code == 2 and "--authoriser" in err
    code, _, err = run(capsys, monkeypatch, "pay", "3-2-501", "--all-due", "--tender", "cash:100000",
                       "--discount", "困难户八折", "--reason", "低保户", "--authoriser", "cashier", *db, auth="cashier")
    assert code == 2
    code, out, err = run(capsys, monkeypatch, "pay", "3-2-501", "--all-due", "--tender", "cash:100000",
                         "--discount", "困难户八折", "--reason", "低保户", "--authoriser", "manager", *db, "--json")
    assert code == 0, err
    receipt = json.loads(out)
    assert receipt["discount_fen"] > 0
    assert receipt["paid_fen"] == receipt["total_fen"] - receipt["discount_fen"]
