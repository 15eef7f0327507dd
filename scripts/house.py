"""The house: the import graph of the counter_app package, read from the code (ast, nothing is
imported), with packages as rooms, and its figures: modules, arrows between rooms, circles, and
arrows that run back up the layers.

    .venv/bin/python scripts/house.py [--json] [--arrows] [--root PATH]

The layers, top to bottom (an arrow may point down or across a layer's own rooms, never up):

    cli            the command line (cli/, cli_args.py, __main__.py) and the self-test
    ui             the window
    scenarios      whole ledgers built by calling the use cases (the demo estate)
    services/*     the use cases; none imports another (tests/test_layers.py), and until its
                   PENDING_ACROSS is empty they keep the old order here: common < admin <
                   billing < closing < counter < reports, consultation, invoicing, imports < setup
    ledger         the domain rules every use case shares (clock, actor, posting, numbering,
                   audit chain and seals): imports store and core, never a use case
    documents      receipts, reports, notices as PDF
    devices        the cash drawer and the pole display (bytes to a port; no Qt, no database)
    mail           a bill as an e-mail and one SMTP delivery (no Qt, no database)
    store          the database
    core           pure rules; and the plumbing every layer may use (paths, logs, keys, version)

An import inside `if TYPE_CHECKING:` draws no arrow (it never runs). An import inside a function
does (it runs when the function does) and is also counted on its own: each is a place the
layering is dodged or start-up time is saved.
"""
from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE = "counter_app"
# Rooms by rank: a room may import rooms of its own rank or below.
SERVICE_RANKS = {"common": 0, "admin": 1, "billing": 2, "closing": 3, "counter": 4, "reports": 5,
                 "consultation": 5, "invoicing": 5, "imports": 5, "setup": 6}
BASE_RANK = {"core": 0, "plumbing": 0, "store": 1, "documents": 2, "devices": 2, "mail": 2, "ledger": 2.5, "scenarios": 3.9}
SERVICES_RANK = 3               # + a service package's own rank / 10
UI_RANK, CLI_RANK = 4, 5
PLUMBING = {"__init__", "paths", "logs", "keystore", "diagnostics"}
CLI = {"cli", "cli_args", "selftest", "__main__"}


def room_of(module: str) -> str:
    """The room a module (dotted, inside the package) lives in."""
    parts = module.split(".")[1:]
    if not parts:
        return "plumbing"
    if len(parts) == 1 and parts[0] in PLUMBING:
        return "plumbing"
    if len(parts) == 1 and parts[0] in CLI:
        return "cli"
    if parts[0] == "services" and len(parts) > 2:
        return f"services/{parts[1]}"
    return parts[0]


def rank_of(room: str) -> float:
    if room.startswith("services/"):
        return SERVICES_RANK + SERVICE_RANKS.get(room.split("/", 1)[1], 0) / 10
    if room == "services":
        return SERVICES_RANK
    return {"ui": UI_RANK, "cli": CLI_RANK}.get(room, BASE_RANK.get(room, CLI_RANK))


@dataclass
class Import:
    source: str
    target: str
    line: int
    in_function: bool


@dataclass
class House:
    modules: list[str]
    imports: list[Import] = field(default_factory=list)

    def room_arrows(self) -> dict[tuple[str, str], int]:
        out: dict[tuple[str, str], int] = {}
        for i in self.imports:
            pair = (room_of(i.source), room_of(i.target))
            if pair[0] != pair[1]:
                out[pair] = out.get(pair, 0) + 1
        return out

    def upward(self) -> list[tuple[str, str]]:
        return sorted(p for p in self.room_arrows() if rank_of(p[1]) > rank_of(p[0]))

    def past_the_use_cases(self) -> list[tuple[str, str]]:
        """The window and the command line reaching the store themselves, not through a service."""
        return sorted(p for p in self.room_arrows() if p[0] in ("ui", "cli") and p[1] == "store")

    def module_circles(self) -> list[list[str]]:
        graph: dict[str, set[str]] = {m: set() for m in self.modules}
        for i in self.imports:
            if i.source != i.target:
                graph[i.source].add(i.target)
        return [c for c in _strongly_connected(graph) if len(c) > 1]

    def room_circles(self) -> list[list[str]]:
        graph: dict[str, set[str]] = {}
        for a, b in self.room_arrows():
            graph.setdefault(a, set()).add(b)
            graph.setdefault(b, set())
        return [c for c in _strongly_connected(graph) if len(c) > 1]

    def figures(self) -> dict:
        return {"modules": len(self.modules), "rooms": len({room_of(m) for m in self.modules}),
                "arrows between rooms": len(self.room_arrows()),
                "imports between rooms": sum(self.room_arrows().values()),
                "circles of modules": len(self.module_circles()), "circles of rooms": len(self.room_circles()),
                "arrows running back up": len(self.upward()),
                "imports past the use cases (ui, cli -> store)": sum(self.room_arrows()[p] for p in self.past_the_use_cases()),
                "imports inside functions": sum(1 for i in self.imports if i.in_function)}


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (the graph has hundreds of nodes)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(sorted(component))
    return sorted(found)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports_of(tree: ast.Module):
    """(node, inside a function) of every import that runs, TYPE_CHECKING blocks left out."""
    def walk(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for other in child.orelse:
                    yield from walk(other, in_function)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, in_function
            yield from walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                      ast.Lambda)))
    yield from walk(tree, False)


def read_house(root: Path) -> House:
    """root: the folder that holds the package."""
    files = {(_module_name(p, root)): p for p in sorted((root / PACKAGE).rglob("*.py"))}
    packages = {name for name, p in files.items() if p.name == "__init__.py"}
    house = House(sorted(files))

    def known(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    for name, path in files.items():
        here = name if name in packages else name.rpartition(".")[0]
        for node, in_function in _imports_of(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = here
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = node.module or ""
                base = (f"{base}.{module}" if base and module else base or module) if node.level else module
                # `from pkg import sub` names a module when sub is one; else a name in pkg.
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            for target in dict.fromkeys(targets):       # one arrow per module a statement names
                if target == PACKAGE or target.startswith(PACKAGE + "."):
                    found = known(target)
                    if found is not None and found != name:
                        house.imports.append(Import(name, found, node.lineno, in_function))
    return house


def report(house: House, arrows: bool = False) -> str:
    lines = [f"{k}: {v}" for k, v in house.figures().items()]
    for circle in house.module_circles():
        lines.append("circle of modules: " + " -> ".join(circle))
    for circle in house.room_circles():
        lines.append("circle of rooms: " + " -> ".join(circle))
    for a, b in house.upward():
        lines.append(f"runs back up: {a} -> {b} ({house.room_arrows()[(a, b)]} imports)")
    for i in house.imports:
        if (room_of(i.source), room_of(i.target)) in house.past_the_use_cases():
            lines.append(f"past the use cases: {i.source}:{i.line} -> {i.target}")
    if arrows:
        for (a, b), n in sorted(house.room_arrows().items()):
            lines.append(f"  {a} -> {b}: {n}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="the import graph of counter_app and its figures")
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent),
                        help="the folder holding counter_app (default: this checkout)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--arrows", action="store_true", help="list every arrow between rooms")
    args = parser.parse_args(argv)
    house = read_house(Path(args.root))
    if args.json:
        print(json.dumps({**house.figures(), "module circles": house.module_circles(),
                          "room circles": house.room_circles(), "upward": house.upward()},
                         ensure_ascii=False, indent=2))
    else:
        print(report(house, args.arrows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
