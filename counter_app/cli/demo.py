"""`counter-app demo`: a new demo ledger to try the program on."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import Refused, Word
from ..store.server_urls import is_server_url
from . import output as out
from .exits import in_language


def cmd_demo(args):
    # why: a command loads only its own services, not every command's
    from ..scenarios.demo import build_demo
    if not is_server_url(args.db) and Path(args.db).exists():
        raise Refused("{db} 已存在；演示数据库只能新建", db=str(args.db))
    kwargs = dict(months=6, entrances=1, floors=5) if args.small else {}
    summary = build_demo(args.db, **kwargs)
    where = Word("服务器上的演示账本已建好") if is_server_url(args.db) else Word("演示数据库已创建")
    out.emit(args, summary, in_language(Word("{where}：{path}（{units} 户，{months} 个月历史）\n"
                                             "演示用户：cashier/cashier，manager/manager，admin/admin", where=where,
                                             path=summary["path"], units=summary["units"], months=summary["months"])))


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="create a demo database")
    p.add_argument("--small", action="store_true", help="60 units and 6 months, for quick tries")
    p.set_defaults(func=cmd_demo)

