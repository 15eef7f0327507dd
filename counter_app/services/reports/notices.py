"""缴费通知单 and 催缴通知单: a notice per unit of what it owes, for a building, a floor, an aging
bucket or chosen units. A 缴费 notice lists every open charge, its total the counter's 应缴合计; a
催缴 notice what is already overdue, its total the counter's 逾期合计 (core.figures), and it says
what it leaves out (未到期, 今日到期) and the 应缴合计; both with the late fee to date, as the
counter charges it. Each carries the unit's number as a Code128 barcode that the counter's search
box opens directly (documents/notice.py draws them)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.collection import bucket_of
from ...core.daxie import amount_in_words
from ...core.errors import Invalid, NotFound
from ...core.figures import NAMES, Owing, days_overdue
from ...store.queries.occupants import owner_names
from ...store.queries.units import selected_units
from ...ledger.estate import estate_of, find_building
from ...ledger import clock
from ...ledger.context import Actor
from ...ledger.dues import owed, owing_of_lines

KINDS = {"due": "缴费通知单", "overdue": "催缴通知单"}
# The figure each kind's total is (core.figures.NAMES): the counter shows the same for the unit.
TOTALS = {"due": "total", "overdue": "overdue_total"}


@dataclass(frozen=True)
class NoticeLine:
    item: str
    period: str
    due_date: date
    principal_fen: int
    late_fee_fen: int


@dataclass(frozen=True)
class Notice:
    kind: str                  # due / overdue
    unit: str
    owner: str
    lines: tuple[NoticeLine, ...]
    as_of: date
    pay_by: date               # the last day to pay before (more) late fees
    owing: Owing | None = None     # everything the unit owes on as_of (core.figures)

    @property
    def total_name(self) -> str:
        """What the total is, in the counter's words: 应缴合计 or 逾期合计."""
        return NAMES[TOTALS[self.kind]]

    @property
    def left_out(self) -> tuple[tuple[str, int], ...]:
        """(figure's name, amount) of what the unit owes that this notice does not list."""
        if self.kind == "due" or self.owing is None:
            return ()
        return tuple((NAMES[key], amount) for key, amount in (("due_today", self.owing.due_today_fen),
                                                                 ("not_yet_due", self.owing.not_yet_due_fen)) if amount)

    @property
    def principal_fen(self) -> int:
        return sum(line.principal_fen for line in self.lines)

    @property
    def late_fee_fen(self) -> int:
        return sum(line.late_fee_fen for line in self.lines)

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.late_fee_fen

    @property
    def total_words(self) -> str:
        return amount_in_words(self.total_fen)


@dataclass(frozen=True)
class NoticeBatch:
    kind: str
    title: str                 # the estate's name
    company: str
    address: str
    phone: str
    notices: tuple[Notice, ...]


def notices(actor: Actor, kind: str, *, building_code: str = "", floor: int | None = None, bucket: str = "",
            unit_codes: list[str] = (), as_of: date | None = None, progress=None) -> NoticeBatch:
    """The notices of a selection; a unit owing nothing of the kind gets none. Refused, said in
    words, for an unknown kind or building, or a selection with nothing to notify."""
    actor.require("report.management")
    if kind not in KINDS:
        raise Invalid("通知单种类应为 due（缴费）或 overdue（催缴），不是“{kind}”", kind=kind)
    estate = estate_of(actor)
    today = clock.business_date(estate.timezone)
    as_of = as_of or today
    if as_of > today:
        raise Invalid("截至日 {as_of} 在今天（{today}）之后", as_of=as_of, today=today)
    units = selected_units(estate.id, find_building(actor, building_code).id if building_code else None, floor,
                           [c.strip() for c in unit_codes] if unit_codes else None)
    if unit_codes and len(units) < len(set(unit_codes)):
        missing = sorted(set(unit_codes) - {u.code for u in units})
        raise NotFound("没有这些房号：{units}", units="、".join(missing))
    owners = owner_names([u.id for u in units])
    out = []
    for n, unit in enumerate(units):
        if progress:
            progress(n, len(units))
        due = owed(actor, unit, as_of)
        # 催缴: what is past due; 缴费: everything open, with the late fee of what is already
        # late, as the counter would charge it.
        chosen = [d for d in due if d.due_date < as_of or kind == "due"]
        if not chosen or (bucket and bucket_of(days_overdue(min(d.due_date for d in chosen), as_of)) != bucket):
            continue
        lines = tuple(NoticeLine(d.item_name, f"{d.period_start:%Y.%m.%d}-{d.period_end:%Y.%m.%d}", d.due_date,
                                 d.outstanding_fen, d.late_fee_fen) for d in chosen)
        pay_by = max(as_of, min(d.due_date for d in chosen)) if kind == "due" else as_of
        out.append(Notice(kind, unit.code, owners.get(unit.id, ""), lines, as_of, pay_by, owing_of_lines(due, as_of)))
    if not out:
        raise NotFound("所选范围内没有需要通知的欠费，未生成通知单")
    return NoticeBatch(kind, estate.name, estate.company, estate.address or "", estate.phone or "", tuple(out))
