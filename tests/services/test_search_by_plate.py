"""Search by plate: any part of a plate, typed in either case, with the spaces and dots people
type, finds the unit; the LIKE's own wildcards typed into the box match nothing more. On either
engine (the server's plain LIKE on upper-case plates, SQLite's LIKE)."""
from counter_app.services.counter import ledger


def test_any_part_of_a_plate_in_either_case_finds_its_unit(estate):
    for typed in ("浙A·12345", "a123", "浙a 1", "A1234"):   # digits alone are a unit number or a phone
        hits = ledger.search_units(estate.cashier, typed)
        assert [(h.code, h.matched) for h in hits] == [("3-2-501", "车牌")], typed


def test_wildcards_typed_match_only_themselves(estate):
    for typed in ("%%%", "___", "A1_3", "A%5"):
        assert ledger.search_units(estate.cashier, typed) == [], typed
