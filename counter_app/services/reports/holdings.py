"""预存与押金: what the office holds for owners, unit by unit: prepaid balances (money paid ahead,
owed back as fees fall due or on leaving) and deposits held (装修押金 and the like, returned when
the work is accepted). Totals equal the ledger's: the balances are the units' own, and the
deposits follow the rule of a unit's view for every unit at once."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...store.queries import reports as report_queries
from ...store.queries.occupants import owner_names, unit_codes
from ...ledger.estate import estate_of, find_building
from ...ledger import clock
from ...ledger.context import Actor


@dataclass(frozen=True)
class HoldingLine:
    code: str
    owner: str
    prepaid_fen: int
    deposits_fen: int

    @property
    def total_fen(self) -> int:
        return self.prepaid_fen + self.deposits_fen


@dataclass(frozen=True)
class HoldingsReport:
    as_of: date
    building: str
    title: str                 # the estate's name
    company: str
    lines: tuple[HoldingLine, ...]

    @property
    def prepaid_fen(self) -> int:
        return sum(line.prepaid_fen for line in self.lines)

    @property
    def deposits_fen(self) -> int:
        return sum(line.deposits_fen for line in self.lines)


def holdings_report(actor: Actor, building_code: str = "") -> HoldingsReport:
    actor.require("report.management")
    estate = estate_of(actor)
    building = find_building(actor, building_code) if building_code else None
    building_id = building.id if building else None
    prepaid = report_queries.prepaid_balances(estate.id, building_id)
    deposits = report_queries.deposits_by_unit(estate.id, building_id)
    units = sorted(set(prepaid) | set(deposits))
    codes, owners = unit_codes(units), owner_names(units)
    lines = sorted((HoldingLine(codes[u], owners.get(u, ""), prepaid.get(u, 0), deposits.get(u, 0)) for u in units),
                   key=lambda line: line.code)
    return HoldingsReport(clock.business_date(estate.timezone), building_code, estate.name, estate.company,
                          tuple(lines))

