"""催缴记录 and message lists: every contact with a unit about what it owes (a notice, a call, a
visit, a message), with what was said, the payment promised and when to follow up; the day's
follow-ups; and the list of units to remind as CSV or Excel in the column layouts SMS platforms
take in, for offices that send texts. Nothing is sent from here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ...core import text
from ...core.errors import Invalid, NotFound, Word
from ...core.money import format_yuan
from ...store.db import write_transaction
from ...store.queries import reminders as reminder_queries
from ...store.queries.occupants import unit_codes
from ...store.queries.units import ids_by_code
from ...ledger.estate import estate_of, find_unit
from ...ledger import audit, clock
from ..common import exports
from ...ledger.context import Actor
from ...ledger.dues import owing_of_units
from .arrears import arrears_list

CHANNELS = {"notice": "通知单", "phone": "电话", "visit": "上门", "message": "短信/微信"}


@dataclass(frozen=True)
class Contact:
    unit: str
    at: datetime               # local time
    by: str
    channel: str               # its name: 电话 …
    owed_fen: int
    note: str
    promised_on: date | None
    follow_up_on: date | None


def log_reminder(actor: Actor, unit_code: str, channel: str, note: str = "", *, promised_on: date | None = None,
                 follow_up_on: date | None = None) -> Contact:
    """One contact, recorded with an audit row. Dates promised or to follow up are today or later."""
    actor.require("reminder.log")
    if channel not in CHANNELS:
        raise Invalid("催缴方式应为 {channels}", channels="、".join(f"{k}（{v}）" for k, v in CHANNELS.items()))
    note = text.clean(note, "催缴记录")
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    for what, day in (("承诺缴费日期", promised_on), ("跟进日期", follow_up_on)):
        if day is not None and day < today:
            raise Invalid("{what} {day} 已过，应为今天或以后", what=Word(what), day=day)
    unit = find_unit(actor, unit_code)
    owed = owing_of_units(estate.id, [unit.id], today)
    owed_fen = owed[unit.id].total_fen if unit.id in owed else 0     # 应缴合计, as the counter says
    now = clock.now_utc()
    with write_transaction():
        row = reminder_queries.create_reminder(estate=estate.id, unit=unit.id, at=clock.to_db(now), username=actor.username,
                              channel=channel, owed_fen=owed_fen, note=note, promised_on=promised_on,
                              follow_up_on=follow_up_on)
        audit.record(actor.username, "reminder.log", "unit", unit.code,
                     after={"channel": channel, "owed_fen": owed_fen, "note": note,
                            "promised_on": promised_on.isoformat() if promised_on else None,
                            "follow_up_on": follow_up_on.isoformat() if follow_up_on else None})
    return _contact(row, unit.code, estate.timezone)


def log_notices(actor: Actor, batch) -> int:
    """The units of a printed batch of notices, each logged as reminded by notice, in one write."""
    actor.require("reminder.log")
    estate = estate_of(actor)
    ids = ids_by_code(estate.id, [n.unit for n in batch.notices])
    at = clock.to_db(clock.now_utc())
    with write_transaction():
        reminder_queries.add_notice_reminders(estate.id, at, actor.username,
                                              [(ids[n.unit], n.total_fen, f"{n.kind}:{n.as_of.isoformat()}")
                                               for n in batch.notices])
        audit.record(actor.username, "reminder.notices", "estate", estate.id,
                     after={"kind": batch.kind, "units": [n.unit for n in batch.notices]})
    return len(batch.notices)


def contacts_of(actor: Actor, unit_code: str, limit: int = 5) -> list[Contact]:
    """A unit's last contacts, newest first (the unit view shows them)."""
    actor.require("unit.view")
    unit = find_unit(actor, unit_code)
    tz = estate_of(actor).timezone
    rows = reminder_queries.latest_of_unit(unit.id, limit)
    return [_contact(r, unit.code, tz) for r in rows]


def follow_ups(actor: Actor, on: date | None = None) -> list[Contact]:
    """The contacts whose follow-up falls on or before `on` (today), oldest first, of units not
    contacted again since (a later contact carries its own follow-up, or closes the matter)."""
    actor.require("report.management")
    estate = estate_of(actor)
    on = on or clock.business_date(estate.timezone)
    due = reminder_queries.follow_ups_due(estate.id, on)
    units = sorted({r.unit_id for r in due})
    latest = reminder_queries.latest_ids(units)    # each unit's latest contact
    codes = unit_codes(units)
    return [_contact(r, codes[r.unit_id], estate.timezone) for r in due if latest.get(r.unit_id) == r.id]


def _contact(row, code: str, tz: str) -> Contact:
    return Contact(code, clock.stored_local(row.at, tz), row.username, CHANNELS.get(row.channel, row.channel),
                   row.owed_fen, row.note, row.promised_on, row.follow_up_on)


# -- message lists ----------------------------------------------------------------------------

DEFAULT_TEXT = "【{estate}】{owner}您好，{unit}尚欠物业费用{amount}元，请于{due}前缴纳。如已缴请忽略。"
# Column layouts SMS platforms take in: a generic one with every field, and the two-column
# number-and-text list most bulk-SMS consoles import.
LAYOUTS = {"generic": ("姓名", "手机号码", "房号", "欠费金额", "缴费期限", "短信内容"),
           "number_text": ("手机号码", "短信内容")}


def message_list(actor: Actor, out: str | Path, *, layout: str = "generic", template: str = DEFAULT_TEXT,
                 due: date | None = None, full_phones: bool = False, minimum_fen: int = 0,
                 purpose: str = "") -> tuple[Path, int]:
    """The units in arrears with a phone, as a CSV or Excel file (by its suffix) in `layout`; the
    text from `template` with {estate} {owner} {unit} {amount} {due}. Phones are masked unless
    a role that may see them asks for them in full (a list to send must have them in full)."""
    actor.require("report.management")
    if layout not in LAYOUTS:
        raise Invalid("名单格式应为 {layouts}", layouts="、".join(LAYOUTS))
    # The arrears list names each unit's first person, the phone masked unless asked for in full
    # (by a role that may see it: arrears_list checks).
    report = arrears_list(actor, full_phones=full_phones, purpose=purpose, how="export")
    estate = estate_of(actor)
    due = due or report.as_of
    if due < report.as_of:
        raise Invalid("缴费期限 {due} 已过", due=due)
    entries = [(line.owner, line.phone, line.code, line.total_fen, due) for line in report.lines
               if line.total_fen >= minimum_fen and line.phone]
    if not entries:
        raise NotFound("没有需要提醒且留有电话的欠费户，未生成名单")
    return write_message_list(out, layout, entries, template, estate.name), len(entries)


def write_message_list(out: str | Path, layout: str, entries: list[tuple[str, str, str, int, date]], template: str,
                       estate_name: str) -> Path:
    """(name, phone, unit, amount, day) entries as a message list in `layout`, CSV or Excel by the
    file's suffix, each text from `template` with {estate} {owner} {unit} {amount} {due}: the one
    writer of every list an SMS platform takes in (arrears, renewals)."""
    if layout not in LAYOUTS:
        raise Invalid("名单格式应为 {layouts}", layouts="、".join(LAYOUTS))
    rows = []
    for name, phone, code, amount_fen, due in entries:
        amount = format_yuan(amount_fen, grouping=False)
        try:
            message = template.format(estate=estate_name, owner=name, unit=code, amount=amount, due=due.isoformat())
        except (KeyError, IndexError, ValueError) as exc:
            raise Invalid("短信模板中的占位符有误：{problem}；可用 {{estate}} {{owner}} {{unit}} {{amount}} {{due}}",
                          problem=str(exc)) from None
        values = {"姓名": name, "手机号码": phone, "房号": code, "欠费金额": amount, "缴费期限": due.isoformat(),
                  "短信内容": message}
        rows.append([values[h] for h in LAYOUTS[layout]])
    out = Path(out)
    headers = list(LAYOUTS[layout])
    if out.suffix.lower() == ".xlsx":
        exports.write_xlsx(out, {"名单": (headers, rows)})
    elif out.suffix.lower() == ".csv":
        exports.write_csv(out, headers, rows)
    else:
        raise Invalid("名单文件应为 .csv 或 .xlsx")
    return out
