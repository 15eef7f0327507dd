"""个人信息保护法 at the counter: a former occupant's personal data erased once the office's
retention period has passed since they left, the ledger keeping every amount under a masked
stand-in; and an owner's request to see and copy their data (查阅、复制) answered with one PDF.

Erasure keeps the audit chain verifiable: the audit rows that held the person's name, phone or
identity number are redacted in place, and the erasure's own record (keyed, in the chain) lists
each one with a digest of its redacted content, so verify checks them against that instead of
their original MAC; the receipts whose payer was the person are re-sealed under the erasure's
record (their old seals are checked first: the ledger must verify before anything is erased)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from ...core.errors import Invalid, NotFound, Refused
from ...core.money import format_yuan
from ...core.permissions import mask_id_number, mask_phone
from ...core.tables import Fen, Section
from ...documents.report_pdf import render_report_pdf
from ...store import migrations, written
from ...store.db import write_transaction
from ...store.queries import personal as queries
from ...ledger.estate import estate_of
from ...ledger import audit, clock, personal, rowseals, seals
from ...ledger.context import Actor
from ...ledger import verify

RETENTION = "privacy.retention_years"
DEFAULT_YEARS = 3
ERASED = audit.ERASED


def retention_years() -> int:
    return int(migrations.get_meta(RETENTION) or DEFAULT_YEARS)


def set_retention(actor: Actor, years: int) -> None:
    """How long a former occupant's data is kept after they leave (the office decides; sealed)."""
    actor.require("settings.edit")
    if not 1 <= years <= 30:
        raise Invalid("保存年限应为 1 到 30 年")
    with write_transaction():
        migrations.set_meta(RETENTION, str(years))
        seals.seal_meta(actor.username, {RETENTION})


def stand_in(name: str) -> str:
    """What the ledger keeps instead of a name: its first character, masked (张三 → 张*)."""
    return (name[:1] or "?") + "*"


@dataclass(frozen=True)
class Due:
    person_id: int
    shown_as: str          # the name masked
    units: tuple[str, ...]
    left_on: date


def due_for_erasure(actor: Actor, today: date | None = None) -> list[Due]:
    actor.require("settings.edit")
    today = today or clock.business_date(estate_of(actor).timezone)
    cutoff = today.replace(year=today.year - retention_years()) if not (today.month == 2 and today.day == 29) \
        else (today - timedelta(days=1)).replace(year=today.year - retention_years())
    return [Due(pid, stand_in(name), tuple(u[1] for u in queries.units_of_person(pid)), left)
            for pid, name, _p, _i, left in queries.former_occupants(cutoff)]


def erase_former(actor: Actor, today: date | None = None) -> list[Due]:
    """Erase every former occupant past the retention period: name, phone and identity number out
    of the person, their receipts' payer, invoices, consultations, reminder notes and the audit
    trail, the amounts kept. Refused while the ledger does not verify."""
    due = due_for_erasure(actor, today)
    if not due:
        return []
    checked = verify.verify_all()
    if not checked.ok:
        raise Refused("账本核对未通过（{problem}），先查明原因再删除个人信息", problem=checked.problem)
    with write_transaction():
        for d in due:
            _erase(actor, d)
    return due


def _erase(actor: Actor, d: Due) -> None:
    (pid, name, phone, id_number), = [p for p in queries.people_named_by_id(d.person_id)]
    units = queries.units_of_person(pid)
    masked = stand_in(name)
    replacements = [(v, r) for v, r in ((name, masked), (phone, mask_phone(phone)), (id_number, mask_id_number(id_number)))
                    if v]
    queries.erase_person(pid, masked)
    payments = queries.payer_payments([u[0] for u in units], name)
    queries.rename_payer(payments, masked)
    written.note("payment", rowseals.groups_covering("payment", payments))   # re-sealed by the record below
    queries.rename_elsewhere(name, masked)
    redacted = {}
    seen = set()
    for value, _ in replacements:
        for audit_id, before, after in queries.audit_rows_holding(value):
            if audit_id in seen:
                continue
            seen.add(audit_id)
            for old, new in replacements:
                before, after = before.replace(old, new), after.replace(old, new)
            queries.redact_audit_row(audit_id, before, after)
            redacted[str(audit_id)] = audit.redaction_digest(before, after)
    audit.record(actor.username, ERASED, "person", pid,
                 after={"stand_in": masked, "units": [u[1] for u in units], "left_on": d.left_on,
                        "retention_years": retention_years(), "payments": len(payments), "redacted": redacted})


# -- 查阅、复制: an owner's request to see their data --------------------------------------------

def access_copy(actor: Actor, name: str, phone: str = "") -> bytes:
    """Everything the ledger holds about a person, as one PDF for them to keep: their data in
    full, where they lived, what was paid for those units while they were there, and who looked
    at their full numbers and why. Logged as a showing of their data."""
    actor.require("personal.view_full")
    found = queries.people_named(name.strip(), phone.strip())
    if not found:
        raise (NotFound("没有登记 {name}（{phone}）", name=name, phone=phone) if phone else
               NotFound("没有登记 {name}", name=name))
    units = [(pid, *u) for pid, *_ in found for u in queries.units_of_person(pid)]
    codes = sorted({u[2] for u in units})
    personal.showing(actor, codes, (personal.PHONE, personal.ID_NUMBER), "本人查阅、复制个人信息", "request")
    estate = estate_of(actor)
    sections = [Section("个人信息", ("姓名", "电话", "证件号码"),
                        tuple((n, p or "—", i or "—") for _, n, p, i in found)),
                Section("房屋", ("房号", "身份", "起", "止"),
                        tuple((code, role, str(start or "—"), str(end or "至今")) for _, _, code, role, start, end
                              in units))]
    paid = []
    for number, day, payer, total, status, unit_id in queries.payments_of_units(sorted({u[1] for u in units})):
        mine = [u for u in units if u[1] == unit_id and (u[4] is None or u[4] <= day) and (u[5] is None or day <= u[5])]
        if mine or payer == name:
            paid.append((number, str(day), payer, Fen(total), "有效" if status == "valid" else "作废"))
    sections.append(Section("缴费记录（居住期间的收据）", ("收据号", "日期", "交款人", "金额", "状态"), tuple(paid)))
    shown = [(f"{at.astimezone():%Y-%m-%d %H:%M}", who, _why(after)) for at, who, after in queries.showings_of_units(codes)]
    sections.append(Section("查看完整号码的记录", ("时间", "查看人", "用途"), tuple(shown)))
    return render_report_pdf(f"{estate.name} 个人信息查阅、复制", f"{name}　打印于 "
                             f"{clock.now_utc().astimezone():%Y-%m-%d %H:%M}（金额单位：元，合计 {format_yuan(sum(r[3] for r in paid))}）",
                             sections, signatures="经办人：__________    本人签收：__________")


def _why(after: str) -> str:
    data = json.loads(after or "{}")
    return f"{data.get('why', '')}（{personal.HOW.get(data.get('how', ''), data.get('how', ''))}）"
