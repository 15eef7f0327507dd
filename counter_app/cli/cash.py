"""Cash in and out of the drawer in the open shift: `cash in|out|drop|reverse|list`. What takes
cash out of the drawer (支出, 交款) and a reversal need a manager's --authoriser."""
from __future__ import annotations

from .. import cli_args as A
from ..core import cashmoves as rules
from ..core.errors import Invalid, Word
from ..core.money import format_yuan
from . import common as C, output as out
from .exits import in_language

ACTIONS = {"in": rules.PAID_IN, "out": rules.PAID_OUT, "drop": rules.DROP}
REASONS = {"advance": rules.ADVANCE, "petty": rules.PETTY, "deposit-refund": rules.DEPOSIT_REFUND,
           "other": rules.OTHER}


def _said(slip) -> str:
    """A cash movement recorded, in the command line's language (the reversed slip's number and the
    authoriser are its values)."""
    kind = Word(rules.KINDS[slip.kind])
    what = Word("{kind}（{reason}）", kind=kind, reason=Word(rules.REASONS[slip.reason])) if slip.reason else kind
    parts = [Word("{number} {what} {amount} 元", number=slip.number, what=what, amount=format_yuan(slip.amount_fen))]
    if slip.reverses:
        parts.append(Word("，冲销 {number}", number=slip.reverses))
    if slip.authoriser:
        parts.append(Word("，授权：{authoriser}", authoriser=slip.authoriser))
    change = ("+" if slip.drawer_change_fen >= 0 else "−") + format_yuan(abs(slip.drawer_change_fen))
    parts.append(Word("；钱箱现金 {change} 元", change=change))
    return "".join(map(in_language, parts))


def cmd_cash(args):
    # why: a command loads only its own services, not every command's
    from ..services.counter import cashmoves
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "list":
        rows = cashmoves.of_open_shift(actor)
        out.emit(args, [dict(zip(("number", "kind", "amount_fen", "reason", "voucher", "note", "authoriser",
                                  "reverses"), r)) for r in rows],
                 "\n".join(f"{n}  {in_language(Word(rules.KINDS[k]))}  {format_yuan(a)}  "
                           f"{in_language(Word(rules.REASONS[r])) if r else ''}  {v}  {note}  {who}"
                           + (in_language(Word("  冲销 {number}", number=rev)) if rev else "")
                           for n, k, a, r, v, note, who, rev in rows)
                 or in_language(Word("本班次没有现金收支")))
        return
    if args.value is None:
        raise Invalid("cash {action} 需要金额或单号", action=args.action)
    needs_manager = args.action in ("out", "drop", "reverse")
    if needs_manager and not args.authoriser:
        raise Invalid("现金支出、交款和冲销需要 --authoriser 主管")
    authoriser = C.authoriser(args, actor, "cash.authorise") if needs_manager else None
    request_id = C.request_id(args)
    if args.action == "reverse":
        slip = cashmoves.reverse(actor, args.value, args.note or "", authoriser, request_id)
    else:
        amount = A.positive_yuan(args.value)
        slip = cashmoves.record(actor, ACTIONS[args.action], amount, reason=REASONS.get(args.reason or "", ""),
                                voucher=args.voucher or "", note=args.note or "", authoriser=authoriser,
                                request_id=request_id)
    C.recorded(args, slip.number, request_id)
    out.emit(args, {**out.jsonable(slip), "request_id": request_id}, _said(slip))


def register(sub, common) -> None:
    p = sub.add_parser("cash", parents=[common],
                       help="cash into or out of the drawer in the open shift: in (零钱补充), out (支出), drop (交款), "
                            "reverse a mistaken one, list the shift's")
    p.add_argument("action", choices=["in", "out", "drop", "reverse", "list"])
    p.add_argument("value", nargs="?", help="the amount in yuan (in, out, drop) or the document's number (reverse)")
    p.add_argument("--reason", choices=sorted(REASONS), help="out: why (advance 垫付 and petty 零星采购 need --voucher)")
    p.add_argument("--voucher", help="out: the voucher's number")
    p.add_argument("--note", help="what it was for (other), or why it is reversed (reverse)")
    p.add_argument("--authoriser", help="out, drop, reverse: the manager's user name "
                                        "(password: COUNTER_APP_AUTH_PASSWORD)")
    p.add_argument("--request-id", type=A.request_id, help=C.REQUEST_ID_HELP)
    p.set_defaults(func=cmd_cash)
