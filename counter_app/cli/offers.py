"""Prepay offers (交 N 月送 M 月) kept by an administrator: `offer list|add|end`."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Invalid
from . import common as C, output as out


def _said(row) -> str:
    until = str(row.valid_to) if row.valid_to else "长期"
    state = "生效中" if row.in_force else "未生效或已结束"
    return f"{row.name}  {row.item_name}({row.item_code})  {row.terms}  {row.valid_from} 至 {until}  {state}"


def cmd_offer(args):
    # why: a command loads only its own services, not every command's
    from ..services.offers import rules
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "list":
        rows = rules.list_offers(actor)
        out.emit(args, rows, "\n".join(_said(r) for r in rows) or "没有预交优惠")
        return
    if not args.name:
        raise Invalid("offer {action} 需要 --name 优惠名称", action=args.action)
    if args.action == "end":
        row = rules.end_offer(actor, args.name, args.on)
    else:
        if not (args.item and args.paid and args.free and args.start):
            raise Invalid("offer add 需要收费项目、--paid、--free 和 --from")
        row = rules.add_offer(actor, args.item, args.name, args.paid, args.free, args.start, args.to)
    out.emit(args, row, _said(row))


def register(sub, common) -> None:
    p = sub.add_parser("offer", parents=[common],
                       help="prepay offers (交 N 月送 M 月) on a fee item: list, add, end (administrator)")
    p.add_argument("action", choices=["list", "add", "end"])
    p.add_argument("item", nargs="?", help="add: the periodic fee item's code, e.g. WYF")
    p.add_argument("--name", help="the offer's name, printed on the receipt's 赠送 line")
    p.add_argument("--paid", type=A.months, help="add: months paid ahead that earn the offer (N)")
    p.add_argument("--free", type=A.months, help="add: months given for every N paid (M)")
    p.add_argument("--from", dest="start", type=A.day, help="add: first payment day it applies to")
    p.add_argument("--to", type=A.day, help="add: last payment day it applies to (none: until ended)")
    p.add_argument("--on", type=A.day, help="end: the last payment day it applies to (default today)")
    p.set_defaults(func=cmd_offer)
