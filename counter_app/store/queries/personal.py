"""People's own data, as the privacy services read and erase it (services/setup/privacy.py)."""
from __future__ import annotations

from ..convert import stored_date, stored_time
from ..db import changed, rows


def former_occupants(cutoff) -> list[tuple]:
    """(person, name, phone, id number, the day they last left) of people no longer living in any
    unit, who left on or before `cutoff` and are not erased yet (their name is still theirs)."""
    return [(p, n, ph, i, stored_date(left)) for p, n, ph, i, left in rows(
        "SELECT p.id, p.name, p.phone, p.id_number, max(o.end_date) FROM person p JOIN occupant o ON o.person_id = p.id "
        "WHERE p.initials <> '' OR p.phone <> '' OR p.id_number <> '' "
        "GROUP BY p.id, p.name, p.phone, p.id_number HAVING count(o.end_date) = count(*) AND max(o.end_date) <= ? "
        "ORDER BY p.id", (cutoff,))]


def units_of_person(person_id: int) -> list[tuple]:
    """(unit id, unit code, role, from, to) of everywhere the person lived or owned."""
    return [(u, c, r, s and stored_date(s), e and stored_date(e)) for u, c, r, s, e in rows(
        "SELECT u.id, u.code, o.role, o.start_date, o.end_date FROM occupant o JOIN unit u ON u.id = o.unit_id "
        "WHERE o.person_id = ? ORDER BY o.start_date, o.id", (person_id,))]


def people_named(name: str, phone: str = "") -> list[tuple]:
    """(id, name, phone, id number) of the people of that name (and phone, when given)."""
    sql = "SELECT id, name, phone, id_number FROM person WHERE name = ?" + (" AND phone = ?" if phone else "")
    return rows(sql + " ORDER BY id", (name, phone) if phone else (name,))


def people_named_by_id(person_id: int) -> list[tuple]:
    return rows("SELECT id, name, phone, id_number FROM person WHERE id = ?", (person_id,))


def erase_person(person_id: int, stand_in: str) -> None:
    changed("UPDATE person SET name = ?, initials = '', phone = '', phone_rev = '', id_number = '' WHERE id = ?",
            (stand_in, person_id))


def payer_payments(unit_ids: list[int], name: str) -> list[int]:
    if not unit_ids:
        return []
    marks = ", ".join("?" * len(unit_ids))
    return [i for i, in rows(f"SELECT id FROM payment WHERE payer = ? AND unit_id IN ({marks}) ORDER BY id",
                             (name, *unit_ids))]


def rename_payer(payment_ids: list[int], stand_in: str) -> None:
    for start in range(0, len(payment_ids), 500):
        chunk = payment_ids[start:start + 500]
        changed(f"UPDATE payment SET payer = ? WHERE id IN ({', '.join('?' * len(chunk))})", (stand_in, *chunk))


def rename_elsewhere(name: str, stand_in: str) -> None:
    """Where else a person's name is written as theirs: an invoice's buyer, a consultation's caller,
    a reminder's note."""
    changed("UPDATE invoice_request SET buyer_name = ? WHERE buyer_name = ?", (stand_in, name))
    changed("UPDATE consultation SET caller = ? WHERE caller = ?", (stand_in, name))
    changed("UPDATE reminder SET note = replace(note, ?, ?) WHERE note LIKE ?", (name, stand_in, f"%{name}%"))


def audit_rows_holding(text: str) -> list[tuple[int, str, str]]:
    """(id, before, after) of the audit rows whose content holds `text`."""
    pattern = f"%{text}%"
    return rows("SELECT id, before, after FROM audit_log WHERE before LIKE ? OR after LIKE ? ORDER BY id",
                (pattern, pattern))


def redact_audit_row(audit_id: int, before: str, after: str) -> None:
    changed("UPDATE audit_log SET before = ?, after = ? WHERE id = ?", (before, after, audit_id))


def erasures() -> list[str]:
    """The after text of every erasure record, in chain order."""
    return [a for a, in rows("SELECT after FROM audit_log WHERE action = 'personal.erased' ORDER BY id")]


def payments_of_units(unit_ids: list[int]) -> list[tuple]:
    """(number, business date, payer, total, status, unit id) of the units' receipts."""
    if not unit_ids:
        return []
    return [(n, stored_date(d), p, t, s, u) for n, d, p, t, s, u in rows(
        f"SELECT number, business_date, payer, total_fen, status, unit_id FROM payment WHERE unit_id IN "
        f"({', '.join('?' * len(unit_ids))}) ORDER BY business_date, id", tuple(unit_ids))]


def showings_of_units(codes: list[str]) -> list[tuple]:
    """(when, who, after) of the logged showings of full numbers naming any of the units."""
    out = []
    for at, who, after in rows("SELECT created_at, username, after FROM audit_log WHERE action = 'personal.show' "
                               "ORDER BY id"):
        if any(f'"{code}"' in after for code in codes):
            out.append((stored_time(at), who, after))
    return out
