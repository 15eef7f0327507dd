"""What the command line prints besides its refusals comes out in the chosen language too
(COUNTER_APP_LANG): the ledger check's findings on a ledger edited behind the program (`audit
verify`, `check`), the request-id note before every money command, `request`, `last`, `receipt
verify`, a day that cannot close for a shift still open, and argparse's own refusals. In English no
Chinese is left but the data's own values (a cashier's name); in Traditional Chinese none of the
Simplified sentence's characters that Traditional writes otherwise."""
import json
import sqlite3

import pytest

from counter_app import cli
from tests.e2e.conftest import main_as_manager

# Characters Simplified writes one way and Traditional another, all of them in the sentences below.
SIMPLIFIED_ONLY = set("审计账记录数条据与这张没开")


def chinese(text: str) -> str:
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")


def said(capsys, monkeypatch, lang, *argv, user=None):
    monkeypatch.setenv("COUNTER_APP_LANG", lang)
    if user:
        monkeypatch.setenv("COUNTER_APP_PASSWORD", user)
        argv += ("--user", user)
    code = main_as_manager(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def paid(capsys, monkeypatch, db, field="number") -> str:
    code, out, _ = said(capsys, monkeypatch, "zh_CN", "pay", "3-2-501", "--amount", "10", "--tender", "cash:10",
                        "--db", db, "--json", user="cashier")
    assert code == 0
    return json.loads(out)[field]


@pytest.fixture
def tampered(billed_db, capsys, monkeypatch):
    """A receipt whose amount was raised in the file with another tool: its number."""
    number = paid(capsys, monkeypatch, billed_db)
    with sqlite3.connect(billed_db) as con:
        assert con.execute("UPDATE payment SET total_fen = total_fen + 100 WHERE number = ?", (number,)).rowcount == 1
    return billed_db, number


@pytest.mark.parametrize("argv,status", [(("audit", "verify"), 3), (("check",), 3)])
def test_the_checks_findings_come_out_in_each_language(tampered, capsys, monkeypatch, argv, status):
    db, number = tampered
    out = {}
    for lang in ("zh_CN", "zh_TW", "en"):
        code, text, err = said(capsys, monkeypatch, lang, *argv, "--db", db)
        assert code == status, (lang, text, err)
        out[lang] = text
    assert number in out["zh_CN"] and "在程序之外被改动" in out["zh_CN"]
    assert number in out["en"] and "changed outside the program" in out["en"], out["en"]
    assert chinese(out["en"]) == "", out["en"]
    assert chinese(out["zh_TW"]) and not SIMPLIFIED_ONLY & set(out["zh_TW"]), out["zh_TW"]
    assert "在程式之外被改動" in out["zh_TW"] and number in out["zh_TW"]


def test_a_clean_ledger_says_so_in_english(billed_db, capsys, monkeypatch):
    code, out, _ = said(capsys, monkeypatch, "en", "audit", "verify", "--db", billed_db)
    assert code == 0 and out.splitlines()[0].startswith("Audit chain: ") and "The accounts are consistent" in out
    assert chinese(out) == ""


def test_the_request_id_note_and_the_answers_about_it_in_english(billed_db, capsys, monkeypatch):
    code, out, err = said(capsys, monkeypatch, "en", "pay", "3-2-501", "--amount", "10", "--tender", "cash:10",
                          "--db", billed_db, "--json", user="cashier")
    made = json.loads(out)["request_id"]
    assert code == 0 and err.startswith(f"Request ID {made} (if unsure whether it was recorded: "
                                        f"counter-app request {made}"), err
    assert chinese(err) == ""
    code, out, _ = said(capsys, monkeypatch, "en", "request", made, "--db", billed_db, user="cashier")
    assert code == 0 and out.startswith("Recorded: Takings SJ") and "(3-2-501, 10.00 yuan, " in out, out
    assert chinese(out) == "王芳", out                                   # the cashier's name only
    code, _, err = said(capsys, monkeypatch, "en", "request", "till-7-000999", "--db", billed_db, user="cashier")
    assert code == 4 and err.strip() == ("Not recorded: request ID till-7-000999 is not in this ledger "
                                         "(you can do it again)")


def test_last_says_whether_it_was_printed_in_english_and_traditional(billed_db, capsys, monkeypatch):
    number = paid(capsys, monkeypatch, billed_db)
    _, out, _ = said(capsys, monkeypatch, "en", "last", "--db", billed_db, user="cashier")
    assert out.startswith(number) and "not printed" in out and "To print: counter-app receipt pdf" in out
    assert chinese(out) == "", out
    _, out, _ = said(capsys, monkeypatch, "zh_TW", "last", "--db", billed_db, user="cashier")
    assert "未列印" in out and "打印" not in out, out


def test_a_receipt_not_ours_is_said_in_english(billed_db, capsys, monkeypatch):
    number = paid(capsys, monkeypatch, billed_db)
    code, out, _ = said(capsys, monkeypatch, "en", "receipt", "verify", f"{number}|10.00|000000000000",
                        "--db", billed_db)
    assert code == 4 and out.strip() == (f"Receipt {number}'s check value does not match: it was not issued here "
                                         "(or the ledger was changed)"), out


def test_a_day_with_a_shift_open_is_refused_in_english(billed_db, capsys, monkeypatch, tmp_path):
    # The estate's cashier and manager opened their shifts on 2025-12-20 (tests/factories.py).
    code, out, err = said(capsys, monkeypatch, "en", "closeout", "--date", "2025-12-20", "--close",
                        "--out", str(tmp_path), "--db", billed_db, user="manager")
    assert code == 2 and "(shift 1, opened " in err and "(shift 2, opened " in err, err
    assert chinese(err) == "王芳李强", err                          # the cashiers' names only


@pytest.mark.parametrize("lang,words", [
    ("zh_CN", ("无效的选择：'bogus'", "缺少必需的参数：unit", "无法识别的参数：--foo")),
    ("zh_TW", ("無效的選擇：'bogus'", "缺少必需的引數：unit", "無法識別的引數：--foo")),
    ("en", ("invalid choice: 'bogus'", "the following arguments are required: unit", "unrecognized arguments: --foo"))])
def test_argparses_own_refusals_are_in_the_language(capsys, monkeypatch, lang, words):
    monkeypatch.setenv("COUNTER_APP_LANG", lang)
    for argv, expected in zip((["bogus"], ["pay"], ["last", "--foo"]), words):
        code = cli.main(argv)
        _, err = capsys.readouterr()
        assert code == 2 and expected in err, err
        assert (chinese(err) == "") == (lang == "en"), err


def test_an_import_dry_run_reports_in_english(billed_db, capsys, monkeypatch, tmp_path):
    from tests.services.imports import files
    good = files.xlsx(tmp_path / "units.xlsx", ["楼栋", "单元", "房号", "建筑面积"],
                      [["8", 1, "101", "90"], ["8", 1, "102", "90"]])
    code, out, _ = said(capsys, monkeypatch, "en", "import", "units", str(good), "--dry-run", "--db", billed_db,
                        user="admin")
    # The sheet's own name (数据, the template's) is the file's value; the rest is English.
    assert code == 0 and out.splitlines() == ["Buildings and units: Add 2", "Sheets read: 数据 (2 rows)",
                                              "This is a preview; nothing was written."], out
