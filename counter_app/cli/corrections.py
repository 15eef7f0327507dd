"""Corrections a manager authorises: `void`, `refund`."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import NotFound, Word
from ..core.money import format_yuan
from . import common as C, output as out
from .exits import in_language


def cmd_void(args):
    # why: a command loads only its own services, not every command's
    from ..services.counter import corrections
    C.open_ledger(args)
    actor = C.login(args)
    authoriser = C.authoriser(args, actor, "receipt.void")
    request_id = C.request_id(args)
    slip = corrections.void_receipt(actor, args.number, args.reason, authoriser, args.red_letter or "", request_id)
    C.recorded(args, Word("收据 {number} 的作废", number=slip.number), request_id)
    out.emit(args, {**out.jsonable(slip), "request_id": request_id}, in_language(Word(
        "收据 {number} 已作废（{amount} 元，原因：{reason}，授权：{authoriser}）；所收费用已恢复为欠费", number=slip.number,
        amount=format_yuan(slip.total_fen), reason=slip.reason, authoriser=slip.authoriser)))


def cmd_refund(args):
    # why: a command loads only its own services, not every command's
    from ..services.counter import corrections
    C.open_ledger(args)
    actor = C.login(args)
    amounts = None
    if args.lines:
        lines = corrections.refundable_lines(actor, args.number)
        left = {ln.payment_line_id: ln.refundable_fen for ln in lines}
        unknown = sorted(set(args.lines) - set(left))
        if unknown:
            # Each line the receipt has to refund, by the number --lines takes and what it is: the
            # numbers are the ledger's, nowhere printed, so the refusal is where they are learnt.
            raise NotFound("收据 {number} 没有行号 {lines}（可退的行：{left}）", number=args.number,
                           lines=", ".join(map(str, unknown)), left="；".join(
                               f"{ln.payment_line_id} = {ln.item_name} {ln.period} {format_yuan(ln.refundable_fen)}"
                               for ln in lines if ln.refundable_fen > 0))
        amounts = {line: left[line] if amount is None else amount for line, amount in args.lines.items()}
    method, reference = args.tender
    authoriser = C.authoriser(args, actor, "receipt.refund")
    request_id = C.request_id(args)
    doc = corrections.refund(actor, args.number, amounts, method, args.reason, authoriser, reference,
                             args.red_letter or "", request_id)
    C.recorded(args, Word("退款单 {number}", number=doc.number), request_id)
    out.emit(args, {**out.jsonable(doc), "request_id": request_id}, in_language(Word(
        "退款单 {number}：退 {original} 共 {amount} 元（{words}），方式 {method}，授权：{authoriser}", number=doc.number,
        original=doc.original, amount=format_yuan(doc.total_fen), words=doc.total_words, method=Word(doc.method),
        authoriser=doc.authoriser)))


def register(sub, common) -> None:
    p = sub.add_parser("void", parents=[common], help="void a receipt of an open shift (a manager authorises)")
    p.add_argument("number", help="the receipt number")
    p.add_argument("--reason", required=True)
    p.add_argument("--authoriser", required=True, help="the manager's user name (password: COUNTER_APP_AUTH_PASSWORD)")
    p.add_argument("--red-letter", help="for an invoiced receipt: the note that a 红字 invoice is needed")
    p.add_argument("--request-id", type=A.request_id, help=C.REQUEST_ID_HELP)
    p.set_defaults(func=cmd_void)


    p = sub.add_parser("refund", parents=[common], help="refund a receipt of a closed shift (a manager authorises)")
    p.add_argument("number", help="the receipt number")
    p.add_argument("--lines", type=A.refund_lines, help="LINE[:YUAN],… (default: everything left to refund; "
                   "a LINE the receipt has not is refused with its lines listed by number)")
    p.add_argument("--tender", required=True, type=A.refund_tender, help="how the money goes back: METHOD[:REF]")
    p.add_argument("--reason", required=True)
    p.add_argument("--authoriser", required=True, help="the manager's user name (password: COUNTER_APP_AUTH_PASSWORD)")
    p.add_argument("--red-letter", help="for an invoiced receipt: the note that a 红字 invoice is needed")
    p.add_argument("--request-id", type=A.request_id, help=C.REQUEST_ID_HELP)
    p.set_defaults(func=cmd_refund)

