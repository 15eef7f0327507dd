"""The window the owner reads, on a second screen: the unit, each item and period, the amount due,
paid and change in large type while the cashier works; the office's name when idle.

It never takes the focus from the cashier's window and never reacts to a key or a click: shown
without activation, it does not accept focus, and no child can hold it."""
from __future__ import annotations

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QGuiApplication
from PyQt6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ..core.money import format_yuan

BIG, HUGE = 28, 56            # point sizes: the lines, the amount due


class CustomerDisplay(QWidget):
    def __init__(self, office: str, screen: int = 1):
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("customerDisplay")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.office = office
        self.setStyleSheet("QWidget#customerDisplay { background: #10243e; } QLabel { color: white; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        self.title = self._label("customerTitle", BIG + 8)
        self.unit = self._label("customerUnit", BIG)
        layout.addWidget(self.title)
        layout.addWidget(self.unit)
        self.lines = QGridLayout()
        layout.addLayout(self.lines)
        layout.addStretch(1)
        self.due = self._label("customerDue", HUGE, "#ffd54f")
        self.paid = self._label("customerPaid", BIG)
        self.change = self._label("customerChange", BIG + 8, "#8be28b")
        for label in (self.due, self.paid, self.change):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            layout.addWidget(label)
        self.place(screen)
        self.idle()

    def _label(self, name: str, points: int, colour: str = "white") -> QLabel:
        label = QLabel(objectName=name)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setStyleSheet(f"font-size: {points}pt; color: {colour}")
        label.setWordWrap(True)
        return label

    def place(self, screen: int) -> None:
        """Fill the chosen screen (the second by default); with one screen, a window on the first."""
        screens = QGuiApplication.screens()
        target = screens[screen] if 0 <= screen < len(screens) else screens[-1]
        self.setGeometry(target.geometry() if len(screens) > 1 else target.geometry().adjusted(40, 40, -40, -40))

    def _clear_lines(self) -> None:
        while self.lines.count():
            item = self.lines.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def idle(self) -> None:
        """Between payments: the office's name and a welcome."""
        self._clear_lines()
        self.title.setText(self.office)
        self.unit.setText(self.tr("欢迎光临"))
        for label in (self.due, self.paid, self.change):
            label.setText("")

    def quote(self, unit: str, rows, total_fen: int) -> None:
        """rows: (item, period, amount 分) as the receipt will list them."""
        self._clear_lines()
        self.title.setText(self.office)
        self.unit.setText(self.tr("房号 {u}").format(u=unit))
        for r, (item, period, amount) in enumerate(rows):
            for c, text in enumerate((item, period, "¥" + format_yuan(amount))):
                cell = self._label(f"customerLine{r}_{c}", BIG)
                cell.setText(text)
                if c == 2:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.lines.addWidget(cell, r, c)
        self.due.setText(self.tr("应收 ¥{t}").format(t=format_yuan(total_fen)))
        self.paid.setText("")
        self.change.setText("")

    def tendered(self, paid_fen: int, change_fen: int) -> None:
        self.paid.setText(self.tr("实收 ¥{p}").format(p=format_yuan(paid_fen)) if paid_fen else "")
        self.change.setText(self.tr("找零 ¥{c}").format(c=format_yuan(change_fen)) if paid_fen else "")

    def keyPressEvent(self, event):          # never reacts to keys
        event.ignore()

    def mousePressEvent(self, event):
        event.ignore()
