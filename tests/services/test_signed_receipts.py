"""Receipts anyone can verify offline: the QR signed with the office's Ed25519 key (kept outside
the ledger, its public key in it), checked by the ledger (genuine, voided, refunded, forged) and
by a public key alone."""
from dataclasses import replace

import pytest

from counter_app import cli, keystore
from counter_app.core import receipt_signature as rs
from counter_app.documents.receipt import check_value
from counter_app.ledger import clock, ledgerkeys, receiptkey, seals, verify
from counter_app.services.counter import corrections, genuine, receipts
from counter_app.services.closing import shifts
from counter_app.store import db as dbmod
from tests.factories import at, bill_months
from tests.services.test_keyed_chain import _close_day, _pay

OTHER_OFFICE = bytes(range(32))


def _forge(text: str, **changes) -> str:
    """The same QR with fields changed and the signature kept (what a forger can do)."""
    s = rs.parse(text)
    return replace(s, **changes).text()


@pytest.fixture
def papers(estate):
    """A kept, a voided and a refunded receipt, and a fresh one, with their QR texts."""
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
    voided = receipts.load_receipt(estate.cashier, voided.number)     # reprinted: still signed, same QR
    return {"refunded": kept, "voided": voided, "fresh": fresh}


def test_the_key_is_made_on_first_need_kept_outside_and_sealed(estate, db_path):
    assert receiptkey.public_key() is None
    bill_months(estate, "2026-01")
    data = _pay(estate)
    public = receiptkey.public_key()
    assert public is not None and data.signed_qr.startswith("CA1|")
    ledger = ledgerkeys.ledger_id()
    assert keystore.get(ledger, receiptkey.name_of(public)) == receiptkey.private_key(public)
    assert seals.meta_state()[receiptkey.META] == rs.public_base64(public)
    assert receipts.load_receipt(estate.cashier, data.number).signed_qr == data.signed_qr   # deterministic
    assert verify.verify_chain().ok if hasattr(verify, "verify_chain") else True


def test_genuine_voided_refunded_and_forged(papers, estate):
    fresh, voided, refunded = papers["fresh"], papers["voided"], papers["refunded"]
    code = check_value(fresh)
    assert code.startswith("CA1|") and code == fresh.signed_qr
    assert genuine.check_receipt(estate.cashier, code).verdict == genuine.GENUINE
    assert genuine.check_receipt(estate.cashier, check_value(voided)).verdict == genuine.VOIDED
    assert genuine.check_receipt(estate.cashier, check_value(refunded)).verdict == genuine.REFUNDED
    forged = {"amount": _forge(code, amount_fen=fresh.total_fen + 100),
              "unit": _forge(code, unit="3-2-501"),
              "date": _forge(code, business_date="2026-01-11"),
              "number": _forge(code, number=papers["refunded"].number)}
    for what, text in forged.items():
        checked = genuine.check_receipt(estate.cashier, text)
        assert checked.verdict == genuine.FORGED and "伪造" in checked.words, what
    # a key from another office: a well-made signature, not ours
    s = rs.parse(code)
    theirs = rs.sign(OTHER_OFFICE, s.number, s.business_date, s.unit, s.amount_fen)
    assert genuine.check_receipt(estate.cashier, theirs).verdict == genuine.FORGED
    # signed by this office, but no such receipt in this ledger
    secret = receiptkey.private_key()
    elsewhere = rs.sign(secret, "SJ2026-999999", "2026-01-12", "9-9-999", 100)
    checked = genuine.check_receipt(estate.cashier, elsewhere)
    assert checked.verdict == genuine.NOT_IN_LEDGER and "本处的密钥签名" in checked.words
    # the old check-only QR of the same receipts is still read
    old = check_value(replace(fresh, signed_qr=""))
    assert old.count("|") == 2 and genuine.check_receipt(estate.cashier, old).verdict == genuine.GENUINE
    assert genuine.check_receipt(estate.cashier, check_value(replace(voided, signed_qr=""))).verdict == genuine.VOIDED


def test_a_ledger_edited_behind_the_program_is_named_not_trusted(papers, estate, db_path):
    from tests import outside
    fresh = papers["fresh"]
    outside.execute(db_path, "UPDATE payment SET total_fen = total_fen + 100 WHERE number = ?", (fresh.number,))
    checked = genuine.check_receipt(estate.cashier, fresh.signed_qr)
    assert checked.verdict == genuine.DIFFERS and "账本被改动" in checked.words


def test_a_counter_without_the_private_key_prints_the_check_only_qr(papers, estate, monkeypatch, tmp_path):
    import os
    office_pc = os.environ["COUNTER_APP_DATA"]
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "another-pc"))     # a key store of its own
    receiptkey._held.clear()
    assert receipts.signing(estate.cashier) == "unsigned"
    data = receipts.load_receipt(estate.cashier, papers["fresh"].number)
    assert data.signed_qr == "" and check_value(data).count("|") == 2
    assert genuine.check_receipt(estate.cashier, papers["fresh"].signed_qr).verdict == genuine.GENUINE
    # the exported keys carry the signing key: imported, this counter signs the same QR
    monkeypatch.setenv("COUNTER_APP_DATA", office_pc)
    receiptkey._held.clear()
    bundle = keystore.export_text(ledgerkeys.ledger_id())
    assert receiptkey.PREFIX in bundle
    path = tmp_path / "keys.txt"
    path.write_text(bundle, encoding="utf-8")
    monkeypatch.setenv("COUNTER_APP_DATA", str(tmp_path / "another-pc"))
    from counter_app.services.setup import keys
    keys.import_keys(estate.admin, str(path))
    receiptkey._held.clear()
    assert receipts.signing(estate.cashier) == "signed"
    assert receipts.load_receipt(estate.cashier, papers["fresh"].number).signed_qr == papers["fresh"].signed_qr


def test_training_receipts_are_never_signed(estate, monkeypatch):
    monkeypatch.setattr(receiptkey, "training", lambda: True)
    bill_months(estate, "2026-01")
    assert _pay(estate).signed_qr == "" and receiptkey.public_key() is None


def test_offline_verify_and_public_key_on_the_command_line(papers, estate, capsys, monkeypatch, db_path, tmp_path):
    code = papers["fresh"].signed_qr
    dbmod.close()
    assert cli.main(["receipt", "public-key", "--db", str(db_path)]) == 0
    printed = capsys.readouterr().out
    assert "-----BEGIN PUBLIC KEY-----" in printed and "指纹" in printed
    pem = printed[printed.index("-----BEGIN"):printed.index("-----END PUBLIC KEY-----") + 24] + "\n"
    public = rs.read_public_key(pem)
    assert rs.fingerprint(public) in printed
    pem_file = tmp_path / "office.pem"
    pem_file.write_text(pem, encoding="utf-8")
    # offline: no ledger at all, the key as a file or as text
    for key in (str(pem_file), rs.public_base64(public)):
        assert cli.main(["receipt", "verify", "--public-key", key, code, "--db", str(tmp_path / "none.sqlite3")]) == 0
        out = capsys.readouterr().out
        assert "签名" in out and rs.fingerprint(public) in out
    assert not (tmp_path / "none.sqlite3").exists()
    forged = _forge(code, amount_fen=papers["fresh"].total_fen * 10)
    assert cli.main(["receipt", "verify", "--public-key", str(pem_file), forged]) == 4
    assert "伪造" in capsys.readouterr().out
    other = tmp_path / "other.pem"
    other.write_text(rs.public_pem(rs.public_of(OTHER_OFFICE)), encoding="utf-8")
    assert cli.main(["receipt", "verify", "--public-key", str(other), code]) == 4
    assert "伪造" in capsys.readouterr().out
    # with the ledger
    monkeypatch.setenv("COUNTER_APP_PASSWORD", "cashier")
    assert cli.main(["receipt", "verify", code, "--db", str(db_path), "--user", "cashier"]) == 0
    assert "有效收据" in capsys.readouterr().out
    assert cli.main(["receipt", "verify", forged, "--db", str(db_path), "--user", "cashier"]) == 4
    assert "伪造" in capsys.readouterr().out
