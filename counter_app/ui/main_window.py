"""The counter window: header, search on the left, the unit on the right, F-keys for everything."""
from __future__ import annotations

import logging

from PyQt6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QSplitter, QStackedWidget, QVBoxLayout,
    QWidget
)

from .. import __version__
from ..core.errors import CounterError
from ..core.money import format_yuan
from ..devices import drawer, pole
from ..ledger.estate import find_unit
from ..services.closing import shifts, close as closeout, files as closeout_files
from ..ledger.context import Actor
from ..services.counter import drawer as drawer_service, info as counter, ledger, printed as printed_log, receipts
from ..services.reports import reminders
from ..store import failures
from . import i18n, keys, style
from .actions import add_action
from .login import LoginDialog
from .payment.dialog import PaymentDialog
from .payment.follow_up import RequestFollowUp
from .printing.printer import print_receipt
from .printing.receipt_dialog import ReceiptDialog
from .printing.reprint import ask_reprint, print_copy
from .search.panel import SearchPanel
from .settings import CounterSettings, save_window_geometry, window_geometry
from .unit.view import UnitView
from .errors import error_text
from .device_line import DeviceLine
from .data.keeping import DataKeeping
from .cashmove.dialog import CashMoveDialog
from .books.dialog import BooksDialog
from ..documents.slip import cash_slip_pdf
from .journal.dialog import ReasonDialog, JournalDialog
from .manager_override import ManagerOverrideDialog
from .closeout.dialogs import OpenShiftDialog, ReportDialog, CountDialog, DayCloseDialog
from .management.dialogs import ArrearsDialog, CollectionDialog
from .management import lists
from .management.dashboard import DashboardDialog
from ..core.periods import Month
from .admin.billing import BillingDialog
from .admin.estate_browser import EstateBrowserDialog
from .admin.meter_entry import MeterEntryDialog
from .admin.standards import StandardsDialog
from .admin.estate_settings import EstateSettingsDialog
from .vouchers.dialog import VoucherDialog
from .mail.dialogs import MailSendDialog, MailSettingsDialog
from .admin.users import UsersDialog
from .debit.dialog import DebitDialog
from .management.collection_work import CollectionWorkDialog
from .consultation.dialog import ConsultationDialog
from ..services.consultation import desk as consultation
from .audit_viewer import AuditDialog
from .password import ChangePasswordDialog
from .about import AboutDialog
from .printing.settings_dialog import PrinterSettingsDialog


_K = "MainWindow"
COUNTER_KEYS = (
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "说明")), ("F2", QT_TRANSLATE_NOOP("MainWindow", "查找")),
    ("F4", QT_TRANSLATE_NOOP("MainWindow", "重印上一张")), ("F5", QT_TRANSLATE_NOOP("MainWindow", "收选中")),
    ("F6", QT_TRANSLATE_NOOP("MainWindow", "全部缴清")), ("F7", QT_TRANSLATE_NOOP("MainWindow", "按金额收")),
    ("F8", QT_TRANSLATE_NOOP("MainWindow", "预交")), ("F9", QT_TRANSLATE_NOOP("MainWindow", "押金/临时")),
    ("F10", QT_TRANSLATE_NOOP("MainWindow", "收据查询")), ("F11", QT_TRANSLATE_NOOP("MainWindow", "咨询")),
    ("F12", QT_TRANSLATE_NOOP("MainWindow", "锁屏")), ("Ctrl+P", QT_TRANSLATE_NOOP("MainWindow", "打印未打印的收据")),
    ("Esc", QT_TRANSLATE_NOOP("MainWindow", "回到查找")), ("Alt+字母", QT_TRANSLATE_NOOP("MainWindow", "打开菜单")))


def key_hint() -> str:
    """Every key of the counter, in three columns: the start hint (README and the F1 guide list
    the same keys)."""
    translate = QCoreApplication.translate
    cells = [f"<td align=right><b>{key}</b></td><td>{translate(_K, what)}</td>" for key, what in COUNTER_KEYS]
    rows = "".join("<tr>" + "<td width=24></td>".join(cells[n:n + 3]) + "</tr>" for n in range(0, len(cells), 3))
    find = translate("MainWindow", "输入房号、姓名、电话尾号或车牌查找房屋，按 Enter 打开。")
    return f"<p>{find}</p><table cellspacing=4 align=center>{rows}</table>"


log = logging.getLogger(__name__)


class IdleWatcher(QObject):
    """Any key or mouse press restarts the idle timer; when it runs out the screen locks."""
    idle = pyqtSignal()

    def __init__(self, minutes: int, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.poke()

    def poke(self) -> None:
        if self.minutes > 0:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress):
            self.poke()
        return False


class MainWindow(QMainWindow):
    trainingRequested = pyqtSignal(bool)
    signOutRequested = pyqtSignal()
    locked = pyqtSignal()

    def __init__(self, actor: Actor, settings: CounterSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.actor, self.settings = actor, settings
        self.devices = DeviceLine(self)          # the drawer's and the pole's bytes, off the GUI thread
        self.devices.failed.connect(self._device_failed)
        self.info = counter.counter_info(actor)
        self.unit_id: int | None = None
        self.last_receipt = None
        self.payment_dialog: PaymentDialog | None = None
        self.receipt_dialog: ReceiptDialog | None = None
        self.lock_dialog: LoginDialog | None = None
        self.setWindowTitle(self.tr("物业收费前台 {v} — {estate}").format(v=__version__, estate=self.info.estate_name)
                            + (self.tr(" [练习模式]") if self.info.training else ""))
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self._header())
        if self.info.training:
            banner = QLabel(self.tr("练习模式 / TRAINING — 此处的收款不进入正式账目，收据印有“练习”字样"),
                            objectName="trainingBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(banner)
        splitter = QSplitter()
        self.search = SearchPanel(actor)
        self.search.setMinimumWidth(200)
        splitter.addWidget(self.search)
        self.stack = QStackedWidget()
        hint = QLabel(key_hint(), objectName="startHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.hint = hint
        self.unit_view = UnitView()
        self.stack.addWidget(hint)
        self.stack.addWidget(self.unit_view)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1000])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("就绪"))
        self.unprinted: QWidget | None = None
        self.unprinted_number: str | None = None
        self.question = None                 # a reprint's question, while it is asked
        self.refresh_unprinted()
        self.customer = None                 # the owner's window on a second screen, when set
        if settings.customer_screen >= 0:
            from .customer_display import CustomerDisplay   # why: only a counter with a second screen needs it
            self.customer = CustomerDisplay(self.info.estate_name, settings.customer_screen)
            self.customer.show()

        self.search.unitChosen.connect(self.open_unit)
        self.unit_view.collect.connect(self.collect)
        self.unit_view.consult.connect(lambda: self.open_consultation(self.unit_view.file.summary.code))
        self.unit_view.explain.connect(self.explain_charge)
        QShortcut(QKeySequence("F2"), self, activated=self.search.focus)
        QShortcut(QKeySequence("F4"), self, activated=self.reprint_last)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_unprinted)
        QShortcut(QKeySequence("Ctrl+Shift+D"), self, activated=self.open_drawer_by_hand)
        # While a new search is typed, the unit shown before is put away: nothing stale to act on.
        self.search.box.textEdited.connect(lambda _text: self._put_unit_away())
        self._menus()
        self.idle = IdleWatcher(settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.setTabOrder(self.search.box, self.search.results)
        self.setTabOrder(self.search.results, self.unit_view.table)
        self.search.focus()

    def _header(self) -> QFrame:
        frame = QFrame(objectName="header")
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 4, 8, 4)
        role = {"cashier": self.tr("收费员"), "manager": self.tr("主管"), "admin": self.tr("管理员")}[self.actor.role]
        shift = self.tr("班次 #{id}").format(id=self.info.shift_id) if self.info.shift_id else self.tr("未开班")
        for name, text in (("estateLabel", self.info.estate_name),
                           ("userLabel", f"{role} {self.actor.display_name}"),
                           ("dateLabel", self.tr("营业日 {d}").format(
                               d=i18n.date_text(self.info.business_date))),
                           ("shiftLabel", shift)):
            label = QLabel(text, objectName=name)
            row.addWidget(label)
        row.addStretch(1)
        lock = QPushButton(self.tr("锁屏 [F12]"), objectName="lockButton")
        lock.clicked.connect(self.lock)
        keys.button_key(self, lock, "F12")
        row.addWidget(lock)
        return frame

    def _menus(self) -> None:
        # Alt + the letter opens each menu: a cashier's hands stay on the keyboard.
        receipts_menu = self.menuBar().addMenu(self.tr("收据(&R)"))
        add_action(receipts_menu, self, "actionJournal", self.tr("收据查询… [F10]"), self.open_journal)
        QShortcut(QKeySequence("F10"), self, activated=self.open_journal)
        if self.actor.may("audit.view"):
            add_action(receipts_menu, self, "actionAudit", self.tr("审计日志…"), self.open_audit)
        shift_menu = self.menuBar().addMenu(self.tr("班次(&S)"))
        self.shift_actions = {}
        for name, text, slot in (("actionOpenShift", self.tr("开班(&O)…"), self.open_shift),
                                 ("actionXReport", self.tr("X 报表（中间）(&X)"), self.x_report),
                                 ("actionCashMoves", self.tr("现金收支：零钱补充、支出、交款(&M)… [Ctrl+M]"),
                                  self.open_cash_moves),
                                 ("actionBooks", self.tr("收据本：下一张表单、作废表单(&B)… [Ctrl+B]"), self.open_books),
                                 ("actionCloseShift", self.tr("交班(&C)…"), self.close_shift)):
            self.shift_actions[name] = add_action(shift_menu, self, name, text, slot)
        QShortcut(QKeySequence("Ctrl+M"), self, activated=self.open_cash_moves)
        QShortcut(QKeySequence("Ctrl+B"), self, activated=self.open_books)
        # Read when the menu opens: a shift may have been closed elsewhere (the day close).
        shift_menu.aboutToShow.connect(self._refresh_shift_label)
        if self.actor.may("report.day"):
            add_action(shift_menu, self, "actionDayClose", self.tr("日结(&D)…"), self.day_close)
        if self.actor.may("report.management"):
            reports_menu = self.menuBar().addMenu(self.tr("报表(&B)"))
            for name, text, slot in (("actionArrears", self.tr("欠费清单…"), self.open_arrears),
                                     ("actionCollection", self.tr("月度收费汇总…"), self.open_collection),
                                     ("actionCollectionWork", self.tr("催缴：通知单与跟进…"), self.open_collection_work),
                                     ("actionDashboard", self.tr("经营看板…"), self.open_dashboard),
                                     ("actionBookReport", self.tr("收据本报表…"), lambda: self.open_books(report=True))):
                add_action(reports_menu, self, name, text, slot)
            reports_menu.addSeparator()
            for name, text, window in (("actionRenewals", self.tr("续费提醒…"), "RenewalsDialog"),
                                       ("actionDataQuality", self.tr("资料核查…"), "DataQualityDialog"),
                                       ("actionBuildings", self.tr("楼栋收费情况…"), "BuildingsDialog"),
                                       ("actionForecast", self.tr("收费预测…"), "ForecastDialog")):
                add_action(reports_menu, self, name, text, lambda w=window: self.open_list(w))
        if any(self.actor.may(p) for p in ("billing.run", "meter.read", "standard.edit", "user.manage",
                                           "settings.edit", "debit.manage", "finance.voucher", "mail.send")):
            admin_menu = self.menuBar().addMenu(self.tr("管理(&M)"))
            for permission, name, text, slot in (
                    ("billing.run", "actionBilling", self.tr("计费：预览、生成与撤销…"), self.open_billing),
                    ("unit.view", "actionEstateBrowser", self.tr("房产资料…"), self.open_estate_browser),
                    ("meter.read", "actionMeterEntry", self.tr("抄表录入…"), self.open_meter_entry),
                    ("standard.edit", "actionStandards", self.tr("收费项目与标准…"), self.open_standards),
                    ("user.manage", "actionUsers", self.tr("用户与权限…"), self.open_users),
                    ("debit.manage", "actionDebit", self.tr("银行代扣：授权、批量与回盘…"), self.open_debit),
                    ("settings.edit", "actionEstateSettings", self.tr("小区与收据设置…"), self.open_estate_settings),
                    ("finance.voucher", "actionVouchers", self.tr("记账凭证…"), self.open_vouchers),
                    ("mail.send", "actionMailSend", self.tr("发送电子账单…"), lambda: self.open_mail(send=True)),
                    ("settings.edit", "actionMailSettings", self.tr("电子账单设置…"), self.open_mail)):
                if self.actor.may(permission):
                    add_action(admin_menu, self, name, text, slot)
        add_action(receipts_menu, self, "actionConsultation", self.tr("咨询台… [F11]"),
                   lambda: self.open_consultation(""))
        self.keeping = DataKeeping(self, self.actor, self.settings)
        if any(self.actor.may(p) for p in ("data.import", "database.backup", "database.check")):
            self.keeping.add_menu(self.menuBar().addMenu(self.tr("资料(&D)")))
        menu = self.menuBar().addMenu(self.tr("系统(&Y)"))
        add_action(menu, self, "actionPrinterSettings", self.tr("打印设置…"), self.printer_settings)
        add_action(menu, self, "actionTraining", self.tr("退出练习模式") if self.info.training else self.tr("进入练习模式"),
                   lambda: self.trainingRequested.emit(not self.info.training))
        add_action(menu, self, "actionPassword", self.tr("修改密码…"), self.change_password)
        add_action(menu, self, "actionAbout", self.tr("关于…"), self.about)
        menu.addSeparator()
        add_action(menu, self, "actionSignOut", self.tr("注销 / 切换用户(&L)"), self.signOutRequested.emit)
        add_action(menu, self, "actionQuit", self.tr("退出(&Q)"), self.request_quit)
        self._refresh_shift_label()

    # -- the counter flow ---------------------------------------------------------------------
    def open_unit(self, unit_id: int) -> None:
        try:
            file = ledger.open_unit(self.actor, unit_id)
        except CounterError as exc:
            QMessageBox.warning(self, self.tr("无法打开"), error_text(exc))
            return
        self.unit_id = unit_id
        self.unit_view.show_file(file)
        self.unit_view.show_contacts(reminders.contacts_of(self.actor, file.summary.code, 3))
        self.stack.setCurrentWidget(self.unit_view)
        self.unit_view.table.setFocus()
        self.statusBar().showMessage(self.tr("已打开 {code}").format(code=file.summary.code))

    def collect(self, mode: str) -> None:
        file = self.unit_view.file
        if file is None or self.payment_dialog is not None:
            return
        if shifts.current_shift(self.actor) is None:
            self._refresh_shift_label()
            self.statusBar().showMessage(self.tr("请先开班（清点并输入备用金）再收款"))
            self.open_shift(then=lambda: self.collect(mode))   # the payment goes on once the shift is open
            return
        if self._stale(file):
            return
        ids = self.unit_view.charges.checked_ids()
        if mode == "selected" and not ids:
            self.statusBar().showMessage(self.tr("请先用空格键勾选要收的费用"))
            return
        items = {"advance": self.info.advance_items, "adhoc": self.info.adhoc_items}.get(mode, ())
        self.payment_dialog = PaymentDialog(self.actor, file.summary.code, file.summary.prepaid_fen, mode, ids, items,
                                            training=self.info.training, parent=self,
                                            owing=(len(file.due), sum(line.outstanding_fen for line in file.due)))
        self.payment_dialog.finished.connect(self._payment_finished)
        self.payment_dialog.quoted.connect(self._quoted)
        self.payment_dialog.tendered.connect(self._tendered)
        if self.payment_dialog.quote is not None:
            self._quoted(self.payment_dialog.due_fen())
        self.payment_dialog.open()

    def _stale(self, file) -> bool:
        """Another counter has paid, voided or refunded for the open unit since it was read: show
        it afresh (and say why) instead of acting on what the screen showed."""
        if ledger.unit_stamp(self.actor, self.unit_id) == file.stamp:
            return False
        self.open_unit(self.unit_id)
        self.search.again()
        self.statusBar().showMessage(self.tr("此户刚在其他收费窗口有收退款，已刷新，请核对后再收"))
        return True

    def changeEvent(self, event):
        super().changeEvent(event)
        # Back to the window (from another program or window): the open unit may have changed.
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.unit_view.file is not None
                and self.payment_dialog is None and self.stack.currentWidget() is self.unit_view):
            try:
                self._stale(self.unit_view.file)
            except Exception as exc:
                if not failures.is_database_error(exc):
                    raise
                # the server or file unreachable just now: said when the cashier next acts

    def _payment_finished(self, result: int) -> None:
        dialog, self.payment_dialog = self.payment_dialog, None
        dialog.deleteLater()
        if result == PaymentDialog.DialogCode.Accepted and dialog.receipt is not None:
            self.last_receipt = dialog.receipt
            self.open_unit(self.unit_id)
            self.search.again()              # the hits' amounts, as they are after this payment
            receipt = dialog.receipt
            if receipt.signed_qr or receipt.training:
                self.statusBar().showMessage(self.tr("已收款，收据 {n}").format(n=receipt.number))
            else:       # this PC lacks the office's signing key: the receipt carries the check-only QR
                self.statusBar().showMessage(self.tr("已收款，收据 {n}（本机没有收据签名密钥，二维码未签名；"
                                                     "请管理员导入密钥）").format(n=receipt.number))
            self._show_receipt(receipt)
            self.open_drawer_for(receipt)
            paid = receipt.cash_tendered_fen + sum(t.amount_fen for t in receipt.tenders if t.method != "cash")
            self.to_pole(pole.change_frame(paid, receipt.change_fen))
            self._tendered(paid, receipt.change_fen)
        elif dialog.unsettled:      # closed while its fate was unknown: asked after until the ledger answers
            self.follow_up = RequestFollowUp(self.actor, dialog.request_id, self)
            self.follow_up.answered.connect(self.statusBar().showMessage)
            self.statusBar().showMessage(self.follow_up.waiting_text())
            self._back_to_search()
        else:
            self.statusBar().showMessage(self.tr("未收款"))
            self._back_to_search()

    def refresh_unprinted(self) -> None:
        """The status bar says whether the cashier's last receipt reached paper (after a crash
        between the commit and the print it may not have); read again after every receipt,
        reprint, void and refund, and Ctrl+P prints the receipt it names."""
        last = printed_log.last_receipt(self.actor)
        if self.unprinted is not None:
            self.statusBar().removeWidget(self.unprinted)
            self.unprinted.deleteLater()
            self.unprinted, self.unprinted_number = None, None
        if last is None or last.printed or last.status != "valid":
            return
        notice = QWidget(objectName="unprintedNotice")
        row = QHBoxLayout(notice)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("上一张收据 {n}（{u}，¥{t}，{at}）未打印").format(
            n=last.number, u=last.unit_code, t=format_yuan(last.paid_fen), at=f"{last.issued_at:%m-%d %H:%M}"))
        label.setStyleSheet("color: #c0392b; font-weight: bold")
        button = QPushButton(self.tr("打印 [Ctrl+P]"), objectName="printUnprinted")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)       # Ctrl+P: no Tab stop, no Enter on it
        button.clicked.connect(self.print_unprinted)
        row.addWidget(label)
        row.addWidget(button)
        self.statusBar().addPermanentWidget(notice)
        notice.show()
        self.unprinted, self.unprinted_number = notice, last.number

    def print_unprinted(self) -> None:
        """Ctrl+P: the receipt the status bar names as never printed, as the original (it never
        reached paper); with none, says so and that F4 reprints."""
        if self.receipt_dialog is not None or self.question is not None:
            return
        if self.unprinted_number is None:
            self.statusBar().showMessage(self.tr("上一张收据已经打印；要重印按 F4"))
            return
        self._show_receipt(receipts.load_receipt(self.actor, self.unprinted_number))

    def open_drawer_for(self, receipt) -> bool:
        """After the payment's commit: the cash drawer opens when cash was handed over, never for
        WeChat, Alipay, card, transfer or prepaid alone. True when a kick was sent."""
        if not drawer.has_cash(t.method for t in receipt.tenders):
            return False
        return self.open_drawer_after(receipt.number, self.tr("收款已记录（收据 {n}）").format(n=receipt.number))

    def open_drawer_after(self, number: str, recorded: str) -> bool:
        """After the commit of a document that moved cash (a cash payment, a paid-in, paid-out or
        drop): the drawer opens. The kick is sent on the device line, so the window is free at
        once; a drawer that fails is said (_device_failed) with `recorded`, the document being
        recorded whatever the drawer does. True when a kick was sent."""
        if not self.settings.cash_drawer:
            return False
        spec = self.settings.cash_drawer
        self.devices.send(("drawer", number, recorded), lambda: drawer.open_drawer(spec))
        return True

    def _device_failed(self, what, exc: CounterError) -> None:
        """A device's failure, back on the GUI thread: a drawer that did not open after a receipt
        is said on that receipt's window while it is up (else in the status bar); a pole display's
        failure in the status bar only."""
        kind, number = what[0], what[1]
        if kind == "drawer":
            log.warning("drawer not opened after %s: %s", number, exc)
            text = self.tr("{e}。{recorded}，请用钥匙开钱箱或由主管按 Ctrl+Shift+D 开钱箱。").format(
                e=error_text(exc), recorded=what[2])
            dialog = self.receipt_dialog
            if dialog is not None and dialog.receipt.number == number:
                dialog.say_drawer(text)
            else:
                self.statusBar().showMessage(text)
        else:
            log.warning("pole display: %s", exc)
            self.statusBar().showMessage(error_text(exc))

    def open_cash_moves(self) -> None:
        """Ctrl+M: 现金收支 of the open shift (paid-in, paid-out, drops, reversals)."""
        if self.receipt_dialog is not None or self.question is not None or self.payment_dialog is not None:
            return
        if shifts.current_shift(self.actor) is None:
            self.statusBar().showMessage(self.tr("请先开班"))
            return
        self.cash_dialog = CashMoveDialog(self.actor, self)
        self.cash_dialog.moved.connect(self._cash_moved)
        self.cash_dialog.open()

    def open_books(self, report: bool = False) -> None:
        """Ctrl+B: 收据本 (pre-numbered forms): a manager registers and issues books; a cashier sees
        the next form and voids a spoiled one. From the 报表 menu: the book report at once."""
        if self.receipt_dialog is not None or self.question is not None or self.payment_dialog is not None:
            return
        self.books_dialog = BooksDialog(self.actor, self.settings, self)
        self.books_dialog.open()
        if report:
            self.books_dialog.show_report()

    def _cash_moved(self, slip) -> None:
        """After a cash movement's commit: the drawer opens, then its slip prints."""
        self.open_drawer_after(slip.number, self.tr("现金收支已记录（{n}）").format(n=slip.number))
        self.statusBar().showMessage(print_receipt(self.settings, cash_slip_pdf(slip), slip.number, self).message())

    def open_drawer_by_hand(self) -> None:
        """Ctrl+Shift+D: the cash drawer opened without a payment (change for a note, a till
        check): the reason, then a manager's name and password; the audit chain records both."""
        if self.receipt_dialog is not None or self.question is not None or self.payment_dialog is not None:
            return
        if not self.settings.cash_drawer:
            self.statusBar().showMessage(self.tr("没有设置钱箱（打印设置 → 钱箱连接）"))
            return

        def step(dialog, then) -> None:
            self.question = dialog

            def finished(result: int) -> None:
                self.question = None
                if result == QDialog.DialogCode.Accepted:
                    then(dialog)
                else:
                    self.statusBar().showMessage(self.tr("已取消，钱箱没有打开"))
            dialog.finished.connect(finished)
            dialog.open()

        def with_reason(reason_dialog) -> None:
            reason = reason_dialog.text()
            step(ManagerOverrideDialog(self.actor, "drawer.open", self.tr("开钱箱（{r}）").format(r=reason), self),
                 lambda override: self._drawer_opened(reason, override.authoriser))
        step(ReasonDialog(self.tr("不收款开钱箱的原因"), self, self.tr("开钱箱")), with_reason)

    def _drawer_opened(self, reason: str, manager: Actor) -> None:
        try:
            drawer_service.open_by_hand(self.actor, manager, reason, self.settings.cash_drawer)
        except CounterError as exc:
            self.statusBar().showMessage(error_text(exc))
            return
        self.statusBar().showMessage(self.tr("钱箱已打开（{m} 授权：{r}），已记入审计记录").format(
            m=manager.display_name, r=reason))

    def _quoted(self, total_fen: int) -> None:
        """The payment dialog's amount due, on the owner's displays."""
        self.to_pole(pole.total_frame(total_fen))
        dialog = self.payment_dialog
        if self.customer is not None and dialog is not None:
            self.customer.quote(dialog.unit_code, dialog.rows(), total_fen)

    def _tendered(self, paid_fen: int, change_fen: int) -> None:
        if self.customer is not None:
            self.customer.tendered(paid_fen, change_fen)

    def to_pole(self, frame: bytes) -> None:
        """The pole display shows it; one that fails is said in the status bar and nothing else."""
        if not self.settings.pole_display:
            return
        spec = self.settings.pole_display
        self.devices.send(("pole", None), lambda: pole.send(spec, frame))

    def _show_receipt(self, receipt) -> None:
        self.receipt_dialog = ReceiptDialog(self.actor, receipt, self.settings, parent=self)   # prints it
        self.receipt_dialog.printed_now.connect(self.refresh_unprinted)
        self.receipt_dialog.finished.connect(self._receipt_finished)
        self.receipt_dialog.open()
        self.refresh_unprinted()

    def reprint_last(self) -> None:
        """F4: the cashier's last receipt again, as a copy (the question says which); a receipt
        never printed is printed as the original instead."""
        if self.receipt_dialog is not None or self.question is not None or self.payment_dialog is not None:
            return
        last = printed_log.last_receipt(self.actor)
        if last is None:
            self.statusBar().showMessage(self.tr("还没有收据可重印"))
            return
        if not last.printed and last.status == "valid":
            self.refresh_unprinted()
            self.print_unprinted()
            return
        self.question = ask_reprint(self, self.actor, last.number, last.paid_fen,
                                    lambda: self._reprint(last.number),
                                    on_no=lambda: self.statusBar().showMessage(self.tr("未重印")))
        self.question.finished.connect(self._question_answered)

    def _question_answered(self, _result: int) -> None:
        self.question = None
        self._back_to_search()

    def _reprint(self, number: str) -> None:
        copy, result = print_copy(self.actor, self.settings, receipts.load_receipt(self.actor, number), self)
        self.statusBar().showMessage(self.tr("收据 {n} 重印第 {k} 次：").format(n=number, k=copy.count)
                                     + result.message())
        self.refresh_unprinted()

    def _receipt_finished(self, _result: int) -> None:
        self.receipt_dialog.deleteLater()
        self.receipt_dialog = None
        self.refresh_unprinted()
        self._back_to_search()

    def _put_unit_away(self) -> None:
        """A new search is being typed: the right side shows no unit until one is opened."""
        if self.stack.currentWidget() is self.unit_view:
            self.unit_view.clear()
            self.unit_id = None
            self.stack.setCurrentWidget(self.hint)

    def keyPressEvent(self, event):
        # Esc: back to the search box, its text selected for the next owner; nothing is lost.
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.search.focus()
            return
        super().keyPressEvent(event)

    def _back_to_search(self) -> None:
        """After a dialog closes, Qt gives focus back to where it was; the next owner in the queue
        starts at the search box, so move it there once the dialog has gone."""
        if self.customer is not None:
            self.customer.idle()             # the next owner sees the office's name, not the last one's
        self.search.again()                  # the hits' amounts as they are now (another counter may have paid)
        self.activateWindow()
        QTimer.singleShot(0, self.search.focus)

    def lock(self) -> None:
        if self.lock_dialog is not None:
            return
        self.locked.emit()
        self.centralWidget().setVisible(False)
        self.lock_dialog = LoginDialog(self, self.info.estate_name, locked_user=self.actor, training=self.info.training)
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        if result != LoginDialog.DialogCode.Accepted:
            self.lock_dialog.open()  # the lock screen cannot be dismissed without the password
            return
        self.lock_dialog.deleteLater()
        self.lock_dialog = None
        self.centralWidget().setVisible(True)
        self.idle.poke()
        self._back_to_search()

    # -- shift and day -------------------------------------------------------------------------
    def _refresh_shift_label(self) -> None:
        """The header and the shift menu say what can be done now: 开班 only without a shift, the
        X report and 交班 only within one."""
        shift = shifts.current_shift(self.actor)
        label = self.findChild(QLabel, "shiftLabel")
        label.setText(self.tr("班次 #{id}").format(id=shift.id) if shift else self.tr("未开班"))
        self.shift_actions["actionOpenShift"].setEnabled(shift is None)
        self.shift_actions["actionXReport"].setEnabled(shift is not None)
        self.shift_actions["actionCloseShift"].setEnabled(shift is not None)
        self.shift_actions["actionCashMoves"].setEnabled(shift is not None)

    def open_shift(self, then=None) -> None:
        """then: what to go on with once the shift is open (the payment that asked for it)."""
        self.shift_dialog = OpenShiftDialog(self.actor, self)

        def finished(result: int) -> None:
            self._refresh_shift_label()
            opened = shifts.current_shift(self.actor)
            if result == QDialog.DialogCode.Accepted and opened is not None:   # the 请先开班 said before is past
                self.statusBar().showMessage(self.tr("已开班（班次 #{id}）").format(id=opened.id))
            if then is not None and result == QDialog.DialogCode.Accepted and shifts.current_shift(self.actor):
                then()
            else:
                self._back_to_search()
        self.shift_dialog.finished.connect(finished)
        self.shift_dialog.open()

    def x_report(self) -> None:
        try:
            report = closeout.x_report(self.actor)
        except CounterError as exc:
            self.statusBar().showMessage(error_text(exc))
            return
        self.report_dialog = ReportDialog(self.tr("X 报表"), closeout_files.shift_pdf(report, "80mm"),
                                          self.settings, self)
        self.report_dialog.open()

    def close_shift(self) -> None:
        try:
            self.count_dialog = CountDialog(self.actor, self)
        except CounterError as exc:
            self.statusBar().showMessage(error_text(exc))
            return
        self.count_dialog.finished.connect(self._shift_closed)
        self.count_dialog.open()

    def _shift_closed(self, result: int) -> None:
        dialog, self.count_dialog = self.count_dialog, None
        self._refresh_shift_label()
        if result == QDialog.DialogCode.Accepted and dialog.report is not None:
            self.statusBar().showMessage(self.tr("已交班：{z}").format(z=dialog.report.z_number))
            self.report_dialog = ReportDialog(dialog.report.z_number, closeout_files.shift_pdf(dialog.report),
                                              self.settings, self)
            self.report_dialog.open()
            self.report_dialog.print_report()

    def day_close(self) -> None:
        self.day_dialog = DayCloseDialog(self.actor, self.settings, self.info.business_date, self)
        self.day_dialog.open()

    def request_quit(self) -> None:
        if self._may_leave():
            self.close()

    def _may_leave(self) -> bool:
        """Leaving with the shift still open is allowed (it can be closed later, or by the day
        close), but never without being told."""
        shift = shifts.current_shift(self.actor)
        if shift is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("班次未交班"),
            self.tr("班次 #{id} 还没有交班。退出后现金仍记在此班次，下次登录可继续或交班。\n确定退出吗？").format(id=shift.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event):
        # The window's own close button asks as 系统 → 退出 does; a close by the program does not.
        if event.spontaneous() and not self._may_leave():
            event.ignore()
            return
        save_window_geometry(self.saveGeometry())       # this PC opens it again as it was left
        if self.customer is not None:
            self.customer.close()
        super().closeEvent(event)

    def show_as_left(self) -> None:
        """Maximised the first time on a PC; afterwards as it was left there (size, place,
        maximised or not), kept on the screen it now has."""
        saved = window_geometry()
        if saved is not None and self.restoreGeometry(saved):
            self.show()
        else:
            self.showMaximized()

    def open_arrears(self) -> None:
        self.management_dialog = ArrearsDialog(self.actor, self.settings, self.info.business_date, self)
        self.management_dialog.unitChosen.connect(self.open_unit_from_report)
        self.management_dialog.open()

    def open_list(self, window: str) -> None:
        """One of the office's lists or the forecast (ui/management/lists.py), by its class name."""
        self.management_dialog = getattr(lists, window)(self.actor, self.settings, self.info.business_date, self)
        self.management_dialog.unitChosen.connect(self.open_unit_from_report)
        self.management_dialog.open()

    def open_dashboard(self) -> None:
        self.management_dialog = DashboardDialog(self.actor, self.settings, self.info.business_date, self)
        self.management_dialog.unitChosen.connect(self.open_unit_from_report)
        self.management_dialog.open()

    def open_billing(self) -> None:
        self.management_dialog = BillingDialog(self.actor, Month.of(self.info.business_date), self)
        self.management_dialog.open()

    def open_estate_browser(self) -> None:
        self.management_dialog = EstateBrowserDialog(self.actor, self.info.business_date, self)
        self.management_dialog.open()

    def open_meter_entry(self) -> None:
        self.management_dialog = MeterEntryDialog(self.actor, self.info.business_date, self)
        self.management_dialog.open()

    def open_standards(self) -> None:
        self.management_dialog = StandardsDialog(self.actor, self)
        self.management_dialog.open()

    def open_estate_settings(self) -> None:
        self.management_dialog = EstateSettingsDialog(self.actor, self)
        self.management_dialog.open()

    def open_vouchers(self) -> None:
        self.management_dialog = VoucherDialog(self.actor, self.info.business_date, self)
        self.management_dialog.open()

    def open_mail(self, send: bool = False) -> None:
        self.management_dialog = (MailSendDialog if send else MailSettingsDialog)(self.actor, self)
        self.management_dialog.open()

    def open_users(self) -> None:
        self.management_dialog = UsersDialog(self.actor, self)
        self.management_dialog.open()

    def open_debit(self) -> None:
        self.management_dialog = DebitDialog(self.actor, self.info.business_date, self)
        self.management_dialog.open()

    def open_collection_work(self) -> None:
        self.management_dialog = CollectionWorkDialog(self.actor, self.settings, self)
        self.management_dialog.open()

    def open_unit_from_report(self, code: str) -> None:
        """Enter on a unit in a report: the report closes and the unit opens at the counter."""
        try:
            unit = find_unit(self.actor, code)
        except CounterError as exc:
            self.statusBar().showMessage(error_text(exc))
            return
        if self.management_dialog is not None:
            self.management_dialog.accept()
        self.open_unit(unit.id)

    def open_collection(self) -> None:
        self.management_dialog = CollectionDialog(self.actor, self.settings, self.info.business_date, self)
        self.management_dialog.open()

    def open_consultation(self, unit_code: str = "") -> None:
        self.consultation_dialog = ConsultationDialog(self.actor, self.settings, unit_code, self)
        self.consultation_dialog.finished.connect(lambda _r: self._back_to_search())
        self.consultation_dialog.open()

    def explain_charge(self, charge_id: int) -> None:
        try:
            result = consultation.explain_charge(self.actor, charge_id)
        except CounterError as exc:
            self.statusBar().showMessage(error_text(exc))
            return
        self.explanation = QMessageBox(QMessageBox.Icon.Information, result.title, "\n".join(result.lines),
                                       parent=self)
        self.explanation.setObjectName("chargeExplanation")
        self.explanation.open()

    def open_journal(self) -> None:
        self.journal = JournalDialog(self.actor, self.settings, self)
        self.journal.finished.connect(self._journal_closed)
        self.journal.open()

    def _journal_closed(self, _result: int) -> None:
        """Reprints, voids and refunds change what is owed and what was printed: read both again."""
        self.refresh_unprinted()
        if self.unit_id is not None and self.stack.currentWidget() is self.unit_view:
            self.open_unit(self.unit_id)
        self._back_to_search()

    def open_audit(self) -> None:
        self.audit = AuditDialog(self.actor, self)
        self.audit.open()

    def change_password(self) -> None:
        ChangePasswordDialog(self.actor, self).open()

    def about(self) -> None:
        AboutDialog(self).open()

    def printer_settings(self) -> None:
        dialog = PrinterSettingsDialog(self.settings, self)
        if dialog.exec() == PrinterSettingsDialog.DialogCode.Accepted:
            self.settings = dialog.settings
            self.settings.save()
            self.idle.set_minutes(self.settings.idle_lock_minutes)
            style.apply(QApplication.instance(), self.settings.text_scale)   # large text at once
