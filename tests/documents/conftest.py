import shutil
import subprocess

import pytest

from counter_app.core.tenders import Tender
from counter_app.ledger import clock
from counter_app.services.counter import payments
from tests.factories import at, bill_months

for tool in ("pdftotext", "pdftoppm", "zbarimg", "pdfinfo", "pdffonts"):
    assert shutil.which(tool), f"{tool} is installed by scripts/setup.sh"


@pytest.fixture
def receipt(estate):
    """A real receipt: two months of fees with a late fee, split WeChat and cash, cashier 王芳."""
    bill_months(estate, "2025-12", "2026-01")
    with clock.frozen(at(2026, 2, 20, 10, 30)):
        q = payments.quote(estate.cashier, payments.PaymentRequest(unit_code="3-2-501", all_due=True, tenders=[]))
        data = payments.take_payment(estate.cashier, payments.PaymentRequest(
            unit_code="3-2-501", all_due=True, remarks="含车位两个",
            tenders=[Tender("wechat", 30000, "WX4200001234"), Tender("cash", q.total_fen - 30000 + 4500)]))
    assert data.late_fee_fen > 0
    return data


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_pages_pt(path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], capture_output=True, text=True,
                         check=True).stdout
    sizes = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]), float(parts[2])))
    return sizes


def decode_barcodes(pdf, tmp_path, dpi=203) -> list[str]:
    prefix = tmp_path / f"scan{dpi}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    found = []
    for png in sorted(tmp_path.glob(f"scan{dpi}*.png")):
        out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
        found += [line for line in out.stdout.splitlines() if line]
    return found
