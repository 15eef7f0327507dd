"""Tab goes where the eye reads, in every window the program opens (tests/ui/windows.py): each
stop is a thing that shows the focus and takes keys, and the stops run top to bottom, so that
the key after a field reaches the field drawn after it; Tab leaves a table (arrows move in it);
and Tab comes round to where it began. Found wanting: after the waiver's reason Tab jumped past
the tenders to a checkbox, where the cash typed next was lost; Tab stopped on frameless scroll
areas, where it seemed to do nothing; Tab walked every cell of a report's tables; and once a
report was refreshed, Tab went round its tab bar, tables and buttons for ever, never again
reaching the date or the filters above them."""
from __future__ import annotations

import pytest
from PyQt6 import sip
from PyQt6.QtCore import QPoint, QRect
from PyQt6.QtWidgets import (
    QAbstractItemView, QAbstractScrollArea, QApplication, QFrame, QGroupBox, QScrollArea, QScrollBar, QWidget
)

from counter_app.ledger import clock
from tests.factories import at
from tests.ui.helpers import shown_active
from tests.ui.keyboard import Keyboard, settled
from tests.ui.windows import dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

MOST_STOPS = 60
COLUMN_RISE = 100          # px: more than the rows of a form's filters
# What draws no focus and takes no keys: a stop there is a Tab that seems to do nothing.
SILENT = (QWidget, QFrame, QGroupBox, QScrollArea)


def silent(widget: QWidget) -> bool:
    return type(widget) in SILENT


def layout_places(window: QWidget) -> dict[int, QRect]:
    """Where each widget is drawn before any Tab has scrolled anything; a widget inside a scroll
    area counts as within the area's box (below its fold it is reached by scrolling)."""
    places = {}
    for child in window.findChildren(QWidget):
        box = QRect(child.mapTo(window, QPoint(0, 0)), child.size())
        parent = child.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea) and not isinstance(child, QScrollBar):
                area = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
                top = min(max(box.top(), area.top()), area.bottom())
                box = QRect(box.left(), top, box.width(), max(1, min(box.bottom(), area.bottom()) - top + 1))
            parent = parent.parentWidget()
        places[sip.unwrapinstance(child)] = box
    return places


def next_column(before: QRect, after: QRect) -> bool:
    """A step up to the top of the next column: wholly to the right and well above (more than a
    few rows; a step up a row or two to the right is a form's row read out of order)."""
    return after.left() > before.right() and before.bottom() - after.top() > COLUMN_RISE


def tab_cycle(keys: Keyboard, window: QWidget) -> tuple[list[QWidget], list[QWidget], bool]:
    """The stops Tab visits from the first focus round to it again, each once; the read-only
    lists that kept the focus for a Tab (it moved between their cells instead of on); and whether
    Tab came back to where it began (or went round a part of the window, for ever)."""
    start = QApplication.focusWidget()
    stops, traps = [start], []
    for _ in range(MOST_STOPS):
        keys.press("Tab")
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not window:
            return stops, traps, False
        if focus is stops[-1]:                       # a date's next part: the same stop
            if keeps_tab(focus) and focus not in traps:
                traps.append(focus)
            continue
        if focus is start:
            return stops, traps, True
        if focus in stops:
            return stops, traps, False
        stops.append(focus)
    return stops, traps, False


def keeps_tab(widget: QWidget) -> bool:
    """A list nobody types into that Tab walks cell by cell: the keys after it never leave it."""
    return (isinstance(widget, QAbstractItemView)
            and widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers)


def reading_order_breaks(stops: list[QWidget], places) -> list[str]:
    """Each step that goes up the window, the wrap from the last stop to the first included, but
    for a step to the next column: a chain in reading order has one (none with a single stop)."""
    def name(w):
        return f"{type(w).__name__}#{w.objectName() or w.parentWidget().objectName()}"
    ups = []
    for before, after in zip(stops, stops[1:] + stops[:1]):
        b, a = places.get(sip.unwrapinstance(before)), places.get(sip.unwrapinstance(after))
        if b is None or a is None or not a.bottom() < b.top():     # not wholly above the one before
            continue
        if not next_column(b, a):
            ups.append(f"{name(before)} → {name(after)}")
    return ups if len(ups) > 1 else []


def test_every_tab_stop_shows_the_focus_and_the_chain_reads_top_to_bottom(qtbot, billed_estate, counter_settings):
    keys = Keyboard(qtbot)
    problems = []
    with clock.frozen(at(2026, 1, 10, 9)):
        for name, make in dialogs(billed_estate, counter_settings).items():
            window = shown_active(qtbot, make())
            qtbot.waitUntil(settled)
            places = layout_places(window)
            waiver = window.findChild(QWidget, "waiverRow")
            if waiver is not None and waiver.isVisible():
                keys.press("Alt+J")                  # the waiver's reason joins the chain
                keys.focus_is("waiveReason")
                keys.press("Shift+Tab")              # from where the window put the focus
            stops, traps, round_ = tab_cycle(keys, window)
            if not round_:
                problems.append(f"{name}: Tab never comes back to {type(stops[0]).__name__}#{stops[0].objectName()}"
                                f" (it went {[w.objectName() for w in stops]})")
            quiet = [f"{type(w).__name__}#{w.objectName()}" for w in stops if silent(w)]
            if quiet:
                problems.append(f"{name}: Tab stops on {quiet}, which shows no focus")
            if traps:
                problems.append(f"{name}: Tab moves between the cells of {[w.objectName() for w in traps]}"
                                " instead of on (arrows do that)")
            if breaks := reading_order_breaks(stops, places):
                problems.append(f"{name}: Tab goes up the window: {breaks}")
            window.close()
    assert not problems, "\n".join(problems)


def test_the_payment_window_is_checked_with_its_waiver_ticked(qtbot, billed_estate, counter_settings):
    """The window list's payment owes late fees, so the test above walks the waiver's reason too."""
    with clock.frozen(at(2026, 1, 10, 9)):
        window = shown_active(qtbot, dialogs(billed_estate, counter_settings)["payment"]())
        assert window.quote.late_fee_fen > 0 and window.findChild(QWidget, "waiverRow").isVisible()
