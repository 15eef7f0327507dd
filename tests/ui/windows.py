"""Every window the program opens, built as the program builds it (on the business day the tests
freeze, as the counter window passes it): the list the fit test and the
Enter/Esc test hold to their rules (a window added to the program is added here)."""
from datetime import date

from counter_app.services.counter import receipts


def dialogs(estate, settings):
    """Every window the counter opens, built as the program builds it."""
    from counter_app.core.tenders import Tender
    from counter_app.services.counter import payments
    from counter_app.core.periods import Month
    from counter_app.ui.about import AboutDialog
    from counter_app.ui.admin.billing import BillingDialog
    from counter_app.ui.admin.discounts import DiscountPoliciesDialog
    from counter_app.ui.admin.estate_browser import EstateBrowserDialog
    from counter_app.ui.admin.offers import OffersDialog
    from counter_app.ui.admin.estate_settings import EstateSettingsDialog
    from counter_app.ui.admin.meter_entry import MeterEntryDialog
    from counter_app.ui.admin.standards import StandardsDialog
    from counter_app.ui.admin.users import UsersDialog
    from counter_app.ui.audit_viewer import AuditDialog
    from counter_app.ui.books.dialog import BooksDialog
    from counter_app.ui.cashmove.dialog import CashMoveDialog
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
    from counter_app.ui.management.lists import BuildingsDialog, DataQualityDialog, ForecastDialog, RenewalsDialog
    from counter_app.ui.manager_override import ManagerOverrideDialog
    from counter_app.ui.password import ChangePasswordDialog
    from counter_app.ui.payment.dialog import PaymentDialog
    from counter_app.ui.payment.discount import DiscountDialog
    from counter_app.ui.printing.receipt_dialog import ReceiptDialog
    from counter_app.ui.printing.settings_dialog import PrinterSettingsDialog
    from counter_app.ui.vouchers.dialog import VoucherDialog
    from counter_app.ui.mail.dialogs import MailSendDialog, MailSettingsDialog
    from counter_app.services.closing import close as closeout, files
    receipt = payments.take_payment(estate.cashier, payments.PaymentRequest(
        unit_code="3-2-501", all_due=True, tenders=[Tender("cash", 10_000_000)]))
    receipt = receipts.load_receipt(estate.cashier, receipt.number)
    from counter_app.services.counter import cashmoves         # the cash moves window with a full row
    cashmoves.record(estate.cashier, "paid_out", 3550, reason="advance", voucher="PZ-2026-0012",
                     note="垫付业主维修材料费", authoriser=estate.manager)
    cashier, manager, admin = estate.cashier, estate.manager, estate.admin
    return {
        "main window": lambda: MainWindow(cashier, settings),
        "login": lambda: LoginDialog(None, "测试花园"),
        "lock screen": lambda: LoginDialog(None, "测试花园", locked_user=cashier),
        "first run": lambda: FirstRunDialog(estate.ledger.path),
        "payment": lambda: PaymentDialog(cashier, "3-1-102", 0, "all_due", (), ()),
        "payment of a deposit": lambda: PaymentDialog(cashier, "3-1-102", 0, "adhoc", (), [("ZXYJ", "装修押金")]),
        "receipt": lambda: ReceiptDialog(cashier, receipt, settings, auto_print=False),
        "journal": lambda: JournalDialog(cashier, settings),
        "reason": lambda: ReasonDialog("作废原因"),
        "refund": lambda: RefundDialog(cashier, receipt.number),
        "discount": lambda: DiscountDialog(cashier),
        "manager override": lambda: ManagerOverrideDialog(cashier, "作废", receipt.number),
        "open shift": lambda: OpenShiftDialog(manager),
        "count": lambda: CountDialog(cashier),
        "cash moves": lambda: CashMoveDialog(cashier),
        "receipt books": lambda: BooksDialog(manager, settings),
        "x report": lambda: ReportDialog("X 报表", files.shift_pdf(closeout.x_report(cashier), "80mm"), settings),
        "day close": lambda: DayCloseDialog(manager, settings, date(2026, 1, 10)),
        "arrears": lambda: ArrearsDialog(manager, settings, date(2026, 1, 10)),
        "collection": lambda: CollectionDialog(manager, settings, date(2026, 1, 10)),
        "collection work": lambda: CollectionWorkDialog(manager, settings),
        "dashboard": lambda: DashboardDialog(manager, settings, date(2026, 1, 10)),
        "renewals": lambda: RenewalsDialog(manager, settings, date(2026, 1, 10)),
        "data quality": lambda: DataQualityDialog(manager, settings, date(2026, 1, 10)),
        "buildings": lambda: BuildingsDialog(manager, settings, date(2026, 1, 10)),
        "forecast": lambda: ForecastDialog(manager, settings, date(2026, 1, 10)),
        "billing": lambda: BillingDialog(manager, Month.parse("2026-01")),
        "users": lambda: UsersDialog(admin),
        "standards": lambda: StandardsDialog(admin),
        "discount policies": lambda: DiscountPoliciesDialog(admin),
        "prepay offers": lambda: OffersDialog(admin),
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
        "vouchers": lambda: VoucherDialog(manager, date(2026, 1, 10)),
        "mail settings": lambda: MailSettingsDialog(admin),
        "mail send": lambda: MailSendDialog(manager),
        "about": lambda: AboutDialog(),
    }
