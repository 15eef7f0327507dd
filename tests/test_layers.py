"""The layers' rules, read from the code's imports (ast: nothing is imported, no keyword is
grepped). (a) Nothing under counter_app/services or counter_app/ledger imports peewee or
counter_app.store.models: reads and writes live in counter_app/store/queries, by subject. (b) No
use-case package under services/ imports another; what they share lives in ledger/ (the domain
rules) or services/common/ (plumbing that holds no rule: sheets, exports, session). (c) ledger/
imports no use case (nothing under services/). And services and ledger hold no SQL text."""
import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "counter_app"
# services/common is plumbing shared by the use cases, not a use case of its own.
SHARED = {"common"}
ORM = ("peewee", "counter_app.store.models")
SQL = re.compile(r"^\s*(select\s.*\sfrom\s|update\s+\"?\w+\"?\s+set\s|insert\s+into\s|delete\s+from\s)",
                 re.I | re.S)


def _module_of(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(path: Path, root: Path, modules: set[str]) -> list[tuple[str, int]]:
    """(module named, line) of every import statement in the file, at any depth (inside functions
    and TYPE_CHECKING blocks too), relative imports resolved; `from pkg import sub` names pkg.sub
    when sub is a module."""
    name = _module_of(path, root)
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = here
                for _ in range(node.level - 1):
                    up = up.rpartition(".")[0]
                base = f"{up}.{base}" if base else up
            for a in node.names:
                full = f"{base}.{a.name}"
                found.append((full if full in modules or full in ORM else base, node.lineno))
    return found


def _sql_of(path: Path) -> list[int]:
    """Lines holding SQL text, a raw statement sent (`execute_sql`) or the store's raw `rows(`."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            lines.append(node.lineno)
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if called in ("execute_sql", "rows"):
                lines.append(node.lineno)
        if isinstance(node, ast.Attribute) and node.attr == "fn" and getattr(node.value, "id", "") in ("pw", "peewee"):
            lines.append(node.lineno)
    return lines


def broken_rules(root: Path) -> dict[str, set]:
    """What breaks each rule, by file (relative to the package)."""
    package = root / PACKAGE
    files = [p for layer in ("services", "ledger") for p in sorted((package / layer).rglob("*.py"))]
    modules = {_module_of(p, root) for p in package.rglob("*.py")}
    out = {"orm": set(), "across": set(), "ledger": set(), "sql": set()}
    for path in files:
        rel = path.relative_to(package).as_posix()
        parts = rel.split("/")
        own = parts[1] if parts[0] == "services" and len(parts) > 2 else None
        for target, line in imports_of(path, root, modules):
            if any(target == o or target.startswith(o + ".") for o in ORM):
                out["orm"].add(rel)
            if not target.startswith(f"{PACKAGE}.services."):
                continue
            other = target.split(".")[2]
            if parts[0] == "ledger":
                out["ledger"].add((rel, other))
            elif own is not None and other != own and other not in SHARED:
                out["across"].add((rel, other))
        if _sql_of(path):
            out["sql"].add(rel)
    return out


def test_services_and_ledger_reach_the_database_only_through_store_queries():
    assert sorted(broken_rules(ROOT)["orm"]) == [], "import peewee or store.models: move the query to store/queries"


def test_no_use_case_package_imports_another():
    assert sorted(broken_rules(ROOT)["across"]) == [], "a shared rule belongs in ledger/, plumbing in common/"


def test_the_ledger_imports_no_use_case():
    assert sorted(broken_rules(ROOT)["ledger"]) == []


def test_services_and_ledger_hold_no_sql():
    """The statements live in store/queries (and store/locks), never as text in a use case."""
    assert sorted(broken_rules(ROOT)["sql"]) == []


def test_the_rules_see_what_they_must(tmp_path):
    """Each kind of breach, written every way Python allows, is seen; a clean file is not."""
    files = {
        "counter_app/__init__.py": "",
        "counter_app/store/__init__.py": "",
        "counter_app/store/models.py": "",
        "counter_app/store/queries/__init__.py": "",
        "counter_app/store/queries/units.py": "",
        "counter_app/ledger/__init__.py": "",
        "counter_app/ledger/posting.py": "def post():\n    from ..services.counter import pay\n",
        "counter_app/services/__init__.py": "",
        "counter_app/services/common/__init__.py": "",
        "counter_app/services/common/sheets.py": "",
        "counter_app/services/admin/__init__.py": "",
        "counter_app/services/admin/clean.py": "from ...store.queries import units\nfrom ..common import sheets\n"
                                               "from ...ledger import posting\nfrom . import other\n",
        "counter_app/services/admin/other.py": "from ...store import models\n",
        "counter_app/services/admin/orm.py": "import peewee as pw\n",
        "counter_app/services/admin/fn.py": "from peewee import fn\n",
        "counter_app/services/admin/named.py": "from ...store.models import Unit\n",
        "counter_app/services/counter/__init__.py": "",
        "counter_app/services/counter/pay.py": "def later():\n    import counter_app.store.models\n",
        "counter_app/services/counter/across.py": "from ..admin.clean import x\n",
        "counter_app/services/counter/absolute.py": "from counter_app.services import admin\n",
        "counter_app/services/counter/typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                                                 "    from ..admin import other\n",
        "counter_app/services/counter/sql.py": "Q = '''\n  select id from unit where code = ?'''\n"
                                               "def f(db):\n    return db.execute_sql(Q)\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    got = broken_rules(tmp_path)
    assert got["orm"] == {"services/admin/other.py", "services/admin/orm.py", "services/admin/fn.py",
                          "services/admin/named.py", "services/counter/pay.py"}
    assert got["across"] == {("services/counter/across.py", "admin"), ("services/counter/absolute.py", "admin"),
                             ("services/counter/typed.py", "admin")}
    assert got["ledger"] == {("ledger/posting.py", "counter")}
    assert got["sql"] == {"services/counter/sql.py"}


def unexplained_function_imports(root: Path) -> list[str]:
    """Imports inside a function with no `# why:` on their line or on the run of import and
    comment lines just above them (one reason may head a group)."""
    found = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for func in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                if not isinstance(node, (ast.Import, ast.ImportFrom)):
                    continue
                span = lines[node.lineno - 1:node.end_lineno]
                above = node.lineno - 2
                while above >= 0 and lines[above].strip().startswith(("#", "from ", "import ")):
                    span.append(lines[above])
                    above -= 1
                if not any("# why:" in line for line in span):
                    found.append(f"{path.relative_to(root).as_posix()}:{node.lineno}")
    return sorted(set(found))


def test_every_import_inside_a_function_says_why():
    """An import belongs at the top of its module; inside a function only for a reason (start-up
    time, a platform, an optional driver), written beside it."""
    assert unexplained_function_imports(ROOT) == []


def test_the_import_rule_sees_a_bare_one(tmp_path):
    (tmp_path / PACKAGE).mkdir()
    (tmp_path / PACKAGE / "m.py").write_text(
        "import os\n"
        "def a():\n    import json\n"
        "def b():\n    import json   # why: start-up\n"
        "def c():\n    # why: start-up\n    import json\n    from os import path\n"
        "def d():\n    x = 1\n    import json\n"
        "class K:\n    def e(self):\n        if x:\n            import json\n", encoding="utf-8")
    assert unexplained_function_imports(tmp_path) == sorted(["counter_app/m.py:3", "counter_app/m.py:12",
                                                             "counter_app/m.py:16"])
