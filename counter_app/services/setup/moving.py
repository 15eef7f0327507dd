"""Moving an office's ledger from one counter's SQLite file onto the shared server: refused
unless the source verifies and the target is empty; copied in one transaction; then compared
table by table and the copy's own audit chain and invariants verified before it is used."""
from __future__ import annotations

from dataclasses import dataclass

from ...core.errors import Finding, Invalid, Refused
from ...store import db as dbmod, migrations, transfer
from ...store.server_urls import is_server_url, redacted
from ...ledger import audit
from ...ledger.context import Actor
from ...ledger import verify


@dataclass
class MoveReport:
    source: str
    target: str
    tables: list[transfer.TableCount]
    audit_rows: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def move_ledger(actor: Actor, target_url: str, progress=None, source_name: str | None = None) -> MoveReport:
    """Copy the bound ledger (the one `actor` signed in to) to the empty server database at
    `target_url`. The source is left as it was; `source_name` names it when what is bound is a
    copy of it."""
    actor.require("database.move")
    if not is_server_url(target_url):
        raise Invalid("迁移目标必须是数据库服务器地址（postgresql://用户@服务器/数据库）")
    source = dbmod.database.obj
    source_name = source_name or dbmod.describe_target()
    checked = verify.verify_all()
    if not checked.ok:
        raise Refused("原账本校验不通过，不能迁移：{problem}。请先用 counter-app audit verify 查明。",
                      problem=checked.problem)
    target = dbmod.open_target(target_url)
    try:
        target.connect(reuse_if_open=True)
        if migrations.schema_version(target) and not transfer.is_empty(target):
            raise Refused("目标数据库 {target} 里已经有账本；迁移只写入空数据库，以免覆盖。", target=redacted(target_url))
        dbmod.bind(target)
        migrations.migrate(target)
        tables = transfer.copy_tables(source, target, progress)
        problems = transfer.compare(source, target)
        copied = verify.verify_all()
        problems += [Finding("新库校验：{problem}", problem=p) for p in copied.problems]
        if not problems:
            with dbmod.write_transaction():
                audit.record(actor.username, "database.moved", "database", redacted(target_url),
                             after={"from": source_name, "tables": {t.table: t.rows for t in tables}})
        return MoveReport(source_name, redacted(target_url), tables, copied.rows, problems)
    finally:
        if not target.is_closed():
            target.close()
        dbmod.bind(source)
