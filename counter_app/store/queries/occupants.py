"""Who lives where, and what a unit holds (spaces, plates); unit numbers by id."""
from __future__ import annotations

from ..db import rows
from ..dialect import marks

OWNER = "业主"


def occupants_by_unit(unit_ids: list[int] | None = None) -> dict[int, list[tuple[str, str, str]]]:
    """unit -> [(role, name, phone)] of the people there now, owners first (every unit's when
    unit_ids is None). The one read of who lives where: search, the unit view, the payer on a
    receipt and the arrears list all name people in this order."""
    sql = ("SELECT o.unit_id, o.role, p.name, p.phone FROM occupant o JOIN person p ON p.id = o.person_id "
           "WHERE o.end_date IS NULL")
    if unit_ids is not None:
        if not unit_ids:
            return {}
        sql += f" AND o.unit_id IN ({marks(unit_ids)})"
    out: dict[int, list[tuple[str, str, str]]] = {}
    for unit_id, role, name, phone in rows(sql + " ORDER BY CASE o.role WHEN ? THEN 0 ELSE 1 END, o.id",
                                           [*(unit_ids or ()), OWNER]):
        out.setdefault(unit_id, []).append((role, name, phone))
    return out


def owner_names(unit_ids: list[int]) -> dict[int, str]:
    """unit -> the first current owner's name (who pays, when no one else is named), for the
    units that have an owner."""
    return {unit: name for unit, people in occupants_by_unit(unit_ids).items()
            for name in [next((n for role, n, _ in people if role == OWNER), "")] if name}


def unit_codes(unit_ids: list[int] | None = None) -> dict[int, str]:
    """unit id -> unit number, of the units named (every unit's when None: an estate's thousands,
    never a huge IN list)."""
    if unit_ids is None:
        return dict(rows("SELECT id, code FROM unit"))
    if not unit_ids:
        return {}
    return dict(rows(f"SELECT id, code FROM unit WHERE id IN ({marks(unit_ids)})", list(unit_ids)))


def spaces_of(unit_id: int) -> tuple[str, ...]:
    return tuple(r[0] for r in rows("SELECT code FROM parking_space WHERE unit_id = ? ORDER BY id", (unit_id,)))


def plates_of(unit_id: int) -> tuple[str, ...]:
    return tuple(r[0] for r in rows("SELECT plate FROM vehicle WHERE unit_id = ? ORDER BY id", (unit_id,)))
