"""`counter-app --selftest`: proves a built program works, headless, without touching user data.

Creates a database in a temporary folder, bills a month, takes a split payment, renders the
receipt in every layout, reads each PDF back with QtPdf (so the bundled Qt libraries load), checks
the audit chain and the translations, and exits 0 only if every step holds.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from PyQt6.QtCore import QBuffer, QByteArray, QIODevice
from PyQt6.QtPdf import QPdfDocument
from PyQt6.QtWidgets import QApplication
from . import __version__, paths, keystore
from .core.tenders import Tender
from .documents.receipt import render_receipt
from .documents.templates import LAYOUTS
from .ledger import signin, clock, verify
from .services.billing import runs as billing
from .services.counter import ledger, payments
from .scenarios.demo import build_demo
from .ui import i18n
from .services.closing import shifts, close as closeout
from .store import db
from .core.closeout import greedy_count
import psycopg
from .ui.management.dashboard import bar_chart


def run_selftest() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="counter-selftest-"))
    os.environ["COUNTER_APP_DATA"] = str(work / "data")
    os.environ["COUNTER_APP_KEYSTORE"] = "file"     # the test ledger's key stays in the temporary folder
    started = time.perf_counter()
    try:
        return _run(work, started)
    except Exception as exc:  # report, never hide: the build script reads the exit code
        traceback.print_exc()
        print(f"selftest: FAILED: {exc}")
        return 1
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)


def _check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)
    print(f"selftest: ok   {what}")


def _run(work: Path, started: float) -> int:


    print(f"selftest: counter-app {__version__} from {paths.install_root()}")
    _check(paths.font_file().exists(), "CJK font shipped")
    build_demo(work / "selftest.sqlite3", months=2, entrances=1, floors=2)
    manager = signin.authenticate("manager", "manager")
    cashier = signin.authenticate("cashier", "cashier")
    month = clock.business_date("Asia/Shanghai")
    result = billing.run_billing(manager, f"{month.year + 1:04d}-01")
    _check(result.created > 0, f"billing run created {result.created} charges")
    shifts.open_shift(cashier, 50000)
    hit = ledger.search_units(cashier, "1-1-1")[0]
    quote = payments.quote(cashier, payments.PaymentRequest(unit_code=hit.code, all_due=True, tenders=[]))
    receipt = payments.take_payment(cashier, payments.PaymentRequest(
        unit_code=hit.code, all_due=True,
        tenders=[Tender("wechat", 100, "SELFTEST"), Tender("cash", quote.total_fen)]))
    _check(receipt.change_fen == 100, f"payment {receipt.number} with change")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for layout in LAYOUTS:
        pdf = render_receipt(receipt, layout).pdf
        data = QByteArray(pdf)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument(None)
        doc.load(buffer)
        text = doc.getAllText(0).text() if doc.pageCount() else ""
        _check(doc.status() == QPdfDocument.Status.Ready and receipt.number in text,
               f"receipt {layout} renders and reads back ({doc.pageCount()} page(s))")
        doc.close()
    counts, rest = greedy_count(shifts.expected_cash(shifts.current_shift(cashier).id))
    z = closeout.close_shift(cashier, counts, "分币" if rest else "")
    _check(z.z_number.startswith("Z") and z.figures.receipt_count == 1, f"shift closed with {z.z_number}")
    _check(verify.verify_all().complete, "keyed audit chain, sealed rows and receipts verify")
    backend = keystore.os_keyring()
    _check(backend is not None or sys.platform != "win32",
           f"OS key store reachable through keyring ({type(backend).__module__ if backend else 'none here: a file'})")
    _check(psycopg.pq.__impl__ in ("binary", "c") and psycopg.pq.version() > 0,
           f"server driver loads (psycopg {psycopg.__version__}, libpq {psycopg.pq.version()})")
    chart = bar_chart("selftest", ["01", "02"], [("a", [100, 200])]).grab()
    _check(not chart.isNull() and chart.width() > 0, "dashboard chart draws (QtCharts)")
    _check(i18n.install(app, "en") and i18n.install(app, "zh_TW"), "translations load")
    i18n.install(app, "zh_CN")
    print(f"selftest: passed in {time.perf_counter() - started:.1f} s")
    return 0
