"""缴费 / 催缴 notices: each unit's notice says what it owes (the same figures as the counter), in
大写 too; its barcode, scanned from the rendered page, opens the unit in the counter's search;
a selection with nothing to say, an unknown building or a date ahead is refused in words."""
import subprocess
from datetime import date

import pytest

from counter_app.core.errors import CounterError, PermissionDenied
from counter_app.documents.notice import render_notices
from counter_app.ledger import clock
from counter_app.ledger import dues
from counter_app.services.counter import ledger
from counter_app.services.reports import notices
from counter_app.store.models import Unit
from tests.factories import at, bill_months


@pytest.fixture
def owing(estate):
    return bill_months(estate, "2025-12", "2026-01", "2026-02")


def scan(pdf_path, tmp_path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf_path), str(tmp_path / "page")], check=True)
    found = []
    for png in sorted(tmp_path.glob("page*.png")):
        out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True).stdout
        found += [line for line in out.splitlines() if line]
    return found


@pytest.mark.parametrize("paper", ["a4", "a5"])
def test_overdue_notices_scan_to_their_units_and_say_what_the_counter_says(owing, tmp_path, paper):
    as_of = date(2026, 2, 20)
    with clock.frozen(at(2026, 2, 20, 9)):
        batch = notices.notices(owing.manager, "overdue", building_code="3")
        for n in batch.notices:
            unit = Unit.get(Unit.code == n.unit)
            due = [d for d in dues.owed(owing.manager, unit, as_of) if d.due_date < as_of]
            assert (n.principal_fen, n.late_fee_fen) == (sum(d.outstanding_fen for d in due),
                                                         sum(d.late_fee_fen for d in due))
        pdf = tmp_path / "notices.pdf"
        pdf.write_bytes(render_notices(batch, paper))
        codes = scan(pdf, tmp_path)
        assert sorted(codes) == sorted(n.unit for n in batch.notices)
        for code in codes:          # typed (scanned) into the counter's search, it opens that unit
            assert ledger.search_units(owing.cashier, code)[0].code == code
    pages = int(next(line.split()[-1] for line in subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                                  text=True).stdout.splitlines()
                     if line.startswith("Pages:")))
    assert pages == (len(batch.notices) + 1) // 2 if paper == "a5" else pages == len(batch.notices)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = text.replace(" ", "")
    for n in batch.notices:
        assert n.total_words in flat and "催缴通知单" in flat


def test_a_due_notice_lists_what_falls_due_this_month(owing):
    with clock.frozen(at(2026, 2, 3, 9)):
        batch = notices.notices(owing.manager, "due", unit_codes=["3-2-501"])
    (notice,) = batch.notices
    unit = Unit.get(Unit.code == "3-2-501")
    owed = dues.owed(owing.manager, unit, date(2026, 2, 3))
    assert notice.total_fen == sum(d.outstanding_fen + d.late_fee_fen for d in owed if d.period_start <= date(2026, 2, 28))
    assert any(line.period.startswith("2026.02") for line in notice.lines)


def test_bad_selections_are_refused_in_words(owing):
    with clock.frozen(at(2026, 2, 20, 9)):
        with pytest.raises(CounterError, match="没有楼栋"):
            notices.notices(owing.manager, "overdue", building_code="99")
        with pytest.raises(CounterError, match="没有这些房号"):
            notices.notices(owing.manager, "overdue", unit_codes=["9-9-999"])
        with pytest.raises(CounterError, match="之后"):
            notices.notices(owing.manager, "overdue", as_of=date(2026, 3, 1))
        with pytest.raises(CounterError, match="没有需要通知"):
            notices.notices(owing.manager, "overdue", bucket="365 天以上")
        with pytest.raises(CounterError, match="种类"):
            notices.notices(owing.manager, "everything")
        with pytest.raises(PermissionDenied):
            notices.notices(owing.cashier, "overdue")


def test_a_long_notice_folds_its_oldest_lines_and_keeps_its_total(estate, tmp_path):
    bill_months(estate, *[f"2025-{m:02d}" for m in range(1, 13)])
    with clock.frozen(at(2026, 1, 20, 9)):
        batch = notices.notices(estate.manager, "overdue", unit_codes=["3-2-501"])
    (notice,) = batch.notices
    assert len(notice.lines) > 20
    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(render_notices(batch, "a5"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "其余" in text and notice.total_words in text.replace(" ", "")
    assert scan(pdf, tmp_path) == ["3-2-501"]
