"""`counter-app migrate-db`: a single counter's ledger onto the office's server."""
from __future__ import annotations


import shutil
import tempfile
from pathlib import Path

from .. import cli_args as A, paths
from ..core.errors import Invalid
from ..store import db as dbmod
from ..store.server_urls import is_server_url
from . import common as C, output as out


def cmd_migrate_db(args):
    """Copy a single counter's ledger onto the office's server, verified. The source file is only
    read: the move is made from a copy of it (brought up to date and signed in to there)."""

    # why: a command loads only its own services, not every command's
    from ..services.common.session import not_a_ledger, open_database
    from ..services.setup import moving   # why: start-up: kept out of the command line's start
    from ..store import backup as copies   # why: start-up: kept out of the command line's start
    source = Path(args.source)
    if is_server_url(args.source):
        raise Invalid("--from 应是单机账本文件（服务器之间请用备份和恢复）")
    problem = not_a_ledger(source)
    if problem:
        raise problem
    paths.data_dir().mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="migrate-", dir=paths.data_dir()))
    try:
        copy = copies.copy_sqlite(source, work / "source.sqlite3")
        open_database(copy)
        actor = C.login(args)
        report = moving.move_ledger(actor, args.target, progress=None, source_name=str(source))
    finally:
        dbmod.close()
        shutil.rmtree(work, ignore_errors=True)
    text = [f"{t.table:<18} {t.rows:>9} 行" for t in report.tables if t.rows]
    if report.ok:
        text.append(f"已迁移到 {report.target}：逐表行数和金额合计与原库一致，审计链 {report.audit_rows} 条校验通过。"
                    f"\n各收费窗口请改用：--db {report.target}（或在设置里填写服务器地址）")
    else:
        text.append("迁移后核对不一致（新库没有记下迁移，请勿使用）：\n" + "\n".join(f"  {p}" for p in report.problems))
    out.emit(args, report, "\n".join(text))
    return 0 if report.ok else 3


def register(sub, common) -> None:
    p = sub.add_parser("migrate-db", parents=[common], help="copy a single counter's ledger onto the office's "
                       "PostgreSQL server, verified (administrator)")
    p.add_argument("--from", dest="source", required=True, type=A.database, help="the SQLite ledger file")
    p.add_argument("--to", dest="target", required=True, type=A.database, help="postgresql://user@server/database (empty)")
    p.set_defaults(func=cmd_migrate_db)

