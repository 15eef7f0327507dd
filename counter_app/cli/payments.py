"""Taking money and what it made: `owed`, `pay`, `request`, `explain`, `last`, `receipt`, `statement`."""
from __future__ import annotations

import sys
from pathlib import Path

from .. import cli_args as A
from ..core.errors import Clauses, Invalid, NotFound, Unavailable, Word
from ..core.money import format_yuan
from ..core.figures import NAMES
from . import common as C, output as out
from .exits import in_language


def cmd_owed(args):
    # why: a command loads only its own services, not every command's
    from ..ledger import dues, estate as lookups
    C.open_ledger(args)
    viewer = C.viewer(args)
    unit = lookups.find_unit(viewer, args.unit)
    as_of, lines, owing = dues.owed_with_figures(viewer, unit, args.date)
    late = in_language(Word("滞纳金"))
    rows = [f"{x.charge_id:>7} {x.item_name:<8} {x.period_start:%Y.%m.%d}-{x.period_end:%Y.%m.%d} "
            f"{format_yuan(x.outstanding_fen):>12} {late} {format_yuan(x.late_fee_fen):>9} "
            f"{in_language(Word(x.status))}  {x.basis}" for x in lines]
    # The figures by their names (core.figures), as the counter, the search and the notices say them.
    figures = Clauses(Word("{name} {amount} 元", name=Word(NAMES[key]), amount=format_yuan(fen)) for key, fen in (
        ("overdue", owing.overdue_fen), ("late_fee", owing.late_fee_fen), ("due_today", owing.due_today_fen),
        ("due_now", owing.due_now_fen), ("not_yet_due", owing.not_yet_due_fen), ("total", owing.total_fen)))
    rows.append(in_language(Word("截至 {day}：{figures}；预存余额 {prepaid} 元", day=as_of, figures=figures,
                                 prepaid=format_yuan(unit.prepaid_fen))))
    out.emit(args, {"unit": unit.code, "as_of": as_of, "charges": lines, **owing.figures(),
                    "prepaid_fen": unit.prepaid_fen}, "\n".join(rows))


def cmd_pay(args):
    # why: a command loads only its own services, not every command's
    from ..services.counter import payments
    C.open_ledger(args)
    actor = C.login(args)
    request_id = C.request_id(args)
    if args.discount and not (args.reason and args.authoriser):
        raise Invalid("折扣/减免需要 --reason 原因和 --authoriser 主管")
    authoriser = C.authoriser(args, actor, "discount.authorise") if args.discount else None
    req = payments.PaymentRequest(
        unit_code=args.unit, tenders=args.tender or [], charge_ids=args.charges, all_due=args.all_due,
        amount_fen=args.amount, advance=args.advance or [], adhoc=args.adhoc or [], topup_fen=args.prepay or 0,
        overpay_to_prepaid=args.to_prepaid, waive_charge_ids=args.waive or [],
        waiver_reason=args.waive_reason or "", payer=args.payer or "", remarks=args.remarks or "",
        request_id=request_id, discount_policy=args.discount or "", discount_reason=args.reason or "",
        discount_authoriser=authoriser)
    receipt = payments.take_payment(actor, req)
    C.recorded(args, Word("收据 {number}", number=receipt.number), request_id)
    out.emit(args, {**out.jsonable(receipt), "paid_fen": receipt.paid_fen, "request_id": request_id},
             "\n".join(map(in_language, _receipt_lines(receipt))))


def _receipt_lines(receipt) -> list:
    """A receipt taken, as the command line says it: its words through the catalogue; the items'
    names, the payer and the amount in capitals (大写, as printed) are the receipt's own."""
    # why: a command loads only its own services, not every command's
    from ..documents.receipt import line_rows
    text = [Word("收据 {number}  {unit}  {payer}", number=receipt.number, unit=receipt.unit_code, payer=receipt.payer)]
    # The printed receipt's rows, one for one: charges, late fees, waivers, a top-up, 折扣/减免,
    # 赠送 and 抹零 (documents/receipt.py), each word in the chosen language.
    text += ["  " + " ".join(part for part in (in_language(item), in_language(period), in_language(basis),
                                               format_yuan(amount)) if part)
             for item, period, basis, amount in line_rows(receipt)]
    text.append(Word("合计 {amount} 元（{words}）", amount=format_yuan(receipt.paid_fen), words=receipt.total_words))
    text += [Word("  {method} {amount} {reference}", method=Word(t.method_name), amount=format_yuan(t.amount_fen),
                  reference=t.reference) for t in receipt.tenders]
    if receipt.cash_tendered_fen:
        text.append(Word("实收现金 {cash}，找零 {change}", cash=format_yuan(receipt.cash_tendered_fen),
                         change=format_yuan(receipt.change_fen)))
    text.append(Word("预存余额 {amount} 元", amount=format_yuan(receipt.prepaid_after_fen)))
    return text


def cmd_request(args):
    """Did it go through? What a request id recorded, looked up in the ledger."""
    # why: a command loads only its own services, not every command's
    from ..services.counter import request_ids
    C.open_ledger(args)
    found = request_ids.lookup(C.viewer(args), args.request_id)
    if found is None:              # the answer no, with an exit status of its own (4) for scripts
        if args.json:
            out.emit(args, {"request_id": args.request_id, "recorded": False}, "")
        print(in_language(Word("没有记账：请求编号 {request_id} 在这个账本里没有记录（可以重新办理）",
                               request_id=args.request_id)), file=sys.stderr)
        return 4
    said = dict(command=Word(request_ids.COMMANDS[found.command]), number=found.number,
                amount=format_yuan(found.total_fen), when=f"{found.at:%Y-%m-%d %H:%M}" if found.at else "", by=found.by)
    out.emit(args, {**out.jsonable(found), "recorded": True},
                in_language(Word("已记账：{command} {number}（{unit}，{amount} 元，{when}，{by}）", unit=found.unit_code,
                                 **said) if found.unit_code else      # a cash movement has no unit
                            Word("已记账：{command} {number}（{amount} 元，{when}，{by}）", **said)))
    return 0


def cmd_explain(args):
    # why: a command loads only its own services, not every command's
    from ..ledger import estate as lookups
    from ..services.billing import runs as billing   # why: start-up: kept out of the command line's start
    C.open_ledger(args)
    viewer = C.viewer(args)
    exp = billing.explain(viewer, lookups.find_unit(viewer, args.unit), lookups.find_item(viewer, args.item), args.period)
    # The explanation's own lines and rules are the billing's sentences (Simplified Chinese).
    text = [f"{exp.unit_code} {exp.item_name} {exp.period}", *exp.lines,
            *map(in_language, (Word("金额：{amount} 元", amount=format_yuan(exp.amount_fen)),
                               Word("取整规则：{rule}", rule=exp.rounding), Word("政策依据：{basis}", basis=exp.standard_basis),
                               Word("滞纳金规则：{rule}", rule=exp.late_rule)))]
    out.emit(args, exp, "\n".join(text))


def cmd_last(args):
    """The signed-in cashier's last receipt, and whether it reached paper (after a crash it may not)."""
    # why: a command loads only its own services, not every command's
    from ..services.counter import printed
    C.open_ledger(args)
    last = printed.last_receipt(C.login(args))
    if last is None:
        out.emit(args, None, in_language(Word("还没有收据")))
        return 0
    if last.status == "valid":
        state = Word("已打印") if last.printed else Word("未打印")
    else:
        state = Word("作废已打印") if last.printed else Word("作废未打印")
    hint = "" if last.printed or last.status != "valid" else "\n" + in_language(
        Word("打印：counter-app receipt pdf {number} --out {number}.pdf 后送打印机，或在收费窗口按 Ctrl+P", number=last.number))
    out.emit(args, last, f"{last.number}  {last.unit_code}  ¥{format_yuan(last.paid_fen)}  {last.issued_at:%Y-%m-%d %H:%M}"
                         f"  {in_language(state)}{hint}")
    return 0


def cmd_receipt(args):
    # why: a command loads only its own services, not every command's
    from ..documents.receipt import render_receipt
    from ..services.counter import receipts, reprints   # why: start-up: kept out of the command line's start
    if args.action in ("verify", "pdf") and not args.number:
        raise Invalid("receipt {action} 需要收据号或二维码内容", action=args.action)
    if args.action == "verify" and args.public_key:
        return _verify_offline(args)
    C.open_ledger(args)
    if args.action == "public-key":
        key = receipts.office_key(C.viewer(args, public=True))
        if key is None:
            raise NotFound("这个账本没有收据签名密钥（练习账本不签名）")
        out.emit(args, {"fingerprint": key.fingerprint, "public_key": key.base64, "pem": key.pem, "held": key.held},
                 f"{key.pem.rstrip()}\n" + in_language(Word("指纹：{fingerprint}", fingerprint=key.fingerprint))
                 + ("" if key.held else "\n" + in_language(
                     Word("注意：本机没有这把密钥的私钥，本机打印的收据不带签名（用 key import 导入）"))))
        return 0
    if args.action == "verify":
        # why: a command loads only its own services, not every command's
        from ..services.counter import genuine
        checked = genuine.check_receipt(C.viewer(args), args.number)
        out.emit(args, checked, in_language(checked.words))
        return 0 if checked.verdict in (genuine.GENUINE, genuine.VOIDED, genuine.REFUNDED) else 4
    if not args.out:
        raise Invalid("receipt pdf 需要 --out 文件")
    data = receipts.load_receipt(C.viewer(args), args.number)
    copy = reprints.record_reprint(C.login(args), data.number) if args.copy else None
    rendered = render_receipt(data, layout=args.layout, copy=copy,
                              preprinted=True if args.preprinted else None)
    for problem in rendered.problems:
        print(in_language(Word("注意：{problem}", problem=problem)), file=sys.stderr)
    Path(args.out).write_bytes(rendered.pdf)
    out.emit(args, {"number": data.number, "out": args.out, "layout": args.layout, "bytes": len(rendered.pdf),
                    "pages": rendered.pages, "copy": copy.count if copy else 0, "problems": list(rendered.problems)},
             in_language(Word("收据 {number} 已输出到 {path}（重印第 {count} 次）", number=data.number, path=args.out,
                              count=copy.count) if copy else
                         Word("收据 {number} 已输出到 {path}", number=data.number, path=args.out)))


def _verify_offline(args) -> int:
    """A signed receipt checked against a public key alone (no ledger): what an auditor runs."""
    # why: a command loads only its own services, not every command's
    from ..core import receipt_signature as rs
    from ..services.counter import genuine   # why: start-up: kept out of the command line's start
    given = args.public_key
    path = Path(given)
    try:
        text = path.read_text(encoding="utf-8") if len(given) < 260 and path.is_file() else given
    except OSError as exc:
        raise Unavailable("读不了公钥文件 {path}：{why}", path=given, why=exc.strerror or str(exc)) from None
    checked = genuine.offline_check(rs.read_public_key(text), args.number)
    out.emit(args, checked, in_language(checked.words))
    return 0 if checked.verdict == genuine.SIGNED else 4


def cmd_statement(args):
    # why: a command loads only its own services, not every command's
    from ..services.closing import statement
    C.open_ledger(args)
    actor = C.login(args)
    result = statement.check(actor, args.date, args.file)
    out.emit(args, result, statement.summary_text(result))


def register(sub, common) -> None:
    p = sub.add_parser("owed", parents=[common], help="charges due with late fees as of a date")
    p.add_argument("unit")
    p.add_argument("--date", type=A.day, help="YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_owed)


    p = sub.add_parser("pay", parents=[common], help="take a payment")
    p.add_argument("unit")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--all-due", action="store_true")
    mode.add_argument("--charges", type=A.ids, help="charge ids, comma separated")
    mode.add_argument("--amount", type=A.positive_yuan, help="an amount in 元, allocated oldest first")
    p.add_argument("--tender", action="append", type=A.tender, help="METHOD:YUAN[:REF], repeatable")
    p.add_argument("--advance", action="append", type=A.advance, help="ITEM:MONTHS paid ahead, repeatable")
    p.add_argument("--adhoc", action="append", type=A.adhoc, help="ITEM[:YUAN[:NOTE]] one-off charge or deposit")
    p.add_argument("--prepay", type=A.yuan, help="put this many 元 on the prepaid balance")
    p.add_argument("--to-prepaid", action="store_true", help="overpayment goes to the prepaid balance")
    p.add_argument("--waive", type=A.ids, help="charge ids whose late fee is waived")
    p.add_argument("--waive-reason")
    p.add_argument("--payer")
    p.add_argument("--remarks")
    p.add_argument("--discount", help="a 折扣/减免 policy of the estate applied to the charges paid")
    p.add_argument("--reason", help="--discount: why it is granted")
    p.add_argument("--authoriser", help="--discount: the manager's user name (password: COUNTER_APP_AUTH_PASSWORD)")
    p.add_argument("--request-id", type=A.request_id, help=C.REQUEST_ID_HELP)
    p.set_defaults(func=cmd_pay)


    p = sub.add_parser("request", parents=[common], help="did it go through? what a request id recorded")
    p.add_argument("request_id", type=A.request_id, help="the request id a money command printed or was given")
    p.set_defaults(func=cmd_request)


    p = sub.add_parser("explain", parents=[common], help="line-by-line computation of a charge")
    p.add_argument("unit")
    p.add_argument("item")
    p.add_argument("--period", required=True, type=A.month, help="YYYY-MM")
    p.set_defaults(func=cmd_explain)


    p = sub.add_parser("last", parents=[common], help="your last receipt, and whether it was printed")
    p.set_defaults(func=cmd_last)


    p = A.intermixed(sub.add_parser("receipt", parents=[common], help="receipt documents; verify a scanned "
                                                                      "receipt; the office's receipt-signing public key"))
    p.add_argument("action", choices=["pdf", "verify", "public-key"])
    p.add_argument("number", nargs="?", help="pdf: the receipt number; verify: the text of its QR, "
                                              "CA1|NUMBER|DATE|UNIT|AMOUNT|SIGNATURE or NUMBER|AMOUNT|CHECK")
    p.add_argument("--public-key", help="verify: a PEM file or the base64 public key: check the signature "
                                        "alone, without a ledger")
    p.add_argument("--out", type=A.out_file)
    p.add_argument("--layout", default="80mm", type=A.layout, help="80mm, 58mm, a5, form3")
    p.add_argument("--copy", action="store_true", help="a marked, recorded reprint (needs --user)")
    p.add_argument("--preprinted", action="store_true", help="fields only, for pre-printed forms (套打)")
    p.set_defaults(func=cmd_receipt)


    p = sub.add_parser("statement", parents=[common], help="check a bank or payment-platform statement")
    p.add_argument("file")
    p.add_argument("--date", required=True, type=A.day, help="YYYY-MM-DD")
    p.set_defaults(func=cmd_statement)

