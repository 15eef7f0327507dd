"""楼盘图: a building's units floor by floor, each coloured by what it owes: paid up, owing (not yet
late), overdue, long overdue (the oldest charge more than 90 days past due), or vacant and owing
nothing; each cell says the unit's 应缴合计 (core.figures), as the counter does. The database adds
the building's units up in one pass (store.queries.charges.owing_by_unit)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.estate_words import VACANT
from ...core.figures import Owing
from ...store.queries.charges import owing_by_unit
from ...store.queries.units import floor_plan
from ...ledger.estate import estate_of, find_building
from ...ledger.standards import late_rules
from ...ledger import clock
from ...ledger.context import Actor

LONG_DAYS = 90
STATES = {"paid": "已缴清", "owing": "未到期", "overdue": "欠费", "long": "长期欠费", "vacant": VACANT}


@dataclass(frozen=True)
class Cell:
    code: str
    state: str                 # a key of STATES
    owing: Owing               # what it owes on the grid's date: the cell shows its 应缴合计

    @property
    def owed_fen(self) -> int:
        return self.owing.total_fen

    @property
    def overdue_days(self) -> int:
        """逾期天数 of the oldest charge past due; 0 when none."""
        return self.owing.days_overdue


@dataclass(frozen=True)
class FloorGrid:
    building: str
    as_of: date
    floors: tuple[tuple[int, tuple[Cell, ...]], ...]     # top floor first, units in number order

    def count(self, state: str) -> int:
        return sum(1 for _, cells in self.floors for c in cells if c.state == state)


def floor_grid(actor: Actor, building_code: str, as_of: date | None = None) -> FloorGrid:
    actor.require("report.management")
    estate = estate_of(actor)
    as_of = as_of or clock.business_date(estate.timezone)
    building = find_building(actor, building_code)
    units = floor_plan(building.id)
    owed = {u.unit_id: u.owing for u in owing_by_unit(as_of, late_rules(building.estate_id), building_id=building.id)}
    floors: dict[int, list[Cell]] = {}
    for unit_id, code, floor, occupancy in units:
        owing = owed.get(unit_id, Owing(as_of))
        state = owing.state
        if state == "overdue" and owing.days_overdue > LONG_DAYS:
            state = "long"
        elif state == "paid" and occupancy == VACANT:
            state = "vacant"
        floors.setdefault(floor, []).append(Cell(code, state, owing))
    return FloorGrid(building_code, as_of, tuple((f, tuple(cells)) for f, cells in floors.items()))
