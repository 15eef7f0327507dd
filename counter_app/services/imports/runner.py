"""Bringing a table in: read the file, find its header, judge every row against the ledger (the dry
run: add, change, leave alone, refuse, each row named), and only when no row is refused write them
all in one transaction with one audit row (who, the file, its SHA-256, the counts and every field
changed). The import judges the rows again inside its transaction, so what it writes is what the
ledger holds at that moment; a re-import of the same file finds nothing to do and writes nothing."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ...core.errors import CounterError
from ...store.db import write_transaction
from ..admin.estate import estate_of
from ..common import audit
from ..common.context import Actor
from ..common import sheets
from .kinds import KINDS
from .spec import ACTION_NAMES, ADD, CHANGE, REFUSE, SAME, SKIP, Problem, Refused, RowPlan, normal, parse_cells

HEADER_SEARCH_ROWS = 20
CHECK_EVERY = 500          # rows between looks at the cancel button and progress reports

Progress = Callable[[str, int, int], None]      # (stage, done, total)


class Cancelled(CounterError):
    """The person stopped the import; nothing was written."""


@dataclass
class ImportResult:
    kind: str
    title: str
    file: str
    sha256: str
    sheet: str
    rows: list[RowPlan]
    ignored_columns: list[str] = field(default_factory=list)
    applied: bool = False
    report: str = ""               # the problems workbook written beside the file
    report_error: str = ""

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {a: self.count(a) for a in (ADD, CHANGE, SAME, REFUSE, SKIP)}

    @property
    def ok(self) -> bool:
        return self.count(REFUSE) == 0

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.rows for p in r.problems]

    def summary(self) -> str:
        counts = "，".join(f"{ACTION_NAMES[a]} {n}" for a, n in self.counts.items() if n)
        return f"{self.title}：{counts or '没有数据行'}"


def kind_named(name: str):
    if name not in KINDS:
        raise CounterError(f"没有“{name}”这种导入；可用：{'、'.join(f'{k}（{v.title}）' for k, v in KINDS.items())}")
    return KINDS[name]


def _header(kind, rows: list[list], filename: str) -> tuple[int, dict[str, int], list[str]]:
    """(row index of the header, column key -> position, headers that are not the kind's)."""
    best, best_found = 0, {}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = [normal(c) for c in row]
        found = {}
        for column in kind.columns:
            wanted = column.names()
            at = next((i for i, n in enumerate(names) if n in wanted), None)
            if at is not None:
                found[column.key] = at
        if all(c.key in found for c in kind.columns if c.required):
            known = set(found.values())
            ignored = [str(c).strip() for i, c in enumerate(row) if i not in known and str(c or "").strip()]
            return index, found, ignored
        if len(found) > len(best_found):
            best, best_found = index, found
    missing = [c.header for c in kind.columns if c.required and c.key not in best_found]
    raise CounterError(f"{filename} 里找不到{kind.title}的表头：缺少 {'、'.join(missing)} 列"
                       f"（前 {HEADER_SEARCH_ROWS} 行中最接近的是第 {best + 1} 行）。"
                       f"可用 counter-app import-template {kind.name} 取得模板")


def _judge(actor: Actor, kind, path: Path, progress: Progress | None, cancelled) -> tuple[ImportResult, object]:
    data = path.read_bytes() if path.is_file() else b""
    digest = hashlib.sha256(data).hexdigest()
    sheet = sheets.read(path, digest)
    header_at, positions, ignored = _header(kind, sheet.rows, path.name)
    header_names = [normal(c) for c in sheet.rows[header_at]]
    ctx = kind.load(estate_of(actor))
    result = ImportResult(kind.name, kind.title, str(path), digest, sheet.name, [], ignored)
    first_line: dict[str, int] = {}
    body = [(n, cells) for n, cells in enumerate(sheet.rows[header_at + 1:], start=header_at + 2)
            if any(str(c).strip() for c in cells if c is not None)]
    for done, (line, cells) in enumerate(body):
        if done % CHECK_EVERY == 0:
            if cancelled and cancelled():
                raise Cancelled("已取消导入，没有写入任何数据")
            if progress:
                progress("检查", done, len(body))
        result.rows.append(_row(kind, ctx, sheet.name, line, cells, positions, header_names, first_line))
    if progress:
        progress("检查", len(body), len(body))
    return result, ctx


def _row(kind, ctx, sheet: str, line: int, cells: list, positions, header_names, first_line) -> RowPlan:
    first = next(iter(positions.values()))      # one cell looked at first: most rows are not a header
    if first < len(cells) and normal(cells[first]) == header_names[first] and \
            [normal(c) for c in cells[:len(header_names)]] == header_names:
        return RowPlan(line, "", SKIP, "重复的表头行，已跳过")
    values, problems = parse_cells(kind.columns, positions, cells)
    try:
        key = kind.key(values)
    except KeyError:            # a cell the key is made of could not be read
        key = ""
    refused = [Problem(sheet, line, column, key, message) for column, message in problems]
    if not refused and key in first_line:
        refused.append(Problem(sheet, line, "", key, f"与第 {first_line[key]} 行重复（{key.replace('|', ' ')}）"))
    if refused:
        return RowPlan(line, key, REFUSE, refused[0].message, values, problems=refused)
    first_line[key] = line
    try:
        action, detail, change = kind.judge(values, ctx)
    except Refused as exc:
        return RowPlan(line, key, REFUSE, exc.message, values,
                       problems=[Problem(sheet, line, exc.column, key, exc.message)])
    return RowPlan(line, key, action, detail, values, change)


def plan(actor: Actor, kind_name: str, path: str | Path, *, progress: Progress | None = None,
         cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """The dry run: what each row would do. Reads only."""
    actor.require("data.import")
    result, _ = _judge(actor, kind_named(kind_name), Path(path), progress, cancelled)
    _write_report(result)
    return result


def run(actor: Actor, kind_name: str, path: str | Path, *, expected_sha256: str | None = None,
        progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Judge and write in one transaction: every row or none. `expected_sha256` is the file the
    person saw in the dry run; a file changed since is refused."""
    actor.require("data.import")
    kind = kind_named(kind_name)
    path = Path(path)
    with write_transaction():
        result, ctx = _judge(actor, kind, path, progress, cancelled)
        if expected_sha256 and result.sha256 != expected_sha256:
            raise CounterError(f"{path.name} 在预览之后被改动过，请重新预览后再导入")
        todo = [r for r in result.rows if r.action in (ADD, CHANGE)]
        if not result.ok or not todo:
            _write_report(result)
            return result
        done = [0]

        def tick(n: int) -> None:
            done[0] += n
            if done[0] % CHECK_EVERY == 0:
                if cancelled and cancelled():
                    raise Cancelled("已取消导入，没有写入任何数据")
                if progress:
                    progress("写入", done[0], len(todo))

        kind.apply(actor, todo, ctx, tick)
        if cancelled and cancelled():
            raise Cancelled("已取消导入，没有写入任何数据")
        changed = {r.key: {c: [a, b] for c, (a, b) in r.change.items()} for r in todo if r.action == CHANGE}
        audit.record(actor.username, f"import.{kind.name}", "import", result.sha256[:16],
                     before={"changed": changed} if changed else None,
                     after={"kind": kind.name, "file": path.name, "sha256": result.sha256, "sheet": result.sheet,
                            "counts": result.counts})
        result.applied = True
    _write_report(result)
    if progress:
        progress("写入", len(todo), len(todo))
    return result


def report_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}-导入检查.xlsx")


REPORT_HEADERS = ["工作表", "行", "列", "房号/编号", "问题"]


def _write_report(result: ImportResult) -> None:
    """The refused rows as a workbook beside the file, to be fixed in Excel (an old one is removed
    once the file imports cleanly, so it never describes a file that has since been fixed)."""
    from ..common.exports import write_xlsx
    target = report_path(result.file)
    try:
        if result.ok:
            target.unlink(missing_ok=True)
            return
        rows = [[p.sheet, p.line, p.column, p.key.replace("|", " "), p.message] for p in result.problems]
        summary = [[ACTION_NAMES[a], n] for a, n in result.counts.items()]
        write_xlsx(target, {"问题": (REPORT_HEADERS, rows), "汇总": (["结果", "行数"], summary)})
        result.report = str(target)
    except OSError as exc:
        result.report_error = f"检查结果没能写到 {target}：{exc.strerror or exc}"
