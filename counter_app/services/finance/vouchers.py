"""记账凭证: a closed day's takings (or each closed day of a month) as a voucher under the estate's
accounts, written in the column layout 金蝶 or 用友 imports, or as a plain CSV.

A day's voucher is exported once: the export is marked (who, when, the file, the lines as
written) in the transaction that audits it, and a second export of the day is refused unless asked
for again on purpose (`again`, audited as such). A day reopened after its voucher was exported is
flagged: the next export of that day writes the red reversal of what was exported (from the mark's
lines, not recomputed) before the day's new voucher, if the day is closed again, and marks it.
The voucher arithmetic is core/vouchers.py; the layouts core/voucher_layout.py over
resources/vouchers/*.toml (an office's copy in the data folder wins)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ... import paths
from ...core import voucher_layout, vouchers as rules
from ...core.errors import Invalid, NotFound, Refused, Unavailable
from ...core.periods import Month
from ...ledger import audit, clock
from ...ledger.context import Actor
from ...ledger.estate import estate_of
from ...ledger.takings import figures_of
from ...store.db import write_transaction
from ...store.queries import vouchers as queries
from ..common.exports import write_csv, write_xlsx

FORMAT_NAMES = {"kingdee": "金蝶 KIS/K3", "yonyou": "用友 T3/U8", "csv": "CSV"}


@dataclass(frozen=True)
class AccountRow:
    key: str
    label: str
    code: str
    name: str
    own: bool                 # set by the estate (else the default)


@dataclass(frozen=True)
class DayStatus:
    day: date
    closed: bool
    exported_at: str          # the last export of the day's voucher, in local time, or ""
    exported_by: str
    file_name: str
    flagged: bool             # exported, then the day was reopened: its voucher awaits reversal


@dataclass(frozen=True)
class Exported:
    path: Path
    written: tuple[tuple[date, bool, int], ...]     # (day, a reversal, debit total in 分) per voucher
    skipped: tuple[tuple[date, str], ...]           # (day, why) of a month's days left out


def _keys(estate_id: int) -> list[tuple[str, str, bool]]:
    """(key, label, is a deposit item) of every key the estate's vouchers can use, in screen order."""
    items = queries.items(estate_id)
    known = [(rules.TENDER + m, rules.label_of(rules.TENDER + m), False) for m in rules.METHODS]
    known += [(rules.ITEM + code, name, deposit) for code, name, deposit in items]
    known += [(k, rules.LABELS[k], False) for k in rules.LABELS]
    listed = {k for k, _l, _d in known}
    return known + [(k, rules.label_of(k), False) for k in sorted(queries.accounts(estate_id)) if k not in listed]


def accounts(actor: Actor) -> list[AccountRow]:
    """Every voucher key with the account it posts to now."""
    actor.require("finance.voucher")
    estate_id = estate_of(actor).id
    own = queries.accounts(estate_id)
    out = []
    for key, label, deposit in _keys(estate_id):
        account = rules.Account(*own[key]) if key in own else rules.default_account(key, deposit)
        out.append(AccountRow(key, label, account.code, account.name, key in own))
    return out


def set_account(actor: Actor, key: str, code: str, name: str) -> AccountRow:
    """The estate's account for one key (a tender, a fee item, …), audited with what it was."""
    actor.require("finance.voucher")
    account = rules.checked_account(code, name)
    with write_transaction():
        rows = {r.key: r for r in accounts(actor)}
        key = (key or "").strip()
        if key not in rows:
            raise NotFound("没有这样的凭证科目项：{key}", key=key)
        before = rows[key]
        queries.set_account(estate_of(actor).id, key, account.code, account.name, clock.to_db(clock.now_utc()),
                            actor.user_id)
        audit.record(actor.username, "voucher.account", "voucher_account", key,
                     before={"code": before.code, "name": before.name},
                     after={"code": account.code, "name": account.name})
    return AccountRow(key, before.label, account.code, account.name, True)


def _mapping(estate_id: int) -> tuple[dict[str, rules.Account], dict[str, tuple[str, bool]]]:
    own = {k: rules.Account(c, n) for k, (c, n) in queries.accounts(estate_id).items()}
    return own, {name: (code, deposit) for code, name, deposit in queries.items(estate_id)}


def _voucher_of(closed: queries.Closed, own, items) -> rules.Voucher:
    return rules.day_voucher(closed.business_date, figures_of(json.loads(closed.report_json)["figures"]), own, items)


def preview(actor: Actor, day: date) -> rules.Voucher:
    """The voucher a closed day makes now (nothing marked)."""
    actor.require("finance.voucher")
    estate_id = estate_of(actor).id
    closes = queries.closes_between(estate_id, day, day)
    if not closes:
        raise Refused("{day} 还没有日结，日结后才能生成凭证", day=day)
    return _voucher_of(closes[-1], *_mapping(estate_id))


def _span(day: date | None, month: str | None) -> tuple[date, date]:
    if (day is None) == (month is None):
        raise Invalid("请指定一个营业日或一个月份")
    if day is not None:
        return day, day
    m = Month.parse(month)
    return m.first_day(), m.last_day()


def status(actor: Actor, *, day: date | None = None, month: str | None = None) -> list[DayStatus]:
    """The days of the span that have a close or an export: closed or not, last exported when and
    by whom, and whether a reopening left an exported voucher to be reversed."""
    actor.require("finance.voucher")
    estate = estate_of(actor)
    first, last = _span(day, month)
    closed = {c.business_date for c in queries.closes_between(estate.id, first, last)}
    marks = queries.marks_between(estate.id, first, last)
    out = []
    for d in sorted(closed | {m.business_date for m in marks}):
        mine = [m for m in marks if m.business_date == d and m.reverses_id is None]
        last_mark = mine[-1] if mine else None
        out.append(DayStatus(d, d in closed,
                             clock.stored_text(last_mark.exported_at, estate.timezone) if last_mark else "", last_mark.exported_by if last_mark else "",
                             last_mark.file_name if last_mark else "",
                             any(m.close_reopened and not m.reversed for m in mine)))
    return out


def layout(fmt: str) -> voucher_layout.Layout:
    """The format's column layout: the office's copy if it has one, else the shipped one."""
    if fmt not in rules.EXPORT_FORMATS:
        raise Invalid("未知的凭证格式：{format}（可用：{formats}）", format=fmt, formats=", ".join(rules.EXPORT_FORMATS))
    for folder in (paths.user_voucher_layouts_dir(), paths.voucher_layouts_dir()):
        path = folder / f"{fmt}.toml"
        if path.is_file():
            return voucher_layout.parse(path.read_text(encoding="utf-8"), str(path))
    raise NotFound("找不到凭证格式文件 {file}", file=f"{fmt}.toml")


def export(actor: Actor, fmt: str, out: str | Path, *, day: date | None = None, month: str | None = None,
           again: bool = False, first_number: int = 1) -> Exported:
    """Write the day's voucher (or each closed day's of the month, one voucher per day, numbered
    from `first_number`) to `out` and mark each day exported, in one transaction with its audit
    row. A day exported before is refused (a month's is left out and said) unless `again`; a
    reopened day's exported voucher is reversed first."""
    actor.require("finance.voucher")
    chosen = layout(fmt)
    first, last = _span(day, month)
    out = Path(out)
    if first_number < 1:
        raise Invalid("凭证号须从 1 或更大的数开始")
    with write_transaction():
        estate = estate_of(actor)
        plan, skipped = _plan(estate, first, last, again, single=day is not None)
        if not plan:
            raise Refused("{first} 至 {last} 没有可导出的凭证：{why}", first=first, last=last,
                          why="；".join(f"{d} {why}" for d, why in skipped) or "—")
        vouchers = [v for v, _close, _rev in plan]
        temporary = out.with_name(out.name + ".part")
        try:
            try:
                _write(chosen, fmt, temporary, vouchers, first_number, actor.display_name)
            except OSError as exc:
                raise Unavailable("凭证文件没能写到 {path}：{why}", path=str(out), why=exc.strerror or str(exc)) from None
            _mark(actor, estate.id, plan, fmt, out.name, again, f"{first}..{last}")
            # Last before the commit: a file in place is one whose export is marked (a failed commit
            # leaves a file unmarked, exported again next time, never a mark without its file).
            os.replace(temporary, out)
        finally:
            temporary.unlink(missing_ok=True)
    return Exported(out, tuple((v.day, v.reversal, v.debit_fen) for v in vouchers), tuple(skipped))


def _mark(actor: Actor, estate_id: int, plan: list, fmt: str, file_name: str, again: bool, span: str) -> None:
    """Each voucher written, marked with its lines as written, and the export audited."""
    now = clock.to_db(clock.now_utc())
    for voucher, close_id, reverses in plan:
        queries.new_mark(estate=estate_id, business_date=voucher.day, day_close=close_id, exported_at=now,
                         exported_by=actor.user_id, format=fmt, file_name=file_name,
                         lines_json=json.dumps(rules.to_data(voucher), ensure_ascii=False),
                         debit_fen=voucher.debit_fen, again=again and reverses is None, reverses=reverses)
    audit.record(actor.username, "voucher.export", "voucher", span,
                 after={"format": fmt, "file": file_name, "again": again,
                        "days": [[v.day.isoformat(), v.reversal, v.debit_fen] for v, _c, _r in plan]})


def _plan(estate, first: date, last: date, again: bool, single: bool):
    """(voucher, its close id, the mark it reverses) to write, and (day, why) of days left out."""
    own, items = _mapping(estate.id)
    closes = {c.business_date: c for c in queries.closes_between(estate.id, first, last)}
    marks = queries.marks_between(estate.id, first, last)
    plan, skipped = [], []
    for d in sorted(set(closes) | {m.business_date for m in marks}):
        live = [m for m in marks if m.business_date == d and m.reverses_id is None and not m.reversed]
        for m in live:
            if m.close_reopened:
                plan.append((rules.reversal(rules.from_data(json.loads(m.lines_json))), None, m.id))
        closed = closes.get(d)
        if closed is None:
            continue
        done = [m for m in live if m.day_close_id == closed.id]
        if done and not again:
            if single:
                raise Refused("{day} 的凭证已于 {at} 由 {who} 导出到 {file}，确需再次导出请选择“再次导出”（--again）",
                              day=d, at=clock.stored_text(done[-1].exported_at, estate.timezone),
                              who=done[-1].exported_by, file=done[-1].file_name)
            skipped.append((d, "已导出"))
            continue
        plan.append((_voucher_of(closed, own, items), closed.id, None))
    if single and not plan and first not in closes:
        raise Refused("{day} 还没有日结，日结后才能生成凭证", day=first)
    return plan, skipped


def _write(chosen: voucher_layout.Layout, fmt: str, path: Path, vouchers: list, first_number: int,
           preparer: str) -> None:
    headers = voucher_layout.headers(chosen)
    rows = voucher_layout.cells(chosen, vouchers, first_number, preparer, as_text=fmt == "csv")
    if fmt == "csv":
        write_csv(path, headers, rows)
    else:
        write_xlsx(path, {chosen.sheet: (headers, rows)})
