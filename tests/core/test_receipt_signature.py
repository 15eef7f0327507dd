"""The signed receipt QR (core/receipt_signature.py): what it carries round-trips, and any change
of a field, or another office's key, fails the signature."""
import pytest
from hypothesis import given, settings, strategies as st

from counter_app.core import receipt_signature as rs
from counter_app.core.errors import Invalid
from counter_app.core.money import MAX_AMOUNT_FEN

KEY = bytes(range(32))
OTHER = bytes(range(1, 33))

numbers = st.from_regex(r"[A-Z]{1,4}20[0-9]{2}-[0-9]{6}", fullmatch=True)
dates = st.dates().map(lambda d: d.isoformat()).filter(lambda d: len(d) == 10)
units = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=0, max_size=12)
amounts = st.integers(min_value=0, max_value=MAX_AMOUNT_FEN)


@settings(max_examples=60, deadline=None)
@given(numbers, dates, units, amounts)
def test_round_trip_and_deterministic(number, day, unit, fen):
    text = rs.sign(KEY, number, day, unit, fen)
    assert text == rs.sign(KEY, number, day, unit, fen)       # a reprint carries the same QR
    signed = rs.parse(text)
    assert (signed.number, signed.business_date, signed.unit, signed.amount_fen) == (number, day, unit, fen)
    assert signed.text() == text
    assert rs.verify(rs.public_of(KEY), signed)
    assert not rs.verify(rs.public_of(OTHER), signed)         # a key from another office


@settings(max_examples=60, deadline=None)
@given(numbers, dates, units, amounts, st.data())
def test_any_changed_field_fails(number, day, unit, fen, data):
    signed = rs.parse(rs.sign(KEY, number, day, unit, fen))
    field = data.draw(st.sampled_from(["number", "business_date", "unit", "amount_fen", "signature"]))
    if field == "number":
        changed = rs.SignedReceipt(data.draw(numbers.filter(lambda n: n != number)), day, unit, fen, signed.signature)
    elif field == "business_date":
        changed = rs.SignedReceipt(number, data.draw(dates.filter(lambda d: d != day)), unit, fen, signed.signature)
    elif field == "unit":
        changed = rs.SignedReceipt(number, day, data.draw(units.filter(lambda u: u != unit)), fen, signed.signature)
    elif field == "amount_fen":
        changed = rs.SignedReceipt(number, day, unit, data.draw(amounts.filter(lambda a: a != fen)), signed.signature)
    else:
        i = data.draw(st.integers(0, 63))
        sig = bytearray(signed.signature)
        sig[i] ^= data.draw(st.integers(1, 255))
        changed = rs.SignedReceipt(number, day, unit, fen, bytes(sig))
    assert not rs.verify(rs.public_of(KEY), changed)
    assert not rs.verify(rs.public_of(KEY), rs.parse(changed.text()))


def test_a_tampered_amount_in_the_text_fails():
    text = rs.sign(KEY, "SJ2026-000123", "2026-02-20", "3-2-501", 93114)
    forged = text.replace("|931.14|", "|981.14|")
    assert forged != text and not rs.verify(rs.public_of(KEY), rs.parse(forged))


def test_fingerprint_and_key_forms():
    public = rs.public_of(KEY)
    fp = rs.fingerprint(public)
    assert len(fp) == 19 and fp.count("-") == 3 and fp.replace("-", "").isalnum()
    for form in (rs.public_pem(public), rs.public_base64(public), rs.public_base64(public).rstrip("=")):
        assert rs.read_public_key(form) == public
    for bad in ("", "not a key", "AAAA", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"):
        with pytest.raises(Invalid):
            rs.read_public_key(bad)


@pytest.mark.parametrize("text", ["", "SJ2026-1|1.00|ABCDEF012345", "CA1|N|2026-02-30|U|1.00|" + "A" * 86,
                                  "CA1|N|2026-02-01|U|1.5|" + "A" * 86, "CA1|N|2026-02-01|U|1.00|short",
                                  "CA1||2026-02-01|U|1.00|" + "A" * 86, "CA1|N|2026-02-01|1.00|" + "A" * 86])
def test_malformed_scans_are_refused(text):
    with pytest.raises(Invalid):
        rs.parse(text)


def test_a_unit_with_the_separator_still_parses():
    text = rs.sign(KEY, "N1", "2026-01-01", "A|B", 100)
    signed = rs.parse(text)
    assert signed.unit == "A|B" and rs.verify(rs.public_of(KEY), signed)
