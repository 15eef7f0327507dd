"""Personal data (个人信息保护法): full phone and identity numbers are shown or exported only when
someone allowed to see them says why, and each showing is logged (who, when, which units, why)
as an audit row, so the log is as tamper-evident as the money. Everywhere else they are masked
(core/permissions.mask_phone, mask_id_number)."""
from __future__ import annotations

from ..core import text
from ..core.errors import Invalid
from ..store.db import write_transaction
from . import audit
from .context import Actor

SHOWN = "personal.show"
PHONE, ID_NUMBER = "phone", "id_number"
HOW = {"screen": "屏幕查看", "report": "报表", "export": "导出文件", "request": "本人查阅复制"}


def showing(actor: Actor, units: list[str], fields: tuple[str, ...], why: str, how: str) -> None:
    """Full numbers of `units` are about to be shown or exported: the actor must be allowed to see
    them and say why (用途); logged before they are shown."""
    actor.require("personal.view_full")
    why = text.clean(why, "用途")
    if not why.strip():
        raise Invalid("显示或导出完整的电话、证件号码须说明用途（如：催缴联系业主、业主本人查阅）")
    with write_transaction():
        audit.record(actor.username, SHOWN, "unit", units[0] if len(units) == 1 else f"{len(units)} 户",
                     after={"units": sorted(set(units)), "fields": list(fields), "why": why.strip(), "how": how})
