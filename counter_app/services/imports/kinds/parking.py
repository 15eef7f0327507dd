"""车位与车牌: a parking space by its number, the unit it belongs to, and the plates parked on it.
A plate is registered at one unit only; plates already registered stay (nothing is deleted)."""
from __future__ import annotations

from ....store.bulk import insert_row, insert_rows
from ....store.models import ParkingSpace, Unit, Vehicle
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Kind, Refused
from .lookups import Units, optional, unit_codes


def _space(value) -> str:
    return cells.code(value, "车位编号", 20, r"0-9A-Za-z\-\u4e00-\u9fff", "数字、字母、汉字和 -")


class Parking(Kind):
    name = "parking"
    title = "车位与车牌"
    columns = (
        Column("space", "车位编号", _space, required=True, aliases=("车位号", "车位"), note="如 B1-023",
               example=("B1-023", "B1-024")),
        Column("unit", "房号", optional(cells.unit_code), aliases=("房屋编号", "户号"),
               note="车位所属的房屋，如 3-2-501；公共车位可不填", example=("3-2-501", "")),
        Column("plates", "车牌", optional(cells.plates), aliases=("车牌号", "车牌号码"),
               note="一个或几个，用 、 隔开，如 粤B12345、粤B·D12345；登记车牌需要填写房号", example=("粤B12345", "")),
    )
    notes = ("一行一个车位。已有的车位改为新填的房号，新车牌加入，原有车牌保留。",)

    def key(self, values):
        return values["space"]

    def load(self, estate):
        ctx = _Ctx(Units(estate), estate)
        ctx.spaces = {code: (sid, uid) for sid, code, uid in
                      ParkingSpace.select(ParkingSpace.id, ParkingSpace.code, ParkingSpace.unit)
                      .where(ParkingSpace.estate == estate).tuples()}
        for plate, unit_id, space_id in (Vehicle.select(Vehicle.plate, Vehicle.unit, Vehicle.space).join(Unit)
                                         .where(Unit.estate == estate).tuples()):
            ctx.plates[plate] = unit_id
            ctx.on_space.setdefault(space_id, set()).add(plate)
        return ctx

    def judge(self, values, ctx):
        plates = values.get("plates") or []
        unit_id = ctx.units.id_of(values["unit"]) if values.get("unit") else None
        if plates and unit_id is None:
            raise Refused("车牌", "登记车牌需要填写房号")
        for plate in plates:
            holder = ctx.plates.get(plate)
            if holder is not None and holder != unit_id:
                raise Refused("车牌", f"车牌 {plate} 已登记在 {ctx.units.code_of(holder, str(holder))}")
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
                space_id = insert_row(ParkingSpace, dict(estate=ctx.estate.id, code=v["space"], unit=unit_id))
                plates = v.get("plates") or []
            else:
                space_id = ctx.spaces[v["space"]][0]
                if "unit" in row.change:
                    ParkingSpace.update(unit=unit_id).where(ParkingSpace.id == space_id).execute()
                plates = row.change.get("plates", ((), ()))[1]
            vehicles += [dict(unit=unit_id, plate=p, space=space_id) for p in plates]
            tick(1)
        insert_rows(Vehicle, vehicles)

    def export(self, actor, estate):
        codes = unit_codes(estate)
        plates: dict[int, list[str]] = {}
        for plate, space_id in (Vehicle.select(Vehicle.plate, Vehicle.space).join(Unit)
                                .where((Unit.estate == estate) & Vehicle.space.is_null(False))
                                .order_by(Vehicle.id).tuples()):
            plates.setdefault(space_id, []).append(plate)
        return [[code, codes.get(unit_id), "、".join(plates.get(sid, [])) or None]
                for sid, code, unit_id in ParkingSpace.select(ParkingSpace.id, ParkingSpace.code, ParkingSpace.unit)
                .where(ParkingSpace.estate == estate).order_by(ParkingSpace.id).tuples()]


class _Ctx:
    def __init__(self, units: Units, estate):
        self.units = units
        self.estate = estate
        self.spaces: dict[str, tuple[int, int | None]] = {}
        self.plates: dict[str, int | None] = {}
        self.on_space: dict[int, set[str]] = {}
