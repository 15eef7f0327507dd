"""The use-case packages that keep their reads and writes in store/queries (by subject) import
neither peewee nor the models: no query is built, and no row written, outside the store. Each
package moved there joins PACKAGES."""
import ast
import pathlib

SERVICES = pathlib.Path(__file__).parents[2] / "counter_app" / "services"
PACKAGES = ("billing", "consultation", "imports", "reports")


def _imports_of_the_store_engine(source: str, package: str) -> list[str]:
    """The modules of peewee or counter_app.store.models a file imports (package: its own
    dotted package, to resolve relative imports)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            module = node.module or ""
            if node.level:
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([module] if module else []))
            names = [module] + [f"{module}.{a.name}" for a in node.names]
        else:
            continue
        found += [n for n in names if n == "peewee" or n.startswith("peewee.")
                  or n == "counter_app.store.models" or n.startswith("counter_app.store.models.")]
    return found


def test_the_check_sees_each_way_of_importing_the_engine():
    pkg = "counter_app.services.billing"
    assert _imports_of_the_store_engine("from peewee import fn\n", pkg) == ["peewee", "peewee.fn"]
    assert _imports_of_the_store_engine("import peewee as pw\n", pkg) == ["peewee"]
    assert _imports_of_the_store_engine("from ...store.models import Unit\n", pkg) == [
        "counter_app.store.models", "counter_app.store.models.Unit"]
    assert _imports_of_the_store_engine("from ...store import models\n", pkg) == ["counter_app.store.models"]
    assert _imports_of_the_store_engine("from ...store.queries import charges\n", pkg) == []


def test_these_packages_leave_every_query_to_the_store():
    offenders = {}
    for name in PACKAGES:
        for path in sorted((SERVICES / name).rglob("*.py")):
            parts = path.relative_to(SERVICES.parents[1]).with_suffix("").parts
            package = ".".join(parts if path.name == "__init__.py" else parts[:-1])
            found = _imports_of_the_store_engine(path.read_text(encoding="utf-8"), package)
            if found:
                offenders[str(path.relative_to(SERVICES))] = found
    assert offenders == {}
