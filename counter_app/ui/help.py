"""F1 in any window opens a short guide to that window (Chinese; from docs/help/ with the README's
screenshots, shipped in the installer). One application-wide filter, as ui/fit.py is: every
window the program opens has its topic, and a test holds every window to it."""
from __future__ import annotations

from pathlib import Path

from PyQt6.QtCore import QEvent, QObject, Qt, QUrl
from PyQt6.QtGui import QTextCursor, QTextDocument
from PyQt6.QtWidgets import QApplication, QDialog, QTextBrowser, QVBoxLayout, QWidget

from .. import paths

# A window's objectName -> its guide (docs/help/<topic>.md).
TOPICS = {
    "mainWindow": "counter", "paymentDialog": "payment", "receiptDialog": "payment",
    "chargeExplanation": "consultation", "consultationDialog": "consultation",
    "journalDialog": "journal", "reasonDialog": "journal", "refundDialog": "journal", "managerOverride": "journal",
    "invoiceRequestDialog": "journal",
    "openShift": "closeout", "countDialog": "closeout", "cashMoveDialog": "closeout", "booksDialog": "closeout", "reportDialog": "closeout", "dayCloseDialog": "closeout",
    "arrearsDialog": "reports", "collectionDialog": "reports", "collectionWorkDialog": "reports",
    "dashboardDialog": "reports", "renewalsDialog": "lists", "dataQualityDialog": "lists",
    "buildingsDialog": "lists", "forecastDialog": "lists",
    "billingDialog": "billing", "standardsDialog": "standards", "discountPoliciesDialog": "standards", "offersDialog": "standards",
    "discountDialog": "payment", "meterEntryDialog": "meters",
    "usersDialog": "users", "estateSettingsDialog": "system", "estateBrowserDialog": "estate",
    "estateForm": "estate",
    "importDialog": "data", "restoreDialog": "data", "backupSettings": "data", "auditDialog": "data",
    "loginDialog": "system", "firstRunDialog": "system", "printerSettings": "system", "changePassword": "system",
    "aboutDialog": "system", "recoveryCodeDialog": "data", "voucherDialog": "vouchers",
    "mailSettingsDialog": "mail", "mailSendDialog": "mail",
}
FALLBACK = "system"
PICTURE_WIDTH = 640


def help_dir() -> Path:
    return paths.install_root() / "docs" / "help"


def topic_of(window: QWidget | None) -> str:
    """The guide of a window, or of the window it belongs to (a dialog's help, not its button's)."""
    while window is not None:
        if window.objectName() in TOPICS:
            return TOPICS[window.objectName()]
        window = window.parentWidget()
    return FALLBACK


class HelpDialog(QDialog):
    def __init__(self, topic: str, parent=None):
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.topic = topic
        self.setWindowTitle(self.tr("说明"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(objectName="helpText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(help_dir())])
        self.browser.setSource(QUrl.fromLocalFile(str(help_dir() / f"{topic}.md")),
                               QTextDocument.ResourceType.MarkdownResource)
        self._fit_pictures(PICTURE_WIDTH)
        layout.addWidget(self.browser)

    def _fit_pictures(self, width: int) -> None:
        """The screenshots drawn at the guide's width (their height follows), not at full size."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    picture = fragment.charFormat().toImageFormat()
                    picture.setWidth(width)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(picture)
                it += 1
            block = block.next()


class _F1(QObject):
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F1 and isinstance(obj, QWidget):
            window = obj.window()
            if window.objectName() != "helpDialog":
                dialog = HelpDialog(topic_of(window), window)
                dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dialog.show()
                window.help_dialog = dialog          # kept (and found by tests) while it is open
                return True
        return False


_filter = _F1()


def install(app: QApplication) -> None:
    app.installEventFilter(_filter)
