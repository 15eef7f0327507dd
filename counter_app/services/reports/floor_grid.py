"""楼盘图: a building's units floor by floor, each coloured by what it owes: paid up, owing (not yet
late), overdue, long overdue (the oldest charge more than 90 days past due), or vacant and owing
nothing. From the arrears list's own per-unit sums (store.queries.charges.overdue_by_unit)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...store.models import Unit
from ...store.queries.charges import overdue_by_unit, owed_by_units
from ..admin.estate import estate_of, find_building
from ..billing.standards import late_rules
from ..common import clock
from ..common.context import Actor

LONG_DAYS = 90
STATES = {"paid": "已缴清", "owing": "未到期", "overdue": "欠费", "long": "长期欠费", "vacant": "空置"}


@dataclass(frozen=True)
class Cell:
    code: str
    state: str                 # a key of STATES
    owed_fen: int              # still owed, due or not
    overdue_days: int          # of the oldest charge past due; 0 when none


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
    units = list(Unit.select(Unit.id, Unit.code, Unit.floor, Unit.occupancy).where(Unit.building == building)
                 .order_by(Unit.floor.desc(), Unit.code).tuples())
    overdue = {u.unit_id: u for u in overdue_by_unit(as_of, late_rules(building.estate_id), building.id)}
    owed = owed_by_units([u for u, *_ in units], as_of)
    floors: dict[int, list[Cell]] = {}
    for unit_id, code, floor, occupancy in units:
        still = owed.get(unit_id, (0, 0))[0]
        late = overdue.get(unit_id)
        days = (as_of - late.oldest_due).days if late else 0
        if late:
            state = "long" if days > LONG_DAYS else "overdue"
        elif still:
            state = "owing"
        else:
            state = "vacant" if occupancy == "空置" else "paid"
        floors.setdefault(floor, []).append(Cell(code, state, still, days))
    return FloorGrid(building_code, as_of, tuple((f, tuple(cells)) for f, cells in floors.items()))
