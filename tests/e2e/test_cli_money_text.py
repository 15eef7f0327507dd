"""Money printed in words matches the JSON: every command that prints an amount prints it through
core.money.format_yuan (`shift open --float 500` once printed 备用金 50000 元, the 分 with 元 after
it). Each command runs once; its text and its --json come from the same call (cli.output.emit),
and every money figure of the JSON named below is in the text as format_yuan writes it; no amount in
any command's text is a bare whole number of 元."""
import ast
import json
import re
from pathlib import Path

from counter_app import cli
from counter_app.cli import output
from counter_app.core.money import format_yuan

# A figure beside 元 or after ¥ without its two decimals: 50000 元, ¥12
BARE_AMOUNT = re.compile(r"(?:¥\s*-?\d[\d,]*(?![\d.,]))|(?:(?<![\d.,])-?\d[\d,]*(?![\d.,])\s*元(?![/／]))")


def _session(monkeypatch, capsys):
    said: list[tuple[str, object, str]] = []
    emit = output.emit

    def recording(args, data, text):
        said.append((args.command, json.loads(json.dumps(output.jsonable(data), ensure_ascii=False, default=str)), text))
        emit(args, data, text)
    monkeypatch.setattr(output, "emit", recording)

    def run(*argv, user=None, auth=None):
        if user:
            monkeypatch.setenv("COUNTER_APP_PASSWORD", user)
        if auth:
            monkeypatch.setenv("COUNTER_APP_AUTH_PASSWORD", auth)
        code = cli.main(list(argv) + (["--user", user] if user else []))
        out, err = capsys.readouterr()
        assert code in (0, None), (argv, err)
        return said[-1]
    return run


def _has(text: str, *fens: int) -> None:
    for fen in fens:
        assert format_yuan(fen) in text, (format_yuan(fen), text)


def test_every_money_figure_in_words_is_the_json_s(billed_db, monkeypatch, capsys, tmp_path):
    run = _session(monkeypatch, capsys)
    db = ("--db", billed_db)
    texts = []

    def check(said, *keys, each=None):
        _command, data, text = said
        texts.append(text)
        _has(text, *(data[k] for k in keys))
        for row in (data if each else []):
            _has(text, *(row[k] for k in each))
        return data

    owed = check(run("owed", "3-2-501", *db, user="manager"), "total_fen", "due_now_fen", "late_fee_fen", "overdue_fen",
                 "prepaid_fen")
    assert owed["total_fen"] == owed["due_now_fen"] + owed["not_yet_due_fen"] > 0
    check(run("find", "3-", *db, user="manager"), each=("total_fen",))
    check(run("shift", "close", "--count", "100x0", *db, user="cashier"), "received_fen", "expected_cash_fen",
          "counted_fen")
    opened = check(run("shift", "open", "--float", "500", *db, user="cashier"), "float_fen")
    assert opened["float_fen"] == 50000 and "备用金 500.00 元" in texts[-1]
    paid = check(run("pay", "3-2-501", "--all-due", "--tender", "cash:10000", *db, user="cashier"), "total_fen",
                 "change_fen", "cash_tendered_fen", "prepaid_after_fen")
    assert paid["total_fen"] == owed["total_fen"]         # the counter took what `owed` said it owes
    check(run("last", *db, user="cashier"), "paid_fen")
    check(run("shift", "x", *db, user="cashier"), "received_fen", "expected_cash_fen")
    check(run("explain", "3-1-102", "WYF", "--period", "2026-01", *db, user="manager"), "amount_fen")
    check(run("calc", "WYF", "--unit", "3-2-501", "--from", "2026-03", "--months", "3", *db, user="manager"), "amount_fen")
    check(run("arrears", *db, user="manager"), "overdue_fen", "late_fee_fen", "overdue_total_fen")
    check(run("collection", "--month", "2026-01", *db, user="manager"), "billed_fen", "collected_fen")
    check(run("holdings", *db, user="manager"), "prepaid_fen", "deposits_fen")
    check(run("notices", "--kind", "overdue", "--out", str(tmp_path / "n.pdf"), *db, user="manager"), "total_fen")
    check(run("dashboard", "--out", str(tmp_path / "d.pdf"), *db, user="manager"), "today_fen", "month_fen",
          "arrears_recovered_fen")
    check(run("late-payers", *db, user="manager"), )
    check(run("void", paid["number"], "--reason", "录错", "--authoriser", "manager", *db, user="cashier",
              auth="manager"), "total_fen")
    check(run("bill", "--period", "2026-02", "--preview", *db, user="admin"), "total_fen")
    check(run("settings", *db, user="admin"), "waiver_limit_fen")
    for text in texts:                                      # and nothing anywhere printed as bare 分 or 元
        assert not BARE_AMOUNT.findall(text), (BARE_AMOUNT.findall(text), text)


def test_the_pattern_finds_the_bare_amounts_it_is_for():
    assert BARE_AMOUNT.findall("已开班：班次 3，备用金 50000 元") and BARE_AMOUNT.findall("合计 ¥12")
    assert not BARE_AMOUNT.findall("备用金 500.00 元，¥1,234.56，1.40元/㎡/月，10.00元 × 3月，共 3 户")


MONEY_NAMES = ("float", "amount", "prepay", "topup")      # options given in 元, held in 分


def test_every_amount_the_command_line_formats_goes_through_format_yuan():
    """In the command line's modules, a value put into printed text whose name says it is money
    (…_fen, or an option read in 元 and held in 分) is an argument of format_yuan: never printed raw."""
    modules = sorted(Path(cli.__file__).parent.glob("*.py"))
    assert len(modules) > 10
    bad = []
    for node in (n for m in modules for n in ast.walk(ast.parse(m.read_text(encoding="utf-8")))):
        if not isinstance(node, ast.FormattedValue):
            continue
        value = node.value
        if isinstance(value, ast.Call) and getattr(value.func, "id", getattr(value.func, "attr", "")) == "format_yuan":
            continue
        if isinstance(value, ast.IfExp) and all(isinstance(b, ast.Constant) for b in (value.body, value.orelse)):
            continue         # a sign or a word chosen by an amount, not the amount
        if (isinstance(value, ast.IfExp) and isinstance(value.orelse, ast.Constant) and isinstance(value.body, ast.Call)
                and getattr(value.body.func, "id", "") == "format_yuan"):
            continue         # an amount through format_yuan, or blank (a voucher line's empty side)
        names = [n.attr if isinstance(n, ast.Attribute) else n.id for n in ast.walk(value)
                 if isinstance(n, (ast.Attribute, ast.Name))]
        if any(name.endswith("_fen") or name in MONEY_NAMES for name in names):
            bad.append(f"line {node.lineno}: {ast.unparse(value)}")
    assert bad == [], bad
