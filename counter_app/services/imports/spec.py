"""The shape every kind of import shares: its columns (a Chinese header, the other names people
give it, whether it must be filled, how a cell is read and written back), the plan of what each row
would do, and the base class a kind fills in."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Hashable

from ...core.periods import Month
from .cells import NO_COLUMN, CellError, Noted

ADD, CHANGE, SAME, REFUSE, SKIP = "add", "change", "same", "refuse", "skip"
ACTION_NAMES = {ADD: "新增", CHANGE: "修改", SAME: "不变", REFUSE: "拒绝", SKIP: "跳过"}


@dataclass(frozen=True)
class Column:
    key: str
    header: str                                  # as the template writes it
    read: Callable[[Any, str], Any]              # (cell, the file's own header) -> value as stored; raises CellError
    required: bool = False
    aliases: tuple[str, ...] = ()
    note: str = ""
    example: tuple = ()                          # the template's example cells, one per example row
    until_today: bool = False                    # a date (or months) that has happened: none after today
    part_of: str = ""                            # 楼栋 and 单元: parts of the unit's number, read with 房号

    def names(self) -> set[str]:
        return {normal(n) for n in (self.header, *self.aliases)}


_SPACES = re.compile(r"\s+")
_MARKS = re.compile(r"[*＊]|[（(][^)）]*[)）]$")


def normal(name) -> str:
    """A header as compared: no spaces, no marks such as * or （㎡）, lower case."""
    if isinstance(name, str) and name.isalnum():       # most cells: nothing to take out
        return name.lower()
    return _MARKS.sub("", _SPACES.sub("", str(name or "")).lower())


class Refused(Exception):
    """A row that cannot be taken as it is: which column (its key or template header), and why."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column
        self.message = message


@dataclass
class Problem:
    sheet: str
    line: int           # as Excel numbers rows
    column: str         # the file's header, or "" for the whole row
    key: str
    message: str

    @property
    def text(self) -> str:
        """The problem with its column, said once (a message may start with the column's name)."""
        return self.message if not self.column or self.message.startswith(self.column) else \
            f"{self.column}：{self.message}"


@dataclass
class RowPlan:
    line: int
    key: str
    action: str
    detail: str = ""
    values: dict = field(default_factory=dict)
    change: dict = field(default_factory=dict)     # field -> (before, after)
    problems: list[Problem] = field(default_factory=list)
    sheet: str = ""
    notes: list[str] = field(default_factory=list)   # how a cell was read, where it was not as written


class Context:
    """What a kind's `load` returns: the ledger's rows it compares with, and the file's own words
    for its columns (so a refusal names the column as the file heads it)."""
    headers: dict[str, str] = {}
    kept_buildings: dict[str, str] = {}     # lookups.buildings_as_kept: 3 → 三 where the ledger has 三

    def name(self, key: str, default: str = "") -> str:
        return self.headers.get(key) or default or key


@dataclass(frozen=True)
class Identity:
    """What makes two rows the same thing: rows with one `key` are the same when their spans
    overlap (a span is (first, last), both comparable; None is the whole of time), and `words`
    say which thing it is; `overlap` is what two rows whose spans differ but overlap are called."""
    key: Hashable
    words: str
    span: tuple | None = None
    overlap: str = "的期间重叠"


class Kind:
    """One kind of table. A subclass sets name, title, columns and fills in the steps."""
    name = ""
    title = ""
    columns: tuple[Column, ...] = ()
    notes: tuple[str, ...] = ()
    personal = False      # its export holds people's full contacts (logged, with a purpose)

    def key(self, values: dict) -> str:
        raise NotImplementedError

    def load(self, estate) -> Context:
        """What the database holds that rows are compared with, read once (a few queries)."""
        raise NotImplementedError

    def resolve(self, values: dict, ctx) -> None:
        """Find what the row names in the ledger (its unit, its fee item) and put their ids in
        values; raise Refused. Changes nothing in ctx: the row may yet be a duplicate."""

    def identity(self, values: dict, ctx) -> Identity:
        """What makes this row the same as another row of the file (after resolve)."""
        return Identity(self.key(values), self.key(values).replace("|", " "))

    def facts(self, values: dict, ctx) -> list[tuple[Hashable, str, str, Any]]:
        """(thing, its words, column key, value) of what the row says about a thing other rows may
        name too (a person's identity number): rows naming one thing must agree."""
        return []

    def judge(self, values: dict, ctx) -> tuple[str, str, dict]:
        """(action, detail, change) for one row; raise Refused. May note the row's effect in ctx,
        so a later row of the same file sees it (a second reading of one meter)."""
        raise NotImplementedError

    def apply(self, actor, rows: list[RowPlan], ctx, tick: Callable[[int], None]) -> None:
        """Write the rows to add and change, inside the caller's transaction."""
        raise NotImplementedError

    def export(self, actor, estate) -> list[list]:
        """The table's rows as cells in the columns' order (what an import of them would leave
        unchanged)."""
        raise NotImplementedError


Positions = dict[str, "int | tuple[int, ...]"]


def parse_cells(columns: tuple[Column, ...], positions: Positions, headers: dict[str, str], cells: list,
                today: date) -> tuple[dict, list[tuple[str, str]], list[str]]:
    """The row's values by column key, (header, message) for each cell that cannot be read, and
    notes on cells read otherwise than written. `headers` are the file's own, by column key; a
    position that is a tuple is the unit's number in parts (楼栋, 单元, 房号)."""
    values, problems, notes = {}, [], []
    for column in columns:
        if column.part_of:
            continue
        at = positions.get(column.key)
        what = headers.get(column.key, column.header)
        if isinstance(at, tuple):
            cell = tuple(NO_COLUMN if i is None else cells[i] if i < len(cells) else None for i in at)
        else:
            cell = cells[at] if at is not None and at < len(cells) else None
        if column.required and (all(empty(c) for c in cell) if isinstance(cell, tuple) else empty(cell)):
            problems.append((what, f"请填写{what}"))
            continue
        try:
            value = column.read(cell, what)
        except CellError as exc:
            problems.append((exc.column or what, str(exc)))
            continue
        if isinstance(value, Noted):
            notes.append(value.note)
            value = value.value
        late = _after(value, today) if column.until_today else None
        if late:
            problems.append((what, f"{what}{late}在今天（{today}）之后：只能导入已经发生的"
                             if isinstance(value, date) else f"{what}含尚未开始的月份 {late}：只能导入已经开始的月份"))
            continue
        values[column.key] = value
    return values, problems, notes


def empty(cell) -> bool:
    """A cell with nothing in it (None, or only spaces)."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _after(value, today: date) -> str:
    """The part of a date or a run of months that lies after today, as words; "" if none."""
    if isinstance(value, date):
        return f" {value} " if value > today else ""
    if isinstance(value, tuple) and value and isinstance(value[-1], Month):
        return str(value[-1]) if value[-1] > Month.of(today) else ""
    return ""
