"""The keyboard of the screen tests: every key goes where a person's key would go — the open menu
if one is open, else QApplication.focusWidget() — and nowhere else. A test never clicks a button
or calls a slot for what a cashier types: it says the keys.

    keys = Keyboard(qtbot)
    keys.run("5678", "<Enter>", "<F6>", "500", "<Enter>")

A step is text to type, a key in angle brackets (<Enter>, <Esc>, <F6>, <Ctrl+P>, <Alt+S>,
<Shift+Tab>, <Down>, <Space>), or a callable (a check or a wait between keys). Before each key
the keyboard waits until the focus is in the active window (a dialog opened with open() is
activated asynchronously), so a key is never sent to the window underneath.
"""
from __future__ import annotations

import re

from PyQt6.QtCore import Qt
from PyQt6.QtGui import QInputMethodEvent, QKeySequence
from PyQt6.QtWidgets import QApplication, QWidget

TIMEOUT_MS = 10_000

NAMED = {"Enter": Qt.Key.Key_Return, "Return": Qt.Key.Key_Return, "Esc": Qt.Key.Key_Escape,
         "Tab": Qt.Key.Key_Tab, "Backtab": Qt.Key.Key_Backtab, "Space": Qt.Key.Key_Space,
         "Up": Qt.Key.Key_Up, "Down": Qt.Key.Key_Down, "Left": Qt.Key.Key_Left, "Right": Qt.Key.Key_Right,
         "Home": Qt.Key.Key_Home, "End": Qt.Key.Key_End, "Backspace": Qt.Key.Key_Backspace,
         "Delete": Qt.Key.Key_Delete, "PgDown": Qt.Key.Key_PageDown, "PgUp": Qt.Key.Key_PageUp}
MODIFIERS = {"Ctrl": Qt.KeyboardModifier.ControlModifier, "Alt": Qt.KeyboardModifier.AltModifier,
             "Shift": Qt.KeyboardModifier.ShiftModifier}


def parse_key(name: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    """"Ctrl+P" -> (Key_P, Control); "F6" -> (Key_F6, none); "Enter" -> (Key_Return, none)."""
    *mods, key = name.split("+")
    modifiers = Qt.KeyboardModifier.NoModifier
    for mod in mods:
        modifiers |= MODIFIERS[mod]
    if key in NAMED:
        return NAMED[key], modifiers
    sequence = QKeySequence(key)
    if sequence.count() != 1:
        raise ValueError(f"not a key: {name}")
    return Qt.Key(sequence[0].key()), modifiers


def target() -> QWidget | None:
    """Where a key goes now: the open menu, else the widget with the focus."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def _as_a_window_manager_would() -> None:
    """The offscreen platform has no window manager: when a dialog closes, nothing activates the
    window underneath. Do what one would: activate the modal dialog still open, or the window."""
    if QApplication.activeWindow() is not None:
        return
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()
             and not w.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
             and not w.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus]   # a window manager skips it too
    modal = [w for w in shown if w.isModal()]
    if modal or shown:
        (modal or shown)[-1].activateWindow()


def settled() -> bool:
    """The focus is in the window on top (the modal dialog if one is open), or a menu is open."""
    if QApplication.activePopupWidget() is not None:
        return True
    _as_a_window_manager_would()
    focus = QApplication.focusWidget()
    if focus is None or not focus.isVisible():
        return False
    top = QApplication.activeModalWidget() or QApplication.activeWindow()
    return top is not None and focus.window() is top


class Keyboard:
    def __init__(self, qtbot, timeout_ms: int = TIMEOUT_MS):
        self.qtbot, self.timeout = qtbot, timeout_ms

    def focus(self) -> QWidget:
        """Where the next key goes, once the focus has settled."""
        self.qtbot.waitUntil(settled, timeout=self.timeout)
        return target()

    def press(self, key: str | Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        if isinstance(key, str):
            key, modifiers = parse_key(key)
        widget = self.focus()
        self.qtbot.keyClick(widget, key, modifiers)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        """Latin letters and digits as key presses; Chinese as an input method commits it (a
        cashier's pinyin input method sends the chosen characters in one event)."""
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            if run.isascii():
                for char in run:            # each key where the focus is then (an editor may open)
                    self.qtbot.keyClicks(self.focus(), char)
                    QApplication.processEvents()
            else:
                widget = self.focus()
                event = QInputMethodEvent()
                event.setCommitString(run)
                QApplication.sendEvent(widget, event)
            QApplication.processEvents()

    def run(self, *steps) -> None:
        for step in steps:
            if callable(step):
                step()
            elif isinstance(step, str) and step.startswith("<") and step.endswith(">") and len(step) > 2:
                self.press(step[1:-1])
            else:
                self.type(step)

    def focus_is(self, name: str) -> None:
        """Wait until the focus is on the widget of that objectName (it moves asynchronously)."""
        try:
            self.qtbot.waitUntil(lambda: settled() and (QApplication.focusWidget().objectName() == name or
                                                        _proxy_name(QApplication.focusWidget()) == name),
                                 timeout=self.timeout)
        except Exception:
            raise AssertionError(f"expected the focus on {name}; {where()}") from None

    def window_is(self, name: str) -> QWidget:
        """Wait until the window on top is the one of that objectName; return it."""
        def on_top():
            _as_a_window_manager_would()
            top = QApplication.activeModalWidget() or QApplication.activeWindow()
            return top is not None and top.objectName() == name and settled()
        try:
            self.qtbot.waitUntil(on_top, timeout=self.timeout)
        except Exception:
            raise AssertionError(f"expected the window {name} on top; {where()}") from None
        return QApplication.activeModalWidget() or QApplication.activeWindow()


def where() -> str:
    """What is on top and where the focus is: said when a key script goes astray."""
    top = QApplication.activeModalWidget() or QApplication.activeWindow()
    focus = QApplication.focusWidget()
    shown = [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    return (f"on top {top.objectName() if top else None}, focus "
            f"{type(focus).__name__ + '#' + focus.objectName() if focus else None}, shown {shown}")


def _proxy_name(widget: QWidget | None) -> str:
    """A spin box's or combo box's inner line edit answers for its box."""
    parent = widget.parentWidget() if widget is not None else None
    return parent.objectName() if parent is not None else ""
