"""A key never does what the window would not let the mouse do: a key bound to the same action as a
button goes through keys.button_key (it presses the button, so it does nothing while the button is
greyed out), never straight to the slot. Read from the code (ast), so a new window cannot forget."""
import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "counter_app" / "ui"
# The main window's Ctrl+P is there before its button (the notice of a receipt never printed) and
# says so when there is none.
WINDOW_KEYS = {"main_window.py self.print_unprinted"}


def _slot_of(call: ast.Call) -> str | None:
    for kw in call.keywords:
        if kw.arg == "activated":
            return ast.unparse(kw.value)
    return ast.unparse(call.args[2]) if len(call.args) >= 3 else None


def _bindings(tree: ast.AST) -> tuple[set[str], list[tuple[str, int]]]:
    clicked, keyed = set(), []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if (isinstance(f, ast.Attribute) and f.attr == "connect" and isinstance(f.value, ast.Attribute)
                and f.value.attr == "clicked" and node.args):
            clicked.add(ast.unparse(node.args[0]))
        elif isinstance(f, ast.Name) and f.id == "QShortcut":
            slot = _slot_of(node)
            if slot:
                keyed.append((slot, node.lineno))
    return clicked, keyed


def test_no_key_goes_round_a_button_to_its_slot():
    found = []
    for path in sorted(UI.rglob("*.py")):
        clicked, keyed = _bindings(ast.parse(path.read_text(encoding="utf-8")))
        found += [f"{path.relative_to(UI)}:{line} {slot}" for slot, line in keyed
                  if slot in clicked and f"{path.relative_to(UI)} {slot}" not in WINDOW_KEYS]
    assert found == [], "bind these keys with keys.button_key(window, button, key)"


def test_the_check_sees_a_key_bound_round_its_button():
    sample = ast.parse("b.clicked.connect(self.save)\nQShortcut(QKeySequence('Ctrl+S'), self, self.save)\n"
                       "QShortcut(QKeySequence('F5'), self, activated=self.refresh)\nr.clicked.connect(self.refresh)\n")
    clicked, keyed = _bindings(sample)
    assert [slot for slot, _ in keyed if slot in clicked] == ["self.save", "self.refresh"]
