"""Receipt books of pre-numbered forms (收据本): `book add|issue|list|spoil|use|report`. A manager
registers and issues books and prints the book report; a cashier records a receipt's form and
voids a spoiled form in the open shift."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Invalid
from . import common as C, output as out


def _said(book) -> str:
    holder = book.holder or "未发放"
    nxt = f"，下一张 {book.next_form}" if book.next_form else "，已用完"
    return (f"[{book.id}] {book.label}  {holder}  已用 {book.used}  作废 {book.spoiled}  跳号 {book.skipped}  "
            f"剩余 {book.left}{nxt}")


def cmd_book(args):
    # why: a command loads only its own services, not every command's
    from ..services.books import forms
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "add":
        if len(args.values) != 3:
            raise Invalid("book add 需要 字轨 起号 止号")
        series, first, last = A.form_series(args.values[0]), A.form_number(args.values[1]), A.form_number(args.values[2])
        book = forms.register(actor, series, first, last)
        out.emit(args, out.jsonable(book), "已登记收据本 " + _said(book))
    elif args.action == "issue":
        if len(args.values) != 1 or not args.to:
            raise Invalid("book issue 需要收据本编号和 --to 收款员")
        book = forms.issue(actor, A.positive_int(args.values[0]), args.to)
        out.emit(args, out.jsonable(book), "已发放 " + _said(book))
    elif args.action == "list":
        found = forms.books(actor)
        out.emit(args, [out.jsonable(b) for b in found], "\n".join(_said(b) for b in found) or "没有收据本")
    elif args.action == "spoil":
        if len(args.values) != 2 or not args.reason:
            raise Invalid("book spoil 需要 字轨 表单号 和 --reason 原因")
        form = forms.spoil(actor, A.form_series(args.values[0]), A.form_number(args.values[1]), args.reason)
        out.emit(args, {**out.jsonable(form), "form": form.text}, f"表单 {form.text} 已作废：{args.reason.strip()}")
    elif args.action == "use":
        if len(args.values) not in (1, 3):
            raise Invalid("book use 需要收据号，可再加 字轨 表单号（缺省：下一张）")
        named = (A.form_series(args.values[1]), A.form_number(args.values[2])) if len(args.values) == 3 else (None, None)
        form = forms.use_form(actor, args.values[0], *named)
        out.emit(args, {**out.jsonable(form), "form": form.text, "receipt": args.values[0]},
                 f"收据 {args.values[0]} 印在表单 {form.text} 上")
    else:
        _report(args, actor)


def _report(args, actor) -> None:
    from ..services.books import report   # why: start-up: kept out of the command line's start
    r = report.book_report(actor, A.positive_int(args.values[0]) if args.values else None)
    files = report.write_book_report(r, args.out) if args.out else []
    data = {"as_of": r.as_of.isoformat(), "books": [dict(zip(("holder", "book", "used", "used_numbers", "spoiled",
                                                              "spoiled_numbers", "skipped", "skipped_numbers", "left"),
                                                             row)) for row in r.books],
            "forms": [dict(zip(("number", "state", "receipt", "reason", "by", "at"), row)) for row in r.forms],
            "files": [str(f) for f in files]}
    text = "\n".join(f"{b}  {h}  已用 {u}  作废 {s}（{sn or '—'}）  跳号 {k}（{kn or '—'}）  剩余 {left}"
                     for h, b, u, _un, s, sn, k, kn, left in r.books) or "没有收据本"
    out.emit(args, data, text + "".join(f"\n{f}" for f in files))


def register(sub, common) -> None:
    p = sub.add_parser("book", parents=[common],
                       help="receipt books of pre-numbered forms (收据本): add SERIES FIRST LAST, issue BOOK --to USER "
                            "(manager); list; spoil SERIES NUMBER --reason; use RECEIPT [SERIES NUMBER]; "
                            "report [BOOK] --out FOLDER (manager)")
    p.add_argument("action", choices=["add", "issue", "list", "spoil", "use", "report"])
    p.add_argument("values", nargs="*", help="add: series, first and last number; issue and report: the book's "
                                             "number from `book list`; spoil: series and form number; use: the "
                                             "receipt, then the series and form number (default: the next form)")
    p.add_argument("--to", help="issue: the cashier's user name")
    p.add_argument("--reason", help="spoil: why the form is voided (卡纸, 打错 …)")
    p.add_argument("--out", help="report: folder for the PDF, XLSX and CSV", type=A.out_folder)
    p.set_defaults(func=cmd_book)
