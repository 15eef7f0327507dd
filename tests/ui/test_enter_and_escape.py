"""Enter and Esc mean one safe thing in every window (ui/keys.py): each window the program opens is
shown, Enter is pressed where the focus is, then in every field of its Tab chain, then Esc; the
ledger is unchanged and nothing was printed, except what the payment dialog's Enter is for.
Esc then closes the window (nothing was typed). A question a key opened is answered with Esc."""
from __future__ import annotations

from pathlib import Path

import pytest
from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QApplication, QPushButton

from counter_app import paths
from counter_app.ledger import clock
from counter_app.ui.keys import ENTER_CONFIRMS
from counter_app.ui.settings import CounterSettings
from tests.factories import at, fingerprint
from tests.ui.keyboard import Keyboard, settled, target
from tests.ui.windows import dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

# The windows whose Enter is their one purpose (ui/keys.enter_confirms): the payment, a sign-in, a
# manager's authorisation, opening a shift, the set-up wizard; a reason or an invoice request typed
# in; this PC's settings saved; the receipt window closed; the journal's search. Enter there may
# write (a failed sign-in is recorded) but never prints. Any other window is held to write nothing.
PURPOSE = {"payment", "payment of a deposit", "login", "lock screen", "manager override", "open shift", "first run",
           "reason", "discount", "invoice", "receipt", "journal", "backup settings", "printer settings", "password"}
TAB_STOPS = 40


class Questions:
    """A box a key opened on top of the window under test (asked with open() or exec()): noted,
    and answered with Esc, where the focus is."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window, self.asked = qtbot, window, []
        self.timer = QTimer(interval=40)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        if QApplication.activePopupWidget() is not None or not settled():
            return
        top = QApplication.activeModalWidget() or QApplication.activeWindow()
        if top is None or top is self.window or not self.window.isVisible():
            return
        self.asked.append(top.objectName() or type(top).__name__)
        self.qtbot.keyClick(target(), Qt.Key.Key_Escape)

    def stop(self) -> None:
        self.timer.stop()


def printed(settings: CounterSettings) -> list[str]:
    papers = [p for p in (settings.receipt_printer[4:], settings.report_printer[4:]) if Path(p).exists()]
    kept = paths.data_dir() / "printouts"
    return papers + (sorted(str(p) for p in kept.iterdir()) if kept.exists() else [])


def press_enter_everywhere(qtbot, keys: Keyboard, window) -> list[str]:
    """Enter where the focus is, then Tab to each field and Enter there (never on a button: Enter
    on a focused button presses it, which is what the button is for)."""
    seen = []
    keys.press("Enter")
    for _ in range(TAB_STOPS):
        if not window.isVisible():
            break
        keys.press("Tab")
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not window:
            continue
        where = f"{type(focus).__name__}#{focus.objectName()}"
        if where in seen:
            break
        seen.append(where)
        if not isinstance(focus, QPushButton):
            keys.press("Enter")
    return seen


@pytest.fixture
def paper(tmp_path, counter_settings) -> CounterSettings:
    counter_settings.receipt_printer = f"pdf:{tmp_path / 'receipt-printer.pdf'}"
    counter_settings.report_printer = f"pdf:{tmp_path / 'report-printer.pdf'}"
    return counter_settings


def test_enter_and_esc_in_every_window_write_nothing_and_print_nothing(qtbot, billed_estate, paper):
    keys = Keyboard(qtbot)
    problems = []
    with clock.frozen(at(2026, 1, 10, 9)):
        makers = dialogs(billed_estate, paper)
        for name, make in makers.items():
            papers = printed(paper)
            window = make()
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(lambda: window.isActiveWindow() and settled())
            if hasattr(window, "jobs"):         # a report built keeps its figures (owing_unit): not Enter's doing
                qtbot.waitUntil(lambda: window.report is not None and not window.jobs.pending)
            before = fingerprint(billed_estate.ledger.path)
            if name not in PURPOSE and any(b.isDefault() for b in window.findChildren(QPushButton)):
                problems.append(f"{name}: a button is drawn as the one Enter presses, and none is")
            questions = Questions(qtbot, window)
            try:
                stops = press_enter_everywhere(qtbot, keys, window)
                if window.isVisible():
                    qtbot.waitUntil(lambda: window.isActiveWindow() and settled())
                    keys.press("Esc")
                    qtbot.waitUntil(lambda: not window.isVisible() or window.objectName() == "mainWindow")
            finally:
                questions.stop()
            if bool(window.property(ENTER_CONFIRMS)) != (name in PURPOSE):
                problems.append(f"{name}: Enter {'is' if name not in PURPOSE else 'is not'} its one purpose")
            if name not in PURPOSE and fingerprint(billed_estate.ledger.path) != before:
                problems.append(f"{name}: the ledger changed (Enter in {stops})")
            if printed(paper) != papers:
                problems.append(f"{name}: printed {set(printed(paper)) - set(papers)} (Enter in {stops})")
            if questions.asked:
                problems.append(f"{name}: Enter opened {questions.asked}")
            window.close()
    assert not problems, "\n".join(problems)


def first_typed_field(window):
    """The first field of the Tab chain whose text would be work to lose (ui/keys.py decides)."""
    from PyQt6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QLineEdit
    from counter_app.ui.keys import SCRATCH
    widget = window.nextInFocusChain()
    while widget is not window:
        box = widget.parentWidget() if isinstance(widget.parentWidget(), QAbstractSpinBox) else None
        field = box or widget
        if (isinstance(widget, QLineEdit) and widget.window() is window and widget.isVisible()
                and not isinstance(box, QDateTimeEdit)
                and widget.isEnabled() and not widget.isReadOnly()
                and widget.echoMode() == QLineEdit.EchoMode.Normal
                and not any(w.property(SCRATCH) for w in _ancestors(field, window))):
            return field
        widget = widget.nextInFocusChain()
    return None


def shown(field):
    return field.value() if hasattr(field, "value") else field.text()


def _ancestors(widget, window):
    while widget is not None and widget is not window:
        yield widget
        widget = widget.parentWidget()


def test_esc_asks_before_it_throws_typed_work_away(qtbot, billed_estate, paper):
    """In every window with a field to type in: 7 typed, Esc asks (放弃 is not the default: Enter
    and Esc keep typing), the 7 is still there, and only 放弃 (D) closes the window."""
    keys = Keyboard(qtbot)
    checked, problems = [], []
    with clock.frozen(at(2026, 1, 10, 9)):
        for name, make in dialogs(billed_estate, paper).items():
            window = make()
            qtbot.addWidget(window)
            if window.objectName() == "mainWindow":
                continue
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(lambda: window.isActiveWindow() and settled())
            field = first_typed_field(window)
            if field is None:
                window.close()
                continue
            checked.append(name)
            field.setFocus()
            keys.focus_is(field.objectName()) if field.objectName() else qtbot.waitUntil(field.hasFocus)
            keys.press("End")
            keys.type("7")
            typed = shown(field)
            for answer in ("Esc", "Enter"):
                keys.press("Esc")
                question = keys.window_is("discardQuestion")
                keys.press(answer)                          # 继续填写
                qtbot.waitUntil(lambda: not question.isVisible())
                if not window.isVisible() or shown(field) != typed:
                    problems.append(f"{name}: {answer} on the question lost what was typed")
                    break
            else:
                keys.press("Esc")
                keys.window_is("discardQuestion")
                keys.press("D")
                qtbot.waitUntil(lambda: not window.isVisible())
            window.close()
    assert not problems, "\n".join(problems)
    assert {"payment", "count", "open shift", "refund", "estate settings", "first run", "invoice"} <= set(checked), \
        checked


@pytest.mark.parametrize("locale", ["zh_CN", "en_US", "de_DE"])
def test_every_date_picker_shows_the_day_as_2026_12_04(qtbot, billed_estate, paper, locale):
    """Whatever the machine's locale (its short format reads 4/12/2026 or 04.12.26), every date a
    window shows or takes is written 2026-01-10, a month 2026-01, as the README promises."""
    import re

    from PyQt6.QtCore import QLocale
    from PyQt6.QtWidgets import QDateEdit
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    seen = []
    try:
        with clock.frozen(at(2026, 1, 10, 9)):
            for name, make in dialogs(billed_estate, paper).items():
                window = make()
                qtbot.addWidget(window)
                for edit in window.findChildren(QDateEdit):
                    seen.append((name, edit.objectName(), edit.text()))
                window.close()
    finally:
        QLocale.setDefault(before)
    wrong = [s for s in seen if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", s[2])]
    assert not wrong, wrong
    assert {name for name, *_ in seen} >= {"journal", "day close", "arrears", "collection", "consultation",
                                           "collection work", "dashboard"}


# The fields whose Enter does something of their own (ui/keys.py lets them): each a search, a
# filter, a calculation or a reading saved in the meter round (that window's purpose). A field
# that records, adds or prints on Enter is a trap (a consultation logged, a user added by the
# Enter that ends typing a password): it needs its own key (keys.ctrl_enter) instead.
OWN_ENTER = {
    ("main window", "searchBox"),
    ("estate browser", "estateFind"),
    ("dashboard", "dashboardBuilding"),
    ("arrears", "arrearsBuilding"),
    ("collection", "arrearsBuilding"),
    ("import", "importFile"),
    ("restore", "restoreFolder"),
    ("vouchers", "voucherSpan"),            # shows the day's or month's voucher
    ("mail send", "mailBuilding"),          # counts what would be queued, writes nothing
    *(("audit", n) for n in ("auditAction", "auditUser", "auditText")),
    *(("consultation", n) for n in ("calcUnit", "calcArea", "calcUsage", "calcFrom", "calcThrough",
                                    "statementUnit")),
    *(("meter entry", n) for n in ("meterValue", "meterOldFinal", "meterReplacement")),
}


def test_every_field_that_acts_on_enter_is_one_that_may(qtbot, billed_estate, paper):
    from PyQt6.QtWidgets import QLineEdit
    problems = []
    with clock.frozen(at(2026, 1, 10, 9)):
        for name, make in dialogs(billed_estate, paper).items():
            window = make()
            qtbot.addWidget(window)
            for field in window.findChildren(QLineEdit):
                try:
                    acts = field.receivers(field.returnPressed) > 0
                except RuntimeError:                # Qt's own (a spin box's): no slot of ours
                    continue
                if acts and not field.isReadOnly():
                    if (name, field.objectName()) not in OWN_ENTER:
                        problems.append(f"{name}: Enter in {field.objectName() or field.placeholderText()}")
            window.close()
    assert not problems, "\n".join(problems)


def test_enter_in_a_filled_field_adds_no_user_and_records_no_consultation(qtbot, billed_estate, paper):
    """Enter in the row where a user or a consultation is typed, filled as a person would fill it,
    writes nothing; the writing action is its own key (Ctrl+Enter) or button."""
    keys = Keyboard(qtbot)
    with clock.frozen(at(2026, 1, 10, 9)):
        makers = dialogs(billed_estate, paper)
        for name, fill in (("users", {"newUsername": "xiaoli", "newDisplayName": "小李", "newPassword": "Xiaoli-2026"}),
                           ("consultation", {"logQuestion": "物业费怎么算", "logAnswer": "按面积"})):
            before = fingerprint(billed_estate.ledger.path)
            window = makers[name]()
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            if name == "consultation":
                window.tabs.setCurrentIndex(3)
            from PyQt6.QtWidgets import QLineEdit
            for object_name, text in fill.items():
                field = window.findChild(QLineEdit, object_name)
                field.setFocus()
                field.setText(text)
                keys.focus_is(object_name)
                keys.press("Enter")
            assert fingerprint(billed_estate.ledger.path) == before, name
            window.close()


def test_esc_asks_before_it_throws_away_choices_counts_and_chosen_amounts(qtbot, billed_estate, paper):
    """Work is not only typed text: a count turned with the arrow key, a printer chosen from a list
    and a refund's amounts taken with F5 are asked about on Esc as typed text is."""
    from PyQt6.QtWidgets import QAbstractSpinBox, QComboBox
    keys = Keyboard(qtbot)
    problems = []
    with clock.frozen(at(2026, 1, 10, 9)):
        makers = dialogs(billed_estate, paper)
        for name, act in (("count", lambda w: (w.findChildren(QAbstractSpinBox)[0].setFocus(), keys.press("Up"))),
                          ("printer settings", lambda w: (w.findChild(QComboBox, "receiptLayout").setFocus(), keys.press("Down"))),
                          ("refund", lambda w: keys.press("F5"))):
            window = makers[name]()
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(lambda: window.isActiveWindow() and settled())
            act(window)
            keys.press("Esc")
            try:
                question = keys.window_is("discardQuestion")
            except AssertionError:
                problems.append(f"{name}: Esc dropped the work without asking")
                window.close()
                continue
            keys.press("Enter")                                  # 继续填写
            qtbot.waitUntil(lambda: not question.isVisible())
            if not window.isVisible():
                problems.append(f"{name}: the answer 继续填写 closed the window")
            window.close()
    assert not problems, "\n".join(problems)
