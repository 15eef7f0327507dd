"""The data commands as an office runs them: a template, a dry run that refuses and says where,
the import, the export, and the check (its exit status follows what it finds)."""
import json

from tests.e2e.conftest import main_as_manager
from tests import outside
from tests.services.imports import files


def run(capsys, *argv):
    code = main_as_manager(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_template_dry_run_import_export_and_check(billed_db, capsys, monkeypatch, tmp_path):
    rc, out, _ = run(capsys, "import-template", "units", "--out", str(tmp_path / "t.xlsx"))
    assert rc == 0 and (tmp_path / "t.xlsx").exists()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    bad = files.xlsx(tmp_path / "房屋.xlsx", ["楼栋", "单元", "房号", "建筑面积"],
                     [["8", 1, "101", "90"], ["8", 1, "102", "九十"]])
    units = "SELECT code, area_centi FROM unit ORDER BY id"     # (signing in writes its audit row)
    before = outside.execute(billed_db, units)
    rc, out, err = run(capsys, "import", "units", str(bad), "--user", "admin", "--db", billed_db)
    assert rc == 4, err
    assert "第 3 行 建筑面积“九十”不是数字" in out and "没有导入任何数据" in out and "房屋-导入检查.xlsx" in out
    assert "读取的工作表：数据（2 行）" in out
    assert outside.execute(billed_db, units) == before
    files.xlsx(bad, ["楼栋", "单元", "房号", "建筑面积"], [["8", 1, "101", "90"], ["8", 1, "102", "90"]])
    rc, out, _ = run(capsys, "import", "units", str(bad), "--dry-run", "--user", "admin", "--db", billed_db, "--json")
    plan = json.loads(out)
    assert rc == 0 and plan["counts"]["add"] == 2 and not plan["applied"]
    assert plan["sheets"] == [{"name": "数据", "read": True, "rows": 2, "why": ""}] and plan["sheet"] == "数据"
    assert [(r["sheet"], r["line"], r["action"]) for r in plan["rows"]] == [("数据", 2, "add"), ("数据", 3, "add")]
    assert outside.execute(billed_db, units) == before
    rc, out, _ = run(capsys, "import", "units", str(bad), "--user", "admin", "--db", billed_db)
    assert rc == 0 and "已导入" in out
    rc, out, _ = run(capsys, "export", "units", "--out", str(tmp_path / "e.csv"), "--user", "admin", "--db", billed_db)
    assert rc == 0 and "8,1,102" in (tmp_path / "e.csv").read_text(encoding="utf-8-sig")
    rc, out, _ = run(capsys, "check", "--db", billed_db, "--json")
    assert rc == 0 and json.loads(out)["ok"]


def test_check_names_a_balance_edited_behind_the_program(billed_db, capsys):
    outside.execute(billed_db, "UPDATE unit SET prepaid_fen = prepaid_fen + 100 WHERE id = 1")
    rc, out, _ = run(capsys, "check", "--db", billed_db)
    assert rc == 3 and "预存余额" in out and "余额被改动" in out


def test_restore_show_says_what_a_backup_holds_and_changes_nothing(billed_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    rc, out, _ = run(capsys, "backup", "--to", str(tmp_path / "b"), "--user", "manager", "--db", billed_db, "--json")
    path = json.loads(out)["path"]
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, out, _ = run(capsys, "restore", path, "--show", "--db", billed_db, "--user", "admin")
    assert rc == 0 and "小区：测试花园" in out and "房屋 4 户" in out and "数据库版本：" in out
