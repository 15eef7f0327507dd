"""抹零 on paper, read back by pdftotext from every layout: its own line "抹零 -0.07" under the
charges, 合计 and 大写 of what was paid, the change worked on the rounded cash."""
import pytest

from counter_app.core.daxie import amount_in_words
from counter_app.core.tenders import Tender
from counter_app.documents.receipt import render_receipt
from counter_app.services.admin import estate as est
from counter_app.ledger import clock
from counter_app.services.counter import payments
from tests.documents.conftest import pdf_text
from tests.factories import at


@pytest.fixture
def rounded(estate):
    """A 123.47 charge paid with a 200 元 note, to 角 down: 123.40 taken, 76.60 change."""
    with clock.frozen(at(2026, 1, 10, 9)):
        est.add_fee_item(estate.admin, est.estate_of(estate.admin), "GBF", "门禁卡工本费", "one_off")
        est.update_settings(estate.admin, cash_rounding="jiao-down")
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", adhoc=[("GBF", 12347, "工本费")], tenders=[Tender("cash", 20000)]))


@pytest.mark.parametrize("layout", ["80mm", "58mm", "a5", "form3"])
def test_the_rounding_is_its_own_line_and_the_total_what_was_paid(rounded, layout, tmp_path):
    assert rounded.rounding_fen == -7 and rounded.change_fen == 7660
    path = tmp_path / f"{layout}.pdf"
    path.write_bytes(render_receipt(rounded, layout).pdf)
    text = pdf_text(path)
    flat = text.replace(" ", "")
    assert "抹零" in text and "-0.07" in text
    assert "123.47" in text                              # the charge at its full amount
    assert "123.40" in text and amount_in_words(12340) in flat
    assert amount_in_words(12347) not in flat
