"""`counter-app import`, `import-template`, `export` and `check`: an office's tables in and out,
and the ledger's check, over the same services the window uses."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Word, first_of
from . import common as C, output as out
from .exits import in_language

KIND_HELP = "units, occupants, parking, readings, arrears, prepaid, deposits"


def cmd_import_template(args):
    # why: a command loads only its own services, not every command's
    from ..services.imports import workbooks
    path = workbooks.write_template(args.kind, args.out)
    out.emit(args, {"path": str(path)}, in_language(
        Word("已写出模板：{path}（在“数据”工作表填写；“示例”和“说明”供参考）", path=str(path))))


def cmd_import(args):
    # why: a command loads only its own services, not every command's
    from ..services.imports import runner
    C.open_ledger(args)
    actor = C.login(args)
    result = (runner.plan if args.dry_run else runner.run)(actor, args.kind, args.file)
    lines = result.lines()
    if result.report:
        lines.append(Word("问题清单已写入 {path}，可在 Excel 中对照修改", path=result.report))
    if result.report_error:
        lines.append(result.report_error)
    if not result.ok:
        lines.append(Word("有被拒绝的行，没有导入任何数据。"))
    elif args.dry_run:
        lines.append(Word("这是预览，没有写入任何数据。"))
    elif result.applied:
        lines.append(Word("已导入（文件 SHA-256 {sha256}…，已记入审计日志）。", sha256=result.sha256[:16]))
    else:
        lines.append(Word("数据库中已是文件中的内容，没有需要导入的。"))
    data = {"kind": result.kind, "file": result.file, "sha256": result.sha256, "sheet": result.sheet,
            "sheets": [{"name": s.name, "read": s.read, "rows": s.rows, "why": s.why} for s in result.sheets],
            "dry_run": args.dry_run, "applied": result.applied, "counts": result.counts,
            "ignored_columns": result.ignored_columns, "hidden_columns": result.hidden_columns,
            "report": result.report,
            "rows": [{"sheet": r.sheet, "line": r.line, "key": r.key, "action": r.action, "detail": r.detail,
                      "notes": r.notes} for r in result.rows],
            "problems": result.problems}
    out.emit(args, data, "\n".join(map(in_language, lines)))
    return 0 if result.ok else 4


def cmd_export(args):
    # why: a command loads only its own services, not every command's
    from ..services.imports import workbooks
    C.open_ledger(args)
    path, count = workbooks.export_table(C.login(args), args.kind, args.out, args.purpose or "")
    out.emit(args, {"path": str(path), "rows": count}, in_language(Word("已导出 {count} 行到 {path}", count=count, path=str(path))))


def cmd_check(args):
    # why: a command loads only its own services, not every command's
    from ..services.setup import checkup
    C.open_ledger(args)
    report = checkup.check(C.login(args))
    text = [in_language(Word("数据库文件：{integrity}", integrity=report.integrity)),
            in_language(Word("审计链：{rows} 条", rows=report.audit_rows))]
    text += [in_language(line) for line in report.unchecked]
    text += ([in_language(Word("检查通过（{seconds} 秒）", seconds=f"{report.seconds:.1f}"))] if report.ok else
             [in_language(Word("发现问题："))] + [f"  {in_language(p)}" for p in first_of(report.problems, 50)])
    if report.only_kept:
        text.append(in_language(Word("欠费汇总等留存数字的不符，管理员可用 counter-app rebuild-kept 按应收和收据重算")))
    out.emit(args, report, "\n".join(text))
    return 0 if report.ok else 3


def cmd_rebuild_kept(args):
    # why: a command loads only its own services, not every command's
    from ..services.setup import checkup
    C.open_ledger(args)
    found = checkup.rebuild_kept(C.login(args))
    if found:
        text = [in_language(Word("重算前有 {n} 处留存数字与账目不符：", n=len(found)))]
        text += [f"  {in_language(p)}" for p in first_of(found, 50)]
    else:
        text = [in_language(Word("重算前留存数字与账目一致"))]
    text.append(in_language(Word("已按应收和收据重算全部留存数字（已记入审计日志）")))
    out.emit(args, {"differed": len(found), "problems": [str(p) for p in found]}, "\n".join(text))


def register(sub, common) -> None:
    p = sub.add_parser("import-template", parents=[common], help="write the Excel template of one kind of table")
    p.add_argument("kind", help=KIND_HELP)
    p.add_argument("--out", required=True, type=A.out_file, help="the .xlsx to write")
    p.set_defaults(func=cmd_import_template)

    p = sub.add_parser("import", parents=[common], help="bring an office's table in from Excel or CSV (administrator)")
    p.add_argument("kind", help=KIND_HELP)
    p.add_argument("file", type=A.out_path, help="the .xlsx or .csv")
    p.add_argument("--dry-run", action="store_true", help="only say what each row would do")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=[common], help="write a table in the layout the import reads (administrator)")
    p.add_argument("kind", help=KIND_HELP)
    p.add_argument("--out", required=True, type=A.out_file, help="the .xlsx or .csv to write")
    p.add_argument("--purpose", help="occupants: why full contacts leave the program (logged)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("check", parents=[common], help="the database's integrity, the audit chain and the "
                       "ledger's invariants, each problem listed")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("rebuild-kept", parents=[common], help="work the kept figures (debt summaries, billed "
                       "months) out anew from the charges and receipts when check names one (administrator)")
    p.set_defaults(func=cmd_rebuild_kept)
