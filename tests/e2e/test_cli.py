import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


from counter_app.ledger import clock
from tests.e2e.conftest import main_as_manager
from tests.factories import at


def run(capsys, *argv):
    code = main_as_manager(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_find_by_number_name_phone_plate(billed_db, capsys):
    for text, code in [("3-2-501", "3-2-501"), ("32501", "3-2-501"), ("张三", "3-2-501"), ("zs", "3-2-501"),
                       ("5678", "3-2-501"), ("A12345", "3-2-501"), ("王五", "3-2-502")]:
        rc, out, _ = run(capsys, "find", text, "--db", billed_db, "--json")
        assert rc == 0
        hits = json.loads(out)
        assert hits and hits[0]["code"] == code, text
        assert "****" in hits[0]["phone"]


def test_owed_and_pay_and_explain(billed_db, capsys, monkeypatch):
    rc, out, _ = run(capsys, "owed", "3-2-501", "--db", billed_db, "--json", "--date", "2026-01-10")
    owed = json.loads(out)
    assert rc == 0 and owed["principal_fen"] == 16038 + 30000 + 3000
    rc, out, _ = run(capsys, "owed", "3-2-501", "--db", billed_db, "--json")   # today, with late fees
    due_today = json.loads(out)["total_fen"]
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, out, err = run(capsys, "pay", "3-2-501", "--all-due", "--tender", "wechat:200:WX1", "--tender", "cash:400",
                       "--user", "cashier", "--db", billed_db, "--json")
    assert rc == 0, err
    receipt = json.loads(out)
    assert receipt["number"].startswith("SJ") and receipt["total_fen"] == due_today
    assert receipt["change_fen"] == 60000 - receipt["total_fen"]
    rc, out, _ = run(capsys, "explain", "3-2-501", "WYF", "--period", "2026-01", "--db", billed_db)
    assert rc == 0 and "100.24㎡" in out and "160.38" in out and "业主大会决议" in out


def test_errors_are_clear_and_exit_nonzero(billed_db, capsys, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "wrong")
    rc, _, err = run(capsys, "pay", "3-2-501", "--all-due", "--tender", "cash:1000", "--user", "cashier",
                     "--db", billed_db)
    assert rc == 2 and "密码错误" in err
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, _, err = run(capsys, "pay", "3-2-501", "--amount", "1.234", "--tender", "cash:1000", "--user", "cashier",
                     "--db", billed_db)
    assert rc == 2 and "两位小数" in err
    rc, _, err = run(capsys, "pay", "3-2-501", "--all-due", "--tender", "cash:1", "--user", "cashier",
                     "--db", billed_db)
    assert rc == 2 and "付款不足" in err
    rc, _, err = run(capsys, "bill", "--period", "2026-02", "--user", "cashier", "--db", billed_db)
    assert rc == 2 and "无权" in err
    rc, _, err = run(capsys, "owed", "9-9-9", "--db", billed_db)
    assert rc == 2 and "没有房号" in err


def test_audit_verify_command(billed_db, capsys):
    rc, out, _ = run(capsys, "audit", "verify", "--db", billed_db, "--json")
    assert rc == 0 and json.loads(out)["ok"] is True


def test_installed_entry_point_builds_small_demo(tmp_path):
    exe = shutil.which("counter-app", path=os.path.dirname(sys.executable))
    assert exe, "the counter-app entry point is installed with the project"
    db = tmp_path / "demo.sqlite3"
    done = subprocess.run([exe, "demo", "--small", "--db", str(db), "--json"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["units"] == 60
    env = dict(os.environ, COUNTER_APP_PASSWORD="manager")
    bill = [exe, "bill", "--period", "2099-01", "--db", str(db), "--user", "manager", "--json"]
    done = subprocess.run(bill, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2 and "--confirm-ahead" in done.stderr      # decades ahead: not without a word
    done = subprocess.run(bill + ["--preview"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and json.loads(done.stdout)["run_id"] is None
    previewed = json.loads(done.stdout)["created"]
    done = subprocess.run(bill + ["--confirm-ahead"], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] == previewed
    assert json.loads(done.stdout)["created"] > 0


def test_receipt_pdf_command_and_marked_copy(billed_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, out, err = run(capsys, "pay", "3-2-501", "--all-due", "--tender", "cash:1000", "--user", "cashier",
                       "--db", billed_db, "--json")
    number = json.loads(out)["number"]
    target = tmp_path / "r.pdf"
    rc, out, err = run(capsys, "receipt", "pdf", number, "--out", str(target), "--layout", "58mm", "--db", billed_db,
                       "--json")
    assert rc == 0, err
    assert json.loads(out)["copy"] == 0
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert number in text and "重印" not in text
    for expected in (1, 2):
        rc, out, err = run(capsys, "receipt", "pdf", number, "--out", str(target), "--copy", "--user", "cashier",
                           "--db", billed_db, "--json")
        assert rc == 0 and json.loads(out)["copy"] == expected
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "重印" in text and "第2次" in text
    rc, _, err = run(capsys, "receipt", "pdf", "SJ1999-000001", "--out", str(target), "--db", billed_db)
    assert rc == 2 and "SJ1999-000001" in err
    rc, _, err = run(capsys, "receipt", "pdf", number, "--out", str(target), "--layout", "a3", "--db", billed_db)
    assert rc == 2 and "版式" in err


def test_admin_resets_a_locked_cashier(billed_db, capsys, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "bad")
    for _ in range(5):
        run(capsys, "pay", "3-2-501", "--all-due", "--tender", "cash:1", "--user", "cashier", "--db", billed_db)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, _, err = run(capsys, "owed", "3-2-501", "--user", "cashier", "--db", billed_db)
    assert rc == 2 and "锁定" in err
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, _, err = run(capsys, "user", "reset-password", "manager", "--new-password", "x1234", "--user", "cashier",
                     "--db", billed_db)
    assert rc == 2
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, out, err = run(capsys, "user", "reset-password", "cashier", "--new-password", "fresh1", "--user", "admin",
                       "--db", billed_db)
    assert rc == 0, err
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "fresh1")
    rc, _, err = run(capsys, "owed", "3-2-501", "--user", "cashier", "--db", billed_db)
    assert rc == 0, err


def test_shift_close_and_closeout_commands(billed_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, out, err = run(capsys, "shift", "open", "--float", "100", "--user", "cashier", "--db", billed_db)
    assert rc == 2 and "未交班" in err          # the factory's shift is still open
    rc, out, err = run(capsys, "pay", "3-2-501", "--prepay", "88", "--tender", "cash:100", "--user", "cashier",
                       "--db", billed_db, "--json")
    assert rc == 0, err
    rc, out, _ = run(capsys, "shift", "x", "--user", "cashier", "--db", billed_db, "--json")
    x = json.loads(out)
    assert x["kind"] == "X" and x["expected_cash_fen"] == 8800 and x["cash_in_fen"] == 8800
    # 50 + 20 + 10 + 5 + 2 = 87 元 counted against 88 元 expected: short by 1 元, a note is needed.
    rc, _, err = run(capsys, "shift", "close", "--count", "50x1,20x1,10x1,5x1,1x2", "--user", "cashier",
                     "--db", billed_db)
    assert rc == 2 and "短款 1.00" in err
    rc, out, err = run(capsys, "shift", "close", "--count", "50x1,20x1,10x1,5x1,1x2", "--note", "少一元",
                       "--user", "cashier", "--db", billed_db, "--json")
    z = json.loads(out)
    assert rc == 0 and z["z_number"].startswith("Z") and z["difference_fen"] == -100
    rc, out, err = run(capsys, "closeout", "--shift", str(z["shift"]), "--out", str(tmp_path), "--user", "cashier",
                       "--db", billed_db, "--json")
    assert rc == 0, err
    files = json.loads(out)["files"]
    assert len(files) == 4 and all(os.path.exists(f) for f in files)


def test_management_report_commands(billed_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, _, err = run(capsys, "arrears", "--user", "cashier", "--db", billed_db)
    assert rc == 2 and "管理报表" in err                       # a cashier may not
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    rc, out, err = run(capsys, "arrears", "--as-of", "2026-03-15", "--out", str(tmp_path), "--user", "manager",
                       "--db", billed_db, "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["units"] > 0 and sum(b["overdue_fen"] for b in data["aging"]) == data["overdue_fen"]
    assert [Path(f).suffix for f in data["files"]] == [".pdf", ".xlsx", ".csv"]
    # --json lists the units too, phones masked
    assert len(data["lines"]) == data["units"] and sum(ln["overdue_fen"] for ln in data["lines"]) == data["overdue_fen"]
    assert all("****" in ln["phone"] for ln in data["lines"] if ln["phone"])
    rc, out, err = run(capsys, "notices", "--kind", "overdue", "--as-of", "2026-03-15", "--out", str(tmp_path / "n.pdf"),
                       "--user", "manager", "--db", billed_db, "--json")
    assert rc == 0, err
    noticed = json.loads(out)
    assert noticed["notices"] > 0 and (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")
    rc, out, err = run(capsys, "reminders", "--export", str(tmp_path / "list.csv"), "--user", "manager", "--db", billed_db,
                       "--json")
    assert rc == 0, err and json.loads(out)["rows"] > 0
    rc, out, err = run(capsys, "notices", "--building", "99", "--out", str(tmp_path / "none.pdf"), "--user", "manager",
                       "--db", billed_db)
    assert rc != 0 and "楼栋" in err and not (tmp_path / "none.pdf").exists()      # no empty PDF
    rc, out, err = run(capsys, "holdings", "--user", "manager", "--db", billed_db, "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["units"] == len(data["lines"]) and data["deposits_fen"] == sum(ln["deposits_fen"] for ln in data["lines"])
    rc, out, err = run(capsys, "collection", "--month", "2026-01", "--user", "manager", "--db", billed_db, "--json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["billed_fen"] > 0 and data["collected_fen"] == 0 and data["rate"] == "0.00%"


def test_users_are_listed_stopped_refused_started_and_given_a_role(billed_db, capsys, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, out, _ = run(capsys, "user", "list", "--db", billed_db, "--user", "admin")
    assert rc in (0, None) and "cashier" in out and "收费员" in out
    assert run(capsys, "user", "disable", "cashier", "--db", billed_db, "--user", "admin")[0] in (0, None)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, _, err = run(capsys, "shift", "x", "--db", billed_db, "--user", "cashier")
    assert rc != 0 and "已停用" in err and "重新启用" in err
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, _, err = run(capsys, "user", "role", "cashier", "--role", "boss", "--db", billed_db, "--user", "admin")
    assert rc == 2 and "--role" in err                                        # no such role: argparse says so
    assert run(capsys, "user", "enable", "cashier", "--db", billed_db, "--user", "admin")[0] in (0, None)
    rc, out, _ = run(capsys, "user", "role", "cashier", "--role", "manager", "--db", billed_db, "--user", "admin")
    assert rc in (0, None) and "主管" in out
    rc, _, err = run(capsys, "user", "disable", "admin", "--db", billed_db, "--user", "admin")
    assert rc != 0 and "自己" in err


def test_a_rate_change_is_previewed_then_added_and_listed(billed_db, capsys, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    base = ["--db", billed_db, "--user", "admin"]
    rc, out, _ = run(capsys, "standard", "preview", "WYF", "--from", "2026-03-01", "--rate", "1.80", *base)
    assert rc in (0, None) and "2026-03" in out and "未保存" in out and "3-2-502" in out
    rc, _, err = run(capsys, "standard", "add", "WYF", "--from", "2026-01-15", "--rate", "1.80", *base)
    assert rc != 0 and "已计费到" in err                       # inside what is billed
    rc, out, _ = run(capsys, "standard", "add", "WYF", "--from", "2026-03-01", "--rate", "1.80",
                     "--vacancy", "70", "--basis", "业主大会决议", *base)
    assert rc in (0, None) and "已保存" in out
    rc, out, _ = run(capsys, "standard", "list", "WYF", *base)
    assert "2026-03-01 起  1.8" in out and "业主大会决议" in out
    rc, _, err = run(capsys, "standard", "add", "SF", "--from", "2026-03-01", "--rate", "3", "--tier", "25:3.85",
                     "--tier", "18:2.90", *base)
    assert rc != 0 and "阶梯上限" in err


def test_settings_are_shown_and_changed_as_checked(billed_db, capsys, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    base = ["--db", billed_db, "--user", "admin"]
    rc, out, _ = run(capsys, "settings", *base)
    assert rc in (0, None) and "SJ{year}-{seq:06d}" in out and "Asia/Shanghai" in out
    rc, _, err = run(capsys, "settings", "--timezone", "Mars/Base", *base)
    assert rc != 0 and "未知的时区" in err
    rc, _, err = run(capsys, "settings", "--refund-format", "SJ{year}-{seq:06d}", *base)
    assert rc != 0 and "相同的编号" in err                               # the receipts' own numbers
    rc, out, _ = run(capsys, "settings", "--receipt-format", "SF{year}{seq:06d}", "--waiver-limit", "80", *base)
    assert rc in (0, None) and "已保存" in out and "SF{year}{seq:06d}" in out and "80.00 元" in out
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    rc, _, err = run(capsys, "settings", "--db", billed_db, "--user", "manager")
    assert rc != 0 and "修改设置" in err


def test_the_estate_on_the_command_line(billed_db, capsys, monkeypatch):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    base = ["--db", billed_db, "--user", "admin"]
    rc, out, _ = run(capsys, "unit", "building", "3", "--db", billed_db)
    assert rc in (0, None) and "3-2-501" in out and "张三" in out
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, out, _ = run(capsys, "unit", "show", "3-2-501", "--db", billed_db, "--user", "cashier")
    assert "138****5678" in out and "B1-001" in out                       # masked for a cashier
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, _, err = run(capsys, "unit", "add", "501", "--building", "3", "--entrance", "2", "--area", "90", *base)
    assert rc != 0 and "已存在" in err
    rc, out, _ = run(capsys, "unit", "add", "601", "--building", "3", "--entrance", "2", "--area", "90", *base)
    assert rc in (0, None) and "已新增房屋 3-2-601" in out
    rc, out, _ = run(capsys, "unit", "owner", "3-2-501", "--name", "钱八", "--phone", "13300001111",
                     "--on", "2026-01-05", *base)
    assert rc in (0, None) and "已过户给 钱八" in out and "133****1111" in out   # masked unless asked, saying why
    rc, out, _ = run(capsys, "unit", "show", "3-2-501", "--reveal", "通知新业主", *base)
    assert rc in (0, None) and "13300001111" in out                           # an administrator, saying why
    rc, out, _ = run(capsys, "unit", "space", "3-2-601", "--space", "b1-030", "--plate", "浙C·22222", *base)
    assert rc in (0, None) and "B1-030 浙C22222" in out
    rc, _, err = run(capsys, "unit", "end", "3-2-601", *base)
    assert rc != 0 and "--reason" in err
    rc, out, _ = run(capsys, "unit", "end", "3-2-601", "--reason", "并入 3-2-501", *base)
    assert rc in (0, None) and "已停用" in out


def test_closeout_refuses_days_that_are_none_and_an_administrator_reopens_one(billed_db, capsys, monkeypatch,
                                                                              tmp_path):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    for day, said in (("9999-12-31", "2000 到 2099"), ("0001-01-01", "2000 到 2099"),      # not a day of the grammar
                      ("2099-12-31", "还没有到"), ("2000-01-01", "早于本账本的第一个营业日")):
        rc, _, err = run(capsys, "closeout", "--date", day, "--close", "--out", str(tmp_path), "--user", "manager",
                         "--db", billed_db)
        assert rc == 2 and said in err, err
    rc, out, err = run(capsys, "closeout", "--date", "2025-12-21", "--close", "--out", str(tmp_path / "first"),
                       "--user", "manager", "--db", billed_db, "--json")
    assert rc == 0 and json.loads(out)["status"] == "closed", err
    rc, _, err = run(capsys, "closeout", "--reopen", "2025-12-21", "--reason", "补录", "--user", "manager",
                     "--db", billed_db)
    assert rc == 2 and "修改设置" in err                      # a manager may not: an administrator's
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, _, err = run(capsys, "closeout", "--reopen", "2025-12-21", "--user", "admin", "--db", billed_db)
    assert rc == 2 and "--reason" in err
    rc, out, err = run(capsys, "closeout", "--reopen", "2025-12-21", "--reason", "补录一笔转账", "--user", "admin",
                       "--db", billed_db, "--json")
    assert rc == 0 and json.loads(out) == {"date": "2025-12-21", "status": "reopened", "reason": "补录一笔转账"}, err
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    rc, out, err = run(capsys, "closeout", "--date", "2025-12-21", "--close", "--out", str(tmp_path / "again"),
                       "--user", "manager", "--db", billed_db, "--json")
    assert rc == 0, err
    pdf = next(f for f in json.loads(out)["files"] if f.endswith(".pdf"))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    assert "重开记录" in text and "补录一笔转账" in text


def test_a_follow_up_is_listed_then_answered_and_closed(estate, capsys, monkeypatch):
    """A consultation logged as 需跟进 waits in the window's list until someone answers it: the command
    lists it and closes it with the answer, audited, and it leaves the list."""
    from counter_app.services.consultation import desk as consultation
    from counter_app.store import db as dbmod
    from counter_app.store.models import AuditLog, Consultation
    with clock.frozen(at(2026, 1, 10, 9)):
        row = consultation.log_consultation(estate.cashier, "为什么物业费涨了", unit_code="3-2-501",
                                            outcome="follow_up", follow_up_owner="李强")
    dbmod.close()
    db = str(estate.ledger.path)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    rc, out, _ = run(capsys, "follow-ups", "--user", "manager", "--db", db, "--json")
    assert rc == 0 and [(r["id"], r["owner"]) for r in json.loads(out)] == [(row.id, "李强")]
    rc, out, err = run(capsys, "follow-ups", "--close", str(row.id), "--answer", "已电话回复：业主大会决议",
                       "--user", "manager", "--db", db)
    assert rc == 0 and f"咨询 {row.id} 已答复并关闭" in out, err
    rc, out, err = run(capsys, "follow-ups", "--close", str(row.id), "--answer", "again", "--user", "manager", "--db", db)
    assert rc == 2 and "没有这条待跟进的咨询" in err                   # closed once, not twice
    rc, out, _ = run(capsys, "follow-ups", "--user", "manager", "--db", db)
    assert rc == 0 and "没有待跟进的咨询" in out
    from counter_app.services.common.session import open_database
    open_database(db)
    closed = Consultation.get_by_id(row.id)
    assert closed.closed_at is not None and closed.answer.endswith("已电话回复：业主大会决议")
    assert AuditLog.select().where(AuditLog.action == "consultation.close").count() == 1


def test_the_command_line_says_a_refusal_in_the_chosen_language(billed_db, capsys, monkeypatch):
    """The CLI's edge words a typed error through the catalogue: the same refusal in each language,
    with its value filled in, and the exit status unchanged."""
    said = {}
    for lang in ("zh_CN", "zh_TW", "en"):
        monkeypatch.setenv("COUNTER_APP_LANG", lang)
        rc, _, err = run(capsys, "owed", "9-9-9", "--db", billed_db)
        assert rc == 2 and "9-9-9" in err, (lang, err)
        said[lang] = err
    assert "没有房号" in said["zh_CN"]
    assert "沒有房號" in said["zh_TW"]
    assert said["en"].startswith("Error: ") and not any("\u4e00" <= ch <= "\u9fff" for ch in said["en"]), said["en"]


def test_pay_honours_the_cash_rounding_and_prints_its_line(billed_db, capsys, monkeypatch):
    from counter_app.core import rounding
    from counter_app.core.money import format_yuan
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, out, err = run(capsys, "settings", "--cash-rounding", "yuan-down", "--user", "admin", "--db", billed_db)
    assert rc == 0 and "cash_rounding      yuan-down" in out, err
    rc, _, err = run(capsys, "settings", "--cash-rounding", "fen-up", "--user", "admin", "--db", billed_db)
    assert rc == 2 and "fen-up" in err
    rc, out, _ = run(capsys, "owed", "3-2-501", "--db", billed_db, "--json")
    due = json.loads(out)["total_fen"]
    rounded = rounding.payment_rounding(due, 0, "yuan-down")
    assert rounded < 0
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    rc, out, err = run(capsys, "pay", "3-2-501", "--all-due", "--tender", "cash:1000", "--user", "cashier",
                       "--db", billed_db)
    assert rc == 0, err
    assert f"  抹零 现金部分 {format_yuan(rounded)}" in out      # the receipt's row, as printed
    assert f"合计 {format_yuan(due + rounded)} 元" in out
    assert f"找零 {format_yuan(100000 - due - rounded)}" in out
    # A WeChat payment on the same setting is never rounded.
    rc, out, _ = run(capsys, "owed", "3-2-502", "--db", billed_db, "--json")
    due = json.loads(out)["total_fen"]
    assert rounding.payment_rounding(due, 0, "yuan-down") != 0      # cash would have been rounded
    rc, out, err = run(capsys, "pay", "3-2-502", "--all-due", "--tender", f"wechat:{format_yuan(due, grouping=False)}:WX7",
                       "--user", "cashier", "--db", billed_db, "--json")
    assert rc == 0, err
    receipt = json.loads(out)
    assert receipt["rounding_fen"] == 0 and receipt["paid_fen"] == receipt["total_fen"] == due


def test_pay_says_every_row_the_printed_receipt_has(billed_db, capsys, monkeypatch, tmp_path):
    """Months paid ahead under a 交12送1 offer with a top-up: the command line lists the receipt's
    rows as it prints them (the 赠送 and 预存款 rows were missing), in the chosen language."""
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    rc, _, err = run(capsys, "offer", "add", "WYF", "--name", "交一年送一月", "--paid", "12", "--free", "1",
                     "--from", "2026-01-01", "--user", "admin", "--db", billed_db)
    assert rc == 0, err
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    said = {}
    for lang, unit in (("zh_CN", "3-2-502"), ("en", "3-1-101")):
        monkeypatch.setenv("COUNTER_APP_LANG", lang)
        rc, out, err = run(capsys, "pay", unit, "--advance", "WYF:12", "--prepay", "88", "--tender", "cash:5000",
                           "--user", "cashier", "--db", billed_db)
        assert rc == 0, err
        said[lang] = out
    rows = [line.split() for line in said["zh_CN"].splitlines() if line.startswith("  ")][:-1]
    assert any(r[0] == "赠送" for r in rows) and ["预存款", "存入预存余额", "88.00"] in rows, said["zh_CN"]
    number = said["zh_CN"].split()[1]
    target = tmp_path / "r.pdf"
    rc, _, err = run(capsys, "receipt", "pdf", number, "--out", str(target), "--db", billed_db)
    assert rc == 0, err
    printed = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    for row in rows:                    # each row's name and amount, as printed
        assert row[0] in printed and row[-1] in printed, (row, printed)
    assert "Prepayment" in said["en"] and "into the prepaid balance" in said["en"], said["en"]
    assert "预存款" not in said["en"] and "赠送" not in said["en"], said["en"]
