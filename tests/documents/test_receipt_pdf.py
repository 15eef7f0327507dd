import subprocess
from dataclasses import replace
from datetime import datetime

import pytest
from reportlab.lib.units import mm

from counter_app import paths
from counter_app.core.receipt_data import CopyInfo
from counter_app.documents.receipt import check_value, render_receipt
from counter_app.documents.templates import LAYOUTS, TemplateError, load_layout, parse_layout
from counter_app.services.counter import receipts
from tests.documents.conftest import decode_barcodes, pdf_pages_pt, pdf_text

EXPECTED_SIZE_MM = {"80mm": (80, None), "58mm": (58, None), "a5": (148, 210), "form3": (241, 93.1)}


def write(tmp_path, name, pdf):
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_layout_carries_the_receipt(layout, receipt, tmp_path):
    rendered = render_receipt(receipt, layout)
    assert rendered.problems == ()
    pdf = write(tmp_path, f"{layout}.pdf", rendered.pdf)
    text = pdf_text(pdf)
    flat = text.replace(" ", "")
    for needle in ("3-2-501", "物业服务费", "车位管理费", "王芳", receipt.number, receipt.total_words, "张三"):
        assert needle in flat, f"{needle} missing from the {layout} receipt"
    assert "WX4200001234" in flat
    width_mm, height_mm = EXPECTED_SIZE_MM[layout]
    sizes = pdf_pages_pt(pdf)
    for w, h in sizes:
        assert abs(w - width_mm * mm) < 0.5
        if height_mm:
            assert abs(h - height_mm * mm) < 0.5
        else:
            assert 100 * mm < h < 600 * mm   # a roll is as long as its content
    assert len(sizes) == (3 if layout == "form3" else 1)
    codes = decode_barcodes(pdf, tmp_path)
    assert receipt.number in codes, f"Code128 not read at 203 dpi in {layout}: {codes}"
    qr = [c for c in codes if "|" in c]
    # The paper forms carry the number only; every roll and sheet carries the verification QR,
    # read at the thermal head's 203 dpi to exactly the payload.
    assert qr == ([] if layout == "form3" else [check_value(receipt)]), f"QR in {layout}: {codes}"


def test_80mm_details(receipt, tmp_path):
    text = pdf_text(write(tmp_path, "r.pdf", render_receipt(receipt, "80mm").pdf)).replace(" ", "")
    assert "100.24㎡×1.40元×1月" in text and "100.24㎡×1.60元×1月" in text
    assert "滞纳金" in text and "滞纳" in text and "逾期" not in text     # 滞纳天数, not 逾期天数
    assert "实收现金" in text and "找零¥45.00" in text
    assert "预存余额：¥0.00" in text
    assert "备注：含车位两个" in text
    assert receipt.title in text and receipt.company in text


def test_verification_qr_carries_number_amount_and_chain_value(receipt, tmp_path):
    """A counter without the office's signing key prints the check-only QR."""
    pdf = write(tmp_path, "r.pdf", render_receipt(replace(receipt, signed_qr=""), "80mm").pdf)
    codes = decode_barcodes(pdf, tmp_path, dpi=300)
    (qr,) = [c for c in codes if "|" in c]
    number, amount, check = qr.split("|")
    assert number == receipt.number
    from counter_app.core.money import parse_yuan
    assert parse_yuan(amount) == receipt.total_fen
    from counter_app.store.models import AuditLog
    sealed = AuditLog.get((AuditLog.entity == "payment") & (AuditLog.entity_id == receipt.number))
    assert check == sealed.hash[:12].upper()


@pytest.mark.parametrize("layout", ["58mm", "80mm", "a5"])
def test_signed_qr_scans_at_the_printers_resolution_and_verifies(layout, receipt, tmp_path):
    """The signed QR (longer than the check-only one) still reads at 203 dpi on every roll and
    sheet, and what it reads is the receipt's fields under the ledger's public key."""
    from counter_app.core import receipt_signature as rs
    from counter_app.ledger import receiptkey
    pdf = write(tmp_path, "r.pdf", render_receipt(receipt, layout).pdf)
    (qr,) = [c for c in decode_barcodes(pdf, tmp_path) if "|" in c]
    assert qr == receipt.signed_qr and qr.startswith("CA1|")
    signed = rs.parse(qr)
    assert (signed.number, signed.business_date, signed.unit, signed.amount_fen) == (
        receipt.number, receipt.business_date, receipt.unit_code, receipt.total_fen)
    assert rs.verify(receiptkey.public_key(), signed)


def test_font_is_embedded_subset(receipt, tmp_path):
    pdf = write(tmp_path, "r.pdf", render_receipt(receipt, "a5").pdf)
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    for row in rows:   # name type encoding emb sub uni ...: every font embedded and subset
        assert "WenQuanYiMicroHei" in row[0] and row[-5:-2] == ["yes", "yes", "yes"], out


@pytest.mark.parametrize("layout", ["80mm", "form3"])
def test_reprint_void_and_training_are_marked(layout, receipt, tmp_path):
    copy = CopyInfo(2, datetime(2026, 2, 21, 9, 5), "李强")
    texts = {
        "copy": pdf_text(write(tmp_path, "c.pdf", render_receipt(receipt, layout, copy).pdf)),
        "void": pdf_text(write(tmp_path, "v.pdf", render_receipt(replace(receipt, status="voided"), layout).pdf)),
        "training": pdf_text(write(tmp_path, "t.pdf", render_receipt(replace(receipt, training=True), layout).pdf)),
        "original": pdf_text(write(tmp_path, "o.pdf", render_receipt(receipt, layout).pdf)),
    }
    assert "重印" in texts["copy"] and "第2次" in texts["copy"] and "李强" in texts["copy"]
    assert "作废" in texts["void"] and "练习" in texts["training"] and "非正式收据" in texts["training"]
    for word in ("重印", "作废", "练习"):
        assert word not in texts["original"]
    for text in texts.values():            # Chinese paper: no English words among the marks
        assert not {"COPY", "VOID", "TRAINING", "REFUND"} & set(text.split()), text


def test_preprinted_form_prints_only_fields(receipt, tmp_path):
    full = pdf_text(write(tmp_path, "f.pdf", render_receipt(receipt, "form3").pdf))
    bare = pdf_text(write(tmp_path, "b.pdf", render_receipt(receipt, "form3", preprinted=True).pdf))
    assert "收款单位" in full and "收款单位" not in bare and receipt.title not in bare
    assert "存根联" in full and "存根联" not in bare
    assert receipt.number in bare and receipt.total_words in bare.replace(" ", "")
    voided = pdf_text(write(tmp_path, "vb.pdf", render_receipt(replace(receipt, status="voided"), "form3",
                                                               preprinted=True).pdf))
    assert "作废" in voided  # marks print even on a pre-printed form


def test_form3_on_one_sheet(receipt, tmp_path, monkeypatch):
    user_dir = paths.user_reports_dir()
    user_dir.mkdir(parents=True)
    shipped = (paths.reports_dir() / "receipt-form3.toml").read_text(encoding="utf-8")
    (user_dir / "receipt-form3.toml").write_text(shipped.replace('copies_on = "pages"', 'copies_on = "sheet"'),
                                                 encoding="utf-8")
    rendered = render_receipt(receipt, "form3")
    assert rendered.pages == 1 and rendered.problems == ()
    pdf = write(tmp_path, "s.pdf", rendered.pdf)
    ((w, h),) = pdf_pages_pt(pdf)
    assert abs(h - 3 * 93.1 * mm) < 0.5
    text = pdf_text(pdf)
    assert all(label in text for label in ("存根联", "收据联", "记账联"))


BAD_TEMPLATES = [
    ('name = "lines"', 'name = "linez"', "未知的字段“linez”"),
    ("x_mm = 160", "x_mm = 400", "超出纸张"),
    ("width_mm = 241", "width_mm = -5", "纸张尺寸"),
    ("[page]", "[page\n", "格式错误"),
    ("font_size = 9", "font_size = 9\nshade = 3", "未知的设置“shade”"),
]


@pytest.mark.parametrize("old,new,message", BAD_TEMPLATES)
def test_bad_user_template_is_refused_with_file_and_line(old, new, message, receipt):
    user_dir = paths.user_reports_dir()
    user_dir.mkdir(parents=True)
    shipped = (paths.reports_dir() / "receipt-form3.toml").read_text(encoding="utf-8")
    assert old in shipped
    bad = user_dir / "receipt-form3.toml"
    bad.write_text(shipped.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        parse_layout(bad, "form3")
    assert message in str(info.value) and str(bad) in str(info.value)
    lines = bad.read_text(encoding="utf-8").splitlines()
    assert f"第 {info.value.line} 行" in str(info.value)
    assert new.split("\n")[-1].strip() in lines[info.value.line - 1]  # the line that is wrong
    layout, problems = load_layout("form3")
    assert layout.source.endswith(str(paths.reports_dir() / "receipt-form3.toml"))
    assert problems and "已改用程序自带的版式" in problems[0]
    rendered = render_receipt(receipt, "form3")
    assert rendered.problems and rendered.pdf.startswith(b"%PDF")


def test_unknown_receipt_number_is_a_clear_error(estate):
    from counter_app.core.errors import NotFound
    with pytest.raises(NotFound, match="SJ2099-000001"):
        receipts.load_receipt(estate.cashier, "SJ2099-000001")


def test_unknown_layout():
    with pytest.raises(ValueError, match="未知的收据版式"):
        load_layout("a4-landscape")


@pytest.mark.parametrize("layout", ["80mm", "58mm", "a5"])
def test_a_reprint_says_what_became_of_the_invoice(receipt, estate, layout, tmp_path):
    from counter_app.documents.receipt import render_receipt
    from counter_app.services.counter import receipts
    from counter_app.services.invoicing import requests as invoices
    row = invoices.request_invoice(estate.cashier, receipt.number,
                                   invoices.Buyer("杭州某某科技有限公司", "91350100M000100Y43", "f@example.com"))
    invoices.record_issued(estate.manager, str(row.id), "26332000000012345678", receipt.issued_at.date())
    path = tmp_path / "copy.pdf"
    path.write_bytes(render_receipt(receipts.load_receipt(estate.cashier, receipt.number), layout).pdf)
    text = "".join(pdf_text(path).split())
    assert "发票：已开具No.26332000000012345678" in text
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(render_receipt(receipt, layout).pdf)      # at payment: nothing asked for, no line
    assert "发票：" not in "".join(pdf_text(plain).split())


@pytest.fixture
def twenty_months(estate):
    """Twenty months owed by a unit with two parking spaces, paid at once: 40-odd charges."""
    from counter_app.core.tenders import Tender
    from counter_app.ledger import clock
    from counter_app.services.counter import payments
    from tests.factories import at, bill_months
    bill_months(estate, *[f"{y}-{m:02d}" for y, m in [(2025, m) for m in range(1, 13)] + [(2026, m) for m in range(1, 9)]])
    with clock.frozen(at(2026, 8, 20, 10)):
        q = payments.quote(estate.cashier, payments.PaymentRequest(unit_code="3-2-501", all_due=True, tenders=[]))
        return payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, tenders=[Tender("cash", q.total_fen)]))


def test_an_a5_receipt_of_forty_charges_continues_and_never_loses_its_total(twenty_months, tmp_path):
    """The charges run onto a second A5 page with the columns named again; total, 大写, tenders
    and the barcode are on the last page; every page says 第 i/n 页."""
    data = twenty_months
    assert len(data.lines) >= 40
    rendered = render_receipt(data, "a5")
    pdf = write(tmp_path, "a5.pdf", rendered.pdf)
    sizes = pdf_pages_pt(pdf)
    assert rendered.pages == len(sizes) >= 2
    assert all(abs(w - 148 * mm) < 0.5 and abs(h - 210 * mm) < 0.5 for w, h in sizes)
    pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"], capture_output=True,
                            text=True, check=True).stdout for n in range(1, len(sizes) + 1)]
    for n, text in enumerate(pages, 1):
        assert f"第 {n}/{len(sizes)} 页" in text
        if "物业服务费" in text:
            assert "计费依据" in text.replace(" ", "")       # the columns named on every page of charges
    last = pages[-1].replace(" ", "")
    assert data.total_words in last and "合计" in last
    assert all(data.total_words not in p.replace(" ", "") for p in pages[:-1])
    assert data.number in decode_barcodes(pdf, tmp_path)
    # every charge is printed once
    periods = "".join(pages).count("物业服务费")
    assert periods == sum(1 for ln in data.lines if ln.item_name == "物业服务费")


def test_a_layout_may_group_consecutive_months_at_one_rate(twenty_months, tmp_path):
    """group = true in the office's copy of the roll layout: one line per run of months of an
    item at one rate (the rate change of 2026-01 starts a new one), the same total, a shorter roll."""
    from counter_app.documents.receipt import line_rows
    data = twenty_months
    plain, grouped = line_rows(data), line_rows(data, group=True)
    assert sum(r[3] for r in grouped) == sum(r[3] for r in plain) == data.total_fen
    wyf = [r for r in grouped if r[0] == "物业服务费"]
    assert [r[1] for r in wyf] == ["2025.01–2025.12 × 12 月", "2026.01–2026.08 × 8 月"]
    assert [r[1] for r in grouped if r[0] == "垃圾清运费"] == ["2025.01–2026.09 × 21 月"]
    user_dir = paths.user_reports_dir()
    user_dir.mkdir(parents=True)
    shipped = (paths.reports_dir() / "receipt-80mm.toml").read_text(encoding="utf-8")
    assert "group = false" in shipped
    long = write(tmp_path, "plain.pdf", render_receipt(data, "80mm").pdf)
    (user_dir / "receipt-80mm.toml").write_text(shipped.replace("group = false", "group = true"), encoding="utf-8")
    short = write(tmp_path, "grouped.pdf", render_receipt(data, "80mm").pdf)
    assert pdf_pages_pt(short)[0][1] < pdf_pages_pt(long)[0][1] / 2
    text = pdf_text(short).replace(" ", "")
    assert "2025.01–2025.12×12月" in text and data.total_words in text
    assert data.number in decode_barcodes(short, tmp_path)
