"""押金: deposits the office holds for a unit (装修押金, 车位押金…). One taken before the program is
kept as an opening deposit with its paper receipt's number; one taken at this counter is held by
its receipt, and a row naming that receipt is recognised as the same deposit."""
from __future__ import annotations

from ....core.money import format_yuan
from ....store.queries import deposits as deposit_queries
from ....ledger import clock
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Context, Identity, Kind
from .lookups import UNIT_COLUMN, Items, Units, optional, text_of


class Deposits(Kind):
    name = "deposits"
    title = "押金"
    columns = (
        UNIT_COLUMN,
        Column("item", "押金项目", lambda v, what: cells.text(v, what, 20), required=True, aliases=("收费项目", "项目"),
               note="押金类收费项目的编号或名称，如 ZXYJ 或 装修押金（两种写法是同一项目）", example=("ZXYJ", "ZXYJ")),
        Column("amount", "押金金额", cells.amount_fen, required=True, aliases=("金额",), note="元，大于 0",
               example=(2000, 3000)),
        Column("received", "收取日期", cells.day, required=True, aliases=("日期", "收款日期"), note="不能晚于今天",
               example=("2024-05-10", "2025-03-02"), until_today=True),
        Column("reference", "原收据号", optional(text_of(64)), aliases=("收据号", "收据编号"),
               note="纸质收据或原系统的编号；本程序开出的收据填其编号", example=("0012345", "")),
        Column("note", "说明", optional(text_of(200)), aliases=("备注",), example=("", "")),
    )
    notes = ("一行一笔押金。同一房号、项目和原收据号（没有收据号时为收取日期）视为同一笔，文件中只能出现一次。",)

    def key(self, values):
        return f"{values['unit']}|{values['item']}|{values.get('reference') or values['received']}"

    def load(self, estate):
        ctx = _Ctx(Units(estate), Items(estate), estate)
        for row in deposit_queries.opening_deposits(estate):
            ctx.opening[(row.unit_id, row.item_id, row.reference or str(row.received_on))] = row
        return ctx

    def resolve(self, values, ctx):
        item = ctx.items.find(values["item"], "item", deposit=True)
        values.update(unit_id=ctx.units.id_of(values["unit"]), item_id=item.id, item_name=item.name)

    def identity(self, values, ctx):
        tag = values.get("reference") or values["received"]
        return Identity((values["unit_id"], values["item_id"], str(tag)),
                        f"{values['unit']} {values['item_name']} {'收据 ' if values.get('reference') else ''}{tag}")

    def judge(self, values, ctx):
        unit_id, item_id = values["unit_id"], values["item_id"]
        tag = values.get("reference") or str(values["received"])
        existing = ctx.opening.get((unit_id, item_id, tag))
        if existing is None:
            if values.get("reference") and ctx.held_by_receipt(unit_id, item_id, values["reference"]) == values["amount"]:
                return SAME, f"由本程序收据 {values['reference']} 收取", {}
            return ADD, "新增", {}
        change = {}
        for key, column in (("amount", "amount_fen"), ("received", "received_on"), ("note", "note")):
            if values.get(key) is not None and values[key] != getattr(existing, column):
                change[column] = (getattr(existing, column), values[key])
        if not change:
            return SAME, "", {}
        values["deposit_id"] = existing.id
        shown = {"amount_fen": ("押金金额", format_yuan), "received_on": ("收取日期", str),
                 "note": ("说明", lambda v: v or "（空）")}
        return CHANGE, "；".join(f"{shown[c][0]} {shown[c][1](a)}→{shown[c][1](b)}"
                                for c, (a, b) in change.items()), change

    def apply(self, actor, rows, ctx, tick):
        now = clock.to_db(clock.now_utc())
        added = []
        for row in rows:
            v = row.values
            if row.action == ADD:
                added.append(dict(estate=ctx.estate.id, unit=v["unit_id"], item=v["item_id"], amount_fen=v["amount"],
                                  received_on=v["received"], reference=v.get("reference") or "",
                                  note=v.get("note") or "", created_at=now, created_by=actor.username,
                                  returned_at=None))
            else:
                deposit_queries.change_opening_deposit(v["deposit_id"], row.change)
            tick(1)
        deposit_queries.add_opening_deposits(added)

    def export(self, actor, estate):
        out = [[unit, item, cells.scaled(amount), on, ref or None, note or None] for unit, item, amount, on, ref, note in
               deposit_queries.opening_for_export(estate)]
        for line_id, unit, item, principal, day, number in deposit_queries.receipt_deposit_lines(estate):
            held = principal - _refunded(line_id)
            if held > 0:
                out.append([unit, item, cells.scaled(held), day, number, None])
        return out


def _refunded(line_id: int) -> int:
    return deposit_queries.refunded_of_line(line_id)


class _Ctx(Context):
    def __init__(self, units: Units, items: Items, estate):
        self.units = units
        self.items = items
        self.estate = estate
        self.opening: dict[tuple, object] = {}     # OpeningDeposit rows

    def held_by_receipt(self, unit_id: int, item_id: int, number: str) -> int:
        """What a valid receipt of this estate numbered `number` still holds of this unit's deposit."""
        held = 0
        for line_id, principal in deposit_queries.receipt_lines_of_deposit(self.estate, number, unit_id, item_id):
            held += principal - _refunded(line_id)
        return held
