"""Every window fits a 1366×768 screen, also with Windows scaling at 125 % and 150 % (a screen of
1093×582 or 910×485 logical pixels above a 40 px taskbar): its layout's minimum fits, the fitter
shrinks it into the screen, and, rendered so, no visible widget lies outside it."""
from datetime import date

from PyQt6.QtCore import QRect
from PyQt6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from counter_app.services.common import clock
from counter_app.services.counter import receipts
from counter_app.ui import fit
from tests.factories import at

SCALES = (1.0, 1.25, 1.5)


def available(scale: float) -> QRect:
    return QRect(0, 0, int(1366 / scale), int((768 - 40) / scale))


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: it may lie outside, and is reached by scrolling."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) or isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def outside(window: QWidget) -> list[str]:
    box = window.rect().adjusted(-1, -1, 1, 1)
    found = []
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.isWindow() or child.size().isEmpty() or scrolled(child, window):
            continue
        rect = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
        if not box.contains(rect):
            found.append(f"{type(child).__name__} {child.objectName() or ''} {rect.getRect()} in {box.getRect()}")
    return found


def dialogs(estate, settings):
    """Every window the counter opens, built as the program builds it."""
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    from counter_app.core.periods import Month
    from counter_app.ui.about import AboutDialog
    from counter_app.ui.admin.billing import BillingDialog
    from counter_app.ui.admin.estate_browser import EstateBrowserDialog
    from counter_app.ui.admin.estate_settings import EstateSettingsDialog
    from counter_app.ui.admin.meter_entry import MeterEntryDialog
    from counter_app.ui.admin.standards import StandardsDialog
    from counter_app.ui.admin.users import UsersDialog
    from counter_app.ui.audit_viewer import AuditDialog
    from counter_app.ui.closeout.dialogs import CountDialog, DayCloseDialog, OpenShiftDialog, ReportDialog
    from counter_app.ui.consultation.dialog import ConsultationDialog
    from counter_app.ui.data.backup_dialogs import BackupSettingsDialog, RestoreDialog
    from counter_app.ui.data.import_dialog import ImportDialog
    from counter_app.ui.first_run import FirstRunDialog
    from counter_app.ui.invoicing.request_dialog import InvoiceRequestDialog
    from counter_app.ui.journal.dialog import JournalDialog, ReasonDialog, RefundDialog
    from counter_app.ui.login import LoginDialog
    from counter_app.ui.main_window import MainWindow
    from counter_app.ui.management.collection_work import CollectionWorkDialog
    from counter_app.ui.management.dashboard import DashboardDialog
    from counter_app.ui.management.dialogs import ArrearsDialog, CollectionDialog
    from counter_app.ui.manager_override import ManagerOverrideDialog
    from counter_app.ui.password import ChangePasswordDialog
    from counter_app.ui.payment.dialog import PaymentDialog
    from counter_app.ui.printing.receipt_dialog import ReceiptDialog
    from counter_app.ui.printing.settings_dialog import PrinterSettingsDialog
    from counter_app.services.closing import close as closeout, files
    receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
        unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)]))
    receipt = receipts.load_receipt(estate.cashier, receipt.number)
    cashier, manager, admin = estate.cashier, estate.manager, estate.admin
    return {
        "main window": lambda: MainWindow(cashier, settings),
        "login": lambda: LoginDialog(None, "测试花园"),
        "first run": lambda: FirstRunDialog(estate.ledger.path),
        "payment": lambda: PaymentDialog(cashier, "3-1-102", 0, "all_due", (), ()),
        "payment of a deposit": lambda: PaymentDialog(cashier, "3-1-102", 0, "adhoc", (), [("ZXYJ", "装修押金")]),
        "receipt": lambda: ReceiptDialog(cashier, receipt, settings, auto_print=False),
        "journal": lambda: JournalDialog(cashier, settings),
        "reason": lambda: ReasonDialog("作废原因"),
        "refund": lambda: RefundDialog(cashier, receipt.number),
        "manager override": lambda: ManagerOverrideDialog(cashier, "作废", receipt.number),
        "open shift": lambda: OpenShiftDialog(manager),
        "count": lambda: CountDialog(cashier),
        "x report": lambda: ReportDialog("X 报表", files.shift_pdf(closeout.x_report(cashier), "80mm"), settings),
        "day close": lambda: DayCloseDialog(manager, settings, date(2026, 1, 10)),
        "arrears": lambda: ArrearsDialog(manager, settings),
        "collection": lambda: CollectionDialog(manager, settings),
        "collection work": lambda: CollectionWorkDialog(manager, settings),
        "dashboard": lambda: DashboardDialog(manager, settings),
        "billing": lambda: BillingDialog(manager, Month.parse("2026-01")),
        "users": lambda: UsersDialog(admin),
        "standards": lambda: StandardsDialog(admin),
        "meter entry": lambda: MeterEntryDialog(cashier, date(2026, 1, 10)),
        "estate settings": lambda: EstateSettingsDialog(admin),
        "estate browser": lambda: EstateBrowserDialog(admin, date(2026, 1, 10)),
        "consultation": lambda: ConsultationDialog(cashier, settings, "3-2-501"),
        "audit": lambda: AuditDialog(admin),
        "import": lambda: ImportDialog(admin),
        "restore": lambda: RestoreDialog(admin, settings),
        "backup settings": lambda: BackupSettingsDialog(settings),
        "printer settings": lambda: PrinterSettingsDialog(settings),
        "password": lambda: ChangePasswordDialog(cashier),
        "invoice": lambda: InvoiceRequestDialog(cashier, receipt.number, "3-2-501"),
        "about": lambda: AboutDialog(),
    }


def test_every_window_fits_a_1366_by_768_screen_at_100_125_and_150_percent(qtbot, billed_estate, counter_settings,
                                                                           tmp_path):
    from counter_app.ui import style
    app = QApplication.instance()
    font = app.font()
    style.apply(app)          # the program's own font and sizes, as it starts
    try:
        check_every_window(qtbot, billed_estate, counter_settings, tmp_path)
    finally:
        app.setStyleSheet("")
        app.setFont(font)


def check_every_window(qtbot, billed_estate, counter_settings, tmp_path):
    problems = []
    with clock.frozen(at(2026, 1, 10, 9)):
        makers = dialogs(billed_estate, counter_settings)
        for name, make in makers.items():
            for scale in SCALES:
                screen = available(scale)
                room = fit.budget(screen.size())
                window = make()
                qtbot.addWidget(window)
                least = window.minimumSizeHint()
                if least.width() > room.width() or least.height() > room.height():
                    problems.append(f"{name} at {scale:.0%}: needs at least {least.width()}×{least.height()}, "
                                    f"the screen gives {room.width()}×{room.height()}")
                    window.close()
                    continue
                window.resize(window.size().expandedTo(window.sizeHint()))
                fit.clamp(window, screen)
                window.show()
                QApplication.processEvents()
                assert window.width() <= room.width() and window.height() <= room.height(), name
                problems += [f"{name} at {scale:.0%}: {where}" for where in outside(window)]
                window.grab().save(str(tmp_path / f"{name}-{int(scale * 100)}.png"))
                window.close()
    assert not problems, "\n".join(problems)


def test_the_fitter_shrinks_a_window_taller_than_the_screen_when_it_is_shown(qtbot):
    from PyQt6.QtWidgets import QDialog, QPushButton, QVBoxLayout
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QPushButton("OK"))
    qtbot.addWidget(dialog)
    dialog.resize(820, 1900)                 # as the reports once asked for 900 px
    fitter = fit.install(QApplication.instance())
    try:
        dialog.show()
        room = fit.budget(dialog.screen().availableGeometry().size())
        assert dialog.height() <= room.height() and dialog.width() <= room.width()
    finally:
        QApplication.instance().removeEventFilter(fitter)
