"""The counter, the close and invoicing hold no query: every read and write of their tables is a
named function of a store module by subject (store/queries/*.py). Imports are parsed, wherever in
a module they stand (a function's own import too), relative ones resolved."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("counter", "invoicing", "closing")
FORBIDDEN = ("peewee", "counter_app.store.models")


def _imported(path: Path, root: Path = ROOT) -> set[str]:
    module = ".".join(path.relative_to(root).with_suffix("").parts)
    package = module.rsplit(".", 1)[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parent = ".".join(parts[:len(parts) - node.level + 1])
                base = f"{parent}.{base}" if base else parent
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _forbidden(names: set[str]) -> list[str]:
    return sorted(n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN))


@pytest.mark.parametrize("package", PACKAGES)
def test_use_case_imports_neither_peewee_nor_the_models(package):
    files = sorted((ROOT / "counter_app" / "services" / package).glob("*.py"))
    assert files
    found = {str(f.relative_to(ROOT)): _forbidden(_imported(f)) for f in files}
    assert {f: names for f, names in found.items() if names} == {}


def test_the_check_sees_every_way_of_importing(tmp_path):
    """Each form names the models or peewee, so the check above can fail."""
    path = tmp_path / "counter_app" / "services" / "counter" / "sample.py"
    path.parent.mkdir(parents=True)
    forms = ["from peewee import fn", "import peewee", "from ...store.models import Charge",
             "from ...store import models", "def f():\n    from ...store.models import Unit\n"]
    for text in forms:
        path.write_text(text + "\n", encoding="utf-8")
        assert _forbidden(_imported(path, tmp_path)), text
    path.write_text("from ...store.queries import charges\n", encoding="utf-8")
    assert _forbidden(_imported(path, tmp_path)) == []
