"""`counter-app voucher`: the closed day's takings as an accounting voucher (记账凭证).
`voucher accounts list`, `voucher accounts set KEY CODE NAME`, `voucher show --day D`,
`voucher status --day D|--month M`, `voucher export --day D|--month M --format kingdee|yonyou|csv
--out FILE [--again] [--number N]`."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Invalid
from ..core.money import format_yuan
from ..core.vouchers import EXPORT_FORMATS
from . import common as C, output as out


def _span(args) -> dict:
    if (args.day is None) == (args.month is None):
        raise Invalid("voucher {action} 需要 --day 或 --month 之一", action=args.action)
    return {"day": args.day, "month": args.month}


def _accounts(args, actor, vouchers) -> None:
    what = args.rest[0] if args.rest else "list"
    if what == "list" and len(args.rest) <= 1:
        rows = vouchers.accounts(actor)
        out.emit(args, rows, "\n".join(f"{r.key:<16} {r.label:<12} {r.code:<10} {r.name}{'' if r.own else '  （默认）'}"
                                       for r in rows))
    elif what == "set" and len(args.rest) == 4:
        row = vouchers.set_account(actor, *args.rest[1:])
        out.emit(args, row, f"{row.label}（{row.key}）记入 {row.code} {row.name}")
    else:
        raise Invalid("用法：voucher accounts list，或 voucher accounts set 科目项 科目代码 科目名称")


def cmd_voucher(args):
    # why: a command loads only its own services, not every command's
    from ..services.finance import vouchers
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "accounts":
        _accounts(args, actor, vouchers)
    elif args.action == "show":
        if args.day is None:
            raise Invalid("voucher show 需要 --day")
        v = vouchers.preview(actor, args.day)
        out.emit(args, v, "\n".join([f"{x.summary:<24} {x.account.code:<10} {x.account.name:<16} "
                                     f"{format_yuan(x.debit_fen) if x.debit_fen else '':>12} "
                                     f"{format_yuan(x.credit_fen) if x.credit_fen else '':>12}" for x in v.lines]
                                    + [f"{'合计':<52} {format_yuan(v.debit_fen):>12} {format_yuan(v.credit_fen):>12}"]))
    elif args.action == "status":
        rows = vouchers.status(actor, **_span(args))
        out.emit(args, rows, "\n".join(
            f"{r.day}  {'已日结' if r.closed else '未日结'}  "
            + (f"{r.exported_at} {r.exported_by} 导出 {r.file_name}" if r.exported_at else "未导出")
            + ("  已重开，待冲销" if r.flagged else "") for r in rows) or "没有已日结或已导出的营业日")
    else:
        if not args.format or not args.out:
            raise Invalid("voucher export 需要 --format 和 --out")
        done = vouchers.export(actor, args.format, args.out, again=args.again, first_number=args.number or 1,
                               **_span(args))
        text = [f"已写入 {done.path}："] + [f"  {d} {'冲销凭证' if red else '凭证'} 借贷各 {format_yuan(abs(fen))} 元"
                                          for d, red, fen in done.written]
        text += [f"  {d} 未导出：{why}（再次导出请加 --again）" for d, why in done.skipped]
        out.emit(args, done, "\n".join(text))
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("voucher", parents=[common],
                       help="the closed day's takings as an accounting voucher (记账凭证) for 金蝶, 用友 or a CSV; "
                            "the accounts it posts to")
    p.add_argument("action", choices=["accounts", "show", "status", "export"])
    p.add_argument("rest", nargs="*", help="accounts: list, or set KEY CODE NAME (keys as `accounts list` shows)")
    p.add_argument("--day", type=A.day, help="the business day")
    p.add_argument("--month", type=A.month, help="status, export: every closed day of the month (YYYY-MM)")
    p.add_argument("--format", choices=list(EXPORT_FORMATS), help="export: 金蝶 (kingdee), 用友 (yonyou) or csv")
    p.add_argument("--out", type=A.out_file, help="export: the file to write")
    p.add_argument("--again", action="store_true", help="export: a day exported before, again (recorded as such)")
    p.add_argument("--number", type=A.positive_int, help="export: the first voucher's number (default 1)")
    p.set_defaults(func=cmd_voucher)
