"""Shifts and days: `shift`, `closeout`."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Invalid, Word
from ..core.money import format_yuan
from . import common as C, output as out
from .exits import in_language


def _figures_json(f) -> dict:
    return {"receipts": f.receipt_count, "first": f.first_number, "last": f.last_number,
            "received_fen": f.received_fen, "by_tender_fen": f.by_tender, "by_item_fen": f.by_item,
            "prepayments_fen": f.prepayments_fen, "deposits_received_fen": f.deposits_received_fen,
            "deposits_refunded_fen": f.deposits_refunded_fen, "refunds_fen": f.refunds_fen,
            "late_fees_fen": f.late_fees_fen, "waivers_fen": f.waivers_fen,
            "voids": [{"number": n, "amount_fen": a, "reason": r, "authoriser": who} for n, a, r, who in f.voids],
            "refunds": [{"number": n, "original": o, "amount_fen": a, "method": m, "reason": r, "authoriser": who}
                        for n, o, a, m, r, who in f.refunds],
            "float_fen": f.float_fen, "cash_in_fen": f.cash_in_fen, "cash_out_fen": f.cash_out_fen,
            "paid_in_fen": f.paid_in_fen, "paid_out_fen": f.paid_out_fen, "drops_fen": f.drops_fen,
            "cash_moves": [dict(zip(("number", "kind", "amount_fen", "reason", "voucher", "note", "authoriser",
                                     "reverses"), m)) for m in f.cash_moves],
            "expected_cash_fen": f.expected_cash_fen}


def cmd_shift(args):
    # why: a command loads only its own services, not every command's
    from ..services.closing import close as closeout, shifts
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "open":
        shift = shifts.open_shift(actor, args.float or 0)
        out.emit(args, {"shift": shift.id, "float_fen": shift.float_fen},
                 in_language(Word("已开班：班次 {shift}，备用金 {amount} 元", shift=shift.id,
                                  amount=format_yuan(shift.float_fen))))
        return
    if args.action == "x":
        report = closeout.x_report(actor)
    elif args.action == "count":
        if args.count is None:
            raise Invalid("点钞需要 --count 点钞结果，如 100x5,50x2,10x3")
        report = closeout.save_count(actor, args.count)
    else:
        if args.count is None and not closeout.blind_count(actor):
            raise Invalid("交班需要 --count 点钞结果，如 100x5,50x2,10x3")
        report = closeout.close_shift(actor, args.count, args.note or "")
    f = report.figures
    data = {"kind": report.kind, "z_number": report.z_number, "shift": report.shift_id, **_figures_json(f),
            "counted_fen": report.counted_fen, "difference_fen": report.difference_fen, "note": report.note,
            "blind": report.blind}
    if report.blind:        # 盲点: what would give the expected cash away is not printed before the count
        for key in ("by_tender_fen", "cash_in_fen", "cash_out_fen", "expected_cash_fen", "difference_fen"):
            data.pop(key, None)
    said = dict(report=f"Z {report.z_number}" if report.kind == "Z" else Word("X 中间报表"), count=f.receipt_count,
                taken=format_yuan(f.received_fen))
    if report.blind:
        text = Word("{report}：收据 {count} 张，实收 {taken} 元，盲点：点钞保存后才显示应有现金", **said)
    elif report.counted_fen is None:
        text = Word("{report}：收据 {count} 张，实收 {taken} 元，应有现金 {expected} 元",
                    expected=format_yuan(f.expected_cash_fen), **said)
    else:
        text = Word("{report}：收据 {count} 张，实收 {taken} 元，应有现金 {expected} 元，实点 {counted} 元，差额 {difference} 元",
                    expected=format_yuan(f.expected_cash_fen), counted=format_yuan(report.counted_fen),
                    difference=format_yuan(report.difference_fen), **said)
    out.emit(args, data, in_language(text))


def cmd_closeout(args):
    # why: a command loads only its own services, not every command's
    from ..services.closing import close as closeout, files as closeout_files
    C.open_ledger(args)
    actor = C.login(args)
    if args.shift:
        if args.out is None:
            raise Invalid("请用 --out 指定报表写到哪个文件夹")
        report = closeout.stored_report(actor, args.shift)
        files = closeout_files.write_shift(report, args.out)
        data = {"shift": report.shift_id, "z_number": report.z_number, **_figures_json(report.figures),
                "counted_fen": report.counted_fen, "difference_fen": report.difference_fen}
    elif args.reopen:
        if not (args.reason or "").strip():
            raise Invalid("重开日结需要 --reason 原因")
        closeout.reopen_day(actor, args.reopen, args.reason)
        out.emit(args, {"date": args.reopen.isoformat(), "status": "reopened", "reason": args.reason.strip()},
                 in_language(Word("{day} 的日结已重开：可以再开班、收款；再日结时，日结报表会列出这次重开",
                                  day=args.reopen.isoformat())))
        return
    else:
        day = args.date
        if day is None:
            raise Invalid("请用 --date YYYY-MM-DD 指定营业日，或用 --shift 指定班次")
        if args.out is None:
            raise Invalid("请用 --out 指定报表写到哪个文件夹")
        report = closeout.close_day(actor, day) if args.close else closeout.day_report(actor, day)
        files = closeout_files.write_day(report, args.out)
        data = {"date": report.business_date, "status": report.status, "open_shifts": list(report.open_shifts),
                **_figures_json(report.figures), "counted_fen": report.counted_fen,
                "difference_fen": report.difference_fen, "deposit_fen": report.deposit_fen,
                "deductions": [{"number": n, "unit": u, "amount_fen": a, "status": s}
                               for n, u, a, s in report.deductions]}
    data["files"] = [str(p) for p in files]
    out.emit(args, data, "\n".join(str(p) for p in files))


def register(sub, common) -> None:
    p = sub.add_parser("shift", parents=[common], help="open or close the cashier's shift, an X report, or save "
                                                       "the count first (count: under blind count)")
    p.add_argument("action", choices=["open", "close", "x", "count"])
    p.add_argument("--float", type=A.yuan, help="opening float in 元 (open)")
    p.add_argument("--count", type=A.drawer_count, help="drawer count, e.g. 100x5,50x2,0.5x3 (count, close; "
                                                        "under blind count close takes the saved one)")
    p.add_argument("--note", help="why the drawer is over or short (close)")
    p.set_defaults(func=cmd_shift)


    p = sub.add_parser("closeout", parents=[common], help="write a day's (or a shift's) report: PDF, XLSX, CSV")
    p.add_argument("--date", type=A.day, help="YYYY-MM-DD")
    p.add_argument("--shift", type=A.positive_int)
    p.add_argument("--out", type=A.out_folder, help="the folder the report is written to")
    p.add_argument("--close", action="store_true", help="close the day (manager)")
    p.add_argument("--reopen", type=A.day, metavar="DATE", help="reopen a closed day (administrator; --reason)")
    p.add_argument("--reason", help="why the day is reopened")
    p.set_defaults(func=cmd_closeout)

