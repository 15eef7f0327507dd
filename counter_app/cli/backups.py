"""Backups: `backup`, `restore`."""
from __future__ import annotations

from .. import cli_args as A, paths
from ..core.errors import Invalid, Refused
from . import common as C, output as out


def cmd_backup(args):
    # why: a command loads only its own services, not every command's
    from ..services.setup import backups
    C.open_ledger(args)
    actor = C.login(args)
    if args.rotate:          # as the window's daily backup does: named auto-…, older ones rotated
        actor.require("database.backup")
        result = backups.automatic(actor.username, args.to, daily=args.daily, monthly=args.monthly)
    else:
        result = backups.back_up(actor, args.to)
    removed = f"；按保留规则删除了 {len(result.removed)} 个旧的自动备份" if result.removed else ""
    left = "".join(f"\n注意：{why}" for why in result.left)
    out.emit(args, result, f"已备份并校验（{result.checked}）：{result.path}"
                           f"（{result.size / 1_048_576:.1f} MB）{removed}{left}\n审计链头 {result.anchor}（已写在备份旁）")


def cmd_restore(args):
    """A backup checked in full on a copy first; the ledger in use replaced only then, saved first.
    Onto a file not there yet or an empty server database, signed in as one of the backup's users."""
    # why: a command loads only its own services, not every command's
    from ..services.common.session import open_for_restore
    from ..services.setup import backups, restore   # why: start-up: kept out of the command line's start
    if args.show:            # what the backup holds, to choose before restoring (nothing changes)
        C.open_ledger(args)
        C.login(args).require("database.restore")      # a backup's estates and receipts: as the window's 恢复备份
        info = backups.describe(args.file)
        counts = (f"房屋 {info.units} 户，收据 {info.payments} 张，审计记录 {info.audit_rows} 条"
                  if info.units is not None else "（服务器备份：数量在恢复时校验）")
        out.emit(args, info, "\n".join([f"备份时间：{info.taken_at:%Y-%m-%d %H:%M:%S}" if info.taken_at else "备份时间：—",
                                         f"数据库版本：{info.schema_version}", f"小区：{'、'.join(info.estates) or '—'}",
                                         f"最后一张收据：{info.last_receipt or '—'}", counts]))
        return 0
    ledger = open_for_restore(args.db)
    candidate = restore.examine(args.file, ledger)
    try:
        if candidate.loses and not args.accept_loss:
            raise Refused("{loss}\n确认丢失这些、仍要恢复，请加 --accept-loss；没有恢复", loss=candidate.loss_text())
        if candidate.unchecked and not args.accept_unchecked:
            raise Refused("{unchecked}\n仍要恢复，请加 --accept-unchecked；没有恢复，当前账本没有改动",
                          unchecked=candidate.unchecked_text())
        if ledger == "":
            actor = C.login(args)
        else:
            if not args.user:
                raise Invalid("此命令需要 --user 用户名（恢复到空账本时，用备份里的管理员登录）")
            actor = restore.sign_in_to(candidate, args.user, C.password(args), getattr(args, "estate", "") or "")
        result = restore.put_in_place(actor, candidate, args.db, args.safety or paths.backups_dir(),
                                      accept_loss=args.accept_loss, accept_unchecked=args.accept_unchecked)
    finally:
        restore.discard(candidate)
    saved = f"恢复前的账本已另存为 {result.previous_saved_to}" if result.previous_saved_to else "原来没有账本，无需另存"
    lost = (f"；丢弃了之后记下的 {result.dropped} 项，编号接着原来的最大号往下编" if result.dropped else "")
    checked = (f"备份先在副本上检查通过（审计链 {result.audit_rows} 条）" if not result.unchecked else
               f"备份先在副本上检查，没能全部核对（审计链 {result.audit_rows} 条，本机没有密钥的部分未核对）")
    out.emit(args, result, f"已从 {result.restored_from} 恢复：{checked}"
                           f"再替换账本。{saved}{lost}" + "".join(f"\n注意：{u}" for u in result.unchecked))


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common], help="a verified copy of the database (pg_dump on a server)")
    p.add_argument("--to", required=True, type=A.out_path, help="the backup folder (a USB drive or a share)")
    p.add_argument("--rotate", action="store_true", help="name it as the daily automatic backup and remove the "
                   "automatic backups the rotation no longer keeps")
    p.add_argument("--daily", type=A.count_int, default=14, help="with --rotate: days kept (default 14)")
    p.add_argument("--monthly", type=A.count_int, default=12, help="with --rotate: months kept (default 12)")
    p.set_defaults(func=cmd_backup)


    p = sub.add_parser("restore", parents=[common], help="restore a backup, after backing up the current database")
    p.add_argument("file", type=A.out_path, help="a backup made by `backup`")
    p.add_argument("--safety", type=A.out_folder, help="where the current database is saved first (default: the "
                   "data folder's backups)")
    p.add_argument("--show", action="store_true", help="only show what the backup holds (date, schema, estates, "
                   "last receipt, counts)")
    p.add_argument("--accept-loss", action="store_true", help="restore a backup older than the ledger in use, "
                   "dropping what was recorded since (listed without it)")
    p.add_argument("--accept-unchecked", action="store_true", help="restore a backup that could not be fully "
                   "checked: audit rows sealed under a key this PC does not hold (import the key first to check all)")
    p.set_defaults(func=cmd_restore)

