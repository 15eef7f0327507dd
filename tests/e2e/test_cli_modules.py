"""The command line is a package of subject modules, each registering its own sub-commands
(counter_app/cli/__init__.py): every command of the contract is there, once, run by a function of
the module that registered it; and the window's start builds none of it."""
import argparse
import importlib

from counter_app import cli
from counter_app.cli.parser import subjects

COMMANDS = {"demo", "book", "cash", "discount", "voucher", "bill", "bill-runs", "bill-reverse", "standard", "settings", "unit", "find", "owed", "pay",
            "request", "explain", "audit", "privacy", "key", "last", "receipt", "void", "refund", "invoice", "user",
            "shift", "closeout", "arrears", "collection", "holdings", "notices", "reminders", "late-payers",
            "dashboard", "statement", "notice", "calc", "follow-ups", "migrate-db", "backup", "restore",
            "import-template", "import", "export", "check", "rebuild-kept", "drawer", "debit", "report", "offer",
            "mail"}


def _commands(parser: argparse.ArgumentParser) -> dict:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


def test_every_command_is_registered_once_by_its_subject_module():
    seen: dict[str, str] = {}
    for name in subjects():
        module = importlib.import_module(f"counter_app.cli.{name}")
        parser = argparse.ArgumentParser()
        module.register(parser.add_subparsers(dest="command"), argparse.ArgumentParser(add_help=False))
        for command, sub in _commands(parser).items():
            assert command not in seen, (command, seen.get(command), name)
            seen[command] = name
            assert sub.get_default("func").__module__ == module.__name__, command
    assert set(seen) == COMMANDS
    assert set(_commands(cli.build_parser())) == COMMANDS


def test_the_window_is_chosen_without_the_command_line():
    from counter_app.__main__ import _window_options
    assert _window_options([]) == {"demo": False, "db_path": None}
    assert _window_options(["--demo"]) == {"demo": True, "db_path": None}
    assert _window_options(["--database", "a.sqlite3"]) == {"demo": False, "db_path": "a.sqlite3"}
    assert _window_options(["--database=a.sqlite3"]) == {"demo": False, "db_path": "a.sqlite3"}
    for command in (["pay", "501"], ["--version"], ["--selftest"], ["--help"], ["--database"], ["find", "--demo"]):
        assert _window_options(command) is None, command


def test_every_module_that_registers_commands_is_named():
    import pkgutil
    from pathlib import Path
    folder = Path(cli.__file__).parent
    registering = {m.name for m in pkgutil.iter_modules([str(folder)])
                   if "def register(" in (folder / f"{m.name}.py").read_text(encoding="utf-8")}
    assert registering == set(subjects())
