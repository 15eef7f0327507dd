"""The README's steps for checking a receipt with OpenSSL alone, run exactly as written against a
real receipt's QR (read back from its PDF by zbarimg) and the key `receipt public-key` prints."""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from counter_app.core import receipt_signature as rs
from counter_app.documents.receipt import render_receipt
from counter_app.ledger import receiptkey
from tests.documents.conftest import decode_barcodes

README = Path(__file__).parents[2] / "README.md"


def readme_steps() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Checking a receipt with any tool"):]
    return re.search(r"```bash\n(.*?)```", section, re.S).group(1)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_the_readme_s_openssl_steps_verify_a_real_receipt_and_refuse_a_forged_one(receipt, tmp_path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_receipt(receipt, "80mm").pdf)
    (qr,) = [c for c in decode_barcodes(pdf, tmp_path) if c.startswith("CA1|")]
    (tmp_path / "office.pem").write_text(rs.public_pem(receiptkey.public_key()), encoding="utf-8")
    steps = readme_steps()

    def run(text):
        return subprocess.run(["bash", "-e", "-c", steps], cwd=tmp_path, env={"QR": text, "PATH": "/usr/bin:/bin"},
                              capture_output=True, text=True)
    done = run(qr)
    assert done.returncode == 0 and "Signature Verified Successfully" in done.stdout, done
    forged = qr.replace(f"|{receipt.unit_code}|", "|9-9-999|")
    assert forged != qr
    done = run(forged)
    assert done.returncode != 0 and "Verified Successfully" not in done.stdout, done
