"""Every command that opens a ledger runs as a signed-in user and follows the permission table as
the window does: run without --user it shows nothing and changes nothing; run as a cashier, what
the table keeps for managers and administrators is refused. Each sub-command and each of its
read-only variants (a backup's contents, a receipt's check value, the key's status) is tried."""
import json

import pytest

from counter_app import cli
from tests import outside
from tests.e2e.test_cli_bad_input import BASE

# Read-only variants of commands whose valid call in BASE is another action.
VARIANTS = {
    "restore --show": ["{backup}", "--show"],
    "receipt verify": ["verify", "SJ2026-000001"],
    "key status": ["status"],
    "key code": ["code"],
    "unit show": ["show", "3-2-501"],
    "audit verify": ["verify"],
    "request": ["req-pay-0001"],
    # BASE names files not there; here they are, so only the sign-in can stop these
    "restore": ["{backup}", "--safety", "{tmp}/safety", "--accept-loss"],
    "migrate-db": ["--from", "{ledger}", "--to", "postgresql://nobody@127.0.0.1:1/none"],
}
NAMES_A_FILE = {"statement", "import"}                  # a bank file or a workbook, read before anything
PUBLIC = {"notice", "calc", "import-template"}          # what the office posts: the fee schedule, a sum, a blank form

# What a cashier may not do (the permission table: managers and administrators only).
NOT_FOR_CASHIERS = {
    "restore --show": "database.restore", "key status": "key.manage", "key code": "key.manage",
    "audit verify": "audit.view", "check": "database.check", "rebuild-kept": "kept.rebuild",
    "backup": "database.backup",
    "arrears": "report.management", "collection": "report.management", "closeout": "report.day",
    "report": "report.management", "export": "data.export", "privacy": "personal.view_full", "bill": "billing.run",
    "debit": "debit.manage",
    "book": "book.manage",
    "voucher": "finance.voucher",
    "offer": "standard.edit",
    "mail": "mail.send",
}


def _calls(tmp_path, backup, ledger):
    calls = {c: (user, base) for c, (user, base) in BASE.items() if c not in PUBLIC}
    calls.update({name: ("manager", argv) for name, argv in VARIANTS.items()})
    return {name: [a.replace("{tmp}", str(tmp_path)).replace("{backup}", backup)
                .replace("{ledger}", ledger) for a in argv]
            for name, (_, argv) in calls.items()}


@pytest.fixture
def backup(billed_db, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    assert cli.main(["backup", "--to", str(tmp_path / "b"), "--user", "manager", "--db", billed_db, "--json"]) == 0
    path = json.loads(capsys.readouterr().out)["path"]
    monkeypatch.delenv("COUNTER_APP_PASSWORD")
    return path


def _run(capsys, argv):
    code = cli.main(argv)           # every call here is well formed: argparse never stops it
    out, err = capsys.readouterr()
    return code, out, err


def test_no_command_that_opens_a_ledger_runs_without_a_user(billed_db, backup, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")     # a password at hand is no sign-in
    ledger = outside.fingerprint(billed_db)
    for name, argv in _calls(tmp_path, backup, billed_db).items():
        command = name.split()[0]
        code, out, err = _run(capsys, [command, *argv, "--db", billed_db])
        assert code != 0 and not out.strip(), (name, code, out)
        assert "--user" in err or name in NAMES_A_FILE, (name, err)
    assert outside.fingerprint(billed_db) == ledger


@pytest.mark.parametrize("name", sorted(NOT_FOR_CASHIERS))
def test_a_cashier_is_refused_what_the_table_keeps_for_managers(name, billed_db, backup, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    argv = _calls(tmp_path, backup, billed_db)[name]
    code, out, err = _run(capsys, [name.split()[0], *argv, "--db", billed_db, "--user", "cashier"])
    assert code == 2 and "无权" in err and not out.strip(), (name, code, out, err)
