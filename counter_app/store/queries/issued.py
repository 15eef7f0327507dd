"""What a ledger has issued, for comparing a backup with the ledger in use before a restore: its
number series' counters, and what it holds beyond a given point of each (receipts and refunds by
number, voids, Z reports, day closes), each with its business day."""
from __future__ import annotations

from ..convert import stored_date
from ..db import rows
from ..models import NumberSkip


def counters() -> dict[tuple[int, str, int], int]:
    """(estate, series, year) -> the highest number issued in that series."""
    return {(e, s, y): last for e, s, y, last in rows("SELECT estate_id, series, year, last_seq FROM document_counter")}


def numbered_after(estate_id: int, series: str, year: int, seq: int) -> list[tuple[str, str, int, object]]:
    """(number, unit, total, business day) of the receipts and refunds of a series numbered after
    `seq`."""
    found = rows("SELECT p.number, u.code, p.total_fen, p.business_date FROM payment p JOIN unit u ON u.id = p.unit_id "
                 "WHERE p.estate_id = ? AND p.series = ? AND p.year = ? AND p.seq > ? "
                 "UNION ALL SELECT r.number, u.code, r.total_fen, r.business_date FROM refund r "
                 "JOIN unit u ON u.id = r.unit_id WHERE r.estate_id = ? AND r.series = ? AND r.year = ? AND r.seq > ? "
                 "ORDER BY 1", (estate_id, series, year, seq) * 2)
    return [(n, u, t, stored_date(d)) for n, u, t, d in found]


def voided() -> dict[int, tuple[str, str, int, object]]:
    """Voided receipts: id -> (number, unit, total, business day: a receipt is voided in its shift)."""
    return {i: (n, u, t, stored_date(d)) for i, n, u, t, d in rows(
        "SELECT p.id, p.number, u.code, p.total_fen, p.business_date FROM payment p JOIN unit u ON u.id = p.unit_id "
        "WHERE p.status = 'voided'")}


def z_reports() -> dict[int, tuple[str, object]]:
    """Closed shifts: id -> (Z number, business day)."""
    return {i: (z, stored_date(d) if d else None) for i, z, d in rows(
        "SELECT id, z_number, business_date FROM shift WHERE z_number IS NOT NULL")}


def day_closes() -> set[tuple[int, object]]:
    """(estate, business day) of every day close still in force."""
    return {(e, stored_date(d)) for e, d in rows("SELECT estate_id, business_date FROM day_close "
                                                   "WHERE reopened_at IS NULL")}


def continue_series(estate_id: int, series: str, year: int, last: int) -> None:
    """A series' counter moved on to `last`, its row made if the series is new here."""
    if not rows("UPDATE document_counter SET last_seq = ? WHERE estate_id = ? AND series = ? AND year = ? "
                "RETURNING id", (last, estate_id, series, year)):
        rows("INSERT INTO document_counter (estate_id, series, year, last_seq) VALUES (?, ?, ?, ?)",
             (estate_id, series, year, last))


def record_skip(estate_id: int, series: str, year: int, first: int, last: int, reason: str, at, username: str) -> None:
    """Numbers `first` to `last` of a series recorded as skipped: issued before a restore, never
    issued again (its row is sealed with the transaction's audit row)."""
    NumberSkip.create(estate=estate_id, series=series, year=year, first_seq=first, last_seq=last, reason=reason,
                      created_at=at, username=username)
