"""折扣 / 减免 policies of the estate: `discount list|add|end` (an administrator keeps them; the
counter applies one with `pay … --discount`)."""
from __future__ import annotations

from .. import cli_args as A
from ..core import discounts as rule
from ..core.errors import Invalid, Word
from . import common as C, output as out
from .exits import in_language


def _line(p) -> str:
    """A policy listed; its name and its rule in words are the policy's own (as the office wrote
    and the ledger says them)."""
    until = Word("{first} 至 {last}", first=p.valid_from, last=p.valid_until.isoformat()) if p.valid_until else \
        Word("{first} 至 长期", first=p.valid_from)
    return f"{p.name}  {p.rule_text}  {'、'.join(p.items)}  {in_language(until)}"


def cmd_discount(args):
    # why: a command loads only its own services, not every command's
    from ..services.admin import discounts
    C.open_ledger(args)
    if args.action == "list":
        found = discounts.list_policies(C.viewer(args))
        out.emit(args, found, "\n".join(_line(p) for p in found) or in_language(Word("没有折扣/减免政策")))
        return
    if not args.name:
        raise Invalid("discount {action} 需要政策名称", action=args.action)
    actor = C.login(args)
    if args.action == "end":
        if args.last_day is None:
            raise Invalid("discount end 需要 --last-day")
        policy = discounts.end_policy(actor, args.name, args.last_day)
    else:
        if (args.percent_off is None) == (args.yuan_off is None):
            raise Invalid("discount add 需要 --percent-off 或 --yuan-off 之一")
        kind, value = (rule.PERCENT, args.percent_off) if args.percent_off is not None else (rule.AMOUNT, args.yuan_off)
        if args.valid_from is None or not args.items:
            raise Invalid("discount add 需要 --items 和 --from")
        policy = discounts.add_policy(actor, args.name, kind, value, args.items.split(","), args.valid_from,
                                      args.valid_until)
    out.emit(args, policy, _line(policy))


def register(sub, common) -> None:
    p = sub.add_parser("discount", parents=[common],
                       help="the estate's 折扣/减免 policies: list, add (an administrator), end from a day")
    p.add_argument("action", choices=["list", "add", "end"])
    p.add_argument("name", nargs="?", help="the policy's name, e.g. 空置房减免")
    p.add_argument("--percent-off", type=A.percent_off, help="add: 打折, e.g. 20%% or 8折")
    p.add_argument("--yuan-off", type=A.positive_yuan, help="add: 减免 this many 元 a month of each charge")
    p.add_argument("--items", help="add: the fee items it covers, codes or names, comma separated")
    p.add_argument("--from", dest="valid_from", type=A.day, help="add: first day in force, YYYY-MM-DD")
    p.add_argument("--until", dest="valid_until", type=A.day, help="add: last day in force (default: open)")
    p.add_argument("--last-day", type=A.day, help="end: the last day the policy is in force")
    p.set_defaults(func=cmd_discount)
