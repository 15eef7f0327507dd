"""The manager's reports: `arrears`, `collection`, `holdings`, `notices`, `reminders`, `late-payers`, `dashboard`."""
from __future__ import annotations

from pathlib import Path

from .. import cli_args as A
from ..core.money import format_yuan
from ..core.figures import NAMES
from . import common as C, output as out


def cmd_arrears(args):
    # why: a command loads only its own services, not every command's
    from ..services.reports import arrears, tables as management_tables
    C.open_ledger(args)
    actor = C.login(args)
    report = arrears.arrears_list(actor, args.as_of, args.building or "", full_phones=args.full_phones,
                                  purpose=args.purpose or "")
    files = management_tables.write_arrears(report, args.out) if args.out else []
    data = {"as_of": report.as_of.isoformat(), "units": len(report.lines), "overdue_fen": report.principal_fen,
            "late_fee_fen": report.late_fee_fen, "overdue_total_fen": report.principal_fen + report.late_fee_fen,
            "aging": [{"bucket": b, "units": u, "overdue_fen": p} for b, u, p in report.buckets],
            "by_item": [{"item": i, "units": u, "overdue_fen": p} for i, u, p in report.by_item],
            "lines": [{"code": ln.code, "owner": ln.owner, "phone": ln.phone, "items": ln.items,
                       "first_period": ln.first_period, "charges": ln.charges, "overdue_fen": ln.principal_fen,
                       "late_fee_fen": ln.late_fee_fen, "overdue_total_fen": ln.total_fen,
                       "days_overdue": ln.oldest_days, "bucket": ln.bucket} for ln in report.lines],
            "files": [str(f) for f in files]}
    out.emit(args, data, f"截至 {report.as_of}：欠费 {len(report.lines)} 户，{NAMES['overdue']} "
                         f"{format_yuan(report.principal_fen)} 元，{NAMES['late_fee']} {format_yuan(report.late_fee_fen)} 元，"
                         f"{NAMES['overdue_total']} {format_yuan(data['overdue_total_fen'])} 元（未到期的费用不在其中）"
                         + "".join(f"\n{f}" for f in files))


def cmd_collection(args):
    # why: a command loads only its own services, not every command's
    from ..services.reports import collection, tables as management_tables
    C.open_ledger(args)
    actor = C.login(args)
    report = collection.collection_report(actor, args.month)
    files = management_tables.write_collection(report, args.out) if args.out else []
    data = {"month": report.month, "as_of": report.as_of.isoformat(), "billed_fen": report.billed_fen,
            "collected_fen": report.collected_fen, "rate": report.rate, "unit_rate": report.unit_rate,
            "recovery_rate": report.recovery_rate, "received_fen": report.received_fen,
            "arrears_recovered_fen": report.arrears_recovered_fen, "arrears_open_fen": report.arrears_open_fen,
            "files": [str(f) for f in files]}
    out.emit(args, data, f"{report.month}：应收 {format_yuan(report.billed_fen)} 元，实收 {format_yuan(report.collected_fen)}"
                         f" 元，收费率 {report.rate}，户收费率 {report.unit_rate}，清缴率 {report.recovery_rate}"
                         + "".join(f"\n{f}" for f in files))


def cmd_holdings(args):
    # why: a command loads only its own services, not every command's
    from ..services.reports import holdings, tables as management_tables
    C.open_ledger(args)
    actor = C.login(args)
    report = holdings.holdings_report(actor, args.building or "")
    files = management_tables.write_holdings(report, args.out) if args.out else []
    data = {"as_of": report.as_of.isoformat(), "units": len(report.lines), "prepaid_fen": report.prepaid_fen,
            "deposits_fen": report.deposits_fen, "lines": [out.jsonable(line) for line in report.lines],
            "files": [str(f) for f in files]}
    out.emit(args, data, f"截至 {report.as_of}：{len(report.lines)} 户，预存余额 {format_yuan(report.prepaid_fen)} 元，"
                         f"押金 {format_yuan(report.deposits_fen)} 元" + "".join(f"\n{f}" for f in files))


def cmd_notices(args):
    # why: a command loads only its own services, not every command's
    from ..documents.notice import render_notices
    from ..services.reports import notices   # why: start-up: kept out of the command line's start
    C.open_ledger(args)
    actor = C.login(args)
    batch = notices.notices(actor, args.kind, building_code=args.building or "", floor=args.floor,
                            bucket=args.bucket or "", unit_codes=[c for c in (args.units or "").split(",") if c.strip()],
                            as_of=args.as_of)
    pdf = Path(args.out)
    pdf.write_bytes(render_notices(batch, args.paper))
    # why: a command loads only its own services, not every command's
    from ..services.reports import reminders
    reminders.log_notices(actor, batch)      # each unit noticed goes into the reminder log
    data = {"kind": batch.kind, "notices": len(batch.notices), "total_fen": sum(n.total_fen for n in batch.notices),
            "units": [n.unit for n in batch.notices], "file": str(pdf)}
    out.emit(args, data, f"{notices.KINDS[batch.kind]} {len(batch.notices)} 份，合计 "
                         f"{format_yuan(data['total_fen'])} 元\n{pdf}")


def cmd_reminders(args):
    # why: a command loads only its own services, not every command's
    from ..services.reports import reminders
    C.open_ledger(args)
    actor = C.login(args)
    if args.log:
        contact = reminders.log_reminder(actor, args.log, args.channel, args.note or "", promised_on=args.promised,
                                         follow_up_on=args.follow_up)
        out.emit(args, contact, f"已记录：{contact.unit} {contact.channel} {contact.note}")
    elif args.export:
        path, count = reminders.message_list(actor, args.export, layout=args.layout,
                                             template=args.text or reminders.DEFAULT_TEXT, due=args.due,
                                             full_phones=args.full_phones, purpose=args.purpose or "")
        out.emit(args, {"file": str(path), "rows": count}, f"名单 {count} 户：{path}")
    else:
        due = reminders.follow_ups(actor, args.on)
        out.emit(args, due, "\n".join(f"{c.unit}  {c.follow_up_on}  {c.channel}  {c.by}  {c.note}" for c in due)
                 or "今天没有要跟进的催缴")


def cmd_late_payers(args):
    # why: a command loads only its own services, not every command's
    from ..services.reports import late_payers
    C.open_ledger(args)
    actor = C.login(args)
    window, found = late_payers.late_payers(actor, args.as_of)
    data = {"window": list(window), "units": [dict(code=p.code, owner=p.owner, late_months=list(p.late_months),
                                                   as_of=p.owing.as_of, **p.owing.figures()) for p in found]}
    out.emit(args, data, f"{window[0]}–{window[-1]} 中迟缴 6 个月以上：{len(found)} 户" + "".join(
           f"\n{p.code}  {p.owner}  迟缴 {len(p.late_months)} 个月  {NAMES['total']} {format_yuan(p.owed_fen)} 元"
           for p in found))


def cmd_dashboard(args):
    # why: a command loads only its own services, not every command's
    from ..services.reports import dashboard, tables as management_tables
    C.open_ledger(args)
    actor = C.login(args)
    d = dashboard.dashboard(actor, args.month)
    pdf = Path(args.out)
    pdf.write_bytes(management_tables.dashboard_pdf(d))
    r = d.month_report           # the month's rates are the collection report's own
    data = {"month": d.month, "today_fen": d.day.received_fen, "month_fen": d.month_takings.received_fen,
            "rates_as_of": r.as_of, "rate": r.rate, "unit_rate": r.unit_rate, "recovery_rate": r.recovery_rate,
            "arrears_recovered_fen": r.arrears_recovered_fen,
            "trend": [{"month": p.month, "billed_fen": p.billed_fen, "collected_to_date_fen": p.collected_fen,
                       "owed_fen": p.owed_fen, "rate_to_date": p.rate} for p in d.trend],
            "late_payers": len(d.late), "file": str(pdf)}
    out.emit(args, data, f"{d.month}：今日实收 {format_yuan(d.day.received_fen)} 元，本月实收 "
                         f"{format_yuan(d.month_takings.received_fen)} 元，本月收费率 {r.rate}（截至 {r.as_of}），"
                         f"清欠 {format_yuan(r.arrears_recovered_fen)} 元，习惯性迟缴 {len(d.late)} 户\n{pdf}")


def register(sub, common) -> None:
    p = sub.add_parser("arrears", parents=[common], help="the arrears list with aging (manager): PDF, XLSX, CSV")
    p.add_argument("--as-of", type=A.day, help="YYYY-MM-DD (default: today)")
    p.add_argument("--building", help="one building's code")
    p.add_argument("--full-phones", action="store_true",
                   help="full phone numbers (roles that may see them, with --purpose; logged); masked otherwise")
    p.add_argument("--purpose", help="why the full numbers are needed (logged with who, when and the units)")
    p.add_argument("--out", help="folder for the files", type=A.out_folder)
    p.set_defaults(func=cmd_arrears)


    p = sub.add_parser("collection", parents=[common], help="a month's collection report (manager): PDF, XLSX, CSV")
    p.add_argument("--month", required=True, type=A.month, help="YYYY-MM")
    p.add_argument("--out", help="folder for the files", type=A.out_folder)
    p.set_defaults(func=cmd_collection)


    p = sub.add_parser("holdings", parents=[common],
                       help="prepaid balances and deposits held, unit by unit (manager): PDF, XLSX, CSV")
    p.add_argument("--building", help="one building's code")
    p.add_argument("--out", help="folder for the files", type=A.out_folder)
    p.set_defaults(func=cmd_holdings)


    p = sub.add_parser("notices", parents=[common], help="缴费 / 催缴 notices of a building, floor, aging bucket or "
                                                         "units (manager): one PDF, each with the unit's barcode")
    p.add_argument("--kind", choices=("due", "overdue"), default="overdue")
    p.add_argument("--building", help="one building's code")
    p.add_argument("--floor", type=A.floor, help="one floor (with --building)")
    p.add_argument("--bucket", help="an aging bucket as the arrears list names it, e.g. 91–180 天")
    p.add_argument("--units", help="unit numbers, comma-separated")
    p.add_argument("--as-of", type=A.day, help="YYYY-MM-DD (default: today)")
    p.add_argument("--paper", choices=("a4", "a5"), default="a4", help="a5: two notices to an A4 sheet")
    p.add_argument("--out", required=True, type=A.out_file, help="the PDF to write")
    p.set_defaults(func=cmd_notices)


    p = sub.add_parser("reminders", parents=[common], help="催缴记录: the day's follow-ups (default), log a contact "
                                                           "(--log UNIT), or export a message list (--export FILE)")
    p.add_argument("--log", metavar="UNIT", help="log a contact with this unit")
    p.add_argument("--channel", choices=("notice", "phone", "visit", "message"), default="phone")
    p.add_argument("--note", help="what they said")
    p.add_argument("--promised", type=A.day, help="the payment date promised, YYYY-MM-DD")
    p.add_argument("--follow-up", type=A.day, help="when to contact them again, YYYY-MM-DD")
    p.add_argument("--export", type=A.out_file, help="a message list, .csv or .xlsx, of the units in arrears")
    p.add_argument("--layout", choices=("generic", "number_text"), default="generic",
                   help="generic: name, phone, unit, amount, due, text; number_text: phone and text only")
    p.add_argument("--text", help="the message, with {estate} {owner} {unit} {amount} {due}")
    p.add_argument("--due", type=A.day, help="the date to pay by in the message (default: today)")
    p.add_argument("--full-phones", action="store_true", help="full numbers (roles that may see them, with "
                   "--purpose; logged)")
    p.add_argument("--purpose", help="why the full numbers are needed (logged with who, when and the units)")
    p.add_argument("--on", type=A.day, help="follow-ups due on or before this day (default: today)")
    p.set_defaults(func=cmd_reminders)


    p = sub.add_parser("late-payers", parents=[common],
                       help="units late in at least 6 of the last 12 whole months (manager)")
    p.add_argument("--as-of", type=A.day, help="YYYY-MM-DD (default: today)")
    p.set_defaults(func=cmd_late_payers)


    p = sub.add_parser("dashboard", parents=[common], help="the manager's dashboard as a PDF with its charts")
    p.add_argument("--month", type=A.month, help="YYYY-MM (default: this month)")
    p.add_argument("--out", required=True, type=A.out_file, help="the PDF to write")
    p.set_defaults(func=cmd_dashboard)

