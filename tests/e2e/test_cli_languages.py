"""The command line says its refusals in the chosen language (COUNTER_APP_LANG): those a service
raises, those the command line raises itself (a missing option, a ledger that is not there), the
values argparse refuses through cli_args, and what it adds of its own (a file the system refused).
English is checked word for word; Traditional Chinese is the catalogue's words for the same error,
not the Simplified sentence."""
import errno
from argparse import Namespace

import pytest

from counter_app.cli import exits
from counter_app.core.periods import FIRST_YEAR, LAST_YEAR
from tests.e2e.conftest import main_as_manager



def chinese_in(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def said(capsys, monkeypatch, lang, argv, password=None) -> tuple[int, str]:
    monkeypatch.setenv("COUNTER_APP_LANG", lang)
    if password:
        monkeypatch.setenv("COUNTER_APP_PASSWORD", password)
    code = main_as_manager(argv)
    _, err = capsys.readouterr()
    return code, err.strip()


# (what, argv with {db} and {tmp}, user's password, exit status, Simplified Chinese, English)
CASES = [
    ("a service's refusal with a value (core/contacts)",
     ["unit", "move-in", "3-2-502", "--name", "周九", "--phone", "2345", "--on", "2026-01-05", "--user", "admin",
      "--db", "{db}"], "admin", 2,
     "电话“2345”位数不对（手机 11 位，固定电话 7 到 8 位或带区号）",
     'Phone "2345" has the wrong number of digits (mobile 11; landline 7 to 8, or with the area code)'),
    ("a service's not-found (services/counter/receipts)",
     ["receipt", "pdf", "SJ2099-999999", "--out", "{tmp}/r.pdf", "--db", "{db}"], None, 2,
     "没有编号为 SJ2099-999999 的收据", "No receipt number SJ2099-999999"),
    ("the command line's own refusal (cli/users)",
     ["user", "add", "newbie", "--user", "admin", "--db", "{db}"], "admin", 2,
     "新增用户需要 --name、--role 和 --new-password", "A new user needs --name, --role and --new-password"),
    ("a ledger that is not there, nested in the command line's advice (cli/common)",
     ["owed", "3-2-501", "--db", "{tmp}/none.sqlite3"], None, 2,
     "没有数据库文件 {tmp}/none.sqlite3。已有数据库请用 --db 指明它的位置",
     "No database file {tmp}/none.sqlite3. For a database that exists, say where with --db"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_refusal_comes_out_in_each_language(billed_db, tmp_path, capsys, monkeypatch, case):
    _, argv, password, status, simplified, english = case
    argv = [a.replace("{db}", billed_db).replace("{tmp}", str(tmp_path)) for a in argv]
    simplified, english = (t.replace("{tmp}", str(tmp_path)) for t in (simplified, english))
    words = {}
    for lang in ("zh_CN", "zh_TW", "en"):
        code, err = said(capsys, monkeypatch, lang, argv, password)
        assert code == status, (lang, err)
        words[lang] = err
    assert simplified in words["zh_CN"]
    assert words["en"].startswith("Error: ") and english in words["en"], words["en"]
    assert not chinese_in(words["en"].replace("周九", ""))
    assert words["zh_TW"] != words["zh_CN"] and chinese_in(words["zh_TW"])


YEARS = f"{FIRST_YEAR} 到 {LAST_YEAR} 年", f"{FIRST_YEAR} to {LAST_YEAR}"


@pytest.mark.parametrize("lang,expected", [
    ("zh_CN", f"“yesterday”不可用，应写成 YYYY-MM-DD，如 2026-12-02（{YEARS[0]}）"),
    ("zh_TW", f"“yesterday”不可用，應寫成 YYYY-MM-DD，如 2026-12-02（{YEARS[0]}）"),
    ("en", f'"yesterday" cannot be used; write YYYY-MM-DD, such as 2026-12-02 ({YEARS[1]})')])
def test_a_value_argparse_refuses_is_said_in_the_language(billed_db, capsys, monkeypatch, lang, expected):
    code, err = said(capsys, monkeypatch, lang, ["owed", "3-2-501", "--date", "yesterday", "--db", billed_db])
    assert code == 2 and "--date" in err and err.endswith(expected), err


@pytest.mark.parametrize("lang,expected", [
    ("en", f'"2026-13" cannot be used; write YYYY-MM, such as 2026-12 ({YEARS[1]}) (Period "2026-13" must be '
           'written YYYY-MM)'),
    ("zh_CN", f"“2026-13”不可用，应写成 YYYY-MM，如 2026-12（{YEARS[0]}）（账期“2026-13”格式应为 YYYY-MM）")])
def test_a_refused_value_s_own_reason_is_translated_too(billed_db, capsys, monkeypatch, lang, expected):
    code, err = said(capsys, monkeypatch, lang, ["bill", "--period", "2026-13", "--db", billed_db])
    assert code == 2 and expected in err, err
    if lang == "en":
        assert not chinese_in(err), err


@pytest.mark.parametrize("lang,expected", [
    ("zh_CN", "错误：/no/such/file：文件或文件夹不存在"),
    ("en", "Error: /no/such/file: no such file or folder")])
def test_a_file_the_system_refused_is_said_in_the_language(capsys, monkeypatch, lang, expected):
    monkeypatch.setenv("COUNTER_APP_LANG", lang)
    failure = FileNotFoundError(errno.ENOENT, "No such file or directory", "/no/such/file")
    assert exits.file_failed(Namespace(command="receipt"), failure) == 2
    assert capsys.readouterr().err.strip() == expected


def test_a_database_failure_and_an_internal_error_are_said_in_the_language(capsys, monkeypatch):
    import sqlite3
    monkeypatch.setenv("COUNTER_APP_LANG", "en")
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    assert exits.failed(Namespace(command="pay", db="/x/ledger.sqlite3"), busy) == 3
    err = capsys.readouterr().err
    assert "timed out" in err and not chinese_in(err), err
    assert exits.failed(Namespace(command="pay"), RuntimeError("boom")) == 1
    err = capsys.readouterr().err
    assert "Internal error of the program (RuntimeError)" in err and not chinese_in(err), err
