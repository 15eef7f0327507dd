"""A large estate's whole-estate reads run in parts at once (store.db.read_split, read_at_once: the
units by ranges of ids, the receipts by ranges of days), each part on a connection of its own. Cut
into parts or read whole, every report says the same figures; and the parts are really taken (the
test counts the connections' reads), on either engine."""
import threading
from datetime import date

from counter_app.ledger import clock
from counter_app.services.reports import arrears, collection, dashboard, late_payers
from counter_app.store import db as dbmod
from tests.factories import at, bill_months
from tests.services.test_management_reports import pay


def _reports(estate):
    """Today's arrears list and late payers are read from the kept figures once kept
    (store/queries/owing.py); another day's are worked out from the charges, in parts."""
    with clock.frozen(at(2026, 1, 20, 15)):
        return (arrears.arrears_list(estate.manager), arrears.arrears_list(estate.manager, date(2026, 1, 5)),
                late_payers.late_payers(estate.manager), late_payers.late_payers(estate.manager, date(2026, 1, 6)),
                collection.collection_report(estate.manager, "2025-12"),
                collection.collection_report(estate.manager, "2026-01"), dashboard.dashboard(estate.manager))


def test_the_reports_say_the_same_cut_into_parts_or_whole(estate, monkeypatch):
    for month in range(1, 13):
        bill_months(estate, f"2025-{month:02d}")
        if month <= 4:
            pay(estate.cashier, "3-1-102", all_due=True, day=(2025, month, 10))
    bill_months(estate, "2026-01")
    pay(estate.cashier, "3-2-501", all_due=True, day=(2025, 12, 28))     # late, in the window
    pay(estate.cashier, "3-1-101", all_due=True, day=(2026, 1, 12))
    whole = _reports(estate)
    arrears_list, earlier, (_, late), *_ = whole
    assert arrears_list.lines and earlier.lines and late, "nothing owed: the comparison would say nothing"
    parts = []
    real = dbmod.read_together

    def counted(*reads):
        parts.append(len(reads))
        return real(*reads)
    monkeypatch.setattr(dbmod, "read_together", counted)
    monkeypatch.setattr(dbmod, "SPLIT_AT_UNITS", 1)
    for n in (2, 3):
        monkeypatch.setattr(dbmod, "SPLIT_PARTS", n)
        monkeypatch.setattr(dbmod, "SQLITE_PARTS", n)     # one PC reads whole unless told otherwise
        parts.clear()
        assert _reports(estate) == whole
        assert n in parts, f"no read was cut into {n} parts: {parts}"


def test_a_read_inside_a_transaction_is_never_cut(estate, monkeypatch):
    """Other connections would not see the transaction's rows: its reads stay on its connection."""
    monkeypatch.setattr(dbmod, "SPLIT_AT_UNITS", 1)
    monkeypatch.setattr(dbmod, "SPLIT_PARTS", 2)
    monkeypatch.setattr(dbmod, "SQLITE_PARTS", 2)
    assert len(dbmod.unit_ranges()) == 2
    with dbmod.write_transaction():
        assert len(dbmod.unit_ranges()) == 1


def test_the_ranges_cover_every_unit_once(estate, monkeypatch):
    monkeypatch.setattr(dbmod, "SPLIT_AT_UNITS", 1)
    ids = [r[0] for r in dbmod.rows("SELECT id FROM unit")]
    for n in (1, 2, 3, 7):
        monkeypatch.setattr(dbmod, "SPLIT_PARTS", n)
        monkeypatch.setattr(dbmod, "SQLITE_PARTS", n)
        ranges = dbmod.unit_ranges()
        assert len(ranges) == n
        assert sorted(i for i in ids for low, high in ranges if low <= i < high) == sorted(ids)


def test_one_pc_reads_whole_and_a_server_in_parts(estate, monkeypatch):
    """SQLite's threads slow each other down (store.db.SQLITE_PARTS): one PC never splits a read
    nor runs reads in threads; a server splits a large one."""
    monkeypatch.setattr(dbmod, "SPLIT_AT_UNITS", 1)
    monkeypatch.setattr(dbmod, "SPLIT_PARTS", 2)
    here = threading.get_ident()
    found = dbmod.read_together(lambda: threading.get_ident(), lambda: threading.get_ident())
    if dbmod.is_sqlite():
        assert len(dbmod.unit_ranges()) == 1
        assert found == [here, here]
    else:
        assert len(dbmod.unit_ranges()) == 2
        assert here not in found


def test_a_read_among_others_at_once_reads_its_own_parts_in_its_thread(estate, monkeypatch):
    """The dashboard reads its collection report beside four other reads; the report's own reads
    at once would open four more connections on cores already taken: within a read of
    read_together, its reads run one after the other, in that read's thread and connection."""
    monkeypatch.setattr(dbmod, "SPLIT_AT_UNITS", 1)
    monkeypatch.setattr(dbmod, "SPLIT_PARTS", 2)
    monkeypatch.setattr(dbmod, "SQLITE_PARTS", 2)      # one PC too, so that the outer read runs in threads
    here = threading.get_ident()

    def nested():
        inner = dbmod.read_together(threading.get_ident, threading.get_ident)
        return inner, threading.get_ident()
    (inner, worker), other = dbmod.read_together(nested, threading.get_ident)
    assert worker != here and other != here
    assert inner == [worker, worker]
    assert dbmod.read_together(threading.get_ident, threading.get_ident) != [here, here]   # on again after
