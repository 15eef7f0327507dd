"""Renders the main screens with demo data to PNG (README and user guide), at two sizes, and the
counter on a 1366×768 laptop at Windows' 125 % and 150 %. A development tool, not shipped:

    .venv/bin/python scripts/screenshots.py [--out docs/screens] [--db demo.sqlite3]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PyQt6.QtCore import QEventLoop, QTimer
from PyQt6.QtWidgets import QApplication

SIZES = ((1366, 768), (1920, 1080))
SCALES = (1.25, 1.5)        # Windows' display scaling on a 1366×768 laptop
TASKBAR, TITLE_BAR = 40, 30


def _settle(ms: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def render_screens(out: Path, db: Path | None = None) -> list[Path]:
    from counter_app.ledger import signin
    from counter_app.services.common import session
    from counter_app.services.counter import ledger
    from counter_app.scenarios.demo import build_demo
    from counter_app.ui import style
    from counter_app.ui.login import LoginDialog
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.payment.dialog import PaymentDialog
    from counter_app.ui.printing.receipt_dialog import ReceiptDialog
    from counter_app.ui.settings import CounterSettings

    app = QApplication.instance() or QApplication([])
    style.apply(app)
    work = Path(tempfile.mkdtemp()) / "demo.sqlite3"
    if db is None:
        build_demo(work, months=12, entrances=1, floors=6)
    else:
        # The pictures open a shift and take a payment: on a copy, never in the ledger named.
        from counter_app.store.backup import copy_sqlite
        copy_sqlite(Path(db), work)
    session.open_database(work)
    actor = signin.authenticate("cashier", "cashier")
    from counter_app.services.closing import shifts
    if shifts.current_shift(actor) is None:
        shifts.open_shift(actor, 50000)
    settings = CounterSettings(receipt_printer=f"pdf:{Path(tempfile.mkdtemp()) / 'print.pdf'}", idle_lock_minutes=0)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    # A unit with arrears and a late fee makes the most telling picture.
    hit = next(h for h in ledger.search_units(actor, "1-1-")
               if any(d.late_fee_fen for d in ledger.open_unit(actor, h.unit_id).due))
    for w, h in reversed(SIZES):  # the small size last: its window also takes the payment
        window = MainWindow(actor, settings)
        window.resize(w, h)
        window.show()
        window.search.box.setText(hit.code[:5])
        window.open_unit(hit.unit_id)
        window.unit_view.charges.toggle(0)
        window.unit_view.charges.toggle(1)
        _settle()
        written.append(_save(window.grab(), out / f"counter-{w}x{h}.png"))
        if (w, h) == SIZES[0]:
            for scale in SCALES:
                written.append(_scaled(window, scale, out / f"counter-{w}x{h}-{int(scale * 100)}.png"))
            window.resize(w, h)
            dialog = PaymentDialog(actor, hit.code, window.unit_view.file.summary.prepaid_fen, "all_due", parent=window)
            dialog.show()
            dialog.tender_amount["wechat"].setText("100")
            dialog.tender_ref["wechat"].setText("4200001234202611270001")
            total = dialog.quote.total_fen
            dialog.tender_amount["cash"].setText(str((total - 10000) // 10000 * 100 + 100))
            _settle()
            written.append(_save(dialog.grab(), out / "payment-dialog.png"))
            dialog.accept_payment()
            receipt = ReceiptDialog(actor, dialog.receipt, settings, parent=window)
            receipt.resize(520, 760)
            receipt.show()
            _settle(200)
            written.append(_save(receipt.grab(), out / "receipt-dialog.png"))
            receipt.close()
            from counter_app.ui.consultation.dialog import ConsultationDialog
            desk = ConsultationDialog(actor, settings, hit.code, parent=window)
            desk.item_search.setText("wyf")
            desk.show()
            _settle()
            written.append(_save(desk.grab(), out / "consultation-catalogue.png"))
            desk.tabs.setCurrentIndex(1)
            desk.calc_months.setValue(12)
            desk.calculate()
            _settle()
            written.append(_save(desk.grab(), out / "consultation-calculator.png"))
            desk.close()
            login = LoginDialog(None, "翠湖花园")
            login.show()
            _settle()
            written.append(_save(login.grab(), out / "login.png"))
            login.close()
            from counter_app.ui.management.dialogs import ArrearsDialog, CollectionDialog
            manager = signin.authenticate("manager", "manager")
            for name, dialog in (("arrears", ArrearsDialog(manager, settings, parent=window)),
                                 ("collection", CollectionDialog(manager, settings, parent=window))):
                dialog.resize(1240, 700)
                dialog.show()
                while dialog.jobs.pending:      # built in the background: wait for the tables
                    _settle(50)
                _settle(100)
                written.append(_save(dialog.grab(), out / f"{name}.png"))
                dialog.close()
            written += _admin_screens(out, window, manager, actor)
        window.close()
    return written


def _admin_screens(out: Path, window, manager, cashier) -> list[Path]:
    """The 管理 menu's windows, each doing what it is for: next month's billing previewed, a rate
    change previewed, a building's meters, the users."""
    from counter_app.core.periods import Month
    from counter_app.ledger import signin
    from counter_app.services.counter.info import counter_info
    from counter_app.ui.admin.billing import BillingDialog
    from counter_app.ui.admin.meter_entry import MeterEntryDialog
    from counter_app.ui.admin.standards import StandardsDialog
    from counter_app.ui.admin.users import UsersDialog
    today = counter_info(cashier).business_date
    admin = signin.authenticate("admin", "admin")
    written = []
    billing = BillingDialog(manager, Month.of(today).add(1), parent=window)
    billing.resize(1100, 700)
    billing.show()
    billing.preview()
    while billing.task is not None:          # planned in the background: wait for the tables
        _settle(50)
    _settle()
    written.append(_save(billing.grab(), out / "billing.png"))
    billing.close()
    standards = StandardsDialog(admin, parent=window)
    standards.resize(1150, 700)
    standards.show()
    standards.rate.setText("2.10")
    standards.basis.setText("业主大会决议〔2026〕5号")
    standards.preview()
    _settle()
    written.append(_save(standards.grab(), out / "standards.png"))
    standards.close()
    meters = MeterEntryDialog(cashier, today, parent=window)
    meters.show()
    _settle()
    written.append(_save(meters.grab(), out / "meter-entry.png"))
    meters.close()
    from counter_app.services.admin import browser
    from counter_app.ledger.estate import building_codes
    from counter_app.ui.admin.estate_browser import EstateBrowserDialog
    estate = EstateBrowserDialog(manager, today, parent=window)
    estate.resize(1150, 660)
    estate.show()
    first = browser.building_units(manager, building_codes(manager)[0])[0].code
    estate.select_unit(first)
    estate.tabs.setCurrentIndex(1)            # the floor grid
    _settle()
    written.append(_save(estate.grab(), out / "estate.png"))
    estate.close()
    people = UsersDialog(admin, parent=window)
    people.show()
    _settle()
    written.append(_save(people.grab(), out / "users.png"))
    people.close()
    written.append(_import_screen(out, admin, window))
    return written


def owners_book(path: Path) -> Path:
    """An owners' register as an office keeps one (docs/IMPORT.md shows it and its dry run): a
    merged title, its own column names, a sheet per building, a hidden row and column, a totals
    row, one person with two ID numbers, a 身份证 number a digit short, a date typed 2062 for
    2026, a Chinese-numeral building, a phone Excel turned into 1.38001E+10."""
    from openpyxl import Workbook
    wb = Workbook()
    first = wb.active
    first.title = "1栋"
    for row in (["新城花园 1栋 业主名册"], ["房间号", "业主姓名", "联系电话", "身份证号", "入住日期", "备注"],
                ["1-1-101", "张三", "138 0013 8000", "11010519491231002X", "2020/7/1", None],
                ["1#1-102", "张三", "13800138000", "330106199001011002", None, "第二套"],
                ["1栋1单元103", "李四", "13900139000", "11010519491231002", None, None],
                ["1-1-104", "王五", "13700137000", None, "2062-05-01", None],
                ["1-1-201", "赵六", "13600136000", None, None, "已搬走"],
                ["合计", "共 5 户"]):
        first.append(row)
    first.merge_cells("A1:F1")
    first.row_dimensions[7].hidden = True
    first.column_dimensions["F"].hidden = True
    third = wb.create_sheet("三栋")
    for row in (["房号", "姓名", "手机", "证件类型", "证件号码"],
                ["三栋1单元101", "钱七", "13500135000", "护照", "E12345678"],
                ["3-1-102", "孙八", "1.38001E+10", None, None]):
        third.append(row)
    wb.create_sheet("说明").append(["本名册由原物业系统导出"])
    wb.save(path)
    return path


def _import_screen(out: Path, admin, window) -> Path:
    """The import window's dry run of the owners' register above."""
    from counter_app.ui.data.import_dialog import ImportDialog
    dialog = ImportDialog(admin, parent=window)
    dialog.resize(1100, 640)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("occupants"))
    dialog.file.setText(str(owners_book(Path(tempfile.mkdtemp()) / "业主名册.xlsx")))
    dialog.preview()
    while dialog.task is not None:          # checked in the background: wait for the rows
        _settle(50)
    _settle()
    try:
        return _save(dialog.grab(), out / "import-preview.png")
    finally:
        dialog.close()


def _scaled(window, scale: float, path: Path) -> Path:
    """The window maximised on a 1366×768 screen scaled by Windows (its taskbar and a title bar
    taken off): laid out in the logical pixels the scale leaves, drawn at the scale, as it is seen."""
    from PyQt6.QtCore import Qt
    from PyQt6.QtGui import QImage, QPainter
    width, height = int(1366 / scale), int((768 - TASKBAR) / scale) - TITLE_BAR
    window.resize(width, height)
    _settle()
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    window.render(painter)
    painter.end()
    image.save(str(path))
    return path


def _save(pixmap, path: Path) -> Path:
    pixmap.save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="render the main screens with demo data to PNG")
    parser.add_argument("--out", default="docs/screens")
    parser.add_argument("--db", help="a demo database to use, on this PC (default: build a small one)")
    args = parser.parse_args(argv)
    from counter_app.store.server_urls import is_server_url
    if args.db and is_server_url(args.db):
        parser.error("截图只用单机的演示账本（--db 写文件路径，或不写：程序自己建一个）")
    for path in render_screens(Path(args.out), Path(args.db) if args.db else None):
        print(path)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
