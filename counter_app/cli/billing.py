"""Billing and fees: `bill`, `bill-runs`, `bill-reverse`, `standard`, `notice`, `calc`."""
from __future__ import annotations

from pathlib import Path

from .. import cli_args as A
from ..core.errors import Invalid
from ..core.money import format_yuan
from ..core import fees
from ..core.periods import Month
from . import common as C, output as out


def cmd_bill(args):
    # why: a command loads only its own services, not every command's
    from ..services.billing import runs as billing
    C.open_ledger(args)
    actor = C.login(args)
    if args.preview:
        result = billing.preview_billing(actor, args.period, args.building)
        text = f"{result.month} 计费预览（未生成）：将新增应收 {result.created} 笔，合计 {format_yuan(result.total_fen)} 元"
    else:
        result = billing.run_billing(actor, args.period, args.building, confirm_ahead=args.confirm_ahead)
        text = (f"{result.month} 计费完成（计费编号 {result.run_id}）：新增应收 {result.created} 笔，合计 "
                f"{format_yuan(result.total_fen)} 元；预存自动扣费 {result.deductions} 笔，"
                f"{format_yuan(result.deducted_fen)} 元")
    for name, (count, total) in result.by_item.items():
        text += f"\n  {name}：{count} 笔，{format_yuan(total)} 元"
    for why, units in result.skipped.items():
        text += f"\n  未计费（{why}）：{len(units)} 户项"
    for w in result.warnings:
        text += f"\n注意：{w}"
    out.emit(args, result, text)


def cmd_bill_runs(args):
    # why: a command loads only its own services, not every command's
    from ..services.billing import reversal
    C.open_ledger(args)
    runs = reversal.billing_runs(C.login(args), args.limit)
    text = "\n".join(f"{r.run_id:>5}  {r.month}  {r.building or '全部':<6} {r.created_at:%Y-%m-%d %H:%M}  {r.by:<8} "
                     f"{r.charges:>7} 笔 {format_yuan(r.total_fen):>14} 元  {r.reversed}" for r in runs) or "还没有计费记录"
    out.emit(args, runs, text)


def cmd_bill_reverse(args):
    # why: a command loads only its own services, not every command's
    from ..services.billing import reversal
    C.open_ledger(args)
    cancelled = reversal.reverse_run(C.login(args), args.run, args.reason)
    out.emit(args, {"run": args.run, "cancelled": cancelled}, f"计费 {args.run} 已撤销：{cancelled} 笔应收已取消")


def cmd_standard(args):
    # why: a command loads only its own services, not every command's
    from ..services.admin import estate
    from ..ledger import estate as lookups   # why: start-up: kept out of the command line's start
    from ..services.billing import rate_change   # why: start-up: kept out of the command line's start
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "list":
        found = [(i, stds) for i, stds in estate.items_with_standards(actor)
                 if not args.item or args.item.upper() in (i.code, i.name)]
        lines = []
        for item, stds in found:
            lines.append(f"{item.code} {item.name}（{item.kind}，{item.cycle}）")
            for std in stds:
                tiers = f" 阶梯 {std.tiers}" if std.tiers else ""
                lines.append(f"    {std.effective_from} 起  {fees.rate_yuan(std.rate_e4)}{tiers}  空置 {std.vacancy_percent}%  "
                             f"{std.basis}")
        out.emit(args, [{"item": i.code, "standards": [{"from": s.effective_from, "rate_e4": s.rate_e4, "tiers": s.tiers,
                                                         "vacancy_percent": s.vacancy_percent, "basis": s.basis}
                                                        for s in stds]} for i, stds in found],
                 "\n".join(lines) or "没有收费项目")
        return
    if not (args.item and args.effective_from and args.rate):
        raise Invalid("新增标准需要项目、--from 和 --rate")
    options = dict(vacancy_percent=args.vacancy, tiers=args.tier or (), basis=args.basis or "",
                   rounding_unit=args.rounding_unit, rounding_scope=args.rounding_scope)
    preview = rate_change.preview_rate_change(actor, args.item, args.effective_from, args.rate, **options)
    text = (f"{preview.item} 从 {preview.month} 起：{preview.old_standard or '（无）'} → {preview.new_standard}；"
            f"{preview.units} 户，月合计 {format_yuan(preview.old_total_fen)} → {format_yuan(preview.new_total_fen)} 元"
            f"（{'+' if preview.change_fen >= 0 else ''}{format_yuan(preview.change_fen)}）")
    for s_ in preview.sample:
        text += f"\n  {s_.code:<12} {s_.facts:<20} {format_yuan(s_.old_fen):>10} → {format_yuan(s_.new_fen):>10}"
    if preview.note:
        text += f"\n{preview.note}"
    if args.action == "add":
        item = lookups.find_item(actor, args.item)
        estate.add_standard(actor, item, args.effective_from, args.rate, **options)
        text += "\n已保存新标准"
    else:
        text += "\n（预览，未保存；保存请用 standard add）"
    out.emit(args, preview, text)


def cmd_notice(args):
    # why: a command loads only its own services, not every command's
    from ..services.consultation import desk as consultation
    C.open_ledger(args)
    viewer = C.viewer(args, public=True)      # the fee schedule posted on the notice board
    Path(args.out).write_bytes(consultation.notice_pdf(viewer))
    entries = consultation.catalogue(viewer)
    out.emit(args, {"out": args.out, "items": [e.name for e in entries]},
             f"收费公示已输出到 {args.out}（{len(entries)} 个项目）")


def cmd_calc(args):
    # why: a command loads only its own services, not every command's
    from ..services.consultation import desk as consultation
    C.open_ledger(args)
    viewer = C.viewer(args, public=not (args.unit or args.through))   # a unit's figures need a user
    if args.through:
        result = consultation.pay_through(viewer, args.unit, args.through)
    else:
        # why: a command loads only its own services, not every command's
        from ..ledger.estate import estate_of
        from ..ledger import clock
        first = args.from_month or str(Month.of(clock.business_date(estate_of(viewer).timezone)).add(1))
        result = consultation.calculate(viewer, args.item, first, args.months, unit_code=args.unit, area=args.area,
                                        vacant=args.vacant, spaces=args.spaces, usage=args.usage)
    out.emit(args, result, "\n".join([result.title, *result.lines, f"金额：{format_yuan(result.amount_fen)} 元"]))


def register(sub, common) -> None:
    p = sub.add_parser("bill", parents=[common], help="bill a month for the estate or one building")
    p.add_argument("--period", required=True, type=A.month, help="YYYY-MM")
    p.add_argument("--building")
    p.add_argument("--preview", action="store_true", help="say what would be billed, write nothing")
    p.add_argument("--confirm-ahead", action="store_true",
                   help="bill a month more than one month ahead (its charges become due at the counter)")
    p.set_defaults(func=cmd_bill)


    p = sub.add_parser("bill-runs", parents=[common], help="the latest billing runs and what became of them")
    p.add_argument("--limit", type=A.positive_int, default=50)
    p.set_defaults(func=cmd_bill_runs)


    p = sub.add_parser("bill-reverse", parents=[common], help="take back a billing run nothing of which is paid")
    p.add_argument("run", type=A.positive_int, help="the run's number (bill-runs)")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_bill_reverse)


    p = sub.add_parser("standard", parents=[common], help="fee standards: list, preview a rate change, add one")
    p.add_argument("action", choices=["list", "preview", "add"])
    p.add_argument("item", nargs="?", default="", help="the fee item's code or name")
    p.add_argument("--from", dest="effective_from", type=A.day, help="YYYY-MM-DD, the first day it applies")
    p.add_argument("--rate", help="the rate in yuan (per m², per month, per unit of usage …)")
    p.add_argument("--tier", action="append", type=A.tier, help="a tier of a metered item, UPTO:RATE (repeat)")
    p.add_argument("--vacancy", type=A.count_int, help="percent charged while vacant (default: as before)")
    p.add_argument("--rounding-unit", type=int, choices=[1, 10, 100], help="round to 分 (1), 角 (10) or 元 (100) "
                                                                         "(default: as before)")
    p.add_argument("--rounding-scope", choices=["month", "bill"], help="round each month or the whole bill")
    p.add_argument("--basis", help="政策依据: the document or resolution")
    p.set_defaults(func=cmd_standard)


    p = sub.add_parser("notice", parents=[common], help="the fee schedule notice (收费公示) as an A4 PDF")
    p.add_argument("--out", required=True, type=A.out_file)
    p.set_defaults(func=cmd_notice)


    p = sub.add_parser("calc", parents=[common], help="fee calculator: a unit or hypothetical figures")
    p.add_argument("item", nargs="?", default="WYF")
    p.add_argument("--from", dest="from_month", default=None, type=A.month, help="first month YYYY-MM")
    p.add_argument("--months", type=A.months, default=12)
    p.add_argument("--unit")
    p.add_argument("--area", help="hypothetical area in ㎡")
    p.add_argument("--vacant", action="store_true")
    p.add_argument("--spaces", type=A.count_int)
    p.add_argument("--usage", help="hypothetical metered usage")
    p.add_argument("--through", type=A.month, help="what the unit owes if it pays through YYYY-MM")
    p.set_defaults(func=cmd_calc)

