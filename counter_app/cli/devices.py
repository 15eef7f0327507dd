"""`counter-app drawer open --reason ...`: a manager opens the counter's cash drawer by hand (the
reason and the manager go to the audit chain first). The drawer is this PC's setting (打印设置 →
钱箱连接) unless --drawer names one."""
from __future__ import annotations

import json

from ..core.errors import Invalid, Word
from . import common as C
from .exits import in_language


def register(subparsers, common) -> None:
    p = subparsers.add_parser("drawer", parents=[common], help="open the cash drawer by hand (manager, with a reason)")
    p.add_argument("action", choices=["open"])
    p.add_argument("--reason", required=True, help="why it is opened without a payment")
    p.add_argument("--drawer", help="network:HOST[:PORT], usb:VID:PID, serial:PORT[:BAUD] or queue:PRINTER "
                                    "(default: this PC's printer settings)")
    p.set_defaults(func=cmd_drawer)


def cmd_drawer(args) -> int:
    # why: a command loads only its own services, not every command's
    from ..services.counter import drawer
    connection = args.drawer if args.drawer is not None else _this_pcs_drawer()
    C.open_ledger(args)
    manager = C.login(args)
    where = drawer.open_by_hand(manager, manager, args.reason, connection)
    if args.json:
        print(json.dumps({"opened": True, "connection": where, "by": manager.username}, ensure_ascii=False))
    else:
        print(in_language(Word("钱箱已打开（{where}），已记入审计日志", where=where)))
    return 0


def _this_pcs_drawer() -> str:
    try:
        from ..ui.settings import CounterSettings   # why: a build without Qt still runs the command line
    except ImportError as exc:          # a build without Qt: the drawer must be named
        raise Invalid("请用 --drawer 指明钱箱连接") from exc
    return CounterSettings.load().cash_drawer
