"""The shape every kind of import shares: its columns (a Chinese header, the other names people
give it, whether it must be filled, how a cell is read and written back), the plan of what each row
would do, and the base class a kind fills in."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from .cells import CellError

ADD, CHANGE, SAME, REFUSE, SKIP = "add", "change", "same", "refuse", "skip"
ACTION_NAMES = {ADD: "新增", CHANGE: "修改", SAME: "不变", REFUSE: "拒绝", SKIP: "跳过"}


@dataclass(frozen=True)
class Column:
    key: str
    header: str                                  # as the template writes it
    read: Callable[[Any], Any]                   # cell -> value as stored; raises CellError
    required: bool = False
    aliases: tuple[str, ...] = ()
    note: str = ""
    example: tuple = ()                          # the template's example cells, one per example row

    def names(self) -> set[str]:
        return {normal(n) for n in (self.header, *self.aliases)}


def normal(name) -> str:
    """A header as compared: no spaces, no marks such as * or （㎡）, lower case."""
    text = re.sub(r"\s+", "", str(name or "")).lower()
    return re.sub(r"[*＊]|[（(][^)）]*[)）]$", "", text)


class Refused(Exception):
    """A row that cannot be taken as it is: which column, and why."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column
        self.message = message


@dataclass
class Problem:
    sheet: str
    line: int           # as Excel numbers rows
    column: str         # the header, or "" for the whole row
    key: str
    message: str


@dataclass
class RowPlan:
    line: int
    key: str
    action: str
    detail: str = ""
    values: dict = field(default_factory=dict)
    change: dict = field(default_factory=dict)     # field -> (before, after)
    problems: list[Problem] = field(default_factory=list)


class Kind:
    """One kind of table. A subclass sets name, title, columns and fills in the four steps."""
    name = ""
    title = ""
    columns: tuple[Column, ...] = ()
    notes: tuple[str, ...] = ()
    personal = False      # its export holds people's full contacts (logged, with a purpose)

    def key(self, values: dict) -> str:
        raise NotImplementedError

    def load(self, estate) -> Any:
        """What the database holds that rows are compared with, read once (a few queries)."""
        raise NotImplementedError

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


def parse_cells(columns: tuple[Column, ...], positions: dict[str, int], cells: list) -> tuple[dict, list[tuple[str, str]]]:
    """The row's values by column key, and (header, message) for each cell that cannot be read."""
    values, problems = {}, []
    for column in columns:
        at = positions.get(column.key)
        cell = cells[at] if at is not None and at < len(cells) else None
        if column.required and (cell is None or str(cell).strip() == ""):
            problems.append((column.header, f"请填写{column.header}"))
            continue
        try:
            values[column.key] = column.read(cell)
        except CellError as exc:
            problems.append((column.header, str(exc)))
    return values, problems


def update_changed(model, row_id: int, change: dict) -> None:
    """Write a changed row's new values (change: column -> (before, after))."""
    model.update({getattr(model, c): after for c, (_, after) in change.items()}).where(model.id == row_id).execute()
