"""`counter-app invoice`: invoice requests and the tax platform's batch."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Invalid
from ..core.money import format_yuan
from ..core import invoice_status
from . import common as C, output as out


def cmd_invoice(args):
    # why: a command loads only its own services, not every command's
    from ..services.invoicing import platform, requests as invoices
    C.open_ledger(args)
    actor = C.login(args)

    def need(*names):
        missing = [f"--{n.replace('_', '-')}" for n in names if getattr(args, n) in (None, "")]
        if missing:
            raise Invalid("invoice {action} 需要 {options}", action=args.action, options="、".join(missing))

    if args.action in ("request", "import", "issued", "red", "item") and not args.key:
        raise (Invalid("invoice {action} 需要收据号", action=args.action) if args.action == "request" else
               Invalid("invoice {action} 需要文件", action=args.action) if args.action == "import" else
               Invalid("invoice {action} 需要编号", action=args.action))
    if args.action == "request":
        need("buyer", "contact")
        row = invoices.request_invoice(actor, args.key, invoices.Buyer(args.buyer, args.tax_id or "", args.contact),
                                       args.lines)
        out.emit(args, row, f"开票申请 {row.id}：收据 {row.receipt}，{row.buyer.name} {row.buyer.tax_id}，"
                            f"{format_yuan(row.amount_fen)} 元，{row.status_words}")
    elif args.action == "list":
        rows = invoices.requests(actor, invoice_status.ALL if args.all else invoice_status.OPEN)
        text = "\n".join(f"{r.id:>5} {r.receipt:<16} {r.unit_code:<10} {r.buyer.name:<20} {format_yuan(r.amount_fen):>10}"
                         f"  {r.status_words}{'  ' + r.red_note if r.status == invoice_status.RED_NEEDED else ''}"
                         for r in rows)
        out.emit(args, rows, text or "没有待办的开票申请")
    elif args.action == "export":
        need("date", "out")
        batch = platform.export_batch(actor, args.date, args.out)
        out.emit(args, batch, f"已写入 {batch.path}：{batch.requests} 张发票、{batch.lines} 行，价税合计 "
                              f"{format_yuan(batch.amount_fen)} 元。请上传到电子税务局批量开具")
    elif args.action == "import":
        result = platform.import_issued(actor, args.key)
        text = [f"已登记 {len(result.issued)} 张发票" + (f"、{len(result.reversed)} 张红字发票" if result.reversed else "")
                + (f"，{len(result.already)} 张以前已登记" if result.already else "")]
        text += [f"  第 {line} 行 发票 {number} {buyer} {format_yuan(amount)} 元：{why}"
                 for line, number, buyer, amount, why in result.unmatched]
        # why: a command loads only its own services, not every command's
        from ..services.common.sheets import skipped_text
        text += skipped_text(result.skipped)
        out.emit(args, result, "\n".join(text))
        return 0 if result.ok else 4
    elif args.action == "issued":
        need("number", "date")
        row = invoices.record_issued(actor, args.key, args.number, args.date)
        out.emit(args, row, f"开票申请 {row.id}（收据 {row.receipt}）：{row.status_words}")
    elif args.action == "red":
        need("number")
        row = invoices.record_red_letter(actor, args.key, args.number)
        out.emit(args, row, f"开票申请 {row.id}（收据 {row.receipt}）：红字发票 {args.number} 已登记")
    else:
        need("tax_code", "rate")
        name, code, rate = invoices.set_item_tax(actor, args.key, args.tax_code, args.rate)
        out.emit(args, {"item": name, "tax_code": code, "tax_rate_e4": rate},
                 f"{name}：税收分类编码 {code}，税率 {invoices.rate_text(rate)}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("invoice", parents=[common], help="invoice requests and the tax platform's batch (数电票)")
    p.add_argument("action", choices=["request", "list", "export", "import", "issued", "red", "item"])
    p.add_argument("key", nargs="?", help="request: the receipt number; import: the platform's file; issued/red: "
                   "a request number or receipt number; item: the fee item's code")
    p.add_argument("--buyer", help="抬头: the buyer's name")
    p.add_argument("--tax-id", help="the buyer's 18-character taxpayer number (none for an individual)")
    p.add_argument("--contact", help="email or mobile the e-invoice goes to")
    p.add_argument("--lines", type=A.ids, help="receipt lines to invoice (default: all it still can)")
    p.add_argument("--date", type=A.day, help="export: the day whose requests are sent; issued: the invoice's date")
    p.add_argument("--out", type=A.out_file, help="export: the workbook to write")
    p.add_argument("--number", help="issued/red: the platform's invoice number")
    p.add_argument("--tax-code", help="item: the 19-digit tax classification code")
    p.add_argument("--rate", help="item: the VAT rate in %% (6, 9, 13, 3 …)")
    p.add_argument("--all", action="store_true", help="list: every request, not only those still to do")
    p.set_defaults(func=cmd_invoice)

