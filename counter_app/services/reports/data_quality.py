"""资料核查 (data quality): the units in use that billing passes over or cannot name a payer for:
no active recurring fee item applies to the unit's type, the items that apply have no standard in
force, an area-rated item meets a floor area of 0, or no owner is named. What billing, notices
and reminders would silently skip, listed so the office fixes its records first."""
from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from datetime import date

from ...core.estate_words import ENDED
from ...core.fees import standard_in_force
from ...core.tables import Section
from ...store.queries import lists as list_queries
from ...store.queries.charges import active_items
from ...store.queries.units import coded_units, space_counts
from ...ledger.estate import estate_of
from ...ledger.standards import all_standards, applies_to
from ...ledger import clock
from ...ledger.context import Actor
from .printed import Printed

# The fees billed period by period; one-off, metered and shared ones are billed as they arise.
RECURRING = ("area", "fixed", "per_space")
NO_ITEM, NO_STANDARD, NO_AREA, NO_OWNER = "无适用收费项目", "适用项目无生效标准", "建筑面积为 0", "无业主"
PROBLEMS = (NO_ITEM, NO_STANDARD, NO_AREA, NO_OWNER)
_Typed = namedtuple("_Typed", "unit_type")     # what ledger.standards.applies_to reads of a unit


@dataclass(frozen=True)
class QualityLine:
    code: str
    unit_type: str
    occupancy: str
    problem: str               # one of PROBLEMS
    detail: str                # the items concerned, when there are


@dataclass(frozen=True)
class QualityList(Printed):
    as_of: date
    title: str
    company: str
    lines: tuple[QualityLine, ...]

    heading = property(lambda self: f"资料核查（截至 {self.as_of.isoformat()}）")
    stem = property(lambda self: f"data-quality-{self.as_of.isoformat()}")
    footer = "按期计费的项目：按面积、固定金额、按车位。已停用的房屋不列。一户可有多条。"

    def count(self, problem: str) -> int:
        return sum(1 for ln in self.lines if ln.problem == problem)

    def sections(self) -> list[Section]:
        summary = tuple((p, self.count(p)) for p in PROBLEMS) + (("涉及户数", len({ln.code for ln in self.lines})),)
        return [Section("概要", ("问题", "户数"), summary),
                Section("明细", ("房号", "类型", "状态", "问题", "涉及项目"),
                        tuple((ln.code, ln.unit_type, ln.occupancy, ln.problem, ln.detail) for ln in self.lines))]


def quality_list(actor: Actor, as_of: date | None = None) -> QualityList:
    actor.require("report.management")
    estate = estate_of(actor)
    as_of = as_of or clock.business_date(estate.timezone)
    items = [i for i in active_items(estate.id) if i.kind in RECURRING and not i.is_deposit]
    standards = all_standards()
    in_force = {i.id: standard_in_force(standards.get(i.id, []), as_of) is not None for i in items}
    spaces = space_counts()
    without_owner = set(list_queries.units_without_owner(estate.id, ENDED))
    lines = []
    for unit, code, area, unit_type, occupancy in coded_units(estate.id):
        if occupancy == ENDED:
            continue
        applying = [i for i in items if applies_to(i, _Typed(unit_type)) and (i.kind != "per_space" or spaces.get(unit))]
        if not applying:
            lines.append(QualityLine(code, unit_type, occupancy, NO_ITEM, ""))
        elif not any(in_force[i.id] for i in applying):
            lines.append(QualityLine(code, unit_type, occupancy, NO_STANDARD, "、".join(i.name for i in applying)))
        area_items = [i.name for i in applying if i.kind == "area"]
        if area_items and area <= 0:
            lines.append(QualityLine(code, unit_type, occupancy, NO_AREA, "、".join(area_items)))
        if unit in without_owner:
            lines.append(QualityLine(code, unit_type, occupancy, NO_OWNER, ""))
    lines.sort(key=lambda ln: (PROBLEMS.index(ln.problem), ln.code))
    return QualityList(as_of, estate.name, estate.company, tuple(lines))

