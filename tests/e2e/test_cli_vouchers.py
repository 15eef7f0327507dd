"""记账凭证 from the command line: the accounts listed and set, a closed day shown, exported once
(a second export refused with status and words, then done with --again), and the month's status."""
import json
from decimal import Decimal

import openpyxl

from counter_app.store import db as dbmod
from tests.e2e.test_cli_corrections import run
from tests.services import test_vouchers

closed_day = test_vouchers.closed_day          # the fixture, shared


def test_accounts_show_export_once_and_status(closed_day, tmp_path, capsys, monkeypatch):
    dbmod.close()
    db = ["--db", str(closed_day.ledger.path)]
    code, out, err = run(capsys, monkeypatch, "voucher", "accounts", "list", *db, "--json", user="manager")
    assert code == 0, err
    listed = {r["key"]: r for r in json.loads(out)}
    assert listed["tender:alipay"]["code"] == "1012" and listed["item:ZXYJ"]["code"] == "2241"
    code, out, err = run(capsys, monkeypatch, "voucher", "accounts", "set", "tender:wechat", "1012.01",
                         "其他货币资金—微信", *db, user="manager")
    assert code == 0 and "1012.01" in out, err
    code, _, err = run(capsys, monkeypatch, "voucher", "accounts", "set", "tender:wechat", "微信", "x", *db,
                       user="manager")
    assert code != 0 and "科目代码" in err
    code, out, err = run(capsys, monkeypatch, "voucher", "show", "--day", "2026-01-10", *db, user="manager")
    assert code == 0 and "1012.01" in out and "合计" in out, err
    target = tmp_path / "v.xlsx"
    code, out, err = run(capsys, monkeypatch, "voucher", "export", "--day", "2026-01-10", "--format", "kingdee",
                         "--out", str(target), "--number", "12", *db, user="manager")
    assert code == 0 and "已写入" in out, err
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][4] == "凭证号" and {r[4] for r in rows[1:]} == {12}
    assert sum(Decimal(str(r[12])) for r in rows[1:]) == sum(Decimal(str(r[13])) for r in rows[1:]) > 0
    code, out, err = run(capsys, monkeypatch, "voucher", "export", "--day", "2026-01-10", "--format", "kingdee",
                         "--out", str(tmp_path / "w.xlsx"), *db, user="manager")
    assert code != 0 and "--again" in err and not (tmp_path / "w.xlsx").exists()
    code, out, err = run(capsys, monkeypatch, "voucher", "export", "--day", "2026-01-10", "--format", "csv",
                         "--out", str(tmp_path / "w.csv"), "--again", *db, user="manager")
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "voucher", "status", "--month", "2026-01", *db, user="manager")
    assert code == 0 and "2026-01-10  已日结" in out and "w.csv" in out, err
    code, _, err = run(capsys, monkeypatch, "voucher", "status", *db, user="manager")
    assert code != 0 and "--day" in err
