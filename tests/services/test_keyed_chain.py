"""The keyed chain and the head outside the file: what only the key can make, what a missing key
does (never a locked-out office), the anchors on paper, the recovery code and the key moved to
another PC, and the receipt's check value verified."""
import hashlib
import hmac
import json
from datetime import date

import pytest

from counter_app import cli, keystore
from counter_app.core.closeout import greedy_count
from counter_app.core.tenders import Tender
from counter_app.services.closing import close as closeout, shifts
from counter_app.ledger import audit, clock, ledgerkeys
from counter_app.services.counter import corrections, genuine, payments
from counter_app.ledger import verify
from counter_app.services.setup import backups, keys
from counter_app.store import db as dbmod, locks
from counter_app.store.models import AuditLog
from tests import outside
from tests.factories import at, bill_months


def _pay(estate, unit="3-2-501", hour=9, day=10):
    with clock.frozen(at(2026, 1, day, hour)):
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit, [Tender("cash", 10_000_000)], all_due=True, overpay_to_prepaid=True))


def _close_day(estate, day=10):
    with clock.frozen(at(2026, 1, day, 18)):
        reports = []
        for actor in (estate.cashier, estate.manager):
            counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(actor).id))
            reports.append(closeout.close_shift(actor, counts))
        return reports, closeout.close_day(estate.manager, date(2026, 1, day))


def _use_another_pc(monkeypatch, tmp_path, name):
    """This process now runs on another PC: a data folder (and key store) of its own."""
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / name))


def test_every_link_is_an_hmac_under_a_key_outside_the_ledger(estate, db_path):
    first = AuditLog.select().order_by(AuditLog.id).first()
    assert first.action == audit.KEY_PERIOD                       # the set-up made the ledger's key
    key = ledgerkeys.held(ledgerkeys.ledger_id(), first.entity_id)
    assert key is not None and len(key) == 32
    row = AuditLog.select().order_by(AuditLog.id.desc()).first()
    content = audit.canonical([row.prev_hash, row.created_at.isoformat(), row.username, row.action, row.entity,
                               row.entity_id, row.before, row.after]).encode()
    assert row.hash == hmac.new(key, content, hashlib.sha256).hexdigest()
    assert row.hash != hashlib.sha256(content).hexdigest()
    # The key is not in the ledger: no table holds it.
    for table, in outside.execute(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'") \
            if not str(db_path).startswith("postgresql") else []:
        assert key.hex() not in " ".join(map(str, outside.execute(db_path, f'SELECT * FROM "{table}"')))


def test_a_pc_that_died_with_its_key(estate, tmp_path, monkeypatch):
    """The office's PC dies; a new one gets the last backup. It opens, restores, takes payments
    under a key of its own, and says which rows it cannot check until the recovery code printed at
    set-up is typed in; then everything checks."""
    bill_months(estate, "2026-01")
    _pay(estate)
    code = keystore.recovery_code(ledgerkeys.held(ledgerkeys.ledger_id(),
                                                  keystore.get(ledgerkeys.ledger_id(), ledgerkeys.CURRENT).decode()))
    taken = backups.back_up(estate.manager, tmp_path / "usb")
    dbmod.close()
    _use_another_pc(monkeypatch, tmp_path, "new-pc")
    target = estate.ledger.path
    if not str(target).startswith("postgresql"):
        target = tmp_path / "new-pc" / "counter.sqlite3"
        target.parent.mkdir()
        from counter_app.store.backup import copy_sqlite
        copy_sqlite(taken.path, target)
    from counter_app.services.common.session import open_database
    open_database(target)
    from counter_app.services.setup import restore as restoring
    with pytest.raises(restoring.UncheckedNotAccepted, match="没能全部核对"):      # said plainly, asked first
        restoring.restore(estate.admin, taken.path, tmp_path / "safety")
    restored = restoring.restore(estate.admin, taken.path, tmp_path / "safety", accept_unchecked=True)
    assert restored.unchecked and "本机没有这把密钥" in restored.unchecked[0]
    after = _pay(estate, "3-1-101", hour=11)                      # the counter works on
    report = verify.verify_all()
    assert report.ok and not report.complete and report.unchecked
    key_rows = AuditLog.select().where(AuditLog.action == audit.KEY_PERIOD).order_by(AuditLog.id)
    assert [json.loads(r.after)["why"] for r in key_rows][-1] == "missing"
    keys.import_keys(estate.admin, code)
    report = verify.verify_all()
    assert report.complete, report.problems
    assert genuine.check_receipt(estate.cashier, f"{after.number}|{after.total_fen / 100:.2f}|{after.check_value}"
                                 ).verdict == genuine.GENUINE


def test_keys_move_to_another_counter_by_export_and_import(estate, tmp_path, monkeypatch, capsys):
    _pay(estate, "3-1-101") if bill_months(estate, "2026-01") else None
    bundle = tmp_path / "keys.txt"
    assert keys.export_keys(estate.admin, bundle) == 1
    assert bundle.stat().st_mode & 0o077 == 0                       # this user's only
    status = keys.status(estate.admin)
    _use_another_pc(monkeypatch, tmp_path, "counter-2")
    assert not verify.verify_all().complete                         # nothing of the key here yet
    assert keys.import_keys(estate.admin, str(bundle)) == [status.periods[0].key_id]
    assert verify.verify_all().complete
    other = tmp_path / "other.txt"
    other.write_text(bundle.read_text().replace(ledgerkeys.ledger_id(), "0" * 32))
    with pytest.raises(Exception, match="另一个账本"):
        keys.import_keys(estate.admin, str(other))


def test_a_recovery_code_reads_back_through_typing_mistakes_and_refuses_a_wrong_one():
    secret = bytes(range(32))
    code = keystore.recovery_code(secret)
    assert len(code.replace("-", "")) == 55 and set(code.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert keystore.parse_recovery_code(code.lower().replace("-", " ").replace("O", "0")) == secret
    wrong = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(keystore.KeyStoreError, match="校验不符"):
        keystore.parse_recovery_code(wrong)


def test_an_os_key_store_is_used_when_there_is_one(estate, monkeypatch):
    """Where the OS has a key store (Windows Credential Manager …), the keys go there through
    keyring, not to a file; here a stand-in backend, never the user's real one."""
    import keyring.backend

    class Vault(keyring.backend.KeyringBackend):
        priority = 5
        items: dict = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            self.items.pop((service, username), None)
    monkeypatch.setenv(keystore.ENV, "")
    keystore.use(keystore.KeyringStore(Vault()))
    try:
        ledger = ledgerkeys.ledger_id()
        ledgerkeys.add(ledger, b"k" * 32)
        assert (f"counter-app:{ledger}", ledgerkeys.PREFIX + ledgerkeys.key_id_of(b"k" * 32)) in Vault.items
        assert ledgerkeys.key_id_of(b"k" * 32) in ledgerkeys.held_ids(ledger)
    finally:
        keystore.use(None)
        keystore._chosen = None


def test_anchors_on_paper_catch_a_rewrite_by_someone_holding_the_key(estate, db_path, capsys, monkeypatch):
    """The Z and day reports print the head, the day report the day before's too; an insider with
    the key re-makes the chain after the day is closed (a receipt's cash skimmed): verify alone
    passes, but the head printed on the Z report is no longer in the ledger."""
    bill_months(estate, "2026-01")
    paid = _pay(estate)
    z_reports, day = _close_day(estate)
    assert all(r.anchor.count(":") == 1 for r in z_reports) and day.anchor and day.previous_anchor == ""
    assert day.previous_anchor == "" and closeout.day_report(estate.manager, date(2026, 1, 10)).anchor == day.anchor
    with clock.frozen(at(2026, 1, 11, 8)):
        shifts.open_shift(estate.cashier, 0)
    _pay(estate, "3-1-101", day=11)
    with clock.frozen(at(2026, 1, 11, 18)):
        counts, _ = greedy_count(shifts.expected_cash(shifts.current_shift(estate.cashier).id))
        closeout.close_shift(estate.cashier, counts)
        second = closeout.close_day(estate.manager, date(2026, 1, 11))
    assert second.previous_anchor == day.anchor                     # the papers chain
    from counter_app.services.closing import tables
    words = [str(v) for s in tables.day_sections(second) for row in s.rows for v in row]
    assert second.anchor in words and day.anchor in words
    ledger, key_id = ledgerkeys.ledger_id(), locks.read_audit_head().key_id
    key = ledgerkeys.held(ledger, key_id)
    dbmod.close()
    # The insider: the receipt's content and its sealing row edited, and the chain re-made with the key.
    rows = [list(r) for r in outside.execute(db_path, "SELECT id, created_at, username, action, entity, entity_id, "
                                                      "before, after, prev_hash, hash FROM audit_log ORDER BY id")]
    i = next(k for k, r in enumerate(rows) if r[3] == "payment.counter" and r[5] == paid.number)
    after = json.loads(rows[i][7])
    after["remarks_skimmed"] = True
    rows[i][7] = audit.canonical(after)
    prev = rows[i - 1][9]
    for r in rows[i:]:
        stamp = (r[1] if isinstance(r[1], str) else str(r[1])).replace(" ", "T")
        r[8], r[9] = prev, audit.link_hash(key, prev, stamp, *r[2:8])
        outside.execute(db_path, "UPDATE audit_log SET prev_hash = ?, hash = ?, after = ? WHERE id = ?",
                        (r[8], r[9], r[7], r[0]))
        prev = r[9]
    outside.execute(db_path, "UPDATE audit_head SET last_hash = ?, mac = ?",
                    (prev, audit.head_mac(key, len(rows), prev, key_id)))
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    argv = ["audit", "verify", "--db", str(db_path), "--user", "manager"]
    assert cli.main(argv) == 0, capsys.readouterr()                # with the key, the chain itself holds
    capsys.readouterr()
    assert cli.main(argv + ["--anchor", z_reports[0].anchor, "--anchor", second.anchor]) == 3
    out = capsys.readouterr().out      # the first head printed after the rewritten row names it
    assert "与锚点不符" in out and f"第 {z_reports[0].anchor.split(':')[0]} 条" in out


def test_rows_cut_after_a_printed_head_are_found_by_its_anchor(estate, db_path, capsys, monkeypatch):
    """Refused authorisations (rows that change nothing else), an X report printed with the head,
    then those rows cut and the head re-made with the key: the ledger is whole to verify, and only
    the anchor on the paper says what happened."""
    from counter_app.core.errors import PermissionDenied
    from counter_app.ledger import signin
    bill_months(estate, "2026-01")
    _pay(estate)
    for _ in range(3):
        with pytest.raises(PermissionDenied):
            signin.authorise("nobody", "guess", cashier=estate.cashier, action="receipt.void")
    printed = closeout.x_report(estate.cashier).anchor
    ledger, key_id = ledgerkeys.ledger_id(), locks.read_audit_head().key_id
    key = ledgerkeys.held(ledger, key_id)
    number = int(printed.split(":")[0])
    dbmod.close()
    rows = outside.execute(db_path, "SELECT id, hash, action FROM audit_log ORDER BY id")
    assert [r[2] for r in rows[-3:]] == ["override.refused"] * 3 and len(rows) == number
    keep = rows[:-3]
    outside.execute(db_path, "DELETE FROM audit_log WHERE id > ?", (keep[-1][0],))
    outside.execute(db_path, "UPDATE audit_head SET row_count = ?, last_hash = ?, mac = ?",
                    (len(keep), keep[-1][1], audit.head_mac(key, len(keep), keep[-1][1], key_id)))
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "manager")
    assert cli.main(["audit", "verify", "--db", str(db_path), "--user", "manager"]) == 0   # the key made it whole
    capsys.readouterr()
    assert cli.main(["audit", "verify", "--db", str(db_path), "--user", "manager", "--anchor", printed]) == 3
    out = capsys.readouterr().out     # the row is gone, or (the sign-in appended since) another row stands there
    assert f"第 {number} 条" in out and "锚点" in out


def test_a_scanned_receipt_is_genuine_voided_refunded_or_not_ours(estate, capsys, monkeypatch, db_path):
    """The check-only QR (a counter without the office's signing key prints it): still verified."""
    from dataclasses import replace
    from counter_app.documents.receipt import check_value as signed_or_checked

    def check_value(data):
        return signed_or_checked(replace(data, signed_qr=""))
    bill_months(estate, "2026-01")
    kept = _pay(estate)
    voided = _pay(estate, "3-1-101", hour=10)
    with clock.frozen(at(2026, 1, 10, 11)):
        corrections.void_receipt(estate.cashier, voided.number, "录错", estate.manager)
    _close_day(estate)
    with clock.frozen(at(2026, 1, 12, 9)):
        shifts.open_shift(estate.cashier, 0)
        corrections.refund(estate.cashier, kept.number, None, "cash", "多收", estate.manager)
    fresh = _pay(estate, "3-1-102", day=12)
    code = check_value(fresh)
    assert genuine.check_receipt(estate.cashier, code).verdict == genuine.GENUINE
    assert genuine.check_receipt(estate.cashier, check_value(voided)).verdict == genuine.VOIDED
    assert genuine.check_receipt(estate.cashier, check_value(kept)).verdict == genuine.REFUNDED
    number, amount, check = code.split("|")
    forged = [f"{number}|{amount}|{'0' * 12}", f"{number}|{int(float(amount)) + 100}.00|{check}",
              f"SJ2026-999999|{amount}|{check}", f"{number}|{amount}|{check[:-1]}{'A' if check[-1] != 'A' else 'B'}"]
    for text in forged:
        assert genuine.check_receipt(estate.cashier, text).verdict == genuine.NOT_OURS, text
    with pytest.raises(Exception, match="收据号"):
        genuine.check_receipt(estate.cashier, "not a code")
    dbmod.close()
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    assert cli.main(["receipt", "verify", code, "--db", str(db_path), "--user", "cashier"]) == 0
    assert "有效收据" in capsys.readouterr().out
    assert cli.main(["receipt", "verify", forged[0], "--db", str(db_path), "--user", "cashier"]) == 4
    assert "不是本处开出的" in capsys.readouterr().out


def test_a_key_store_that_fails_never_stops_the_counter(estate, tmp_path, monkeypatch):
    """On a PC whose key store will not take a key (a locked Windows credential store, a full
    disk), the counter goes on: the new key is used unsaved for the session and the log says so."""
    bill_months(estate, "2026-01")
    _use_another_pc(monkeypatch, tmp_path, "broken-store")

    def refuse(*_args):
        raise OSError("the key store is locked")
    monkeypatch.setattr(keystore.FileStore, "put", refuse)
    paid = _pay(estate)
    assert paid.number and verify.verify_all().ok
    assert AuditLog.select().order_by(AuditLog.id.desc()).where(AuditLog.action == audit.KEY_PERIOD).first()
