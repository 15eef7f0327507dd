"""楼栋与房屋: buildings come with their units (a building the estate does not have yet is added);
a unit is known by its number, 楼栋-单元-房号, written in three columns or whole in 房号."""
from __future__ import annotations

from decimal import Decimal

from ....core.estate_words import (
    ENDED, GARAGE, OCCUPANCY, OCCUPIED, OFFICE, RENOVATING, RESIDENTIAL, SHOP, UNIT_TYPES, VACANT
)
from ....core.fees import qty_text
from ....store.queries.units import (add_building, add_units, building_ids_by_code, buildings_named, change_unit,
                                     ids_of_these_codes, unit_facts_by_code, units_for_export)
from ....ledger.estate import compact_code
from ....ledger import seals
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Context, Kind, Refused
from .lookups import BUILDING, ENTRANCE, UNIT_NAMES, optional, text_of

_TYPE_ALIASES = {"住房": RESIDENTIAL, "商业": SHOP, "车位": GARAGE, "写字楼": OFFICE}
_STATE_ALIASES = {"入住": OCCUPIED, "自住": OCCUPIED, "出租": OCCUPIED, "未入住": VACANT, "装修": RENOVATING,
                  "停用": ENDED}
STATES = OCCUPANCY + (ENDED,)


class Units(Kind):
    name = "units"
    title = "楼栋与房屋"
    columns = (
        BUILDING,
        ENTRANCE,
        Column("unit", "房号", cells.unit_number, required=True, aliases=UNIT_NAMES,
               note="如 501；房屋编号由 楼栋-单元-房号 组成。不用 楼栋、单元 两列时，在这一列写整个房号："
                    f"{cells.UNIT_FORMS}", example=("501", "502")),
        Column("floor", "楼层", optional(lambda v, what: cells.whole(v, what, -9, 200, ("层", "楼"))), aliases=("层",),
               note="不填则按房号推算（501 为 5 层）", example=(5, 5)),
        Column("area", "建筑面积", cells.area_centi, required=True, aliases=("面积", "建筑面积(㎡)", "面积(㎡)"),
               note="平方米，大于 0，最多两位小数；可写 88.5 或 88.5㎡", example=(Decimal("88.5"), 120)),
        Column("unit_type", "房屋类型", optional(lambda v, what: cells.choice(v, UNIT_TYPES, what, RESIDENTIAL, _TYPE_ALIASES)),
               aliases=("类型", "用途"), note="、".join(UNIT_TYPES) + f"；不填为 {RESIDENTIAL}",
               example=(RESIDENTIAL, RESIDENTIAL)),
        Column("occupancy", "状态", optional(lambda v, what: cells.choice(v, STATES, what, OCCUPIED, _STATE_ALIASES)),
               aliases=("入住状态", "房屋状态"),
               note="、".join(STATES) + f"；不填为 {OCCUPIED}。{ENDED} 的房屋不再计费，历史和欠费保留",
               example=(OCCUPIED, VACANT)),
        Column("handover", "交房日期", optional(cells.day), aliases=("交付日期",),
               note="如 2020-06-30、2020/6/30 或 2020年6月30日", example=("2020-06-30", "")),
        Column("building_name", "楼栋名称", optional(text_of(20)), aliases=("楼名",),
               note="不填为 “3栋”；只用于新楼栋", example=("3栋", "3栋")),
    )
    notes = ("一行一户。房号相同的行视为同一户：已有的房屋只更新填写了的列，不会删除。",
             "3、3栋、3号楼、三栋 是同一楼栋 3；2、2单元、二单元 是同一单元 2；501、501室 是同一房号。")
    FIELDS = (("area", "area_centi", "建筑面积", qty_text), ("unit_type", "unit_type", "房屋类型", str),
              ("occupancy", "occupancy", "状态", str), ("handover", "handover_date", "交房日期", str),
              ("floor", "floor", "楼层", str))

    def key(self, values):
        return values["unit"]

    def load(self, estate):
        ctx = _Ctx(estate)
        ctx.buildings = building_ids_by_code(estate)
        ctx.units.update(unit_facts_by_code(estate))
        return ctx

    def facts(self, values, ctx):
        building = values["unit"].building
        if building in ctx.buildings or not values.get("building_name"):
            return []
        return [(("building", building), f"新楼栋 {building}", "building_name", values["building_name"])]

    def judge(self, values, ctx):
        unit = values["unit"]
        existing = ctx.units.get(unit)
        if existing is None:
            if values.get("floor") is None and not unit.room.isdigit():
                raise Refused("floor", f"{ctx.name('unit', '房号')} {unit.room} 不是数字，请填写{ctx.name('floor', '楼层')}")
            if unit.building not in ctx.buildings:
                ctx.new_buildings.setdefault(unit.building, values.get("building_name"))
                return ADD, f"新增（新楼栋 {unit.building}）", {}
            return ADD, "新增", {}
        change = {}
        for key, column, label, shown in self.FIELDS:
            if values.get(key) is not None and values[key] != existing[column]:
                change[column] = (existing[column], values[key])
        if not change:
            return SAME, "", {}
        words = {c: (label, shown) for _, c, label, shown in self.FIELDS}
        return CHANGE, "；".join(f"{words[c][0]} {'' if a is None else words[c][1](a)}→{words[c][1](b)}"
                                for c, (a, b) in change.items()), change

    def apply(self, actor, rows, ctx, tick):
        for code, name in ctx.new_buildings.items():
            ctx.buildings[code] = add_building(ctx.estate, code, name or f"{code}栋").id
        added = []
        for row in rows:
            v = row.values
            unit = v["unit"]
            if row.action == ADD:
                added.append(dict(estate=ctx.estate.id, building=ctx.buildings[unit.building], entrance=unit.entrance,
                                  floor=v["floor"] if v.get("floor") is not None else int(unit.room) // 100,
                                  room=unit.room, code=str(unit), code_compact=compact_code(unit),
                                  area_centi=v["area"], unit_type=v.get("unit_type") or RESIDENTIAL,
                                  occupancy=v.get("occupancy") or OCCUPIED, handover_date=v.get("handover"),
                                  prepaid_fen=0, notes=""))
            elif row.action == CHANGE:
                change_unit(ctx.units[unit]["id"], row.change)
            tick(1)
        add_units(added)
        touched = [str(row.values["unit"]) for row in rows if row.action in (ADD, CHANGE)]
        ids = ids_of_these_codes(ctx.estate.id, touched)
        seals.seal_rows(actor.username, "unit", ids, {"area_centi", "unit_type", "occupancy", "handover"})

    def export(self, actor, estate):
        buildings = buildings_named(estate)
        return [[buildings[b][0], entrance, room, floor, cells.scaled(area), unit_type, occupancy, handover,
                 buildings[b][1]]
                for b, entrance, room, floor, area, unit_type, occupancy, handover in units_for_export(estate)]


class _Ctx(Context):
    def __init__(self, estate):
        self.estate = estate
        self.buildings: dict[str, int] = {}
        self.units: dict[str, dict] = {}
        self.new_buildings: dict[str, str | None] = {}
