"""Bringing a table in: read the file (every sheet that has the table's header), find each sheet's
header, judge every row against the ledger and against the file's other rows (the dry run: add,
change, leave alone, refuse, skip, each row named with its sheet and line), and only when no row
is refused write them all in one transaction with one audit row (who, the file, its SHA-256, the
sheets, the counts and every field changed). Nothing is passed over without a word: a sheet not
read, a hidden row or column, a totals row, a cell read otherwise than written are all named. The
import judges the rows again inside its transaction, so what it writes is what the ledger holds at
that moment; a re-import of the same file finds nothing to do and writes nothing."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

from ...core.errors import Conflict, CounterError, Clauses, Finding, Invalid, NotFound, Sentences, Word, Words
from ...store.db import write_transaction
from ...ledger.estate import estate_of
from ...ledger import audit, clock
from ...ledger.context import Actor
from ..common import sheets
from .kinds import KINDS
from .cells import UnitNo
from .kinds.lookups import UNIT_PARTS, buildings_as_kept
from .spec import (
    ACTION_NAMES, ADD, CHANGE, REFUSE, SAME, SKIP, Column, Problem, Refused, RowPlan, normal, parse_cells
)
from openpyxl.utils import get_column_letter
from ..common.exports import write_xlsx

HEADER_SEARCH_ROWS = 20
CHECK_EVERY = 500          # rows between looks at the cancel button and progress reports
SHOWN = 50                 # lines of each kind in the text of a result
TEMPLATE_SHEETS = {"示例": "模板的示例行，不导入", "说明": "模板的说明，不导入"}

Progress = Callable[[str, int, int], None]      # (stage, done, total)


class Cancelled(CounterError):
    """The person stopped the import; nothing was written."""


@dataclass
class SheetOutcome:
    name: str
    read: bool
    why: str = ""          # why it was not read
    rows: int = 0          # rows below the header that are not blank


@dataclass
class ImportResult:
    kind: str
    title: str
    file: str
    sha256: str
    sheets: list[SheetOutcome]
    rows: list[RowPlan]
    ignored_columns: list[str] = field(default_factory=list)
    hidden_columns: list[str] = field(default_factory=list)
    applied: bool = False
    report: str = ""               # the problems workbook written beside the file
    report_error: str = ""

    @property
    def sheet(self) -> str:
        """The sheets read, by name."""
        return "、".join(s.name for s in self.sheets if s.read)

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

    def summary(self) -> Finding:
        """The counts by what each row would do (a Finding: worded at the edge, text_of)."""
        counts = [Finding("{action} {n}", action=Word(ACTION_NAMES[a]), n=n) for a, n in self.counts.items() if n]
        return Finding("{title}：{counts}", title=Word(self.title),
                       counts=Clauses(counts) if counts else Word("没有数据行"))

    def where(self, sheet: str, line: int, *, in_words: bool = False) -> Finding:
        """A row as a person finds it: its line, and its sheet when more than one was read (quoted
        `in_words`, for a sentence: 与工作表“1栋”第 3 行重复)."""
        several = sum(1 for s in self.sheets if s.read) > 1 or any(s.name == sheet and not s.read for s in self.sheets)
        if not several:
            return Finding("第 {line} 行", line=line)
        return Finding("工作表“{sheet}”第 {line} 行", sheet=sheet, line=line) if in_words else \
            Finding("{sheet} 第 {line} 行", sheet=sheet, line=line)

    def lines(self) -> list[Finding]:
        """What the dry run or the import found, as the command line prints it and the window
        shows it (each line worded at the edge, text_of): the counts, the sheets read and not read,
        the columns not read, then each problem, each row skipped and each cell read otherwise than
        written. A row's own message is the sentence its check made (Simplified Chinese)."""
        out = [self.summary()]
        read = [s for s in self.sheets if s.read]
        if read:
            out.append(Finding("读取的工作表：{sheets}", sheets=Words(Finding("{sheet}（{rows} 行）", sheet=s.name, rows=s.rows)
                                                                      for s in read)))
        skipped = [s for s in self.sheets if not s.read]
        if skipped:
            out.append(Finding("未读取的工作表：{sheets}", sheets=Sentences(Finding("{sheet}（{why}）", sheet=s.name, why=s.why)
                                                                            for s in skipped)))
        if self.ignored_columns:
            out.append(Finding("未读取的列：{columns}", columns="、".join(self.ignored_columns)))
        if self.hidden_columns:
            out.append(Finding("隐藏的列，未读取：{columns}", columns="、".join(self.hidden_columns)))
        problems = self.problems
        if problems:
            out.append(Finding("问题："))
        out += [(Finding("  {where} {problem}", where=self.where(p.sheet, p.line), problem=p.text) if p.column else
                 Finding("  {where}：{problem}", where=self.where(p.sheet, p.line), problem=p.text))
                for p in problems[:SHOWN]]
        if len(problems) > SHOWN:
            out.append(Finding("  …… 另有 {more} 处", more=len(problems) - SHOWN))
        for title, entries in ((Finding("跳过的行："), [(r, r.detail) for r in self.rows if r.action == SKIP]),
                               (Finding("读法提示："), [(r, n) for r in self.rows for n in r.notes])):
            if entries:
                out.append(title)
            out += [Finding("  {where}：{words}", where=self.where(r.sheet, r.line), words=words)
                    for r, words in entries[:SHOWN]]
            if len(entries) > SHOWN:
                out.append(Finding("  …… 另有 {more} 行", more=len(entries) - SHOWN))
        return out


def kind_named(name: str):
    if name not in KINDS:
        raise NotFound("没有“{name}”这种导入；可用：{kinds}", name=name,
                       kinds="、".join(f"{k}（{v.title}）" for k, v in KINDS.items()))
    return KINDS[name]


def _letter(index: int) -> str:
    return get_column_letter(index + 1)


@dataclass
class _Header:
    """Where a sheet's header is and what its columns are."""
    index: int
    positions: dict                 # column key -> position (a tuple: the unit's number in parts)
    headers: dict[str, str]         # column key -> the file's own header
    ignored: list[str]
    hidden: list[str]
    found: int = 0                  # columns found, when the header is incomplete
    missing: list[str] = field(default_factory=list)


def _columns(kind) -> tuple[Column, ...]:
    """The kind's columns, with 楼栋 and 单元 for every kind that names a unit."""
    keys = {c.key for c in kind.columns}
    return kind.columns + tuple(p for p in UNIT_PARTS if "unit" in keys and p.key not in keys)


def _header(kind, sheet: sheets.Sheet) -> _Header:
    """The first row among the first 20 that names every required column (by any of its names,
    hidden columns not counted), or the closest one with what it misses."""
    columns = _columns(kind)
    best = None
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        names = [None if i in sheet.hidden_columns else normal(c) for i, c in enumerate(row)]
        found, headers = {}, {}
        for column in columns:
            wanted = column.names()
            at = next((i for i, n in enumerate(names) if n in wanted and i not in found.values()), None)
            if at is not None:
                found[column.key] = at
                headers[column.key] = str(row[at]).strip()
        if all(k in found for k in ("building", "entrance", "unit")):
            found["unit"] = (found.pop("building"), found.pop("entrance"), found["unit"])
        elif "building" in found and "unit" in found:           # buildings without entrances (单元)
            found["unit"] = (found.pop("building"), None, found["unit"])
        else:
            found.pop("building", None), found.pop("entrance", None)
        missing = [c.header for c in kind.columns if c.required and c.key not in found]
        known = {i for at in found.values() for i in (at if isinstance(at, tuple) else (at,))}
        hidden = [f"{_letter(i)} 列（{str(c).strip()}）" for i, c in enumerate(row)
                  if i in sheet.hidden_columns and str(c or "").strip()]
        if not missing:
            ignored = [str(c).strip() for i, c in enumerate(row)
                       if i not in known and i not in sheet.hidden_columns and str(c or "").strip()]
            return _Header(index, found, headers, ignored, hidden)
        if best is None or len(known) > best.found:
            hidden_wanted = [c.header for c in kind.columns if c.header in missing and any(
                normal(h) in c.names() for i, h in enumerate(row) if i in sheet.hidden_columns)]
            best = _Header(index, {}, {}, [], hidden_wanted, len(known), missing)
    return best or _Header(0, {}, {}, [], [], 0, [c.header for c in kind.columns if c.required])


def _not_data(sheet: sheets.Sheet) -> str:
    """Why a sheet is not read before its header is looked for, or ""."""
    if sheet.chart:
        return "图表，没有数据"
    if sheet.hidden:
        return "隐藏的工作表：要导入请在 Excel 中取消隐藏"
    if sheet.name in TEMPLATE_SHEETS:
        return TEMPLATE_SHEETS[sheet.name]
    if not any(str(c).strip() for row in sheet.rows for c in row if c is not None):
        return "空白"
    return ""


class _Seen:
    """What the rows judged so far said: the things they named (by identity) and what they said
    about things other rows may name too."""

    def __init__(self):
        self.things: dict = {}          # identity key -> [(span, words, sheet, line)]
        self.facts: dict = {}           # (thing, column) -> (value, sheet, line)


def _tables(kind, book: list[sheets.Sheet], result: ImportResult, filename: str) -> list[tuple[sheets.Sheet, _Header]]:
    """The sheets that hold the kind's table, each with its header; every other sheet is named in
    the result with why it is not read, and one that looks like the table but misses a required
    column is a refused row. No sheet with the header at all is refused with the closest one."""
    found, closest = [], None
    for sheet in book:
        why = _not_data(sheet)
        header = None if why else _header(kind, sheet)
        if header is not None and not header.missing:
            found.append((sheet, header))
            continue
        if header is not None:
            if closest is None or header.found > closest[1].found:
                closest = (sheet, header)
            hidden = f"（{'、'.join(header.hidden)} 列被隐藏了）" if header.hidden else ""
            if header.found >= 2:        # it looks like the table: refused, not passed over
                why = f"像是{kind.title}，但缺少 {'、'.join(header.missing)} 列{hidden}"
                result.rows.append(RowPlan(header.index + 1, "", REFUSE, why, sheet=sheet.name, problems=[
                    Problem(sheet.name, header.index + 1, "", "", f"工作表{why}：请补上该列，或把这张工作表移出文件")]))
            else:
                why = f"没有{kind.title}的表头"
        result.sheets.append(SheetOutcome(sheet.name, False, why))
    if found:
        return found
    sheet, header = closest or (book[0], _Header(0, {}, {}, [], [], 0, [c.header for c in kind.columns if c.required]))
    hidden = Invalid("（{columns} 列被隐藏了，请取消隐藏）", columns="、".join(header.hidden)) if header.hidden else ""
    others = [s for s in result.sheets if closest is None or s.name != sheet.name]
    raise Invalid("{file} 里找不到{kind}的表头：缺少 {missing} 列{hidden}（{sheet}前 {rows} 行中最接近的是第 {line} 行）。"
                  "{others}可用 counter-app import-template {name} 取得模板", file=filename, kind=kind.title,
                  missing="、".join(header.missing), hidden=hidden,
                  sheet=Invalid("工作表“{sheet}”", sheet=sheet.name) if len(book) > 1 else "",
                  rows=HEADER_SEARCH_ROWS, line=header.index + 1, name=kind.name,
                  others=Invalid("未读取的工作表：{sheets}。", sheets="；".join(f"{s.name}（{s.why}）" for s in others))
                  if others else "")


def _judge(actor: Actor, kind, path: Path, progress: Progress | None, cancelled) -> tuple[ImportResult, object]:
    data = path.read_bytes() if path.is_file() else b""
    digest = hashlib.sha256(data).hexdigest()
    book = sheets.read_book(path, digest)
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    result = ImportResult(kind.name, kind.title, str(path), digest, [], [])
    found = _tables(kind, book, result, path.name)
    body = []
    for sheet, header in found:
        rows = [(sheet, header, n, cells_) for n, cells_ in enumerate(sheet.rows[header.index + 1:],
                                                                     start=header.index + 2)
                if any(str(c).strip() for c in cells_ if c is not None)]
        result.sheets.append(SheetOutcome(sheet.name, True, rows=len(rows)))
        result.ignored_columns += [f"{sheet.name} {c}" if len(found) > 1 else c for c in header.ignored]
        result.hidden_columns += [f"{sheet.name} {c}" if len(found) > 1 else c for c in header.hidden]
        body += rows
    order = [s.name for s in book]
    result.sheets.sort(key=lambda s: order.index(s.name))
    ctx, seen = kind.load(estate), _Seen()
    ctx.kept_buildings = buildings_as_kept(estate)
    for done, (sheet, header, line, row) in enumerate(body):
        if done % CHECK_EVERY == 0:
            if cancelled and cancelled():
                raise Cancelled("已取消导入，没有写入任何数据")
            if progress:
                progress("检查", done, len(body))
        ctx.headers = header.headers
        plan = _row(kind, ctx, sheet, header, line, row, seen, today, result)
        plan.sheet = sheet.name
        result.rows.append(plan)
    if progress:
        progress("检查", len(body), len(body))
    return result, ctx


def _is_header_again(header: _Header, header_row: list, row: list) -> bool:
    first = next(iter(header.positions.values()))
    first = first[0] if isinstance(first, tuple) else first   # one cell looked at first: most rows are not a header
    cell, named = (row[first] if first < len(row) else None), normal(header_row[first])
    if not isinstance(cell, str) or cell.lstrip()[:1].lower() != named[:1]:
        return False
    return normal(cell) == named and [normal(c) for c in row[:len(header_row)]] == [normal(c) for c in header_row]


def _row(kind, ctx, sheet: sheets.Sheet, header: _Header, line: int, row: list, seen: _Seen, today: date,
         result: ImportResult) -> RowPlan:
    if line - 1 in sheet.hidden_rows:
        return RowPlan(line, "", SKIP, "隐藏的行，未导入（要导入请在 Excel 中取消隐藏）")
    if _is_header_again(header, sheet.rows[header.index], row):
        return RowPlan(line, "", SKIP, "重复的表头行，已跳过")
    if line == header.index + 2 and _is_units_row(row):
        return RowPlan(line, "", SKIP, "表头下的单位行（如 ㎡、元），已跳过")
    total = sheets.totals_word(row)
    if total:
        return RowPlan(line, "", SKIP, f"合计行（{total}），已跳过")
    row = list(row) + [None] * (len(sheet.rows[header.index]) - len(row))    # a short CSV row: the rest empty
    values, problems, notes = parse_cells(kind.columns, header.positions, header.headers, row, today)
    _as_kept(values, ctx, notes)
    try:
        key = kind.key(values)
    except KeyError:            # a cell the key is made of could not be read
        key = ""

    def refused(column: str, message: str) -> RowPlan:
        shown = [Problem(sheet.name, line, column, key, message)]
        return RowPlan(line, key, REFUSE, message, values, problems=shown, notes=notes)
    if problems:
        plan = refused(*problems[0])
        plan.problems = [Problem(sheet.name, line, column, key, message) for column, message in problems]
        try:        # what the row names still counts, so its twin is found now and not after the fix
            kind.resolve(values, ctx)
            _claim(seen, kind.identity(values, ctx), sheet.name, line)
        except (Refused, KeyError):
            pass
        return plan
    try:
        kind.resolve(values, ctx)
        thing = kind.identity(values, ctx)
        for span, words, at_sheet, at_line in seen.things.get(thing.key, ()):
            if span is None or thing.span is None or (span[0] <= thing.span[1] and thing.span[0] <= span[1]):
                same = "重复" if span == thing.span else thing.overlap
                return refused("", f"与{result.where(at_sheet, at_line, in_words=True)}{same}（{words}）")
        facts = kind.facts(values, ctx)
        for thing_key, thing_words, column, value in facts:
            before = seen.facts.get((thing_key, column))
            if before is not None and value not in (None, "") and before[0] != value:
                what, there = ctx.name(column), result.where(before[1], before[2], in_words=True)
                return refused(what, f"{thing_words}在{there}的{what}是 {before[0]}，本行是 {value}："
                                     f"只能有一个{what}，请核对后改成一致")
        _claim(seen, thing, sheet.name, line)
        for thing_key, _, column, value in facts:
            if value not in (None, ""):
                seen.facts.setdefault((thing_key, column), (value, sheet.name, line))
        action, detail, change = kind.judge(values, ctx)
    except Refused as exc:
        return refused(_file_header(kind, ctx, exc.column), exc.message)
    return RowPlan(line, key, action, detail, values, change, notes=notes)


_UNIT_WORDS = re.compile(r"[（(\[【]?\s*(?:单位[:：]\s*)?(?:㎡|m2|m²|平方米|平米|元|万元|人民币|度|吨|立方米|m3|m³|"
                         r"kwh|年-月-日|yyyy-mm-dd|yyyy/m/d)\s*[)）\]】]?", re.I)


def _is_units_row(row: list) -> bool:
    """The second header row some offices keep under the names: only units of measure ((㎡), 元)."""
    cells = [str(c).strip() for c in row if c is not None and str(c).strip()]
    return bool(cells) and all(_UNIT_WORDS.fullmatch(c) for c in cells)


def _as_kept(values: dict, ctx, notes: list) -> None:
    """A unit in a building the ledger keeps under its Chinese numeral (三) is named as kept there."""
    unit = values.get("unit")
    kept = ctx.kept_buildings.get(unit.building) if isinstance(unit, UnitNo) else None
    if kept:
        values["unit"] = UnitNo(kept, unit.entrance, unit.room)
        notes.append(f"{ctx.name('unit', '房号')} {unit} 是本账本的 {values['unit']}（楼栋 {kept}）")


def _claim(seen: _Seen, thing, sheet: str, line: int) -> None:
    seen.things.setdefault(thing.key, []).append((thing.span, thing.words, sheet, line))


def _file_header(kind, ctx, column: str) -> str:
    """A refusal's column as the file heads it (a kind names it by key or by the template's header)."""
    key = next((c.key for c in _columns(kind) if column in (c.key, c.header)), column)
    return ctx.name(key, column) if key else ""


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
            raise Conflict("{file} 在预览之后被改动过，请重新预览后再导入", file=path.name)
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
        changed = {r.key: {c: [a, b] for c, (a, b) in r.change.items()} for r in todo if r.change}
        audit.record(actor.username, f"import.{kind.name}", "import", result.sha256[:16],
                     before={"changed": changed} if changed else None,
                     after={"kind": kind.name, "file": path.name, "sha256": result.sha256, "sheet": result.sheet,
                            "sheets": [s.name for s in result.sheets if s.read], "counts": result.counts})
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
    target = report_path(result.file)
    try:
        if result.ok:
            target.unlink(missing_ok=True)
            return
        rows = [[p.sheet, p.line or None, p.column, p.key.replace("|", " "), p.message] for p in result.problems]
        summary = [[ACTION_NAMES[a], n] for a, n in result.counts.items()]
        write_xlsx(target, {"问题": (REPORT_HEADERS, rows), "汇总": (["结果", "行数"], summary)})
        result.report = str(target)
    except OSError as exc:
        result.report_error = Finding("检查结果没能写到 {path}：{why}", path=str(target), why=exc.strerror or str(exc))
