"""Enter and Esc mean one safe thing in every window (docs/ARCHITECTURE.md, "Keys"; detail in docs/DETAILS.md). One
application-wide filter, as ui/fit.py and ui/help.py are, so that no window can forget the rule:

- Enter on a focused button presses that button, and nothing else ever presses a button: in a
  field, Enter does the field's own action (a search, a reading saved) or moves to the next field;
  Qt's implicit "default button" (the first button of a dialog, which made one Enter lock a day
  or reprint a receipt) is never pressed. A window whose one purpose is what Enter confirms (the
  payment, a sign-in) says so with `enter_confirms`, and its own default button takes Enter.
- Esc closes a window only when nothing typed in it would be lost; otherwise it asks first
  (放弃 is never the default). Searches and filters (`scratch`) and passwords are not typed work.
- A number field showing 0 is selected when it gets the focus, so typing 500 gives 500, not 0500.
- Alt with a letter never types into a field (no button has that key here).
- A button's key (Alt+J, F4) clicks it at once, so that the keys typed after it go where it sent
  them; the focus stays put, and a key held down clicks once.
- A field the focus reaches by a key is scrolled into view.
- Tab leaves a list or table for the next field; arrows move within it. Qt's tables walk their
  every cell with Tab, so that the keys after one never reached the buttons below it.
"""
from __future__ import annotations

import re
import time

from PyQt6 import sip
from PyQt6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDateTimeEdit, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
    QScrollArea, QTabWidget, QTextEdit, QWidget
)

from .questions import ask

ENTER_CONFIRMS = "enterConfirms"    # dynamic property of a window: Enter does its one purpose
SCRATCH = "scratchField"            # dynamic property of a field: its text is no work to lose
TYPED = "typedInto"                 # dynamic property of a field a person changed (typed, chose, ticked)
WATCHED = "choicesWatched"          # dynamic property of a window whose choices are watched
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LAST_KEYED = "lastKeyed"            # dynamic property of a button: when its key last came (monotonic s)
REPEAT_S = 0.3                      # a button's key again sooner than this is the same press, doubled
BY_KEY = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)
_ZERO = re.compile(r"^\s*0+(\.0*)?\s*$")


def enter_confirms(window: QWidget) -> None:
    """Enter is this window's one purpose (its default button): a payment, a sign-in."""
    window.setProperty(ENTER_CONFIRMS, True)


def ctrl_enter(parent: QWidget, slot) -> None:
    """The own key of a window's writing action (a run, a user added, a shift closed): Ctrl+Enter
    from anywhere in `parent` (a window, or one tab of it), on either Enter key; plain Enter never."""
    for key in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(key), parent, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
                  ).setAutoRepeat(False)


class TabInOrder:
    """A window whose Tab goes through `tab_stops()` in order, as they are drawn top to bottom: for
    a window that builds its pages anew (a report refreshed), whose new tables Qt would put last
    in the Tab chain, after the buttons. Qt's setTabOrder cannot mend that: moving a table with its
    many parts can break the chain into a loop that never reaches the fields above."""

    def tab_stops(self) -> list[QWidget]:
        raise NotImplementedError

    def stops(self) -> list[QWidget]:
        """The stops Tab visits now: shown, enabled, each one that takes the focus itself."""
        return [w for w in self.tab_stops() if w.isVisible() and w.isEnabled() and _takes_tab(w)]

    def focusNextPrevChild(self, forward: bool) -> bool:          # noqa: N802 (Qt's name)
        stops = self.stops()
        focus = QApplication.focusWidget()
        here = next((i for i, w in enumerate(stops) if focus is not None and (w is focus or w.isAncestorOf(focus))),
                    None)
        if here is None:
            return super().focusNextPrevChild(forward)
        stops[(here + (1 if forward else -1)) % len(stops)].setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


def page_stops(tabs: QTabWidget) -> list[QWidget]:
    """A tab widget's stops: its bar, then the fields and tables of the page shown, in the order
    of the window's Tab chain (the page's own order stands; only where it sits in the chain is
    put right)."""
    page, window = tabs.currentWidget(), tabs.window()
    stops = [tabs.tabBar()]
    widget = window.nextInFocusChain()
    while page is not None and widget is not window:
        if (widget is page or page.isAncestorOf(widget)) and _takes_tab(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _takes_tab(widget: QWidget) -> bool:
    """A stop of its own: not a part that hands its focus on (a chart's or a spin box's inner
    view or field), which would send Tab back to the widget it is part of, for ever."""
    return (widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)))


def _scroll_to(widget: QWidget) -> None:
    """The scroll areas round a field the focus came to by a key scroll it into view: Qt does so
    only for a Tab from inside the area, not for one that comes in from outside it."""
    inner, parent = widget, widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(inner):
            parent.ensureWidgetVisible(inner)
            inner = parent
        parent = parent.parentWidget()


def button_key(window: QWidget, button: QAbstractButton, *sequences: str, when_greyed=None,
               context=Qt.ShortcutContext.WindowShortcut) -> None:
    """Keys that press `button` as a click would: nothing while it is greyed out, so a key never
    does what the window would not let the mouse do (a void of nothing selected, a reveal without
    the permission). `when_greyed`, if given, is called instead to say why (it must not act);
    `context` as QShortcut's (one tab of a window: WidgetWithChildrenShortcut on the tab)."""
    def press() -> None:
        if button.isEnabled():
            button.click()
        elif when_greyed is not None:
            when_greyed()
    for key in sequences:
        # a key held down presses once: its repeats would print, or pay, again
        QShortcut(QKeySequence(key), window, activated=press, context=context).setAutoRepeat(False)


def scratch(*fields: QWidget) -> None:
    """Fields whose text is no work to lose (a search, a filter, a report's parameters)."""
    for field in fields:
        field.setProperty(SCRATCH, True)


def _is_scratch(widget: QWidget, window: QWidget) -> bool:
    while widget is not None and widget is not window:
        if widget.property(SCRATCH):
            return True
        widget = widget.parentWidget()
    return False


def typed_fields(window: QWidget) -> list[QWidget]:
    """The fields of `window` holding text typed since it opened (or was last saved). A date
    picked is a choice, not typed work."""
    found = []
    for edit in window.findChildren(QLineEdit):
        if (edit.window() is window and edit.isModified() and edit.text().strip() and not edit.isReadOnly()
                and edit.echoMode() == QLineEdit.EchoMode.Normal and not _is_scratch(edit, window)
                and not isinstance(edit.parentWidget(), QDateTimeEdit)):
            found.append(edit)
    for edit in window.findChildren((QPlainTextEdit, QTextEdit)):
        if (edit.window() is window and not edit.isReadOnly() and edit.document().isModified()
                and edit.toPlainText().strip() and not _is_scratch(edit, window)):
            found.append(edit)
    # A spin box rewrites its own text when it loses the focus, a choice or a table holds no typed
    # text: what a person did there is noted on the widget (TYPED).
    found += [widget for widget in window.findChildren(QWidget)
              if widget.window() is window and widget.property(TYPED) and widget.isEnabled()
              and not _is_scratch(widget, window) and widget not in found]
    return found


def note_work(widget: QWidget) -> None:
    """Something a person did in `widget` that no field shows as typed (amounts chosen in a table):
    Esc asks before it is thrown away, as for typed text."""
    widget.setProperty(TYPED, True)


def _watch_choices(window: QWidget) -> None:
    """A choice a person makes (a combo chosen, a box ticked) is work as typed text is; signals
    that only a person's action emits, never the program's own setting of a value."""
    if window.property(WATCHED):
        return
    window.setProperty(WATCHED, True)
    for combo in window.findChildren(QComboBox):
        if not combo.isEditable():        # an editable one's typing is its line edit's (and Enter there
            combo.activated.connect(lambda _i, c=combo: note_work(c))   # re-activates what is shown)
    for box in window.findChildren(QAbstractButton):
        if box.isCheckable() and not isinstance(box, QPushButton):
            box.clicked.connect(lambda _checked, b=box: note_work(b))


def mark_saved(window: QWidget) -> None:
    """What is typed in `window` was saved (or is as loaded): Esc may close it without asking."""
    for edit in window.findChildren(QLineEdit):
        edit.setModified(False)
    for edit in window.findChildren((QPlainTextEdit, QTextEdit)):
        edit.document().setModified(False)
    for widget in window.findChildren(QWidget):
        if widget.property(TYPED):
            widget.setProperty(TYPED, False)


def _ours(window: QWidget) -> bool:
    """The program's own windows (Qt's message and input boxes keep their own keys)."""
    return type(window).__module__.startswith("counter_app.")


def _own_enter_action(widget: QWidget) -> bool:
    return isinstance(widget, QLineEdit) and widget.receivers(widget.returnPressed) > 0


def _is_input(widget: QWidget) -> bool:
    if not (widget.isEnabled() and widget.isVisible()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
        return False
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
    return isinstance(widget, (QAbstractSpinBox, QComboBox))


def next_field(window: QWidget, current: QWidget | None) -> QWidget | None:
    """The next field to type in after `current`, in Tab order, never a button; None at the last."""
    if current is None:
        return None
    if isinstance(current.parentWidget(), (QAbstractSpinBox, QComboBox)):
        current = current.parentWidget()
    widget = current.nextInFocusChain()
    while widget is not None and widget is not current and widget is not window:
        if widget.window() is window and _is_input(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def ask_to_discard(window: QWidget, on_discard) -> QMessageBox:
    """放弃已输入的内容？ 继续填写 is the default (Enter, Esc); 放弃 needs its letter D."""
    translate = QCoreApplication.translate
    return ask(window, "discardQuestion", translate("Keys", "放弃已输入的内容？"),
               translate("Keys", "这个窗口里输入的内容还没有保存，关闭后会丢失。"),
               translate("Keys", "放弃并关闭(&D)"), on_discard, yes_is_default=False,
               no=translate("Keys", "继续填写(&C)"))


class KeyRules(QObject):
    """Installed once on the application (ui/app.py); tests install it too (tests/ui/conftest.py)."""

    _held = False          # the last key was a repeat of one held down
    _released = (0, 0)     # the last key let go, and when (the window system's time, ms)

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(obj, QWidget):
            return self._key(obj, event)
        if (kind == QEvent.Type.Wheel and isinstance(obj, QAbstractSpinBox) and obj.hasFocus()
                and not obj.isReadOnly() and not isinstance(obj, QDateTimeEdit)):
            obj.setProperty(TYPED, True)          # a count turned with the wheel (Qt turns only a focused box)
        if kind == QEvent.Type.KeyRelease:
            self._released = (event.key(), event.timestamp())
        if kind == QEvent.Type.ShortcutOverride:
            # The key a Shortcut event below comes from: a repeat of one held down. Qt flags most
            # repeats; on X a busy moment can hide one as a release and a press, which the X
            # server stamps with one time, and a hand never does.
            self._held = event.isAutoRepeat() or self._released == (event.key(), event.timestamp())
        if kind == QEvent.Type.Shortcut and isinstance(obj, QAbstractButton) and not event.isAmbiguous():
            # A button's key (Alt+J, F4) clicks it now: Qt's own click comes 100 ms later, and the
            # keys typed meanwhile (a waiver's reason) went to the field the click would send the
            # focus to. The focus stays where it is, as Qt leaves it, so Enter next does not press
            # the button again. A key held down clicks once (its repeats are not presses), and
            # so does one pressed twice within REPEAT_S.
            now, last = time.monotonic(), obj.property(LAST_KEYED)
            obj.setProperty(LAST_KEYED, now)
            if obj.isEnabled() and not self._held and (last is None or now - last > REPEAT_S):
                obj.click()
            return True
        if kind == QEvent.Type.Polish and isinstance(obj, QAbstractItemView):
            obj.setTabKeyNavigation(False)        # before it is first shown: Tab goes on, arrows move
        if kind == QEvent.Type.FocusIn and isinstance(obj, QWidget):
            self._focus_in(obj, event)
        elif kind == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow() and _ours(obj):
            _watch_choices(obj)
        if (kind == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow() and _ours(obj)
                and not obj.property(ENTER_CONFIRMS)):
            # No button drawn as the one Enter presses, since none is: Qt would make the first one
            # the default as the dialog shows (this runs just before).
            for button in obj.findChildren(QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        return False

    def _key(self, obj: QWidget, event) -> bool:
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if (isinstance(obj, QAbstractSpinBox) and not isinstance(obj, QDateTimeEdit) and not obj.isReadOnly()
                and ((event.text() and event.text().isprintable())
                     or key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Up, Qt.Key.Key_Down,
                                Qt.Key.Key_PageUp, Qt.Key.Key_PageDown))):
            obj.setProperty(TYPED, True)
        if (modifiers == Qt.KeyboardModifier.AltModifier and event.text().isprintable() and event.text()
                and isinstance(obj, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))):
            # Alt with a letter is a button's key (Alt+J), never typing: where no button has it
            # (the waiver hidden), Qt typed the letter into the field, a "j" in the cash.
            return True
        if key in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            if isinstance(obj, QPushButton) and not obj.autoDefault() and obj.hasFocus():
                if obj.isEnabled():
                    obj.click()           # the focused button, and only it, takes Enter
                return True
            if isinstance(obj, QDialog) and obj.isWindow() and _ours(obj) and not obj.property(ENTER_CONFIRMS):
                # The focused field did not take Enter: to the next field, never a default button.
                focus = QApplication.focusWidget()
                if focus is not None and focus.window() is obj and not _own_enter_action(focus):
                    following = next_field(obj, focus)
                    if following is not None:
                        following.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        if (key == Qt.Key.Key_Escape and modifiers == Qt.KeyboardModifier.NoModifier and isinstance(obj, QDialog)
                and obj.isWindow() and _ours(obj) and typed_fields(obj)):
            ask_to_discard(obj, obj.reject)
            return True
        return False

    def _focus_in(self, obj, event) -> None:
        if event.reason() in BY_KEY:
            _scroll_to(obj)          # not when the window is merely active again: the page stays put
        # After the focus event (a mouse press places the cursor once it is handled).
        if isinstance(obj, QAbstractSpinBox) and not obj.isReadOnly():
            QTimer.singleShot(0, lambda: sip.isdeleted(obj) or obj.selectAll())
        elif (isinstance(obj, QLineEdit) and not obj.isReadOnly() and _ZERO.match(obj.text())
              and not isinstance(obj.parentWidget(), QAbstractSpinBox)):
            QTimer.singleShot(0, lambda: sip.isdeleted(obj) or obj.selectAll())


_rules: KeyRules | None = None


def install(app) -> KeyRules:
    """Once per application; a second call keeps the first filter."""
    global _rules
    if _rules is None:
        _rules = KeyRules(app)
        app.installEventFilter(_rules)
    return _rules
