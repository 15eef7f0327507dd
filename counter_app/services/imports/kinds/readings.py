"""抄表读数: a meter's reading on a day. A meter the estate does not have yet is set up from its
first row (房号 and 收费项目 given), that reading being its starting value (it bills nothing). A
reading lower than the last is refused unless it is a meter replacement: 换表 with the old meter's
final reading (旧表止码) and the new meter's start, stored as the window stores them (the old
meter's last part and the new meter's first, services/admin/estate.record_reading); a reading
already recorded is left alone, never changed by a file."""
from __future__ import annotations

from decimal import Decimal

from ....core.fees import qty_text
from ....store.queries.charges import item_codes
from ....store.queries.readings import add_meter, add_readings, meter_history, meters_of_estate, readings_for_export
from ....ledger import clock
from .. import cells
from ..spec import ADD, SAME, Column, Context, Kind, Refused
from .lookups import UNIT_NAMES, UNIT_NOTE, Items, Units, optional, unit_codes


def _meter(value, what: str) -> str:
    return cells.code(value, what, 30, r"0-9A-Z\-_", "数字、字母、- 和 _")


class Readings(Kind):
    name = "readings"
    title = "抄表读数"
    columns = (
        Column("meter", "表号", _meter, required=True, aliases=("水表号", "电表号", "表具编号"),
               note="表具编号，如 S-3-2-501（字母不分大小写）", example=("S-3-2-501", "S-3-2-501")),
        Column("read_on", "抄表日期", cells.day, required=True, aliases=("日期",), note="如 2026-11-25；不能晚于今天",
               example=("2026-10-25", "2026-11-25"), until_today=True),
        Column("value", "本期读数", cells.quantity_centi, required=True,
               aliases=("读数", "表读数"), note="最多两位小数", example=(Decimal("1024.5"), 1036)),
        Column("unit", "房号", optional(cells.unit_number), aliases=UNIT_NAMES,
               note=f"新表必填；已有的表填写时须与登记的一致（{UNIT_NOTE}）", example=("3-2-501", "3-2-501")),
        Column("item", "收费项目", optional(lambda v, what: cells.text(v, what, 20)), aliases=("项目",),
               note="新表必填：抄表计量的项目编号或名称，如 SF 或 水费", example=("SF", "SF")),
        Column("multiplier", "倍率", optional(lambda v, what: cells.whole(v, what, 1, 10000)),
               note="新表可填，不填为 1", example=(1, 1)),
        Column("replacement", "换表", optional(cells.yes_no), note="本行是更换表具后的读数时填 是",
               example=("", "")),
        Column("old_final", "旧表止码", optional(cells.quantity_centi),
               aliases=("旧表读数", "旧表末次读数"), note="换表时必填：旧表拆下时的读数", example=("", "")),
        Column("new_start", "新表起始读数", optional(cells.quantity_centi),
               note="换表时必填：新表安装时的读数", example=("", "")),
    )
    notes = ("同一表具的多行按抄表日期先后排列。新表的第一行是表底读数，不产生费用。",
             "已录入的读数（同一表号、同一日期）不会被文件修改；录错的读数请在抄表界面更正。")

    def key(self, values):
        return f"{values['meter']}|{values['read_on']}"

    def load(self, estate):
        ctx = _Ctx(Units(estate), Items(estate), estate)
        ctx.meters = {code.upper(): [mid, uid, iid, mult] for mid, code, uid, iid, mult in
                      meters_of_estate(estate)}
        return ctx

    def judge(self, values, ctx):
        code = values["meter"]
        meter = ctx.meters.get(code)
        if meter is None:
            if not values.get("unit") or not values.get("item"):
                raise Refused("meter", f"没有{ctx.name('meter', '表号')} {code}；新表请同时填写"
                                       f"{ctx.name('unit', '房号')}和{ctx.name('item', '收费项目')}")
            unit_id = ctx.units.id_of(values["unit"])
            item = ctx.items.find(values["item"], "item", kind="metered")
            ctx.meters[code] = [None, unit_id, item.id, values.get("multiplier") or 1]
            ctx.readings[code] = [(values["read_on"], values["value"], True)]
            values["prev"], values["swap"] = values["value"], True
            return ADD, "新表（本次读数为表底）", {}
        mid, unit_id, item_id, _ = meter
        if values.get("unit") and ctx.units.id_of(values["unit"]) != unit_id:
            raise Refused("unit", f"表号 {code} 登记在 {ctx.units.code_of(unit_id, str(unit_id))}，不是 {values['unit']}")
        history = ctx.history(code, mid)
        swap = bool(values.get("replacement"))
        that_day = [(n, value, replaced) for n, (on, value, replaced) in enumerate(history) if on == values["read_on"]]
        if that_day:       # a day's reading is the last of that day (a replacement's new meter)
            n, value, replaced = that_day[-1]
            if value == values["value"] and (replaced == swap or n == 0):     # a meter's first is its base
                return SAME, "", {}
            raise Refused("value", f"表号 {code} 在 {values['read_on']} 已录入读数 {qty_text(value)}；"
                                   "录错的读数请在抄表界面更正")
        last_on, last_value, _ = history[-1] if history else (None, 0, False)
        if last_on is not None and values["read_on"] < last_on:
            raise Refused("read_on", f"早于该表上次抄表日期 {last_on}（同一表具请按日期先后排列）")
        value, start = ctx.name("value", "本期读数"), ctx.name("new_start", "新表起始读数")
        final = ctx.name("old_final", "旧表止码")
        if swap:
            if values.get("old_final") is None:
                raise Refused("old_final", f"换表时请填写{final}（旧表拆下时的读数）")
            if values["old_final"] < last_value:
                raise Refused("old_final", f"{final} {qty_text(values['old_final'])} 小于旧表上次读数 {qty_text(last_value)}")
            if values.get("new_start") is None:
                raise Refused("new_start", f"换表时请填写{start}")
            if values["value"] < values["new_start"]:
                raise Refused("value", f"{value}小于{start} {qty_text(values['new_start'])}")
            history.append((values["read_on"], values["old_final"], False))
        elif values["value"] < last_value:
            raise Refused("value", f"{value} {qty_text(values['value'])} 小于上期读数 {qty_text(last_value)}；"
                                   f"如更换了表具，请在“{ctx.name('replacement', '换表')}”填 是 并填写{final}和{start}")
        history.append((values["read_on"], values["value"], swap))
        values["last"] = last_value
        values["prev"] = values["new_start"] if swap else last_value
        values["swap"] = swap
        return ADD, "新增", {}

    def apply(self, actor, rows, ctx, tick):
        now = clock.to_db(clock.now_utc())
        ids: dict[str, int] = {code: m[0] for code, m in ctx.meters.items() if m[0] is not None}
        readings = []
        for row in rows:
            v = row.values
            if v["meter"] not in ids:      # a new meter, set up from its first row
                _, unit_id, item_id, mult = ctx.meters[v["meter"]]
                ids[v["meter"]] = add_meter(ctx.estate.id, unit_id, item_id, v["meter"], mult)
            if v["swap"] and v.get("old_final") is not None:      # the old meter's last part first
                readings.append(dict(meter=ids[v["meter"]], read_on=v["read_on"], prev_centi=v["last"],
                                     value_centi=v["old_final"], is_replacement=False, created_at=now,
                                     created_by=actor.username))
            readings.append(dict(meter=ids[v["meter"]], read_on=v["read_on"], prev_centi=v["prev"],
                                 value_centi=v["value"], is_replacement=v["swap"], created_at=now,
                                 created_by=actor.username))
            tick(1)
        add_readings(readings)

    def export(self, actor, estate):
        codes = unit_codes(estate)
        items = item_codes(estate)
        out, seen = [], set()
        before = None          # the row before, of the same meter: a replacement's old part on its day
        for mid, code, unit_id, item_id, mult, on, value, prev, replaced in readings_for_export(estate):
            first = mid not in seen
            seen.add(mid)
            swap = replaced and not first
            old_final = None
            if swap and before is not None and before[0] == mid and before[1] == on:
                old_final = out.pop()[2]          # written as the window takes it: one row, 旧表止码
            out.append([code, on, cells.scaled(value), codes[unit_id], items[item_id], mult, "是" if swap else None,
                        old_final, cells.scaled(prev) if swap else None])
            before = (mid, on)
        return out


class _Ctx(Context):
    def __init__(self, units: Units, items: Items, estate):
        self.units = units
        self.items = items
        self.estate = estate
        self.meters: dict[str, list] = {}
        self.readings: dict[str, list[tuple]] = {}

    def history(self, code: str, meter_id: int) -> list[tuple]:
        """(date, value, replacement) of the meter's readings in order, with this file's rows added as
        judged."""
        if code not in self.readings:
            self.readings[code] = meter_history(meter_id)
        return self.readings[code]
