"""Free text typed at the counter (payer, remarks, references, reasons, notes, consultations): control
and bidirectional-override characters never reach the ledger or the paper, and a text over its
field's limit is refused with a message, nothing recorded."""
import pytest
from hypothesis import given, settings, strategies as st

from counter_app.core import text
from counter_app.core.errors import CounterError
from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.consultation import desk
from counter_app.services.counter import corrections, payments
from counter_app.store.models import Consultation, Payment, TenderRow
from tests.factories import at, fingerprint

TRICKS = "\u202e\u202d\u2066\u2069\u200f\x00\x07\x1b[31m\u200b"


@given(st.text(max_size=80))
@settings(max_examples=500, deadline=None)
def test_nothing_invisible_survives(typed):
    try:
        cleaned = text.clean(typed, "备注", text.TEXT)
    except CounterError:
        assert len(typed) > text.TEXT
        return
    assert all(c.isprintable() or c == " " for c in cleaned)
    assert not set(cleaned) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
    assert cleaned == cleaned.strip() and len(cleaned) <= text.TEXT


def test_what_is_typed_is_stored_and_printed_clean(estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
            "3-2-501", [Tender("wechat", 100, f"WX{TRICKS}123")], topup_fen=100, payer=f"{TRICKS}张三",
            remarks=f"预存{TRICKS}"))
    p = Payment.get(Payment.number == receipt.number)
    assert (p.payer, p.remarks, TenderRow.get(TenderRow.payment == p).reference) == ("[31m张三", "预存[31m", "WX[31m123")
    assert receipt.payer == "[31m张三"       # the escape's visible letters stay; its ESC does not


@pytest.mark.parametrize("field, limit", [("payer", text.NAME), ("remarks", text.TEXT), ("reference", text.REFERENCE),
                                          ("waiver_reason", text.TEXT)])
def test_a_payment_with_an_overlong_text_is_refused_and_records_nothing(estate, field, limit):
    before = fingerprint(estate.ledger.path)
    long = "长" * (limit + 1)
    tender = Tender("wechat", 100, long if field == "reference" else "WX1")
    kwargs = {} if field == "reference" else {field: long}
    with clock.frozen(at(2026, 1, 10, 9)):
        with pytest.raises(CounterError, match=f"最多 {limit} 个字"):
            payments.take_payment(estate.cashier, payments.PaymentRequest("3-2-501", [tender], topup_fen=100,
                                                                          **kwargs))
    assert fingerprint(estate.ledger.path) == before


def test_reasons_and_consultations_follow_the_same_rule(estate):
    with clock.frozen(at(2026, 1, 10, 9)):
        receipt = payments.take_payment(estate.cashier, payments.PaymentRequest("3-2-501", [Tender("cash", 100)],
                                                                                topup_fen=100))
        with pytest.raises(CounterError, match="最多 200 个字"):
            corrections.void_receipt(estate.cashier, receipt.number, "错" * 201, estate.manager)
        slip = corrections.void_receipt(estate.cashier, receipt.number, f"{TRICKS}录错", estate.manager)
        assert slip.reason == "[31m录错" and Payment.get(Payment.number == receipt.number).void_reason == "[31m录错"
        row = desk.log_consultation(estate.cashier, f"水费怎么算？{TRICKS}\n第二行", caller=f"{TRICKS}李四")
        assert row.question == "水费怎么算？[31m\n第二行" and row.caller == "[31m李四"
        with pytest.raises(CounterError, match="最多 2000 个字"):
            desk.log_consultation(estate.cashier, "问" * 2001)
    assert Consultation.select().count() == 1
