"""`counter-app key`: the ledger's keys."""
from __future__ import annotations

from .. import cli_args as A
from ..core.errors import Invalid
from . import common as C, output as out


def cmd_key(args):
    """The ledger's keys: where they are, the recovery code, moving them to another PC."""
    # why: a command loads only its own services, not every command's
    from ..services.setup import keys
    C.open_ledger(args)
    actor = C.login(args)
    if args.action == "status":
        st = keys.status(actor)
        lines = [f"账本 {st.ledger}，本机密钥保存在 {'系统密钥库' if st.store == 'keyring' else '数据文件夹的密钥文件'}；"
                 f"本机封存用密钥 {st.sealing_with or '（尚无）'}"]
        if st.unkeyed_rows:
            lines.append(f"  第 1–{st.unkeyed_rows} 条：升级前的记录，无密钥（SHA-256）")
        lines += [f"  第 {p.first_row}–{p.first_row + p.rows - 1} 条：密钥 {p.key_id}"
                  f"{'' if p.held else '（本机没有，不能核对）'}" for p in st.periods]
        out.emit(args, st, "\n".join(lines))
    elif args.action == "code":
        key_id, code = keys.recovery_code(actor)
        out.emit(args, {"key": key_id, "code": code}, f"密钥 {key_id} 的恢复码（打印后妥善保管，不要和账本放在一起）：\n{code}")
    elif args.action == "export":
        if not args.out:
            raise Invalid("key export 需要 --out 文件")
        count = keys.export_keys(actor, args.out)
        out.emit(args, {"out": args.out, "keys": count}, f"已导出 {count} 把密钥到 {args.out}：拿到新电脑或其他收费窗口用 "
                                                         "counter-app key import 导入，然后删除或锁好这个文件")
    else:
        if not args.source:
            raise Invalid("key import 需要密钥文件或恢复码")
        ids = keys.import_keys(actor, args.source)
        out.emit(args, {"keys": ids}, f"已导入密钥 {'、'.join(ids)}")
    return 0


def register(sub, common) -> None:
    p = sub.add_parser("key", parents=[common], help="the ledger's keys: status, recovery code, export to another "
                                                     "PC, import (administrator)")
    p.add_argument("action", choices=["status", "code", "export", "import"])
    p.add_argument("source", nargs="?", help="import: an exported key file, or a recovery code")
    p.add_argument("--out", type=A.out_path, help="export: the file to write (keep it safe)")
    p.set_defaults(func=cmd_key)

