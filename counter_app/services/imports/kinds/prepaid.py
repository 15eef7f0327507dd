"""预存余额: the prepaid balance each unit held when the office moved onto the program. It is set
by an opening movement (kind "opening"), so the balance is always the sum of its movements; once a
unit's balance has moved at the counter, a file no longer sets it."""
from __future__ import annotations

from decimal import Decimal

from ....core.money import format_yuan
from ....store.queries.account import add_prepaid_movements, units_with_prepaid_moved
from ....store.queries.units import prepaid_by_unit, prepaid_held, set_prepaid
from ....ledger import clock
from .. import cells
from ..spec import ADD, CHANGE, SAME, Column, Context, Kind, Refused
from .lookups import UNIT_COLUMN, Units


class Prepaid(Kind):
    name = "prepaid"
    title = "预存余额"
    columns = (
        UNIT_COLUMN,
        Column("balance", "预存余额", lambda v, what: cells.amount_fen(v, what, allow_zero=True), required=True,
               aliases=("余额", "预存金额", "预交款余额"), note="元，最多两位小数；不能为负数", example=(500, Decimal("1200.50"))),
    )
    notes = ("一行一户。只在该户的预存款还没有在柜台发生收支时设置；之后的变动请在柜台办理。",
             "余额是导入时的余额，不带日期：导入之后的收支都在柜台办理。")

    def key(self, values):
        return values["unit"]

    def load(self, estate):
        ctx = _Ctx(Units(estate))
        ctx.balances = prepaid_by_unit(estate)
        ctx.moved = units_with_prepaid_moved(estate)
        return ctx

    def resolve(self, values, ctx):
        values["unit_id"] = ctx.units.id_of(values["unit"])

    def judge(self, values, ctx):
        unit_id = values["unit_id"]
        before = ctx.balances[unit_id]
        if values["balance"] == before:
            return SAME, "", {}
        if unit_id in ctx.moved:
            raise Refused("balance", f"该户的预存款已在柜台发生收支（当前余额 {format_yuan(before)} 元），"
                                      "期初余额不能再由文件设置")
        detail = f"预存余额 {format_yuan(before)}→{format_yuan(values['balance'])}"
        return (ADD if before == 0 else CHANGE), detail, {"prepaid_fen": (before, values["balance"])}

    def apply(self, actor, rows, ctx, tick):
        now = clock.to_db(clock.now_utc())
        movements = []
        for row in rows:
            before, after = row.change["prepaid_fen"]
            movements.append(dict(unit=row.values["unit_id"], payment=None, amount_fen=after - before,
                                  balance_after_fen=after, kind="opening", created_at=now))
            set_prepaid(row.values["unit_id"], after)
            tick(1)
        add_prepaid_movements(movements)

    def export(self, actor, estate):
        return [[code, cells.scaled(fen)] for code, fen in prepaid_held(estate)]


class _Ctx(Context):
    def __init__(self, units: Units):
        self.units = units
        self.balances: dict[int, int] = {}
        self.moved: set[int] = set()
