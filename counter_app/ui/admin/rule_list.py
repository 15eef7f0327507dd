"""What the estate's allowance rules' windows share (折扣/减免政策, ui/admin/discounts.py; 预交优惠,
ui/admin/offers.py): the list of rules above a form; under it one row, add (Ctrl+S) on the left
and, on the right, the chosen rule's last day and end (Ctrl+E), the keys pressing the buttons; and
what a save does after. Words come translated from the window (its own translation context)."""
from __future__ import annotations

from datetime import date

from PyQt6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from ...core.errors import Invalid
from ...core.tables import Section
from .. import keys
from ..dialog_parts import status_and_close
from ..section_tables import section_table


def typed_day(text: str, what: str) -> date:
    """A day typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise Invalid("{what}应写成 YYYY-MM-DD，如 2027-01-01", what=what) from None


def list_and_form(window: QDialog, name: str, title: str, section: Section, table_name: str) -> QFormLayout:
    """The window's list (window.table) above an empty form, which the caller fills."""
    window.setObjectName(name)
    window.setWindowTitle(title)
    window.resize(860, 520)
    layout = QVBoxLayout(window)
    window.table = section_table(section, table_name, window, sortable=False)
    layout.addWidget(window.table, 1)
    form = QFormLayout()
    layout.addLayout(form)
    return form


def add_and_end_row(window: QDialog, form: QFormLayout, add: QPushButton, last_day: QLineEdit, end: QPushButton,
                    status_name: str) -> None:
    """The add / last day / end row under the form, then the window's status line (window.status)."""
    buttons = QHBoxLayout()
    buttons.addWidget(add)
    buttons.addStretch(1)
    buttons.addWidget(last_day)
    buttons.addWidget(end)
    for button, slot, key in ((add, window.add, "Ctrl+S"), (end, window.end, "Ctrl+E")):
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        keys.button_key(window, button, key)
    form.addRow("", buttons)
    window.status = status_and_close(window, window.layout(), status_name)


def saved(window: QDialog, fields, said: str) -> bool:
    """After a rule was added or ended: its fields emptied, nothing left to lose, the list read again."""
    for field in fields:
        field.clear()
    keys.mark_saved(window)
    window.refresh()
    window.status.setText(said)
    return True
