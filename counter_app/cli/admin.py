"""The ledger's trust and people's data: `audit`, `privacy`."""
from __future__ import annotations

from pathlib import Path

from .. import cli_args as A
from ..core.errors import Invalid, Word
from . import common as C, output as out
from .exits import in_language


def cmd_audit(args):
    # why: a command loads only its own services, not every command's
    from ..ledger import verify
    from ..catalogue import translator   # why: start-up: kept out of the command line's start
    from ..store import db as dbmod, readable   # why: start-up: kept out of the command line's start
    C.open_ledger(args)
    actor = C.login(args)
    unreadable = readable.problems_in(dbmod.db_path()) if dbmod.is_sqlite() else []
    if unreadable:             # rows the verification would trip over: named, as the check names them
        out.emit(args, {"ok": False, "problems": unreadable}, "\n".join(
            [in_language(Word("校验失败：有读不出的值"))] + [f"  {in_language(p)}" for p in unreadable]))
        return 3
    report = verify.audit_verify(actor, args.anchor or ())
    text = verify.report_text(report, translator())
    out.emit(args, report, text)
    return 0 if report.complete else 3 if not report.ok else 4


def cmd_privacy(args):
    """个人信息: erase former occupants past the retention period, set it, an owner's copy of their data."""
    # why: a command loads only its own services, not every command's
    from ..services.setup import privacy
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "retention":
        if args.years is not None:
            privacy.set_retention(actor, args.years)
        out.emit(args, {"years": privacy.retention_years()}, in_language(
            Word("迁出住户的个人信息保存 {years} 年", years=privacy.retention_years())))
    elif args.action == "erase":
        due = (privacy.due_for_erasure if args.dry_run else privacy.erase_former)(actor, args.on)
        text = [Word("{name}  {units}  {day} 迁出", name=d.shown_as, units="、".join(d.units), day=d.left_on)
                for d in due]
        counted = dict(count=len(due), years=privacy.retention_years())
        head = Word("将删除 {count} 位迁出住户的个人信息（保存期 {years} 年）", **counted) if args.dry_run else \
            Word("已删除 {count} 位迁出住户的个人信息（保存期 {years} 年）", **counted)
        out.emit(args, due, in_language(head) + "".join(f"\n  {in_language(t)}" for t in text))
    else:
        if not (args.name and args.out):
            raise Invalid("privacy access 需要 --name 和 --out")
        Path(args.out).write_bytes(privacy.access_copy(actor, args.name, args.phone or ""))
        out.emit(args, {"out": args.out}, in_language(Word("{name} 的个人信息查阅件已输出到 {path}（本次查看已记录）",
                                                           name=args.name, path=args.out)))
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("audit", parents=[common], help="verify the audit trail and every sealed row (manager)")
    p.add_argument("action", choices=["verify"])
    p.add_argument("--anchor", action="append", type=A.anchor,
                   help="N:HASH, a head printed on a Z or day report or kept with a backup: the ledger must still "
                        "hold it at row N (repeatable)")
    p.set_defaults(func=cmd_audit)


    p = sub.add_parser("privacy", parents=[common], help="个人信息: erase former occupants past the retention period "
                       "(administrator), the period, an owner's copy of their data (manager)")
    p.add_argument("action", choices=["erase", "retention", "access"])
    p.add_argument("--dry-run", action="store_true", help="erase: only list who would be erased")
    p.add_argument("--on", type=A.day, help="erase: as of this day (default today)")
    p.add_argument("--years", type=A.positive_int, help="retention: years kept after moving out")
    p.add_argument("--name", help="access: the person")
    p.add_argument("--phone", help="access: their phone, when several share the name")
    p.add_argument("--out", type=A.out_path, help="access: the PDF to write")
    p.set_defaults(func=cmd_privacy)

