"""A restore checks the backup on a copy before it replaces anything. Backups tampered with, cut
short or with bytes flipped, in more than twenty ways, are each refused in a sentence by
`counter-app restore`, and the ledger in use stays byte for byte what it was (no safety copy made,
no sign-in recorded). A backup is known by what it holds: a good one renamed restore-me.db
restores. Random byte flips are refused, or restore a ledger that passes the whole check."""
import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from counter_app import cli, keystore
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import corrections, payments
from counter_app.services.setup import backups, checkup
from counter_app.store import db as dbmod
from tests.factories import at, bill_months, build_small_estate, open_with_admin

pytestmark = pytest.mark.sqlite_only     # the server's dumps: tests/services/test_restore_on_either_engine.py


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Made once: a ledger with receipts, a void, a top-up, and its backup; another office's backup.
    Its keys are kept in a data folder of its own, which each test's PC is given (`office`): a PC
    without them could check nothing keyed (tests/services/test_keyed_chain.py shows that case)."""
    import os
    root = tmp_path_factory.mktemp("office")
    data, os.environ["COUNTER_APP_DATA"] = os.environ["COUNTER_APP_DATA"], str(root / "appdata")
    try:
        return _make(root)
    finally:
        os.environ["COUNTER_APP_DATA"] = data


def _make(root: Path):
    estate = bill_months(build_small_estate(open_with_admin(root / "ledger.sqlite3")), "2026-01")
    with clock.frozen(at(2026, 1, 5, 9)):
        paid = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)], overpay_to_prepaid=True))
        payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-1-102", topup_fen=5000, tenders=[Tender("wechat", 5000, "WX9")]))
        corrections.void_receipt(estate.cashier, paid.number, "录错", estate.manager)
    backup = Path(backups.back_up(estate.manager, root / "usb").path)
    dbmod.close()
    other = build_small_estate(open_with_admin(root / "other.sqlite3"), name="别的小区")
    theirs = Path(backups.back_up(other.manager, root / "other-usb").path)
    dbmod.close()
    return root / "ledger.sqlite3", backup, theirs


@pytest.fixture
def office(made, tmp_path):
    """This test's own ledger in use (closed, as between two counter actions) and the backups."""
    live = tmp_path / "ledger.sqlite3"
    shutil.copyfile(made[0], live)
    (tmp_path / "appdata").mkdir(exist_ok=True)
    shutil.copyfile(made[0].parent / "appdata" / keystore.FILE_NAME, tmp_path / "appdata" / keystore.FILE_NAME)
    return live, made[1], made[2]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _bytes(path: Path, change) -> None:
    data = bytearray(path.read_bytes())
    change(data)
    path.write_bytes(bytes(data))


def _flip(offset: int):
    def change(data):
        data[offset if offset >= 0 else len(data) + offset] ^= 0xFF
    return change


PAGE = 4096
TAMPERS = {
    # the file cut short, or its structure garbled (SQLite's integrity_check, or not a database at all)
    "cut to half": lambda p, o: _bytes(p, lambda d: d.__delitem__(slice(len(d) // 2, None))),
    "cut to one page": lambda p, o: _bytes(p, lambda d: d.__delitem__(slice(PAGE, None))),
    "last page cut short": lambda p, o: _bytes(p, lambda d: d.__delitem__(slice(len(d) - 1000, None))),
    "a page of zeros": lambda p, o: _bytes(p, lambda d: d.__setitem__(slice(3 * PAGE, 4 * PAGE), bytes(PAGE))),
    "the header's name flipped": lambda p, o: _bytes(p, _flip(0)),
    "the page size garbled": lambda p, o: _bytes(p, lambda d: d.__setitem__(slice(16, 18), b"\x00\x03")),
    "a b-tree page's header flipped": lambda p, o: _bytes(p, _flip(2 * PAGE)),
    "a page's cell pointers flipped": lambda p, o: _bytes(p, lambda d: d.__setitem__(slice(5 * PAGE + 8, 5 * PAGE + 16), b"\xff" * 8)),
    "no bytes at all": lambda p, o: p.write_bytes(b""),
    "random bytes": lambda p, o: p.write_bytes(random.Random(1).randbytes(40_000)),
    "a text file renamed": lambda p, o: p.write_text("这不是备份\n", encoding="utf-8"),
    "a dump given to a single counter": lambda p, o: p.write_bytes(b"PGDMP\x01\x0f\x00" + bytes(500)),
    # consistent files whose content was changed behind the program (the check: seals, chain, invariants)
    "a receipt's total changed": lambda p, o: _edit(p, "UPDATE payment SET total_fen = total_fen + 100 WHERE id = 2"),
    "a tender's amount changed": lambda p, o: _edit(p, "UPDATE tender SET amount_fen = amount_fen - 1000"),
    "an audit row deleted": lambda p, o: _edit(p, "DELETE FROM audit_log WHERE id = 5"),
    "an audit row edited": lambda p, o: _edit(p, "UPDATE audit_log SET username = 'x' WHERE id = 6"),
    "the chain's head moved back": lambda p, o: _edit(p, "UPDATE audit_head SET row_count = row_count - 1"),
    "a charge marked paid": lambda p, o: _edit(p, "UPDATE charge SET paid_fen = amount_fen WHERE paid_fen < amount_fen"),
    "a prepaid balance raised": lambda p, o: _edit(p, "UPDATE unit SET prepaid_fen = prepaid_fen + 99999"),
    "a month's billed total changed": lambda p, o: _edit(p, "UPDATE billed_month SET billed_fen = billed_fen + 1"),
    "a void undone": lambda p, o: _edit(p, "UPDATE payment SET status = 'valid' WHERE status = 'voided'"),
    "a receipt deleted from its series": lambda p, o: _edit(
        p, "DELETE FROM tender WHERE payment_id = 2", "DELETE FROM prepaid_movement WHERE payment_id = 2",
        "DELETE FROM payment_line WHERE payment_id = 2", "DELETE FROM payment WHERE id = 2"),
    # values no longer what their columns say (every row read)
    "a due date of flipped bytes": lambda p, o: _edit(p, "UPDATE charge SET due_date = CAST(x'323032362d30352d9594' "
                                                      "AS TEXT) WHERE id = 1"),
    "a name that is not UTF-8": lambda p, o: _edit(p, "UPDATE person SET name = CAST(x'e5bca0c3' AS TEXT) WHERE id = 1"),
    "words in an amount": lambda p, o: _edit(p, "UPDATE charge SET note = '', amount_fen = '一百' WHERE id = 9"),
    # not this office's ledger, or not one this program can take
    "no schema version": lambda p, o: _edit(p, "DELETE FROM meta WHERE key = 'schema_version'"),
    "a newer program's": lambda p, o: _edit(p, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
    "another office's ledger": lambda p, o: shutil.copyfile(o, p),
}
WORDS = {"a newer program's": "较新版本", "another office's ledger": "另一个账本", "no bytes at all": "不是本程序",
         "random bytes": "不是本程序", "a text file renamed": "不是本程序", "the header's name flipped": "不是本程序",
         "a dump given to a single counter": "服务器账本的备份", "no schema version": "不是本程序"}


def _restore(capsys, monkeypatch, backup: Path, live: Path, tmp_path: Path, *extra: str):
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "admin")
    code = cli.main(["restore", str(backup), "--db", str(live), "--user", "admin", "--safety", str(tmp_path / "safety"),
                     *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_there_are_more_than_twenty_kinds():
    assert len(TAMPERS) >= 20


@pytest.mark.parametrize("kind", sorted(TAMPERS))
def test_a_tampered_backup_is_refused_and_the_ledger_in_use_is_untouched(office, kind, tmp_path, capsys,
                                                                         monkeypatch):
    live, good, theirs = office
    bad = tmp_path / f"bad-{abs(hash(kind))}.sqlite3"
    shutil.copyfile(good, bad)
    TAMPERS[kind](bad, theirs)
    before = _sha(live)
    code, out, err = _restore(capsys, monkeypatch, bad, live, tmp_path)
    assert code == 2 and "没有恢复" in err, (kind, code, out, err)
    assert WORDS.get(kind, "备份已损坏") in err, (kind, err)
    assert _sha(live) == before
    assert not (tmp_path / "safety").exists()                     # refused before anything was saved or replaced
    assert not list(Path(tmp_path / "appdata").glob("restore-check-*"))   # the copy checked aside is gone
    from counter_app.services.common.session import open_database
    open_database(live)
    assert checkup.check(None).ok


def test_a_backup_is_known_by_what_it_holds_not_its_name(office, tmp_path, capsys, monkeypatch):
    live, good, _ = office
    renamed = tmp_path / "restore-me.db"
    shutil.copyfile(good, renamed)
    code, out, err = _restore(capsys, monkeypatch, renamed, live, tmp_path)
    assert code == 0 and "检查通过" in out and str(tmp_path / "safety") in out, err


def test_a_restore_onto_a_new_pc_where_there_is_no_ledger_yet(office, tmp_path, capsys, monkeypatch):
    """Signed in as the backup's own administrator; the file made from the checked copy."""
    _, good, _ = office
    new = tmp_path / "new-pc" / "counter.sqlite3"
    code, _, err = _restore(capsys, monkeypatch, good, new, tmp_path)
    assert code == 2 and "不存在" in err and not new.parent.exists()        # a folder is not made up
    new.parent.mkdir()
    code, out, err = _restore(capsys, monkeypatch, good, new, tmp_path)
    assert code == 0 and "原来没有账本" in out, err
    from counter_app.services.common.session import open_database
    open_database(new)
    assert checkup.check(None).ok
    assert [p.name for p in new.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))] == [new.name]


@pytest.mark.parametrize("seed", range(20))
def test_a_byte_flipped_anywhere_is_refused_or_restores_a_ledger_that_passes_the_check(office, seed, tmp_path,
                                                                                       capsys, monkeypatch):
    live, good, _ = office
    flipped = tmp_path / "flipped.sqlite3"
    shutil.copyfile(good, flipped)
    rng = random.Random(seed)
    _bytes(flipped, _flip(rng.randrange(100, flipped.stat().st_size)))
    before = _sha(live)
    code, out, err = _restore(capsys, monkeypatch, flipped, live, tmp_path, "--accept-loss")
    if code != 0:
        assert code == 2 and "没有恢复" in err and _sha(live) == before
        return
    from counter_app.services.common.session import open_database
    open_database(live)
    report = checkup.check(None)                          # restored: the whole check passes, every row read
    assert report.ok and "每行每个值可读" in report.integrity, report.problems


def test_a_backup_this_pc_cannot_fully_check_is_said_so_and_needs_its_own_yes(office, tmp_path, capsys, monkeypatch):
    """A PC without the ledger's key cannot see an audit row edited in the backup: the restore says
    plainly that the backup could not be fully checked, names the rows, and goes ahead only with
    --accept-unchecked; the ledger in use is untouched until then, and the result never says 检查通过."""
    live, good, _ = office
    edited = tmp_path / "edited.sqlite3"
    shutil.copyfile(good, edited)
    _edit(edited, "UPDATE audit_log SET username = 'x' WHERE id = 6")     # caught where the key is: above
    (tmp_path / "appdata" / keystore.FILE_NAME).unlink()                  # this PC never held the key
    before = _sha(live)
    code, out, err = _restore(capsys, monkeypatch, edited, live, tmp_path)
    assert code == 2 and "没能全部核对" in err and "本机没有这把密钥" in err and "--accept-unchecked" in err, err
    assert "检查通过" not in err and _sha(live) == before and not (tmp_path / "safety").exists()
    code, out, err = _restore(capsys, monkeypatch, edited, live, tmp_path, "--accept-unchecked")
    assert code == 0 and "没能全部核对" in out and "检查通过" not in out and "本机没有这把密钥" in out, (out, err)
