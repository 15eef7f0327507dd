"""续费提醒: the units whose fees are paid up to a day within the next N days, item by item (a unit
that paid a year ahead, a shop paying quarter by quarter), to remind before the money runs out,
not after; and the same list as a message list in the layouts SMS platforms take in (the arrears
list's writer, reminders.write_message_list). Units already owing past the day are on the
arrears list instead."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ...core.errors import Invalid, NotFound
from ...core.permissions import mask_phone
from ...core.tables import TOTAL, Fen, Section
from ...store.queries import lists as list_queries
from ...store.queries.charges import active_items
from ...store.queries.occupants import occupants_by_unit, unit_codes
from ...ledger.estate import estate_of
from ...ledger import clock, personal
from ...ledger.context import Actor
from .printed import Printed
from .reminders import LAYOUTS, write_message_list

# Fees a unit pays ahead for a period and renews: billed by area, a fixed amount or per space.
RENEWED_KINDS = ("area", "fixed", "per_space")
RENEWAL_TEXT = ("【{estate}】{owner}您好，{unit}的物业费用将于{due}到期，续缴参考金额{amount}元（按上一期），"
                "可到物业服务中心或通过线上缴费办理。如已续缴请忽略。")


@dataclass(frozen=True)
class RenewalLine:
    code: str
    owner: str
    phone: str                 # masked unless asked for in full by a role that may see it
    item: str
    paid_through: date
    days_left: int             # from the list's day to the paid-through day
    last_amount_fen: int       # the last paid period's amount: what one more costs at today's rate, roughly


@dataclass(frozen=True)
class RenewalList(Printed):
    as_of: date
    days: int
    title: str
    company: str
    lines: tuple[RenewalLine, ...]
    full_phones: bool = False

    @property
    def units(self) -> int:
        return len({line.code for line in self.lines})

    heading = property(lambda self: f"续费提醒（{self.as_of.isoformat()} 起 {self.days} 天内到期）")
    stem = property(lambda self: f"renewals-{self.as_of.isoformat()}-{self.days}d")
    footer = property(lambda self: "已缴至：该项目最后一笔已缴清费用的截止日，之前无未缴费用；已欠费的户见欠费清单。"
                      + ("电话为完整号码，仅限内部使用。" if self.full_phones else "电话已遮蔽。"))

    def sections(self) -> list[Section]:
        summary = (("起算日", self.as_of.isoformat()), ("天数", self.days), ("户数", self.units),
                   ("项目笔数", len(self.lines)))
        detail = tuple((ln.code, ln.owner, ln.phone, ln.item, ln.paid_through.isoformat(), ln.days_left,
                        Fen(ln.last_amount_fen)) for ln in self.lines)
        if detail:
            detail += ((TOTAL, "", "", "", "", "", Fen(sum(ln.last_amount_fen for ln in self.lines))),)
        return [Section("概要", ("项目", "内容"), summary),
                Section("到期明细", ("房号", "业主", "电话", "收费项目", "已缴至", "剩余天数", "上期金额"), detail)]


def renewal_list(actor: Actor, days: int, as_of: date | None = None, *, full_phones: bool = False,
                 purpose: str = "", how: str = "report") -> RenewalList:
    actor.require("report.management")
    if days < 0 or days > 366:
        raise Invalid("天数应在 0 到 366 之间")
    if full_phones:
        actor.require("personal.view_full")
        if not purpose.strip():
            raise Invalid("完整电话须说明用途（如：催缴联系业主）")
    estate = estate_of(actor)
    as_of = as_of or clock.business_date(estate.timezone)
    items = {i.id: i.name for i in active_items(estate.id) if i.kind in RENEWED_KINDS and not i.is_deposit}
    found = list_queries.paid_through(sorted(items), as_of, as_of + timedelta(days=days))
    units = sorted({unit for unit, *_ in found})
    codes, people = unit_codes(units), occupants_by_unit(units)
    lines = []
    for unit, item, end, amount in found:
        _role, name, phone = (people.get(unit) or [("", "", "")])[0]
        lines.append(RenewalLine(codes[unit], name, phone if full_phones else mask_phone(phone), items[item], end,
                                 (end - as_of).days, amount))
    lines.sort(key=lambda ln: (ln.paid_through, ln.code, ln.item))
    if full_phones and lines:
        personal.showing(actor, [ln.code for ln in lines if ln.phone], (personal.PHONE,), purpose, how)
    return RenewalList(as_of, days, estate.name, estate.company, tuple(lines), full_phones)


def renewal_messages(actor: Actor, days: int, out: str | Path, *, layout: str = "generic",
                     template: str = RENEWAL_TEXT, as_of: date | None = None, full_phones: bool = False,
                     purpose: str = "") -> tuple[Path, int]:
    """The renewal list as a message list: a unit once, with the earliest paid-through day as
    {due} and its items' last amounts added up as {amount}; units without a phone left out."""
    actor.require("report.management")
    if layout not in LAYOUTS:
        raise Invalid("名单格式应为 {layouts}", layouts="、".join(LAYOUTS))
    report = renewal_list(actor, days, as_of, full_phones=full_phones, purpose=purpose, how="export")
    by_unit: dict[str, list[RenewalLine]] = {}
    for line in report.lines:
        by_unit.setdefault(line.code, []).append(line)
    entries = []
    for code, lines in sorted(by_unit.items()):
        if lines[0].phone:
            entries.append((lines[0].owner, lines[0].phone, code, sum(ln.last_amount_fen for ln in lines),
                            min(ln.paid_through for ln in lines)))
    if not entries:
        raise NotFound("没有即将到期且留有电话的户，未生成名单")
    return write_message_list(out, layout, entries, template, report.title), len(entries)
