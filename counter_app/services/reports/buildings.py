"""楼栋收费情况: per building, the units that paid at the counter on a day (本日已交户数) and the
year's cleared arrears (历史欠费清缴): units that owed charges of earlier years when the year
began, paid some of them this year, and owe none of them at the end of the day; their number and
what they paid of those charges this year (less refunds). Units still owing old charges after
paying part are counted apart (部分清缴)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.tables import TOTAL, Fen, Section
from ...store.queries import lists as list_queries
from ...store.queries.units import buildings_named
from ...ledger.estate import estate_of
from ...ledger import clock
from ...ledger.context import Actor
from .printed import Printed


@dataclass(frozen=True)
class BuildingLine:
    building: str              # its name, 3栋
    units: int
    paying_today: int          # 本日已交户数
    receipts_today: int
    cleared: int               # 历史欠费清缴户
    cleared_fen: int           # 清缴金额: what the cleared units paid of old charges this year
    partly: int                # paid some old charges this year, still owing some
    partly_fen: int


@dataclass(frozen=True)
class BuildingsReport(Printed):
    day: date
    title: str
    company: str
    lines: tuple[BuildingLine, ...]

    heading = property(lambda self: f"楼栋收费情况 {self.day.isoformat()}")
    stem = property(lambda self: f"buildings-{self.day.isoformat()}")
    footer = property(lambda self: (
        f"本日已交户数：{self.day.isoformat()} 有有效柜台收据的户。历史欠费：{self.day.year} 年以前各期的费用；"
        f"清缴户：年初尚欠、{self.day.year} 年内（至当日）缴过且当日结束时已无历史欠费的户，金额为其本年所缴历史欠费"
        "（扣除退款）；部分清缴：缴过但仍有欠费。"))

    def sections(self) -> list[Section]:
        rows = tuple((ln.building, ln.units, ln.paying_today, ln.receipts_today, ln.cleared, Fen(ln.cleared_fen),
                      ln.partly, Fen(ln.partly_fen)) for ln in self.lines)
        total = (TOTAL, *(sum(r[n] for r in rows) for n in range(1, 5)), Fen(sum(ln.cleared_fen for ln in self.lines)),
                 sum(ln.partly for ln in self.lines), Fen(sum(ln.partly_fen for ln in self.lines)))
        return [Section(f"各楼栋（{self.day.isoformat()}；历史欠费为 {self.day.year} 年以前各期）",
                        ("楼栋", "户数", "本日已交户数", "本日收据张数", "历史欠费清缴户", "清缴金额", "部分清缴户",
                         "部分清缴金额"), rows + ((total,) if rows else ()))]


def buildings_report(actor: Actor, day: date | None = None) -> BuildingsReport:
    actor.require("report.management")
    estate = estate_of(actor)
    day = day or clock.business_date(estate.timezone)
    year_start = date(day.year, 1, 1)
    building_of = list_queries.unit_buildings(estate.id)
    paying = list_queries.paying_units_on(estate.id, day)
    paid_old = list_queries.old_arrears_paid(estate.id, year_start, day)
    still = list_queries.old_arrears_owed(estate.id, sorted(u for u, s in paid_old.items() if s > 0), year_start, day)
    per: dict[int, list[int]] = {}
    for unit, building in building_of.items():
        counts = per.setdefault(building, [0] * 7)
        counts[0] += 1
        if unit in paying:
            counts[1] += 1
            counts[2] += paying[unit]
        paid = paid_old.get(unit, 0)
        if paid > 0:
            cleared = still.get(unit, 0) <= 0
            counts[3 if cleared else 5] += 1
            counts[4 if cleared else 6] += paid
    names = buildings_named(estate)
    lines = [BuildingLine(names[b][1] or names[b][0], *counts) for b, counts in per.items()]
    lines.sort(key=lambda ln: _natural(ln.building))
    return BuildingsReport(day, estate.name, estate.company, tuple(lines))


def _natural(text: str) -> tuple:
    """3栋 before 12栋."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return (int(digits) if digits else 0, text)
