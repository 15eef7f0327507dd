"""楼栋与房屋: buildings come with their units (a building the estate does not have yet is added);
a unit is known by its number, 楼栋-单元-房号."""
from __future__ import annotations

from decimal import Decimal

from ....core.fees import qty_text
from ....store.bulk import insert_rows
from ....store.models import Building, Unit
from ...admin.estate import OCCUPANCY, UNIT_TYPES, compact_code
from ...common import seals
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Kind, Refused, update_changed
from .lookups import optional, text_of

_TYPE_ALIASES = {"住房": "住宅", "商业": "商铺", "车位": "车库", "写字楼": "办公"}
_STATE_ALIASES = {"入住": "已入住", "自住": "已入住", "出租": "已入住", "未入住": "空置", "装修": "装修中"}


class Units(Kind):
    name = "units"
    title = "楼栋与房屋"
    columns = (
        Column("building", "楼栋", cells.building_code, required=True, aliases=("楼号", "栋", "楼栋号", "幢"),
               note="楼栋编号：3、3栋、3号楼 都是 3；新楼栋随房屋一起建立", example=("3", "3")),
        Column("entrance", "单元", lambda v: cells.whole(v, "单元", 1, 99, ("单元",)), required=True, aliases=("单元号",),
               note="1 到 99", example=(2, 2)),
        Column("room", "房号", cells.room, required=True, aliases=("房间号", "室", "门牌号"),
               note="如 501；房屋编号由 楼栋-单元-房号 组成", example=("501", "502")),
        Column("floor", "楼层", optional(lambda v: cells.whole(v, "楼层", -9, 200, ("层", "楼"))), aliases=("层",),
               note="不填则按房号推算（501 为 5 层）", example=(5, 5)),
        Column("area", "建筑面积", cells.area_centi, required=True, aliases=("面积", "建筑面积(㎡)", "面积(㎡)"),
               note="平方米，最多两位小数；可写 88.5 或 88.5㎡", example=(Decimal("88.5"), 120)),
        Column("unit_type", "房屋类型", optional(lambda v: cells.choice(v, UNIT_TYPES, "房屋类型", "住宅", _TYPE_ALIASES)),
               aliases=("类型", "用途"), note="、".join(UNIT_TYPES) + "；不填为 住宅", example=("住宅", "住宅")),
        Column("occupancy", "状态", optional(lambda v: cells.choice(v, OCCUPANCY, "状态", "已入住", _STATE_ALIASES)),
               aliases=("入住状态", "房屋状态"), note="、".join(OCCUPANCY) + "；不填为 已入住", example=("已入住", "空置")),
        Column("handover", "交房日期", optional(cells.day), aliases=("交付日期",),
               note="如 2020-06-30、2020/6/30 或 2020年6月30日", example=("2020-06-30", "")),
        Column("building_name", "楼栋名称", optional(text_of("楼栋名称", 20)), aliases=("楼名",),
               note="不填为 “3栋”；只用于新楼栋", example=("3栋", "3栋")),
    )
    notes = ("一行一户。房号相同的行视为同一户：已有的房屋只更新填写了的列，不会删除。",)
    FIELDS = (("area", "area_centi", "建筑面积", qty_text), ("unit_type", "unit_type", "房屋类型", str),
              ("occupancy", "occupancy", "状态", str), ("handover", "handover_date", "交房日期", str),
              ("floor", "floor", "楼层", str))

    def key(self, values):
        return f"{values['building']}-{values['entrance']}-{values['room']}"

    def load(self, estate):
        ctx = _Ctx(estate)
        ctx.buildings = dict(Building.select(Building.code, Building.id).where(Building.estate == estate).tuples())
        for row in (Unit.select(Unit.id, Unit.code, Unit.area_centi, Unit.unit_type, Unit.occupancy,
                                Unit.handover_date, Unit.floor).where(Unit.estate == estate).dicts()):
            ctx.units[row["code"]] = row
        return ctx

    def judge(self, values, ctx):
        code = self.key(values)
        existing = ctx.units.get(code)
        if existing is None:
            if values.get("floor") is None and not values["room"].isdigit():
                raise Refused("楼层", f"房号 {values['room']} 不是数字，请填写楼层")
            if values["building"] not in ctx.buildings:
                ctx.new_buildings.setdefault(values["building"], values.get("building_name"))
                return ADD, f"新增（新楼栋 {values['building']}）", {}
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
            ctx.buildings[code] = Building.create(estate=ctx.estate, code=code, name=name or f"{code}栋").id
        added = []
        for row in rows:
            v = row.values
            if row.action == ADD:
                added.append(dict(estate=ctx.estate.id, building=ctx.buildings[v["building"]], entrance=v["entrance"],
                                  floor=v["floor"] if v.get("floor") is not None else int(v["room"]) // 100,
                                  room=v["room"], code=row.key, code_compact=compact_code(row.key),
                                  area_centi=v["area"], unit_type=v.get("unit_type") or "住宅",
                                  occupancy=v.get("occupancy") or "已入住", handover_date=v.get("handover"),
                                  prepaid_fen=0, notes=""))
            elif row.action == CHANGE:
                update_changed(Unit, ctx.units[row.key]["id"], row.change)
            tick(1)
        insert_rows(Unit, added)
        touched = [row.key for row in rows if row.action in (ADD, CHANGE)]
        ids = [i for start in range(0, len(touched), 500) for i, in Unit.select(Unit.id).where(
            (Unit.estate == ctx.estate.id) & Unit.code.in_(touched[start:start + 500])).tuples()]
        seals.seal_rows(actor.username, "unit", ids, {"area_centi", "unit_type", "occupancy", "handover"})

    def export(self, actor, estate):
        buildings = {i: (code, name) for i, code, name in
                     Building.select(Building.id, Building.code, Building.name).where(Building.estate == estate).tuples()}
        return [[buildings[u.building_id][0], u.entrance, u.room, u.floor, cells.scaled(u.area_centi), u.unit_type,
                 u.occupancy, u.handover_date, buildings[u.building_id][1]]
                for u in Unit.select().where(Unit.estate == estate).order_by(Unit.id)]


class _Ctx:
    def __init__(self, estate):
        self.estate = estate
        self.buildings: dict[str, int] = {}
        self.units: dict[str, dict] = {}
        self.new_buildings: dict[str, str | None] = {}
