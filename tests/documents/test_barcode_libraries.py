"""Barcodes go through the libraries' public API: importing the documents changes nothing in
reportlab or python-barcode, and the QR drawn is reportlab's own widget at the promised size."""
import subprocess
import sys

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from counter_app.documents import barcodes
from tests.documents.conftest import decode_barcodes

# In a fresh interpreter: fingerprint every class and function of the barcode libraries, import
# every document module, fingerprint again. Any monkeypatch (a replaced method, a cache wrapped
# around a function, a new attribute) changes the fingerprint.
_PROBE = r"""
import importlib, inspect, pkgutil, sys
import barcode, reportlab.graphics.barcode as rlb
mods = []
for pkg in (barcode, rlb):
    mods.append(pkg)
    for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
        try:
            mods.append(importlib.import_module(info.name))
        except Exception:
            pass
import reportlab.graphics.barcode.qr, reportlab.graphics.barcode.qrencoder
mods += [reportlab.graphics.barcode.qr, reportlab.graphics.barcode.qrencoder]

def fingerprint():
    seen = {}
    for m in mods:
        for name, obj in sorted(vars(m).items()):
            key = m.__name__ + "." + name
            seen[key] = id(obj)
            if inspect.isclass(obj):
                for attr, val in sorted(vars(obj).items()):
                    seen[key + "." + attr] = id(val)
    return seen

before = fingerprint()
import counter_app.documents.barcodes, counter_app.documents.receipt
import counter_app.documents.notice, counter_app.documents.slip
after = fingerprint()
changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
print("\n".join(changed))
sys.exit(1 if changed else 0)
"""


def test_importing_the_documents_patches_no_barcode_library():
    run = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True)
    assert run.returncode == 0, f"patched: {run.stdout}{run.stderr}"


def test_the_probe_sees_a_patch():
    """The probe above can fail: a patch like the one this module used to make is caught."""
    probe = _PROBE.replace(
        "after = fingerprint()",
        "import functools\n"
        "q = reportlab.graphics.barcode.qrencoder.QRUtil\n"
        "q.getErrorCorrectPolynomial = staticmethod(functools.lru_cache()(q.getErrorCorrectPolynomial))\n"
        "after = fingerprint()")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert run.returncode == 1 and "getErrorCorrectPolynomial" in run.stdout


def test_qr_fills_its_square_with_a_four_module_quiet_zone_and_decodes(tmp_path):
    payload = "R20260220-0001|3-2-501|187650|5f3a9c"
    pdf = tmp_path / "qr.pdf"
    side = 30 * mm
    c = pdf_canvas.Canvas(str(pdf), pagesize=(side + 20 * mm, side + 20 * mm))
    barcodes.draw_qr(c, payload, 10 * mm, 10 * mm, side)
    c.showPage()
    c.save()
    assert decode_barcodes(pdf, tmp_path, dpi=300) == [payload]

    # Dark ink lies within the square, leaving the 4-module quiet zone white on every side.
    from PIL import Image
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(tmp_path / "px")], check=True)
    img = Image.open(tmp_path / "px.png").convert("L")
    dots_per_pt = 300 / 72
    dark = [(px, py) for py in range(img.height) for px in range(img.width) if img.getpixel((px, py)) < 128]
    xs = [p[0] for p in dark]
    ys = [p[1] for p in dark]
    left, top = 10 * mm * dots_per_pt, 10 * mm * dots_per_pt
    inner = side * dots_per_pt
    count = (max(xs) - min(xs)) / inner  # fraction of the square the modules take
    assert left < min(xs) and max(xs) < left + inner and top < min(ys) and max(ys) < top + inner
    quiet_left = (min(xs) - left) / inner
    quiet_right = (left + inner - max(xs)) / inner
    assert abs(quiet_left - quiet_right) < 0.02 and quiet_left > 0.05
    assert 0.6 < count < 0.95
