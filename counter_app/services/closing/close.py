"""Shift close (交班, X and Z reports) and the manager's day close (日结). The figures come from
core.closeout over the stored documents; a closed report is stored and reprinted from storage."""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date

from ...core import text
from ...core.closeout import Figures, counted_total, explained, validate_count
from ...core.errors import Finding, Invalid, NotFound, Refused, Sentences
from ...core.money import format_yuan
from ...store.db import write_transaction
from ...store.queries.estate import estate_by_id
from ...store.queries import invoices as invoice_queries, reports as report_queries, shifts as shift_queries
from ...store.queries.shifts import consultations_in_shift
from ...store.queries.users import display_names
from ...ledger.estate import estate_of
from ...ledger import audit, clock, numbering, seals
from ...ledger.context import Actor
from ...ledger.shifts import blind_count
from ...ledger.takings import figures_of as _figures, summarised as _summarise

Z_SERIES = "Z"
Z_FORMAT = "Z{seq:06d}"


# -- the report ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShiftReport:
    kind: str                 # "X" (interim, changes nothing) or "Z" (the close)
    z_number: str
    title: str                 # the estate's name, as the reports' subtitle says whose figures they are
    company: str
    cashier: str
    shift_id: int
    business_date: str
    opened_at: str
    closed_at: str            # for an X report: when it was printed
    figures: Figures
    counted: dict             # 分 denomination -> pieces
    counted_fen: int | None
    difference_fen: int | None
    note: str
    consultations: int = 0    # consultations logged in the shift
    # the audit chain's head when the report was made (for a Z report: just before its close), so
    # a rewrite of anything before it is caught even by someone holding the key (audit verify --anchor)
    anchor: str = ""
    # blind count (盲点): the cashier's X report, and the count before it is saved, show no expected
    # cash, nor the cash figures it is made from (tenders, cash in and out); the figures are blanked
    blind: bool = False

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ShiftReport":
        data = json.loads(text)
        data["figures"] = _figures(data["figures"])
        data["counted"] = {int(k): v for k, v in data["counted"].items()}
        return cls(**data)


def _when(value, tz: str) -> str:
    return clock.stored_text(value, tz)


def _report(shift, kind: str, z_number: str = "", counted: dict | None = None, note: str = "",
            closed_at=None) -> ShiftReport:
    estate = estate_by_id(shift.estate_id)
    figures = _summarise(shift.float_fen, [shift.id])
    counted_fen = counted_total(counted) if counted is not None else None
    return ShiftReport(kind, z_number, estate.name, estate.company,
                       display_names().get(shift.user_id, ""), shift.id, str(shift.business_date or ""),
                       _when(shift.opened_at, estate.timezone),
                       _when(closed_at or clock.to_db(clock.now_utc()), estate.timezone), figures, counted or {},
                       counted_fen, None if counted_fen is None else counted_fen - figures.expected_cash_fen, note,
                       consultations_in_shift(shift.id), audit.current_anchor())


def _open_shift_of(actor: Actor):
    shift = shift_queries.open_shift_row(actor.user_id, estate_of(actor).id)
    if shift is None:
        raise NotFound("没有未交班的班次")
    return shift


def _blinded(report: ShiftReport) -> ShiftReport:
    """The report without what would tell the cashier the expected cash before the count is saved."""
    f = report.figures
    hidden = dataclasses.replace(f, expected_cash_fen=0, cash_in_fen=0, cash_out_fen=0, by_tender={},
                                 refunds_by_method={})
    return dataclasses.replace(report, figures=hidden, difference_fen=None, blind=True)


def x_report(actor: Actor) -> ShiftReport:
    """X 报表: the running shift's figures at this moment, marked interim; changes nothing. Under
    blind count a cashier's shows no expected cash until the count is saved (a manager's does)."""
    actor.require("payment.take")
    shift = _open_shift_of(actor)
    report = _report(shift, "X", counted=_saved_count(shift))
    return _blinded(report) if blind_count(actor) and _saved_count(shift) is None else report


def _saved_count(shift) -> dict | None:
    """A blind count saved before the close, or None."""
    return {int(k): v for k, v in json.loads(shift.counted_json).items()} if shift.counted_json else None


def save_count(actor: Actor, counts: dict[int, int]) -> ShiftReport:
    """盲点: the count is saved (audited, sealed) before the cashier sees the expected cash; it
    cannot be changed afterwards. Returns the X report with the count and the difference, now
    shown. Only under blind count."""
    actor.require("payment.take")
    counts = validate_count(counts)
    with write_transaction():
        shift = _open_shift_of(actor)
        if not estate_of(actor).blind_count:
            raise Refused("本小区没有启用盲点，点钞随交班一起保存")
        if _saved_count(shift) is not None:
            raise Refused("点钞已经保存，不能重点")
        shift_queries.save_count(shift.id, json.dumps(counts), counted_total(counts))
        audit.record(actor.username, "shift.count", "shift", shift.id, after={"counted_fen": counted_total(counts)})
        seals.seal_shift(actor.username, shift.id, {"counted", "counted_fen"})
    return _report(shift_queries.shift_by_id(shift.id), "X", counted=counts)


def close_shift(actor: Actor, counts: dict[int, int] | None, note: str = "") -> ShiftReport:
    """交班: the counted drawer against the expected cash; a difference needs a note. The Z
    number is gapless for the estate and never reset. The shift is then locked. Under blind count
    the count is saved first, in its own transaction, so a difference refused for want of a note
    is said with the count already kept; `counts` None closes with the count saved."""
    actor.require("payment.take")
    if counts is None:
        counts = _saved_count(_open_shift_of(actor))
        if counts is None:
            raise Invalid("请先点钞")
    counts = validate_count(counts)
    note = text.clean(note, "交班说明", lines=True)
    if blind_count(actor) and _saved_count(_open_shift_of(actor)) is None:
        save_count(actor, counts)           # committed first: a count seen to differ is not redone
    with write_transaction():
        shift = _open_shift_of(actor)
        saved = _saved_count(shift)
        if saved is not None and saved != counts:
            raise Refused("点钞已经保存（{amount} 元），交班须用保存的点钞", amount=format_yuan(counted_total(saved)))
        now = clock.to_db(clock.now_utc())
        draft = _report(shift, "Z", counted=counts, note=note.strip(), closed_at=now)
        explained(draft.difference_fen, note)
        _, z_number = numbering.next_number(estate_of(actor), Z_SERIES, 0, Z_FORMAT)
        report = dataclasses.replace(draft, z_number=z_number)
        updated = shift_queries.close_shift_row(shift.id, closed_at=now, counted_json=json.dumps(counts),
                                                counted_fen=report.counted_fen,
                                                expected_fen=report.figures.expected_cash_fen,
                                                difference_fen=report.difference_fen, note=note.strip(),
                                                z_number=z_number, report_json=report.to_json())
        if updated != 1:
            raise Refused("该班次已经交班")
        audit.record(actor.username, "shift.close", "shift", shift.id,
                     after={"z": z_number, "expected_fen": report.figures.expected_cash_fen,
                            "counted_fen": report.counted_fen, "difference_fen": report.difference_fen,
                            "note": note.strip(), "receipts": report.figures.receipt_count})
        seals.seal_shift(actor.username, shift.id, {"closed", "closed_at", "counted", "counted_fen", "expected_fen",
                                                    "difference_fen", "note", "z_number", "report"})
    audit.note_anchor(f"交班 {report.z_number}", report.anchor)
    return report


def stored_report(actor: Actor, shift_id: int) -> ShiftReport:
    """A closed shift's Z report exactly as it was at the close: the cashier's own, or any of the
    estate's for a manager."""
    actor.require("payment.take")
    shift = shift_queries.shift_of_estate(shift_id, estate_of(actor).id)
    if shift is not None and shift.user_id != actor.user_id:
        actor.require("report.day")
    if shift is None or not shift.report_json:
        raise NotFound("班次 {shift} 没有交班报表", shift=shift_id)
    return ShiftReport.from_json(shift.report_json)


# -- the day ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DayReport:
    business_date: str
    title: str                 # the estate's name, as the reports' subtitle says whose figures they are
    company: str
    shifts: tuple[tuple, ...]   # (shift id, cashier, Z, received, expected cash, counted, difference, deposit)
    open_shifts: tuple[str, ...]   # Findings (worded at the edge) until stored; none once closed
    figures: Figures
    counted_fen: int
    difference_fen: int
    deposit_fen: int            # cash to take to the bank: counted cash less the floats kept
    closed_by: str = ""
    # the day's automatic prepaid deductions (KK, outside any shift): (number, unit, amount, status)
    deductions: tuple[tuple, ...] = ()
    closed_at: str = ""
    status: str = "open"        # open / closed / reopened
    # invoice requests for the day's receipts: (receipt, buyer, status in words, amount), as of the report
    invoices: tuple[tuple, ...] = ()
    # earlier closes of the day an administrator reopened: (closed at, by, reopened at, by, reason)
    reopenings: tuple[tuple, ...] = ()
    anchor: str = ""            # the audit chain's head when the report was made (at a close: just before it)
    previous_anchor: str = ""   # the head printed on the day report of the last day closed before it

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "DayReport":
        data = json.loads(text)
        data["figures"] = _figures(data["figures"])
        data["shifts"] = tuple(tuple(x) for x in data["shifts"])
        data["open_shifts"] = tuple(data["open_shifts"])
        data["deductions"] = tuple(tuple(x) for x in data.get("deductions", ()))   # a report stored before them
        data["invoices"] = tuple(tuple(x) for x in data.get("invoices", ()))
        data["reopenings"] = tuple(tuple(x) for x in data.get("reopenings", ()))
        return cls(**data)


def active_day_close(estate_id: int, day: date):
    """The day's close row not reopened, or None."""
    return shift_queries.active_day_close(estate_id, day)


def day_report(actor: Actor, day: date) -> DayReport:
    actor.require("report.day")
    estate = estate_of(actor)
    closed = active_day_close(estate.id, day)
    if closed is not None:
        return DayReport.from_json(closed.report_json)
    return _day_report(estate, day)


def _day_report(estate, day: date) -> DayReport:
    shifts = shift_queries.shifts_on(estate.id, day)
    names = display_names()
    figures = _summarise(sum(s.float_fen for s in shifts), [s.id for s in shifts])
    rows, open_shifts = [], []
    for s in shifts:
        if s.closed_at is None:
            open_shifts.append(Finding("{cashier}（班次 {shift}，{opened} 开班）", cashier=names.get(s.user_id, ""),
                                       shift=s.id, opened=_when(s.opened_at, estate.timezone)))
            rows.append((s.id, names.get(s.user_id, ""), "", None, None, None, None, None))
            continue
        report = ShiftReport.from_json(s.report_json)
        # To the bank: what was counted less the change kept (the float and any paid-in), plus what
        # was dropped in the safe during the shift.
        f = report.figures
        rows.append((s.id, names.get(s.user_id, ""), s.z_number, f.received_fen, f.expected_cash_fen,
                     report.counted_fen, report.difference_fen,
                     report.counted_fen - s.float_fen - f.paid_in_fen + f.drops_fen))
    counted = sum(r[5] for r in rows if r[5] is not None)
    reopenings = _reopenings(estate, day)
    return DayReport(day.isoformat(), estate.name, estate.company, tuple(rows), tuple(open_shifts), figures,
                     counted, sum(r[6] for r in rows if r[6] is not None),
                     sum(r[7] for r in rows if r[7] is not None),
                     deductions=tuple(tuple(d) for d in report_queries.deductions_on(estate.id, day)),
                     invoices=tuple(invoice_queries.of_shifts([s.id for s in shifts])),
                     status="reopened" if reopenings else "open", reopenings=reopenings,
                     anchor=audit.current_anchor(), previous_anchor=_previous_anchor(estate.id, day))


def _reopenings(estate, day: date) -> tuple[tuple, ...]:
    """The day's earlier closes that an administrator reopened, oldest first: a day closed again
    says on its report that it was closed before, when, by whom, and why it was reopened."""
    names = display_names()
    return tuple((_when(c.closed_at, estate.timezone), names.get(c.closed_by_id, ""),
                  _when(c.reopened_at, estate.timezone), names.get(c.reopened_by_id, ""), c.reopen_reason)
                 for c in shift_queries.reopened_day_closes(estate.id, day))


def first_business_day(estate) -> date | None:
    """The ledger's first business day for the estate: the day it was set up, or its first shift
    if that was earlier (an estate brought in by an upgrade, whose trail does not say)."""
    created, shift = shift_queries.first_days(estate.id)
    days = [d for d in (clock.local(created, estate.timezone).date() if created else None, shift) if d]
    return min(days) if days else None


def _closable(estate, day: date) -> None:
    """A day that can be closed: not in the future (closing tomorrow would stop tomorrow's shifts)
    and not before the ledger's first day."""
    today = clock.business_date(estate.timezone)
    if day > today:
        raise Refused("{day} 还没有到（今天是 {today}），不能日结以后的营业日", day=day, today=today)
    first = first_business_day(estate)
    if first is not None and day < first:
        raise Refused("{day} 早于本账本的第一个营业日 {first}，没有可日结的营业日", day=day, first=first)


def closable(actor: Actor, day: date) -> DayReport:
    """The day's report if the day can be closed now (what the close will lock, to be shown before
    it is asked for); refused in words otherwise: a day in the future, before the ledger's first,
    already closed, or with a shift still open."""
    actor.require("report.day")
    estate = estate_of(actor)
    _closable(estate, day)
    if active_day_close(estate.id, day) is not None:
        raise Refused("{day} 已经日结", day=day)
    report = _day_report(estate, day)
    if report.open_shifts:
        raise Refused("还有未交班的班次，不能日结：{shifts}", shifts=Sentences(report.open_shifts))
    return report


def _previous_anchor(estate_id: int, day: date) -> str:
    """The head printed on the last day report closed before `day`: the two papers chain."""
    before = shift_queries.report_before(estate_id, day)
    return json.loads(before).get("anchor", "") if before else ""


def close_day(actor: Actor, day: date) -> DayReport:
    """日结: every shift of the date must be closed; the date is then locked."""
    actor.require("report.day")
    with write_transaction():
        estate = estate_of(actor)
        report = closable(actor, day)
        now = clock.to_db(clock.now_utc())
        report = dataclasses.replace(report, closed_by=actor.display_name, closed_at=_when(now, estate.timezone), status="closed")
        shift_queries.new_day_close(estate_id=estate.id, business_date=day, closed_at=now, closed_by=actor.user_id,
                                    report_json=report.to_json())
        audit.record(actor.username, "day.close", "day", day.isoformat(),
                     after={"received_fen": report.figures.received_fen, "deposit_fen": report.deposit_fen,
                            "shifts": len(report.shifts), "reopened_before": len(report.reopenings)})
        seals.seal_day(actor.username, estate.id, day, {"closed", "closes"})
    audit.note_anchor(f"日结 {day}", report.anchor)
    return report


def reopen_day(actor: Actor, day: date, reason: str) -> None:
    """重开日结: the day's close is set aside (kept, with who reopened it, when and why); shifts
    can be opened on it again, and its report, closed again, lists the reopening."""
    actor.require("settings.edit")          # administrators only
    reason = text.clean(reason, "重新打开日结的原因")
    if not reason:
        raise Invalid("重新打开日结必须填写原因")
    with write_transaction():
        closed = active_day_close(estate_of(actor).id, day)
        if closed is None:
            raise Refused("{day} 没有日结", day=day)
        shift_queries.reopen_day_close(closed.id, at=clock.to_db(clock.now_utc()), by=actor.user_id,
                                       reason=reason.strip())
        audit.record(actor.username, "day.reopen", "day", day.isoformat(), after={"reason": reason})
        seals.seal_day(actor.username, estate_of(actor).id, day, {"closed", "closes"})


