"""What the command line prints goes through the catalogue (counter_app/catalogue.py) so that it
comes out in the chosen language: a Chinese text in a command module is a Word or a Finding, a
typed error's template, an option's help, or a docstring or comment, never a sentence printed as
it is. The modules below are held to it; the others are not yet (their own output is still
Simplified Chinese) and join the list as they are worded."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORDED = ("admin.py", "cash.py", "common.py", "corrections.py", "data.py", "demo.py", "devices.py", "discounts.py",
          "exits.py", "output.py", "payments.py", "run.py", "shifts.py", "users.py")
# Calls whose text is worded at the edge (templates) or is not printed as output (the option's help).
TYPED = {"Word", "Finding", "Invalid", "NotFound", "Refused", "Unavailable", "PermissionDenied", "Conflict",
         "CounterError", "getLogger", "warning", "info", "exception", "debug"}
NOT_SHOWN = {"help", "description", "metavar"}
# Data, not words: the anonymous reader's name as the audit records it.
DATA = {"匿名"}


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def unworded(source: str) -> list[int]:
    """The lines of Chinese text in `source` that reach the output as they are."""
    # why: the catalogue's fixed words (tables, module constants) are said through Word(table[key])
    import sys
    sys.path.insert(0, str(ROOT))
    from scripts import error_catalogue
    tree = ast.parse(source)
    known = error_catalogue.words() | DATA
    allowed = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in TYPED:
                allowed |= {id(n) for arg in node.args[:1] for n in ast.walk(arg)}
            allowed |= {id(n) for k in node.keywords if k.arg in NOT_SHOWN for n in ast.walk(k.value)}
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            allowed.add(id(node.body[0].value))
    return sorted({node.lineno for node in ast.walk(tree)
                   if isinstance(node, ast.Constant) and isinstance(node.value, str) and chinese(node.value)
                   and id(node) not in allowed and node.value not in known})


@pytest.mark.parametrize("name", WORDED)
def test_a_command_module_prints_only_worded_text(name):
    path = ROOT / "counter_app" / "cli" / name
    assert unworded(path.read_text(encoding="utf-8")) == [], name


def test_the_check_finds_a_sentence_printed_as_it_is():
    source = ('print(f"请求编号 {made}（不确定是否已记账时）")\n'
              'print(in_language(Word("请求编号 {id}", id=made)))\n'
              'p.add_argument("--x", help="中文说明")\n'
              'raise Invalid("没有 {x}", x=1)\n'
              'out.emit(args, data, "账目都对上了")\n')
    assert unworded(source) == [1, 5]
