"""A question asked before something that cannot be taken back (a day locked, a copy printed,
notices printed, typed work thrown away): one box, opened with open() so that keys drive it, with
the answer's own words on its buttons and its key after "&". Esc always answers 取消 / no."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, name: str, title: str, text: str, yes: str, on_yes, *, yes_is_default: bool,
        no: str = "", on_no=None) -> QMessageBox:
    """yes_is_default: Enter answers yes (the person pressed the key of this very action: F4 to
    reprint); otherwise Enter answers no, and yes needs its letter or its own button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(name)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or QCoreApplication.translate("Questions", "取消(&C)"),
                              QMessageBox.ButtonRole.RejectRole)
    yes_button.setObjectName(f"{name}Yes")
    no_button.setObjectName(f"{name}No")
    box.setDefaultButton(yes_button if yes_is_default else no_button)
    box.setEscapeButton(no_button)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes_button:
            on_yes()
        elif on_no is not None:
            on_no()
    box.finished.connect(finished)
    box.open()
    return box
