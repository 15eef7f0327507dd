"""No command prints a Python traceback for bad input: every sub-command is run with malformed values
of each of its options and arguments; each ends in a one-line refusal or a sentence, with an exit
status, and a typed option's malformed value is refused by name with status 2 before anything runs."""
import argparse
from pathlib import Path

import pytest

from counter_app import cli

NASTY = ["2026-13-01", "2026-02-30", "yesterday", "'\"; DROP TABLE unit; --", "1,abc", "WYF:abc", "junk", "-1",
         "1e3", "", "١٢٣", "x" * 300, "\u202etxt.exe", "0", "NaN",
         # past the calendar's stated years, numbers of any length, paths that cannot be written
         "9999-12", "0001-01", "2100-01-01", "1999-12-31", "1" * 30, "1." + "0" * 30,
         "{tmp}/no-such-folder/x.pdf", "{tmp}/a-file.txt", "{tmp}"]
REFUSED_BY_NAME = ("2026-13-01", "yesterday", "junk", "1e3", "١٢٣", "", "9999-12", "0001-01", "2100-01-01",
                   "1999-12-31", "1" * 30)

# A valid call of each command (who runs it, and its arguments); each option and argument is then
# replaced by every malformed value in turn.
BASE = {
    "bill": ("manager", ["--period", "2026-02"]),
    "bill-runs": ("manager", ["--limit", "5"]),
    "unit": ("admin", ["move-in", "3-2-502", "--name", "周九", "--phone", "13900009999", "--on", "2026-01-05"]),
    "settings": ("admin", ["--receipt-format", "SJ{year}-{seq:06d}", "--timezone", "Asia/Shanghai"]),
    "standard": ("admin", ["preview", "WYF", "--from", "2026-03-01", "--rate", "1.80", "--tier", "18:2.90"]),
    "bill-reverse": ("manager", ["1", "--reason", "标准错了"]),
    "find": ("manager", ["3-2-501"]),
    "owed": ("manager", ["3-2-501", "--date", "2026-01-10"]),
    "pay": ("cashier", ["3-2-501", "--amount", "10", "--tender", "cash:10", "--request-id", "req-pay-0001"]),
    "request": ("cashier", ["req-pay-0001"]),
    "explain": ("manager", ["3-2-501", "WYF", "--period", "2026-01"]),
    "audit": ("manager", ["verify", "--anchor", "3:ABCDEF012345"]),
    "key": ("admin", ["export", "--out", "{tmp}/keys.txt"]),
    "privacy": ("admin", ["erase", "--dry-run", "--on", "2030-01-01"]),
    "receipt": ("manager", ["pdf", "SJ2026-000001", "--out", "{tmp}/r.pdf"]),
    "user": ("admin", ["add", "newbie", "--name", "新人", "--role", "cashier", "--new-password", "longenough1"]),
    "shift": ("cashier", ["x"]),
    "book": ("manager", ["add", "A", "0000101", "0000150"]),
    "closeout": ("manager", ["--date", "2026-01-10", "--out", "{tmp}"]),
    "arrears": ("manager", ["--as-of", "2026-01-10"]),
    "collection": ("manager", ["--month", "2026-01"]),
    "holdings": ("manager", []),
    "report": ("manager", ["renewals", "--days", "30", "--day", "2026-01-10"]),
    "dashboard": ("manager", ["--month", "2026-01", "--out", "{tmp}/d.pdf"]),
    "late-payers": ("manager", ["--as-of", "2026-03-15"]),
    "notices": ("manager", ["--kind", "overdue", "--out", "{tmp}/n.pdf"]),
    "reminders": ("manager", ["--log", "3-2-501", "--note", "月底", "--follow-up", "2027-01-10"]),
    "statement": ("manager", ["{tmp}/none.csv", "--date", "2026-01-10"]),
    "notice": (None, ["--out", "{tmp}/n.pdf"]),
    "calc": (None, ["WYF", "--area", "100", "--months", "3", "--from", "2026-02"]),
    "follow-ups": ("manager", ["--close", "1", "--answer", "已电话回复"]),
    "last": ("cashier", []),
    "drawer": ("manager", ["open", "--reason", "换零钱", "--drawer", "network:127.0.0.1:9"]),
    "discount": ("admin", ["add", "空置房减免", "--yuan-off", "50", "--items", "WYF", "--from", "2026-01-01"]),
    "cash": ("cashier", ["out", "10", "--reason", "advance", "--voucher", "PZ1", "--authoriser", "manager",
                         "--request-id", "req-cash-0001"]),
    "offer": ("admin", ["add", "WYF", "--name", "交一年送一月", "--paid", "12", "--free", "1", "--from", "2026-01-01"]),
    "void": ("cashier", ["SJ2026-000001", "--reason", "录错", "--authoriser", "manager"]),
    "refund": ("cashier", ["SJ2026-000001", "--lines", "1", "--tender", "cash", "--reason", "退房",
                           "--authoriser", "manager"]),
    "backup": ("manager", ["--to", "{tmp}/backups"]),
    "invoice": ("cashier", ["request", "SJ2026-000001", "--buyer", "张三", "--contact", "13812345678"]),
    "voucher": ("manager", ["export", "--day", "2026-01-10", "--format", "kingdee", "--out", "{tmp}/v.xlsx",
                            "--number", "3"]),
    "restore": ("admin", ["{tmp}/none.sqlite3", "--safety", "{tmp}/safety"]),
    "migrate-db": ("admin", ["--from", "{tmp}/none.sqlite3", "--to", "postgresql://nobody@127.0.0.1:1/none"]),
    "import": ("admin", ["units", "{tmp}/none.xlsx", "--dry-run"]),
    "import-template": (None, ["units", "--out", "{tmp}/t.xlsx"]),
    "export": ("admin", ["units", "--out", "{tmp}/e.xlsx"]),
    "check": ("manager", []),
    "rebuild-kept": ("admin", []),
    "debit": ("manager", ["batch", "--up-to", "2026-01-31", "--out", "{tmp}/b.csv"]),
    "mail": ("manager", ["send", "--kind", "notice", "--building", "3", "--unit", "3-2-501"]),
}
SKIPPED = {"demo"}     # creates a database: its own tests cover it
BUILD_PARSER = cli.build_parser


@pytest.fixture(autouse=True)
def one_parser_per_test(monkeypatch):
    """cli.main builds its parser on every call: once per process in use, but these sweeps call it
    hundreds of times in one process, and building it was two thirds of their time. Each test
    builds it once; argparse reads an argv without changing the parser (the test below holds it)."""
    parser = BUILD_PARSER()
    monkeypatch.setattr(cli.run, "build_parser", lambda: parser)   # what cli.main calls


def test_a_parser_used_again_reads_each_call_as_a_fresh_one_would(tmp_path):
    shared = BUILD_PARSER()
    for command, (_, base) in sorted(BASE.items()):
        argv = [command] + [a.replace("{tmp}", str(tmp_path)) for a in base] + ["--db", "x.sqlite3"]
        if command == "pay":                       # repeatable options must not pile up across calls
            argv += ["--tender", "wechat:1:WX1", "--advance", "WYF:2", "--adhoc", "YJ:100"]
        fresh = vars(BUILD_PARSER().parse_args(argv))
        for _ in range(2):
            assert vars(shared.parse_args(argv)) == fresh, command


def subcommands():
    parser = cli.build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sub.choices


def test_every_sub_command_has_a_valid_call_here():
    assert set(subcommands()) - SKIPPED == set(BASE)


def _slots(command):
    """(option or None for a positional, index of the positional) of each value the command takes."""
    parser = subcommands()[command]
    out, position = [], 0
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.nargs == 0:
            continue
        if action.option_strings:
            if action.dest in ("db", "user", "estate"):
                continue
            out.append((action.option_strings[0], None))
        else:
            out.append((None, position))
            position += 1
    return out


def _with(argv, option, position, value):
    argv = list(argv)
    if option is None:
        positionals = [i for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or not argv[i - 1]
                                                                                  .startswith("--"))]
        if position < len(positionals):
            argv[positionals[position]] = value
        return argv
    if option in argv:
        argv[argv.index(option) + 1] = value
        return argv
    return argv + [option, value]


@pytest.mark.parametrize("command", sorted(BASE))
def test_malformed_values_never_end_in_a_traceback(command, billed_db, tmp_path, capsys, monkeypatch):
    work = tmp_path / "cwd"             # a value taken as a relative folder lands here, not in the checkout
    work.mkdir()
    monkeypatch.chdir(work)
    user, base = BASE[command]
    base = [a.replace("{tmp}", str(tmp_path)) for a in base]
    (tmp_path / "a-file.txt").write_text("an existing file\n", encoding="utf-8")
    if user:
        monkeypatch.setenv("COUNTER_APP_PASSWORD", user)
    monkeypatch.setenv("COUNTER_APP_AUTH_PASSWORD", "manager")
    strict = {"day", "month", "yuan", "positive_yuan", "ids", "months", "positive_int", "count_int", "drawer_count",
              "tender", "advance"}          # none of the values below is in their form
    typed = {a.option_strings[0] for a in subcommands()[command]._actions
             if a.option_strings and getattr(a.type, "__name__", "") in strict}
    tried = 0
    for option, position in _slots(command):
        for value in NASTY:
            value = value.replace("{tmp}", str(tmp_path))
            argv = [command] + _with(base, option, position, value) + ["--db", billed_db]
            if user:
                argv += ["--user", user]
            try:
                code = cli.main(argv)
            except SystemExit as stop:          # argparse's refusal
                code = stop.code
            out, err = capsys.readouterr()
            tried += 1
            assert "Traceback" not in err and "Traceback" not in out, (argv, err)
            assert isinstance(code, int), (argv, code)
            # 1 is the program's own fault (logged): a value the user typed is refused (2) or done
            assert code != 1, (argv, err)
            if code:
                assert err.strip(), f"{argv}: exit {code} says nothing"
                assert len(err.strip().splitlines()) <= 2, (argv, err)
            if option in typed and value in REFUSED_BY_NAME:
                assert code == 2 and option in err, (argv, code, err)
    assert tried >= len(NASTY) or not _slots(command)
    written = {p.name for p in work.iterdir()}
    assert not written & {"", "\u202etxt.exe"}, written      # no empty or backwards-reading output names



WRITES = {"receipt": "--out", "closeout": "--out", "arrears": "--out", "collection": "--out", "holdings": "--out",
          "notices": "--out", "dashboard": "--out", "notice": "--out", "reminders": "--export", "invoice": "--out",
          "import-template": "--out", "export": "--out"}
FOLDERS = {"closeout", "arrears", "collection", "holdings"}


@pytest.mark.parametrize("command", sorted(WRITES))
def test_where_output_cannot_go_is_said_with_its_own_status(command, billed_db, tmp_path, capsys, monkeypatch):
    """A missing folder, a folder for a file or a file for a folder: refused by name (2) before
    anything runs; a device that is full: said when the write fails (3). Never a traceback."""
    monkeypatch.chdir(tmp_path)
    user, base = BASE[command]
    base = [a.replace("{tmp}", str(tmp_path)) for a in base]
    if command == "reminders":
        base = ["--export", "x.csv"]
    if command == "invoice":
        base = ["export", "--date", "2026-01-10", "--out", "x.xlsx"]
    monkeypatch.setenv("COUNTER_APP_PASSWORD", user or "admin")
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x", encoding="utf-8")
    wrong = [str(tmp_path / "no-such-folder" / "deeper" / "x"), str(a_file if command in FOLDERS else tmp_path)]
    for value in wrong + (["/dev/full"] if command not in FOLDERS and Path("/dev/full").exists() else []):
        argv = [command] + _with(base, WRITES[command], None, value) + ["--db", billed_db] + (["--user", user] if user else [])
        code = cli.main(argv)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err and err.strip(), (argv, err)
        if value == "/dev/full" and command in ("notices", "dashboard", "notice"):
            assert code == 3 and "磁盘已满" in err, (argv, code, err)          # any name will do for these
        elif value == "/dev/full":
            assert code in (2, 3), (argv, code, err)                           # a name of the wrong kind, or full
        else:
            assert code == 2 and WRITES[command] in err, (argv, code, err)
    assert a_file.read_text(encoding="utf-8") == "x" and not (tmp_path / "no-such-folder").exists()


FAR = [("collection", "manager", ["--month", "{m}"]), ("dashboard", "manager", ["--month", "{m}", "--out", "{tmp}/d.pdf"]),
       ("bill", "manager", ["--period", "{m}", "--preview"]),
       ("calc", None, ["WYF", "--area", "100", "--from", "{m}", "--months", "120"]),
       ("standard", "admin", ["add", "WYF", "--from", "{d}", "--rate", "1.80"]),
       ("arrears", "manager", ["--as-of", "{d}"]), ("late-payers", "manager", ["--as-of", "{d}"]),
       ("report", "manager", ["forecast", "--as-of", "{m}"]), ("report", "manager", ["buildings", "--day", "{d}"])]


@pytest.mark.parametrize("command, user, base", FAR, ids=[c for c, _, _ in FAR])
def test_months_and_days_at_and_past_the_stated_years(command, user, base, billed_db, tmp_path, capsys, monkeypatch):
    """9999-12 and 0001-01 are refused by the grammar (exit 2, naming the option); the first and
    last months of the stated years run to a result or a sentence, never an internal error."""
    monkeypatch.setenv("COUNTER_APP_PASSWORD", user or "admin")
    for m, d, refused in (("9999-12", "9999-12-31", True), ("0001-01", "0001-01-01", True),
                          ("2099-12", "2099-12-31", False), ("2000-01", "2000-01-01", False)):
        argv = [command] + [a.replace("{m}", m).replace("{d}", d).replace("{tmp}", str(tmp_path)) for a in base]
        code = cli.main(argv + ["--db", billed_db] + (["--user", user] if user else []))
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err and code != 1, (argv, code, err)
        if refused:
            assert code == 2 and "2000 到 2099" in err, (argv, code, err)
        elif code:
            assert err.strip() and "内部错误" not in err, (argv, code, err)
