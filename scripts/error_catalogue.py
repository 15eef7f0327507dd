"""The error templates the program raises, found by reading its source (ast), for the catalogue
(scripts/translations.py update puts them in the .ts files' "errors" context) and its tests.

A raise site is `raise Kind("模板 {field}", field=value)` where Kind is CounterError or one of its
subclasses; a class's default template is its `template = "…"`; a `Word("…")` is a fixed word
passed as a parameter. Every file is held to it: a sentence built in place is refused by the tests.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "counter_app"
BASE = "CounterError"
# Files left out of the scan altogether (none).
SKIPPED: tuple[str, ...] = ()

# Tables (dict values, tuple or list items) of fixed words passed as Word(table[key]) or
# Words(table) parameters: every value is in the catalogue.
WORD_TABLES = {"counter_app/core/permissions.py": ("ROLES", "ACTION_NAMES"),
               "counter_app/core/tenders.py": ("METHODS",), "counter_app/core/fees.py": ("KINDS",),
               "counter_app/core/contacts.py": ("DOCUMENTS",),
               "counter_app/services/consultation/desk.py": ("OUTCOMES",),
               "counter_app/services/counter/request_ids.py": ("COMMANDS",),
               "counter_app/cli/exits.py": ("_FILE_FAILURES",),
               "counter_app/ledger/verify.py": ("LABELS", "NOT_ADDING_UP"), "counter_app/ledger/seals.py": ("NAMES",),
               "counter_app/store/readable.py": ("_WORDS",), "counter_app/cli_args.py": ("_ARGPARSE",),
               "counter_app/services/imports/spec.py": ("ACTION_NAMES",),
               "counter_app/core/cashmoves.py": ("KINDS", "REASONS")}

# Module constants that are sentences or words said through Word(NAME) (with values or not).
WORD_CONSTANTS = {"counter_app/store/failures.py": ("BUSY", "SERVER_LOST", "AT_THE_WINDOW", "AT_THE_COMMAND_LINE"),
                  "counter_app/core/discounts.py": ("NAME",), "counter_app/core/rounding.py": ("NAME",),
                  "counter_app/core/offers.py": ("NAME",)}

# Functions that name the field they read in their refusal (Word(what)): the labels their callers
# give (a constant `what`, by keyword or at this position, or the default) are in the catalogue.
LABEL_FUNCTIONS = {"parse_yuan": None, "parse_scaled": 2, "clean": 1, "check_number_format": 1,
                   "number_made": 1, "_lost_digits": 1, "read_table": 2, "find_header": 2,
                   "_reader": 0,                  # cli_args.py: the form a value takes
                   "Kind": 1}                     # store/failures.py: a database failure's sentence

# Words passed through a variable (Word(what)) rather than as Word("…") or from a table.
EXTRA_WORDS = frozenset({"、", "；", "，",                        # core/errors.py: Words' separators; imports/runner.py
                         "楼栋与房屋", "业主与住户", "车位与车牌", "抄表读数", "期初欠费", "押金", "预存余额",
                         # services/imports/kinds: each kind's title
                         "逾期", "未缴", "部分已缴", "滞纳金",             # ledger/dues: a charge's status; cli/payments.py
                         "作废", "退款",                          # services/counter/corrections.py
                         "不能再登记发票号码", "不需要红字发票",           # services/invoicing/requests.py
                         "请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再导入",   # services/common/sheets.py _SAVE_AS
                         "承诺缴费日期", "跟进日期",                     # services/reports/reminders.py
                         "错误：{text}",                             # cli/exits.py: before every refusal
                         "小区名称", "物业公司名称", "收据标题",        # ledger/estate.py: settings
                         "住宅", "商铺", "车库", "办公",               # core/estate_words.py UNIT_TYPES
                         "已入住", "空置", "装修中",                    # core/estate_words.py OCCUPANCY
                         "居民身份证",                               # core/contacts.py RESIDENT_ID
                         "业主", "住户"})                             # services/admin/browser.py OWNER, TENANT


# Modules that build the report sections the window shows (core.tables.Section): every fixed text
# in them (a title, a header, a label cell; not an f-string's pieces, not a docstring) is in the
# catalogue, and ui/section_tables.py shows each through it.
REPORT_MODULES = ("counter_app/core/tables.py", "counter_app/core/figures.py",
                  "counter_app/services/closing/tables.py", "counter_app/services/reports/tables.py",
                  "counter_app/services/books/report.py")


@dataclass(frozen=True)
class Raise:
    path: str
    line: int
    kind: str
    template: str | None      # None: not a constant (a sentence built in place)
    fields: frozenset         # keyword parameters given


def files():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel not in SKIPPED:
            yield rel, ast.parse(path.read_text(encoding="utf-8"), rel)


def _module(rel: str) -> str:
    return rel[:-3].replace("/", ".").removesuffix(".__init__")


def _imported(rel: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = _module(rel).split(".")
    if not rel.endswith("__init__.py"):
        package = package[:-1]
    package = package[: len(package) - node.level + 1]
    return ".".join(package + ([node.module] if node.module else []))


def error_classes(trees=None) -> dict[str, str | None]:
    """Every CounterError class as "module.Name", with its default template (None: inherited)."""
    return _resolve(list(trees or files()))[0]


def _resolve(trees):
    """(classes, names): classes "module.Name" -> template; names[file][local name] -> class."""
    classes: dict[str, str | None] = {"counter_app.core.errors." + BASE: "操作没有完成"}
    names: dict[str, dict[str, str]] = {"counter_app/core/errors.py": {BASE: "counter_app.core.errors." + BASE}}
    changed = True
    while changed:
        changed = False
        for rel, tree in trees:
            local = names.setdefault(rel, {})
            module = _module(rel)
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom):
                    source = _imported(rel, node)
                    for alias in node.names:
                        key = f"{source}.{alias.name}"
                        if key in classes and local.get(alias.asname or alias.name) != key:
                            local[alias.asname or alias.name] = key
                            changed = True
                elif isinstance(node, ast.ClassDef):
                    key = f"{module}.{node.name}"
                    if key not in classes and any(_local(base, local) for base in node.bases):
                        classes[key] = _class_template(node)
                        local[node.name] = key
                        changed = True
    return classes, names


def _local(node, local: dict[str, str]) -> str | None:
    return local.get(node.id) if isinstance(node, ast.Name) else None


def raises(trees=None) -> list[Raise]:
    trees = list(trees or files())
    classes, names = _resolve(trees)
    found = []
    for rel, tree in trees:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):      # raised, or made to be raised or nested
                continue
            kind = _local(node.func, names.get(rel, {}))
            if kind is None:
                continue
            args = node.args
            if not args:
                template = _default(kind, classes)
            elif isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                template = args[0].value
            else:
                template = None
            fields = frozenset(k.arg for k in node.keywords if k.arg)
            found.append(Raise(rel, node.lineno, kind.rsplit(".", 1)[1], template, fields))
    return found


def _default(kind: str, classes) -> str:
    return classes.get(kind) or classes["counter_app.core.errors." + BASE]


def words(trees=None) -> set[str]:
    """Constant Word("…") parameters, the values of WORD_TABLES and EXTRA_WORDS."""
    out = set(EXTRA_WORDS)
    for rel, tree in trees or files():
        for node in tree.body:
            if (isinstance(node, (ast.Assign, ast.AnnAssign))
                    and isinstance(node.value, (ast.Dict, ast.Tuple, ast.List))
                    and any(_name(t) in WORD_TABLES.get(rel, ()) for t in
                            (node.targets if isinstance(node, ast.Assign) else [node.target]))):
                values = node.value.values if isinstance(node.value, ast.Dict) else node.value.elts
                values = [v.elts[0] if isinstance(v, ast.Tuple) and v.elts else v for v in values]   # (word, …)
                out |= {v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
            if (isinstance(node, ast.Assign) and _text(node.value)
                    and any(_name(t) in WORD_CONSTANTS.get(rel, ()) for t in node.targets)):
                out.add(node.value.value)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node.func) in ("Word", "Finding") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                out.add(node.args[0].value)
    return out


def labels(trees=None) -> set[str]:
    """The field labels passed to LABEL_FUNCTIONS (Chinese text only)."""
    out = set()
    for _, tree in trees or files():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in LABEL_FUNCTIONS:
                arguments = node.args.posonlyargs + node.args.args + node.args.kwonlyargs
                defaults = [None] * (len(node.args.posonlyargs + node.args.args) - len(node.args.defaults))
                defaults += node.args.defaults + node.args.kw_defaults
                out |= {d.value for a, d in zip(arguments, defaults) if a.arg == "what" and _text(d)}
            if not (isinstance(node, ast.Call) and _name(node.func) in LABEL_FUNCTIONS):
                continue
            at = LABEL_FUNCTIONS[_name(node.func)]
            given = [k.value for k in node.keywords if k.arg == "what"]
            if at is not None and len(node.args) > at:
                given.append(node.args[at])
            out |= {g.value for g in given if _text(g)}
    return {text for text in out if any("\u4e00" <= ch <= "\u9fff" for ch in text)}


def _text(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def report_words(trees=None) -> set[str]:
    """The fixed Chinese texts of REPORT_MODULES (titles, headers, label cells)."""
    out = set()
    for rel, tree in trees or files():
        if rel not in REPORT_MODULES:
            continue
        skipped = {id(node) for joined in ast.walk(tree) if isinstance(joined, ast.JoinedStr)
                   for node in ast.walk(joined)}
        skipped |= {id(node.body[0].value) for node in ast.walk(tree)
                    if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                    and isinstance(node.body[0], ast.Expr) and _text(node.body[0].value)}
        out |= {node.value for node in ast.walk(tree) if _text(node) and id(node) not in skipped
                and any("\u4e00" <= ch <= "\u9fff" for ch in node.value)}
    return out


def templates() -> list[str]:
    """Every text the error catalogue must translate, in a stable order."""
    trees = list(files())
    out = {t for t in error_classes(trees).values() if t}
    out |= {r.template for r in raises(trees) if typed(r)}
    out |= words(trees) | labels(trees) | report_words(trees)
    return sorted(out)


def typed(site: Raise) -> bool:
    """A typed raise: a class below CounterError with a constant template."""
    return site.template is not None and site.kind != BASE


def _name(node) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _class_template(node: ast.ClassDef) -> str | None:
    for item in node.body:
        if (isinstance(item, ast.Assign) and any(_name(t) == "template" for t in item.targets)
                and isinstance(item.value, ast.Constant) and isinstance(item.value.value, str)):
            return item.value.value
    return None
