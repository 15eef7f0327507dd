"""Receipt books from the command line, over the same services as the window: a manager registers
and issues a book, the cashier records receipts' forms and voids a spoiled one, and the book report
counts them and writes its PDF (read back with pdftotext), sheet and CSV."""
import json
import subprocess

from tests.e2e.test_cli_corrections import run


def _pay(capsys, monkeypatch, db) -> str:
    code, out, err = run(capsys, monkeypatch, "pay", "3-2-501", "--amount", "10", "--tender", "cash:10", *db, "--json")
    assert code == 0, err
    return json.loads(out)["number"]


def test_add_issue_use_spoil_list_and_report(billed_db, capsys, monkeypatch, tmp_path):
    db = ["--db", billed_db]
    code, _, err = run(capsys, monkeypatch, "book", "add", "A", "0001", "0020", *db)
    assert code == 2 and "无权" in err                                       # a cashier registers no book
    code, out, err = run(capsys, monkeypatch, "book", "add", "ｓｊ", "0001", "0020", *db, "--json", user="manager")
    assert code == 0, err
    book = json.loads(out)
    assert (book["series"], book["first"], book["last"], book["next_form"]) == ("SJ", 1, 20, "0001")
    code, _, err = run(capsys, monkeypatch, "book", "add", " Sj ", "0020", "0040", *db, user="manager")
    assert code == 2 and "重叠" in err
    code, out, err = run(capsys, monkeypatch, "book", "issue", str(book["id"]), "--to", "cashier", *db, user="manager")
    assert code == 0 and "王芳" in out, err
    first, second = _pay(capsys, monkeypatch, db), _pay(capsys, monkeypatch, db)
    code, out, err = run(capsys, monkeypatch, "book", "use", first, *db)
    assert code == 0 and "SJ 0001" in out, err
    code, out, err = run(capsys, monkeypatch, "book", "spoil", "sj", "2", *db)
    assert code == 2 and "--reason" in err
    code, out, err = run(capsys, monkeypatch, "book", "spoil", "sj", "2", "--reason", "卡纸", *db)
    assert code == 0 and "SJ 0002" in out, err
    code, out, err = run(capsys, monkeypatch, "book", "use", second, "SJ", "4", *db)      # 3 skipped
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, "book", "use", second, "SJ", "5", *db)
    assert code == 2 and "已经记在表单 SJ 0004" in err
    code, out, err = run(capsys, monkeypatch, "book", "list", *db, "--json")
    assert [(b["used"], b["spoiled"], b["skipped"], b["left"], b["next_form"]) for b in json.loads(out)] == \
        [(2, 1, 1, 16, "0005")]
    code, out, err = run(capsys, monkeypatch, "book", "report", str(book["id"]), "--out", str(tmp_path), *db, "--json",
                         user="manager")
    assert code == 0, err
    r = json.loads(out)
    assert r["books"][0] == {"holder": "王芳", "book": "SJ 0001–0020", "used": 2, "used_numbers": "0001、0004",
                             "spoiled": 1, "spoiled_numbers": "0002", "skipped": 1, "skipped_numbers": "0003",
                             "left": 16}
    assert [f["state"] for f in r["forms"]] == ["已用", "作废", "跳号（未交代）", "已用"]
    pdf = next(f for f in r["files"] if f.endswith(".pdf"))
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "收据本报表" in text and "SJ 0001–0020" in text and "卡纸" in text and "跳号（未交代）" in text
    code, out, _ = run(capsys, monkeypatch, "audit", "verify", *db, user="manager")
    assert code == 0, out
