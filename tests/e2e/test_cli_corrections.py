"""Voids and refunds from the command line, over the same services as the journal: a manager
authorises with name and password; self-authorisation and a wrong password are refused."""
import json
import re


from counter_app import cli
from counter_app.core.closeout import greedy_count
from counter_app.core.money import format_scaled


def run(capsys, monkeypatch, *argv, user="cashier", auth="manager"):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", user)
    monkeypatch.setenv("COUNTER_APP_AUTH_PASSWORD", auth)
    code = cli.main(list(argv) + ["--user", user])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _pay(capsys, monkeypatch, billed_db):
    code, out, err = run(capsys, monkeypatch, "pay", "3-2-501", "--all-due", "--tender", "cash:10000", "--db", billed_db,
                         "--json")
    assert code == 0, err
    return json.loads(out)["number"]


def test_void_with_a_manager_s_authorisation(billed_db, capsys, monkeypatch):
    number = _pay(capsys, monkeypatch, billed_db)
    code, _, err = run(capsys, monkeypatch, "void", number, "--reason", "录错", "--authoriser", "cashier", "--db", billed_db,
                       auth="cashier")
    assert code == 2 and "自己" in err
    code, _, err = run(capsys, monkeypatch, "void", number, "--reason", "录错", "--authoriser", "manager", "--db", billed_db,
                       auth="wrong")
    assert code == 2 and "密码错误" in err
    code, out, err = run(capsys, monkeypatch, "void", number, "--reason", "录错", "--authoriser", "manager", "--db", billed_db,
                         "--json")
    assert code == 0, err
    assert json.loads(out)["authoriser"] == "李强"
    code, out, _ = run(capsys, monkeypatch, "owed", "3-2-501", "--db", billed_db, "--json")
    assert json.loads(out)["principal_fen"] > 0                         # due again
    code, _, err = run(capsys, monkeypatch, "void", number, "--reason", "再来", "--authoriser", "manager", "--db", billed_db)
    assert code == 2 and "作废" in err
    code, out, _ = run(capsys, monkeypatch, "audit", "verify", "--db", billed_db, user="manager")
    assert code == 0


def test_refund_of_a_closed_shift_s_receipt(billed_db, capsys, monkeypatch):
    number = _pay(capsys, monkeypatch, billed_db)
    code, out, err = run(capsys, monkeypatch, "shift", "x", "--db", billed_db, "--json")
    expected = json.loads(out)["expected_cash_fen"]
    counts, _ = greedy_count(expected)
    count = ",".join(f"{format_scaled(d, 2)}x{n}" for d, n in counts.items() if n) or "100x0"
    code, _, err = run(capsys, monkeypatch, "shift", "close", "--count", count, "--db", billed_db)
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "refund", number, "--tender", "cash", "--reason", "退房", "--authoriser",
                       "manager", "--db", billed_db)
    assert code == 2 and "开班" in err                                 # cash comes out of an open drawer
    code, _, err = run(capsys, monkeypatch, "shift", "open", "--float", "0", "--db", billed_db)
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "refund", number, "--lines", "99999", "--tender", "cash", "--reason",
                       "退房", "--authoriser", "manager", "--db", billed_db)
    assert code == 2 and "没有行号 99999" in err
    # The refusal lists the receipt's lines by the number --lines takes: one is refunded by it.
    listed = re.findall(r"(\d+) = (\S+) (\S+) ([\d,]+\.\d\d)", err)
    assert len(listed) >= 2 and all(item in ("物业服务费", "车位管理费", "垃圾清运费") for _, item, _, _ in listed), err
    line, _, _, amount = listed[0]
    code, out, err = run(capsys, monkeypatch, "refund", number, "--lines", line, "--tender", "cash", "--reason", "退房",
                         "--authoriser", "manager", "--db", billed_db, "--json")
    assert code == 0 and json.loads(out)["total_fen"] == int(amount.replace(",", "").replace(".", "")), err
    code, out, err = run(capsys, monkeypatch, "refund", number, "--tender", "cash", "--reason", "退房", "--authoriser",
                         "manager", "--db", billed_db, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["number"].startswith("TK") and doc["original"] == number and doc["total_fen"] > 0
    code, _, _ = run(capsys, monkeypatch, "audit", "verify", "--db", billed_db, user="manager")
    assert code == 0
