"""记账凭证's rows: an estate's accounts by voucher key, the marks of vouchers exported, and the
closes of the days a voucher is made from."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..convert import stored_date, stored_time
from ..db import rows
from ..models import VoucherAccount, VoucherExport


def accounts(estate_id: int) -> dict[str, tuple[str, str]]:
    """key -> (code, name) the estate has set."""
    return {k: (c, n) for k, c, n in rows("SELECT key, code, name FROM voucher_account WHERE estate_id = ?",
                                          (estate_id,))}


def set_account(estate_id: int, key: str, code: str, name: str, at, by: int) -> None:
    """The estate's account for `key`, replacing what it had (the change is audited by the caller)."""
    (VoucherAccount.insert(estate=estate_id, key=key, code=code, name=name, changed_at=at, changed_by=by)
     .on_conflict(conflict_target=[VoucherAccount.estate, VoucherAccount.key],
                  update={VoucherAccount.code: code, VoucherAccount.name: name, VoucherAccount.changed_at: at,
                          VoucherAccount.changed_by: by})
     .execute())


def items(estate_id: int) -> list[tuple[str, str, bool]]:
    """(code, name, is a deposit) of the estate's fee items, in their order."""
    return [(c, n, bool(d)) for c, n, d in rows(
        "SELECT code, name, is_deposit FROM fee_item WHERE estate_id = ? ORDER BY sort_order, code", (estate_id,))]


@dataclass(frozen=True)
class Closed:
    id: int
    business_date: date
    report_json: str


def closes_between(estate_id: int, first: date, last: date) -> list[Closed]:
    """The days' active closes (not reopened), by date."""
    return [Closed(i, stored_date(d), j) for i, d, j in rows(
        "SELECT id, business_date, report_json FROM day_close WHERE estate_id = ? AND business_date >= ? "
        "AND business_date <= ? AND reopened_at IS NULL ORDER BY business_date, id",
        (estate_id, first.isoformat(), last.isoformat()))]


@dataclass(frozen=True)
class Mark:
    id: int
    business_date: date
    day_close_id: int | None
    exported_at: datetime
    exported_by: str
    format: str
    file_name: str
    lines_json: str
    again: bool
    reverses_id: int | None
    close_reopened: bool        # its close was reopened since
    reversed: bool              # a later mark reverses it


def marks_between(estate_id: int, first: date, last: date) -> list[Mark]:
    """The days' export marks, oldest first, each with whether its close was reopened and whether
    it was reversed since."""
    return [Mark(i, stored_date(d), c, stored_time(at), who or "", f, name, lines, bool(again), rev, bool(reopened),
                 bool(undone)) for i, d, c, at, who, f, name, lines, again, rev, reopened, undone in rows(
        'SELECT v.id, v.business_date, v.day_close_id, v.exported_at, u.display_name, v.format, v.file_name, '
        "v.lines_json, v.again, v.reverses_id, dc.reopened_at IS NOT NULL, "
        "EXISTS (SELECT 1 FROM voucher_export r WHERE r.reverses_id = v.id) "
        'FROM voucher_export v LEFT JOIN "user" u ON u.id = v.exported_by_id '
        "LEFT JOIN day_close dc ON dc.id = v.day_close_id "
        "WHERE v.estate_id = ? AND v.business_date >= ? AND v.business_date <= ? ORDER BY v.business_date, v.id",
        (estate_id, first.isoformat(), last.isoformat()))]


def new_mark(**columns) -> int:
    """Record a voucher written to a file (columns as the model names them); its id."""
    return VoucherExport.create(**columns).id
