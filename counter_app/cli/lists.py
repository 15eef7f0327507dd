"""`report`: the office's lists — `renewals` (续费提醒, with a message list), `data-quality`
(资料核查), `buildings` (楼栋收费情况) — and `forecast` (收费预测), each on screen and, with
--out, as PDF, Excel and CSV."""
from __future__ import annotations

from .. import cli_args as A
from ..core.money import format_yuan
from . import common as C, output as out

WHICH = ("renewals", "data-quality", "buildings", "forecast")


def cmd_report(args):
    # why: a command loads only its own services, not every command's
    from ..services.reports import buildings, data_quality, forecast, renewals
    C.open_ledger(args)
    actor = C.login(args)
    if args.which == "renewals":
        if args.export:
            path, count = renewals.renewal_messages(actor, args.days, args.export, layout=args.layout,
                                                    template=args.text or renewals.RENEWAL_TEXT, as_of=args.day,
                                                    full_phones=args.full_phones, purpose=args.purpose or "")
            out.emit(args, {"file": str(path), "rows": count}, f"名单 {count} 户：{path}")
            return
        report = renewals.renewal_list(actor, args.days, args.day, full_phones=args.full_phones,
                                       purpose=args.purpose or "")
        text = f"{report.as_of} 起 {report.days} 天内到期：{report.units} 户，{len(report.lines)} 项" + "".join(
            f"\n{ln.code}  {ln.owner}  {ln.item}  已缴至 {ln.paid_through}（{ln.days_left} 天）" for ln in report.lines)
        data = {"as_of": report.as_of, "days": report.days, "units": report.units, "lines": report.lines}
    elif args.which == "data-quality":
        report = data_quality.quality_list(actor, args.day)
        text = f"截至 {report.as_of}：" + "，".join(f"{p} {report.count(p)} 户" for p in data_quality.PROBLEMS) + "".join(
            f"\n{ln.code}  {ln.problem}  {ln.detail}" for ln in report.lines)
        data = {"as_of": report.as_of, "counts": {p: report.count(p) for p in data_quality.PROBLEMS},
                "lines": report.lines}
    elif args.which == "buildings":
        report = buildings.buildings_report(actor, args.day)
        text = f"{report.day}" + "".join(
            f"\n{ln.building}：本日已交 {ln.paying_today} 户，历史欠费清缴 {ln.cleared} 户 {format_yuan(ln.cleared_fen)} 元"
            for ln in report.lines)
        data = {"day": report.day, "buildings": report.lines}
    else:
        report = forecast.forecast_report(actor, args.as_of)
        f = report.forecast
        months = [forecast.F.month_name(m) for m in f.months]
        text = f"基准月 {report.as_of}：" + "，".join(
            f"{name} 预计 {format_yuan(f.total(m))} 元" for name, m in zip(months, f.months)) + "".join(
            f"\n回测 {forecast.F.month_name(m)}：预测 {format_yuan(report.back.total(m))} 元，实收 "
            f"{format_yuan(report.collected(m))} 元" for m in report.back.months)
        data = {"as_of": report.as_of,
                "months": [{"month": name, "expected_fen": f.total(m),
                            "by_item": {n: f.by_item(m).get(i, 0) for i, n in report.items},
                            "collected_fen": report.collected(m)} for name, m in zip(months, f.months)],
                "classes": {c: f.units_in(c) for c in forecast.F.CLASSES},
                "back_test": [{"month": forecast.F.month_name(m), "expected_fen": report.back.total(m),
                               "collected_fen": report.collected(m)} for m in report.back.months]}
    files = report.write(args.out) if args.out else []
    data["files"] = [str(p) for p in files]
    out.emit(args, data, text + "".join(f"\n{p}" for p in files))


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common], help="the office's lists and the collection forecast (manager): "
                       "renewals, data-quality, buildings, forecast; PDF, XLSX, CSV with --out")
    p.add_argument("which", choices=WHICH)
    p.add_argument("--days", type=A.count_int, default=30, help="renewals: paid up to within this many days (30)")
    p.add_argument("--day", type=A.day, help="renewals: counted from; buildings, data-quality: the day (today)")
    p.add_argument("--as-of", type=A.month, help="forecast: the whole month it is made at the end of (last month)")
    p.add_argument("--out", type=A.out_folder, help="folder for the PDF, XLSX and CSV")
    p.add_argument("--export", type=A.out_file, help="renewals: a message list, .csv or .xlsx")
    p.add_argument("--layout", choices=("generic", "number_text"), default="generic",
                   help="renewals --export: generic (name, phone, unit, amount, due, text) or number_text")
    p.add_argument("--text", help="renewals --export: the message, with {estate} {owner} {unit} {amount} {due}")
    p.add_argument("--full-phones", action="store_true", help="renewals: full numbers (roles that may see them, "
                   "with --purpose; logged)")
    p.add_argument("--purpose", help="why the full numbers are needed (logged with who, when and the units)")
    p.set_defaults(func=cmd_report)
