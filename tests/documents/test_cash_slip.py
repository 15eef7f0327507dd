"""A cash movement's slip: its kind, number (as text and as a Code128 the counter's scanner reads),
the drawer's change in figures and 大写, the reason, voucher, who and who authorised; a reversal's
names the document it undoes."""
from counter_app.core import cashmoves as rules
from counter_app.documents.slip import cash_slip_pdf
from counter_app.ledger import clock
from counter_app.services.counter import cashmoves
from tests.documents.conftest import decode_barcodes, pdf_text
from tests.factories import at


def test_the_slips_of_a_paid_out_and_its_reversal(estate, tmp_path):
    with clock.frozen(at(2026, 1, 10, 9)):
        cashmoves.record(estate.cashier, rules.PAID_IN, 50_000)
        out = cashmoves.record(estate.cashier, rules.PAID_OUT, 12_345, reason=rules.ADVANCE, voucher="PZ-0042",
                               note="代业主垫付维修", authoriser=estate.manager)
        back = cashmoves.reverse(estate.cashier, out.number, "金额录错", estate.manager)
    for slip, title in ((out, "支出凭证"), (back, "支出冲销凭证")):
        path = tmp_path / f"{slip.number}.pdf"
        path.write_bytes(cash_slip_pdf(slip))
        text = pdf_text(path)
        assert title in text and slip.number in text and "壹佰贰拾叁元肆角伍分" in text
        assert "垫付" in text and "PZ-0042" in text and "王芳" in text and "李强" in text
        scans = tmp_path / f"scans-{slip.number}"
        scans.mkdir()
        assert decode_barcodes(path, scans) == [slip.number]
    assert "钱箱现金减少" in pdf_text(tmp_path / f"{out.number}.pdf")
    reversal = pdf_text(tmp_path / f"{back.number}.pdf")
    assert "钱箱现金增加" in reversal and f"冲销：{out.number}" in reversal and "金额录错" in reversal
