"""Restore on either engine (a SQLite file's copy, or a server's pg_dump loaded into a scratch
database): a backup tampered with is refused and the ledger in use is what it was, table by table;
an older backup says first what it drops (receipts, a void, a Z report, a day close) and, once
accepted, numbering goes on after the highest number ever issued, the numbers between recorded as
skipped, so the check still finds every series whole and no number is issued twice (a server's
own cases: tests/server/test_restore_dumps.py)."""
import shutil
from pathlib import Path

import pytest

from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.services.closing import close, shifts
from counter_app.ledger import clock
from counter_app.services.counter import corrections, payments
from counter_app.ledger import verify
from counter_app.services.setup import backups, checkup, restore
from counter_app.store import db as dbmod
from counter_app.store.models import NumberSkip, Payment
from tests.factories import at, bill_months, build_small_estate, fingerprint, open_with_admin

from .test_backups import _pay


def test_an_older_backup_lists_what_it_drops_and_numbering_goes_on_after_the_highest(estate, tmp_path):
    bill_months(estate, "2026-01")
    first = _pay(estate, "3-2-501", 5)
    taken = backups.back_up(estate.manager, tmp_path / "usb")
    # Since the backup: two receipts, one of them voided, a Z report, a closed day.
    later = _pay(estate, "3-1-101", 5, 10)
    voided = _pay(estate, "3-1-102", 5, 11)
    with clock.frozen(at(2026, 1, 5, 12)):
        corrections.void_receipt(estate.cashier, voided.number, "录错", estate.manager)
        close.close_shift(estate.cashier, {10000: 0}, "测试")
        close.close_shift(estate.manager, {10000: 0}, "测试")
    with clock.frozen(at(2026, 1, 6, 8)):
        close.close_day(estate.manager, at(2026, 1, 5).date())
        shifts.open_shift(estate.cashier, 0)
    with pytest.raises(restore.LossNotAccepted) as refused:
        restore.restore(estate.admin, taken.path, tmp_path / "safety")
    said = str(refused.value)
    for words in (later.number, voided.number, "作废", "交班", "日结", "2026-01-05", "--accept-loss"):
        assert words in said, (words, said)
    assert Payment.select().count() == 3                       # refused: nothing replaced

    result = restore.restore(estate.admin, taken.path, tmp_path / "safety", accept_loss=True)
    assert [p.number for p in Payment.select()] == [first.number] and result.dropped >= 4
    skips = {(s.series, s.first_seq, s.last_seq) for s in NumberSkip.select()}
    assert ("SJ", 2, 3) in skips and ("Z", 1, 2) in skips, skips
    with clock.frozen(at(2026, 1, 6, 9)):
        again = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-101", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
    assert again.number.endswith("000004")                   # after the highest ever issued, not 000002 again
    checked = checkup.check(estate.manager)
    assert checked.ok, checked.problems                        # every series whole, the skips counted as issued


KINDS = {
    "cut to half": lambda good, bad: bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2]),
    "cut short by a little": lambda good, bad: bad.write_bytes(good.read_bytes()[:-200]),
    # a page's worth in the middle: at least one page's header, or the dump's compressed data
    "bytes flipped inside": lambda good, bad: bad.write_bytes(
        (lambda d, m: d[:m] + bytes(b ^ 0xA5 for b in d[m:m + 4096]) + d[m + 4096:])(
            good.read_bytes(), good.stat().st_size // 2)),
    "no bytes at all": lambda good, bad: bad.write_bytes(b""),
    "another office's": None,
}


def _another_office(engine, request, tmp_path) -> Path:
    """A backup of another office's ledger on the same engine."""
    here = dbmod.db_path() or dbmod.database.obj.database
    dbmod.close()
    # (an empty database: the run's template would give it this ledger's date of making)
    elsewhere = tmp_path / "other.sqlite3" if engine == "sqlite" else request.getfixturevalue("pg").empty_database()
    other = build_small_estate(open_with_admin(elsewhere), name="别的小区")
    theirs = Path(backups.back_up(other.manager, tmp_path / "other-usb").path)
    dbmod.close()
    from counter_app.services.common.session import open_database
    open_database(here)
    return theirs


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_tampered_backup_is_refused_and_the_ledger_in_use_is_unchanged(estate, tmp_path, kind, engine, request):
    bill_months(estate, "2026-01")
    _pay(estate, "3-2-501", 5)
    good = Path(backups.back_up(estate.manager, tmp_path / "usb").path)
    bad = tmp_path / ("bad.sqlite3" if dbmod.is_sqlite() else "bad.dump")
    if KINDS[kind] is None:
        shutil.copyfile(_another_office(engine, request, tmp_path), bad)
    else:
        KINDS[kind](good, bad)
    url = estate.ledger.path
    before = fingerprint(url)
    with pytest.raises(CounterError) as refused:
        restore.restore(estate.admin, bad, tmp_path / "safety", accept_loss=True)
    assert "没有恢复" in str(refused.value), refused.value
    assert fingerprint(url) == before and not (tmp_path / "safety").exists()
    assert verify.verify_all().ok


