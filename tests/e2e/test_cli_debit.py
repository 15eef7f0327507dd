"""银行代扣 from the command line over the same services as the window: authorisations added,
listed masked and ended; a batch written for the bank; its return file read twice (the second
time posts nothing and says so); the batch's report; a cashier is refused."""
import json

from tests.e2e.test_cli_corrections import run


def test_authorise_batch_return_twice_and_report(billed_db, capsys, monkeypatch, tmp_path):
    db = ["--db", billed_db]
    code, out, err = run(capsys, monkeypatch, "debit", "auth", "add", "3-2-501", "--bank", "工商银行", "--account",
                         "6222021234565011", "--holder", "张三", "--since", "2026-01-01", *db, user="manager")
    assert code == 0, err
    assert "6222****5011" in out and "6222021234565011" not in out
    code, out, err = run(capsys, monkeypatch, "debit", "auth", "add", "3-1-102", "--bank", "建设银行", "--account",
                         "6217001234561022", "--holder", "孙七", "--since", "2026-01-01", "--items", "WYF", *db,
                         user="manager")
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "debit", "auth", "list", *db, "--json", user="manager")
    listed = json.loads(out)
    assert [(a["unit"], a["account"], a["items"]) for a in listed] == [("3-1-102", "6217****1022", ["WYF"]),
                                                                       ("3-2-501", "6222****5011", [])]
    code, out, err = run(capsys, monkeypatch, "debit", "auth", "list", *db, user="cashier")
    assert code != 0 and "银行代扣" in err
    batch_file = tmp_path / "batch.csv"
    code, out, err = run(capsys, monkeypatch, "debit", "batch", "--up-to", "2026-01-31", "--out", str(batch_file), *db,
                         user="manager")
    assert code == 0, err
    assert "PL" in out and "2 户 610.96 元" in out       # 120.58 + (160.38 + 300.00 + 30.00)
    sent = batch_file.read_text(encoding="utf-8-sig").splitlines()
    assert sent[1].split(",")[0].endswith("-0001") and sent[2].split(",")[1] == "6222021234565011"
    number = sent[1].split(",")[0][:-5]
    back = tmp_path / "return.csv"
    back.write_text("参考号,账号,户名,金额,结果,原因\n"
                    f"{number}-0001,,,120.58,失败,余额不足\n{number}-0002,,,490.38,成功,\n", encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, "debit", "return", str(back), *db, user="manager")
    assert code == 0, err
    assert "入账 1 笔 490.38 元" in out and "失败 1 笔" in out and "DK" in out
    code, out, err = run(capsys, monkeypatch, "debit", "return", str(back), *db, user="manager")
    assert code == 0, err
    assert "入账 0 笔" in out and "本次没有新的入账" in out and "此前已处理" in out
    code, out, err = run(capsys, monkeypatch, "debit", "report", number, *db, "--json", user="manager")
    report = json.loads(out)
    assert (report["total"], report["succeeded"], report["failed"]) == ([2, 61096], [1, 49038], [1, 12058])
    code, out, err = run(capsys, monkeypatch, "debit", "report", number, *db, user="manager")
    assert "6217****1022" in out and "6217001234561022" not in out
    code, out, err = run(capsys, monkeypatch, "debit", "auth", "end", str(listed[0]["id"]), "--reason", "销户", *db,
                         user="manager")
    assert code == 0 and "终止" in out
    code, out, err = run(capsys, monkeypatch, "debit", "return", str(tmp_path / "none.csv"), *db, user="manager")
    assert code != 0 and "不存在" in err
    code, out, _ = run(capsys, monkeypatch, "audit", "verify", *db, user="manager")
    assert code == 0, out
