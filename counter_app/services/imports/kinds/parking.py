"""车位与车牌: a parking space by its number, the unit it belongs to, and the plates parked on it.
A plate is registered at one unit only; plates already registered stay (nothing is deleted)."""
from __future__ import annotations

from ....store.queries.units import (add_space, add_vehicles, move_space, plates_of_estate, plates_on_spaces,
                                     spaces_of_estate)
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Context, Kind, Refused
from .lookups import UNIT_NAMES, UNIT_NOTE, Units, optional, unit_codes


def _space(value, what: str) -> str:
    return cells.code(value, what, 20, r"0-9A-Z\-\u4e00-\u9fff", "数字、字母、汉字和 -")


class Parking(Kind):
    name = "parking"
    title = "车位与车牌"
    columns = (
        Column("space", "车位编号", _space, required=True, aliases=("车位号", "车位"),
               note="如 B1-023（字母不分大小写）", example=("B1-023", "B1-024")),
        Column("unit", "房号", optional(cells.unit_number), aliases=UNIT_NAMES,
               note=f"车位所属的房屋（{UNIT_NOTE}）；公共车位、已退还的车位不填", example=("3-2-501", "")),
        Column("plates", "车牌", optional(cells.plates), aliases=("车牌号", "车牌号码"),
               note="一个或几个，用 、 隔开，如 粤B12345、粤B·D12345；登记车牌需要填写房号", example=("粤B12345", "")),
    )
    notes = ("一行一个车位。已有的车位改为新填的房号，新车牌加入，原有车牌保留。",
             "一个车牌只能登记在一户：文件中同一车牌的各行须填同一房号。")

    def key(self, values):
        return values["space"]

    def load(self, estate):
        ctx = _Ctx(Units(estate), estate)
        ctx.spaces = {code.upper(): (sid, uid) for sid, code, uid in
                      spaces_of_estate(estate)}
        for plate, unit_id, space_id in plates_of_estate(estate):
            ctx.plates[plate] = unit_id
            ctx.on_space.setdefault(space_id, set()).add(plate)
        return ctx

    def resolve(self, values, ctx):
        values["unit_id"] = ctx.units.id_of(values["unit"]) if values.get("unit") else None
        if values.get("plates") and values["unit_id"] is None:
            raise Refused("plates", f"登记{ctx.name('plates', '车牌')}需要填写{ctx.name('unit', '房号')}")

    def facts(self, values, ctx):
        return [(("plate", p), f"车牌 {p}", "unit", values["unit"]) for p in values.get("plates") or []]

    def judge(self, values, ctx):
        plates = values.get("plates") or []
        unit_id = values["unit_id"]
        for plate in plates:
            holder = ctx.plates.get(plate)
            if holder is not None and holder != unit_id:
                raise Refused("plates", f"车牌 {plate} 已登记在 {ctx.units.code_of(holder, str(holder))}")
        existing = ctx.spaces.get(values["space"])
        for plate in plates:
            ctx.plates[plate] = unit_id
        if existing is None:
            return ADD, "新增", {}
        space_id, before_unit = existing
        change = {}
        if unit_id is not None and unit_id != before_unit:
            change["unit"] = (before_unit, unit_id)
        new = [p for p in plates if p not in ctx.on_space.get(space_id, ())]
        if new:
            change["plates"] = ((), tuple(new))
        if not change:
            return SAME, "", {}
        words = []
        if "unit" in change:
            words.append(f"房号 {ctx.units.code_of(before_unit, '（无）')}→{values['unit']}")
        if new:
            words.append("加车牌 " + "、".join(new))
        return CHANGE, "；".join(words), change

    def apply(self, actor, rows, ctx, tick):
        vehicles = []
        for row in rows:
            v = row.values
            unit_id = ctx.units.ids.get(v.get("unit") or "")
            if row.action == ADD:
                space_id = add_space(ctx.estate.id, v["space"], unit_id)
                plates = v.get("plates") or []
            else:
                space_id = ctx.spaces[v["space"]][0]
                if "unit" in row.change:
                    move_space(space_id, unit_id)
                plates = row.change.get("plates", ((), ()))[1]
            vehicles += [dict(unit=unit_id, plate=p, space=space_id) for p in plates]
            tick(1)
        add_vehicles(vehicles)

    def export(self, actor, estate):
        codes = unit_codes(estate)
        plates: dict[int, list[str]] = {}
        for plate, space_id in plates_on_spaces(estate):
            plates.setdefault(space_id, []).append(plate)
        return [[code, codes.get(unit_id), "、".join(plates.get(sid, [])) or None]
                for sid, code, unit_id in spaces_of_estate(estate)]


class _Ctx(Context):
    def __init__(self, units: Units, estate):
        self.units = units
        self.estate = estate
        self.spaces: dict[str, tuple[int, int | None]] = {}
        self.plates: dict[str, int | None] = {}
        self.on_space: dict[int, set[str]] = {}
