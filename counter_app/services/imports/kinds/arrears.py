"""期初欠费: what each unit still owed for an item and a period when the office moved onto the
program. Each becomes a charge (origin "opening") that the counter collects like any other; it
is refused where the ledger already bills that period, and changed only while nothing is paid.
The export writes what is still owed, so a row partly paid reads back as the same charge here and
as only the rest owed in a new ledger."""
from __future__ import annotations

from decimal import Decimal

from ....core import charge_keys
from ....core.money import format_yuan
from ....core.periods import Month, due_date_for
from ....store.queries import billed
from ....store.queries.charges import (add_charges, change_charge, charge_fields, opening_charges, opening_still_owed,
                                       overlaps)
from ....ledger import clock
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Context, Identity, Kind, Refused
from .lookups import UNIT_COLUMN, Items, Units, optional, text_of

BASIS = "期初欠费（导入）"


def period_text(first: Month, last: Month) -> str:
    return str(first) if first == last else f"{first}~{last}"


class Arrears(Kind):
    name = "arrears"
    title = "期初欠费"
    columns = (
        UNIT_COLUMN,
        Column("item", "收费项目", lambda v, what: cells.text(v, what, 20), required=True, aliases=("项目",),
               note="项目编号或名称，如 WYF 或 物业服务费（两种写法是同一项目）", example=("WYF", "WYF")),
        Column("period", "所属期间", cells.months, required=True, aliases=("期间", "账期", "所属月份"),
               note="一个月 2025-11，或几个月 2025-01~2025-06；不能含尚未开始的月份",
               example=("2025-11", "2025-01~2025-06"), until_today=True),
        Column("amount", "欠费金额", cells.amount_fen, required=True, aliases=("金额", "应收金额", "欠费"),
               note="元，大于 0，最多两位小数", example=(Decimal("265.50"), 1593)),
        Column("due", "应缴日期", optional(cells.day), aliases=("到期日",),
               note="滞纳金从此日之后起算；不填按项目的缴费期限", example=("2025-11-30", "")),
        Column("note", "说明", optional(text_of(200)), aliases=("备注",), example=("", "原系统结转")),
    )
    notes = ("一行一户一个项目一个期间。已导入的同一期间（房号、项目、起始月份相同）只在未收款时更新金额。",
             "同一户同一项目的期间不能重叠，文件里的各行之间也不能（2025-11 与 2025-10~2025-12 重叠）；"
             "与本程序已计费的期间重叠的行会被拒绝，以免重复收费。",
             "导出的欠费金额是仍欠的部分：已收一部分的只写余下的，已收清的不写；导回同一账本都是“不变”。")

    def key(self, values):
        return f"{values['unit']}|{values['item']}|{values['period'][0]}"

    def load(self, estate):
        ctx = _Ctx(Units(estate), Items(estate))
        ctx.opening.update(opening_charges(estate))
        return ctx

    def resolve(self, values, ctx):
        values["unit_id"] = ctx.units.id_of(values["unit"])
        item = ctx.items.find(values["item"], "item", deposit=False)
        first, last = values["period"]
        start = first.first_day()
        values.update(item_id=item.id, item_name=item.name, start=start, end=last.last_day(),
                      months=last.index() - first.index() + 1,
                      due_date=values.get("due") or due_date_for(start, item.due_days))

    def identity(self, values, ctx):
        first, last = values["period"]
        return Identity((values["unit_id"], values["item_id"]),
                        f"{values['unit']} {values['item_name']} {period_text(first, last)}", (first, last))

    def judge(self, values, ctx):
        unit_id, item_id, start, end = values["unit_id"], values["item_id"], values["start"], values["end"]
        existing = ctx.opening.get((unit_id, item_id, start))
        if overlaps(unit_id, item_id, start, end, existing["id"] if existing else 0):
            raise Refused("period", f"{values['unit']} 的 {values['item_name']} 在 {period_text(*values['period'])} "
                                    "已有应收，不能再导入期初欠费")
        if existing is None:
            return ADD, "新增", {}
        change = {}
        for key, column in (("amount", "amount_fen"), ("end", "period_end"), ("due_date", "due_date")):
            if key == "amount" and values[key] == existing["amount_fen"] - existing["paid_fen"]:
                continue                    # what is still owed, as the export writes it: the same charge
            if values[key] != existing[column]:
                change[column] = (existing[column], values[key])
        if values.get("note") is not None and values["note"] != existing["note"]:
            change["note"] = (existing["note"], values["note"])
        if not change:
            return SAME, "", {}
        if existing["paid_fen"]:
            raise Refused("amount", f"这笔期初欠费已收 {format_yuan(existing['paid_fen'])} 元，不能再由文件修改")
        values["charge_id"] = existing["id"]
        return CHANGE, "；".join(f"{_label(k)} {_show(a)}→{_show(b)}" for k, (a, b) in change.items()), change

    def apply(self, actor, rows, ctx, tick):
        now = clock.to_db(clock.now_utc())
        added = []
        for row in rows:
            v = row.values
            if row.action == ADD:
                added.append(charge_fields(unit=v["unit_id"], item=v["item_id"], standard=None, period_start=v["start"],
                                           period_end=v["end"], months=v["months"], amount_fen=v["amount"],
                                           due_date=v["due_date"],
                                           basis=BASIS + (f"：{v['note']}" if v.get("note") else ""), rounding="",
                                           origin="opening",
                                           dedupe_key=charge_keys.opening(v["unit_id"], v["item_id"], v["start"]),
                                           created_at=now, note=v.get("note") or ""))
            else:
                change_charge(v["charge_id"], row.change)
                if "amount_fen" in row.change:      # the month's billed total follows the amount
                    before, after = row.change["amount_fen"]
                    billed.add([(v["item_id"], v["start"], before)], -1)
                    billed.add([(v["item_id"], v["start"], after)])
            tick(1)
        add_charges(added)
        billed.add((c["item"], c["period_start"], c["amount_fen"]) for c in added)

    def export(self, actor, estate):
        # What is still owed, not what was owed: a new ledger must not owe again what this one
        # collected (a fully paid row has nothing left to carry over).
        return [[unit, item, period_text(Month.of(start), Month.of(end)), cells.scaled(owed), due, note or None]
                for unit, item, start, end, owed, due, note in opening_still_owed(estate)]


def _label(column: str) -> str:
    return {"amount_fen": "欠费金额", "period_end": "期间截止", "due_date": "应缴日期", "note": "说明"}[column]


def _show(value) -> str:
    return format_yuan(value) if isinstance(value, int) else str(value or "（空）")


class _Ctx(Context):
    def __init__(self, units: Units, items: Items):
        self.units = units
        self.items = items
        self.opening: dict[tuple, dict] = {}
