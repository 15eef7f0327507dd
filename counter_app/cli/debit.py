"""银行代扣 from the command line: `debit auth add|end|list`, `debit batch --up-to D --out FILE`,
`debit return FILE`, `debit report BATCH`. Accounts are shown masked; the batch file alone carries
them whole, for the bank."""
from __future__ import annotations

from pathlib import Path

from .. import cli_args as A
from ..core import debit as rules
from ..core.errors import Invalid, NotFound
from ..core.money import format_yuan
from . import common as C, output as out


def _auth_line(a) -> str:
    items = "、".join(a.items) or "全部项目"
    span = f"{a.since}起" + (f" 至 {a.until}" if a.until else "")
    ended = f"  已于 {a.ended_on} 终止：{a.end_reason}" if a.ended_on else ""
    return f"{a.id}  {a.unit}  {a.bank}  {a.account}  {a.holder}  {span}  {items}{ended}"


def _auth(args, actor):
    from ..services.debit import auths   # why: start-up: kept out of the command line's start
    if args.action == "list":
        listed = auths.listed(actor, current_only=args.current)
        out.emit(args, listed, "\n".join(_auth_line(a) for a in listed) or "没有代扣授权")
    elif args.action == "add":
        if not (args.unit and args.bank and args.account and args.holder and args.since):
            raise Invalid("debit auth add 需要 房号、--bank、--account、--holder、--since")
        a = auths.add(actor, args.unit, args.bank, args.account, args.holder, args.since,
                      items=[i for i in (args.items or "").split(",") if i], until=args.until)
        out.emit(args, a, "已登记代扣授权 " + _auth_line(a))
    else:
        if not args.unit or not args.unit.isdigit():
            raise Invalid("debit auth end 需要授权编号（见 debit auth list）")
        a = auths.end(actor, int(args.unit), args.reason or "", args.on)
        out.emit(args, a, "已终止代扣授权 " + _auth_line(a))


def _summary(r) -> str:
    lines = [f"{ln.reference}  {ln.unit}  {ln.holder}  {ln.account}  {format_yuan(ln.amount_fen)}  "
             f"{rules.STATES[ln.status]}  {ln.receipt or ln.reason}" for ln in r.lines]
    figures = [f"{what} {n} 笔 {format_yuan(fen)} 元" for what, (n, fen) in
               (("合计", r.total), ("成功", r.succeeded), ("失败", r.failed), ("待回盘", r.waiting))]
    return "\n".join([f"代扣批次 {r.number}（截至 {r.up_to}，格式 {r.layout}）", *lines, "；".join(figures)])


def cmd_debit(args):
    # why: a command loads only its own services, not every command's
    from ..services.debit import batches, returns
    if args.what == "return":
        path = Path(args.file)
        if not path.is_file():
            raise NotFound("文件 {file} 不存在", file=args.file)
        data = path.read_bytes()
    C.open_ledger(args)
    actor = C.login(args)
    if args.what == "auth":
        _auth(args, actor)
    elif args.what == "batch":
        made = batches.make(actor, args.up_to, args.layout)
        Path(args.out).write_bytes(made.data)
        out.emit(args, {"number": made.number, "layout": made.layout, "lines": made.lines, "total_fen": made.total_fen,
                        "file": args.out},
                 f"代扣批次 {made.number}：{made.lines} 户 {format_yuan(made.total_fen)} 元，已写入 {args.out}")
    elif args.what == "return":
        result = returns.read(actor, data, args.layout)
        posted = result.count(returns.POSTED)
        text = [f"{ln.reference}  {ln.unit}  {format_yuan(ln.amount_fen)}  {returns.OUTCOMES[ln.outcome]}  {ln.detail}"
                for ln in result.lines]
        text.append(f"批次 {result.batch}：入账 {posted} 笔 {format_yuan(result.posted_fen)} 元，"
                    f"失败 {result.count(returns.FAILED)} 笔，拒收 {result.count(returns.REFUSED)} 笔" +
                    ("" if posted else "；本次没有新的入账"))
        out.emit(args, result, "\n".join(text))
    else:
        report = batches.report(actor, args.batch)
        out.emit(args, {**out.jsonable(report), "total": report.total, "succeeded": report.succeeded,
                        "failed": report.failed, "waiting": report.waiting}, _summary(report))


def register(sub, common) -> None:
    p = sub.add_parser("debit", help="bank direct debit (银行代扣): authorisations, batches, "
                                                        "the bank's return files, a batch's report")
    what = p.add_subparsers(dest="what", required=True)
    a = what.add_parser("auth", parents=[common], help="add, end or list units' authorisations")
    a.add_argument("action", choices=["add", "end", "list"])
    a.add_argument("unit", nargs="?", help="add: the unit; end: the authorisation's number")
    a.add_argument("--bank", help="开户行")
    a.add_argument("--account", help="the account number (shown masked afterwards)")
    a.add_argument("--holder", help="户名")
    a.add_argument("--since", type=A.day, help="YYYY-MM-DD: charges due from this day")
    a.add_argument("--until", type=A.day, help="YYYY-MM-DD: charges due up to this day (optional)")
    a.add_argument("--items", help="fee item codes, comma-separated (default: all)")
    a.add_argument("--reason", help="end: why")
    a.add_argument("--on", type=A.day, help="end: from which day (default today)")
    a.add_argument("--current", action="store_true", help="list: only those in force")
    b = what.add_parser("batch", parents=[common], help="make the batch of what authorised units owe up to a date")
    b.add_argument("--up-to", required=True, type=A.day, help="YYYY-MM-DD")
    b.add_argument("--out", required=True, type=A.out_file, help="the file for the bank")
    b.add_argument("--layout", default=rules.GENERIC.name, help="generic, or a layout's name (resources/debit)")
    r = what.add_parser("return", parents=[common], help="read the bank's return file: post successes once")
    r.add_argument("file")
    r.add_argument("--layout", help="the layout to read it in (default: its batch's)")
    rep = what.add_parser("report", parents=[common], help="a batch's lines, succeeded, failed, amount")
    rep.add_argument("batch", help="PL2026-0001")
    for sp in (p, a, b, r, rep):
        sp.set_defaults(func=cmd_debit)
