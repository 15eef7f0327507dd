"""`counter-app invoice`: request, list, export the day's batch, import the issued list, and the
red-letter guard on void, as an office does it from the command line."""
import json

from openpyxl import Workbook, load_workbook

from counter_app import cli


def _run(monkeypatch, capsys, user, *argv):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", user)
    code = cli.main([*argv, "--user", user])
    out, err = capsys.readouterr()
    return code, out, err


def test_request_export_import_and_the_red_letter_guard(billed_db, tmp_path, monkeypatch, capsys):
    db = ["--db", billed_db]
    code, out, _ = _run(monkeypatch, capsys, "cashier", "pay", "3-2-501", "--all-due", "--tender", "cash:100000",
                        "--to-prepaid", *db, "--json")
    assert code == 0
    number = json.loads(out)["number"]
    code, _, err = _run(monkeypatch, capsys, "cashier", "invoice", "request", number, "--buyer", "杭州某某科技有限公司",
                        "--tax-id", "91350100M000100Y44", "--contact", "f@example.com", *db)
    assert code == 2 and "校验位" in err
    code, out, _ = _run(monkeypatch, capsys, "cashier", "invoice", "request", number, "--buyer", "杭州某某科技有限公司",
                        "--tax-id", "91350100M000100Y43", "--contact", "f@example.com", *db, "--json")
    assert code == 0
    request = json.loads(out)
    for code_, tax_code, rate in (("WYF", "3040802010000000000", "6"), ("TCF", "3040502020200000000", "9"),
                                  ("SF", "1100301010000000000", "9"), ("GTDF", "1100101020000000000", "13"),
                                  ("LJF", "3049900000000000000", "6")):
        assert _run(monkeypatch, capsys, "admin", "invoice", "item", code_, "--tax-code", tax_code, "--rate", rate,
                    *db)[0] == 0
    day = request["requested_at"][:10]
    code, out, _ = _run(monkeypatch, capsys, "manager", "invoice", "export", "--date", day, "--out",
                        str(tmp_path / "batch.xlsx"), *db)
    assert code == 0 and "1 张发票" in out
    assert load_workbook(tmp_path / "batch.xlsx")["1-发票基础信息"]["D2"].value == "杭州某某科技有限公司"

    wb = Workbook()
    wb.active.append(["发票号码", "开票日期", "购买方名称", "价税合计"])
    wb.active.append(["26332000000012340001", day, "杭州某某科技有限公司", request["amount_fen"] / 100])
    wb.active.append(["26332000000012340002", day, "别的公司", 1.00])
    wb.save(tmp_path / "issued.xlsx")
    code, out, _ = _run(monkeypatch, capsys, "manager", "invoice", "import", str(tmp_path / "issued.xlsx"), *db)
    assert code == 4 and "已登记 1 张" in out and "第 3 行" in out          # one matched, one listed
    code, out, _ = _run(monkeypatch, capsys, "manager", "invoice", "list", "--all", *db)
    assert "已开具 No.26332000000012340001" in out

    monkeypatch.setenv("COUNTER_APP_AUTH_PASSWORD", "manager")
    code, _, err = _run(monkeypatch, capsys, "cashier", "void", number, "--reason", "录错", "--authoriser", "manager", *db)
    assert code == 2 and "红字发票" in err
    code, _, _ = _run(monkeypatch, capsys, "cashier", "void", number, "--reason", "录错", "--authoriser", "manager",
                      "--red-letter", "需开红字发票", *db)
    assert code == 0
    code, out, _ = _run(monkeypatch, capsys, "manager", "invoice", "list", *db)
    assert "待开红字" in out and "需开红字发票" in out
    assert _run(monkeypatch, capsys, "manager", "invoice", "red", number, "--number", "26332000000012340009", *db)[0] == 0
    assert "没有待办" in _run(monkeypatch, capsys, "manager", "invoice", "list", *db)[1]
