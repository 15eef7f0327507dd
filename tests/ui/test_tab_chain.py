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
from PyQt6.QtCore import QPoint, QRect, Qt
from PyQt6.QtWidgets import (
    QAbstractItemView, QAbstractScrollArea, QApplication, QFrame, QGroupBox, QScrollArea, QScrollBar, QTabWidget,
    QWidget
)

from counter_app.ledger import clock
from tests.factories import at
from tests.ui.helpers import shown_active
from tests.ui.keyboard import Keyboard, settled
from tests.ui.windows import dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

MOST_STOPS = 60
SHORT = 380                # px: a window this high scrolls its fields (1366×768 at 150 % leaves ~460)
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


def tab_cycle(keys: Keyboard, window: QWidget) -> tuple[list[QWidget], list[QWidget], bool, list[QWidget]]:
    """The stops Tab visits from the first focus round to it again, each once; the read-only
    lists that kept the focus for a Tab (it moved between their cells instead of on); whether
    Tab came back to where it began (or went round a part of the window, for ever); and the stops
    it reached scrolled out of sight."""
    start = QApplication.focusWidget()
    stops, traps, unseen = [start], [], []
    for _ in range(MOST_STOPS):
        keys.press("Tab")
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not window:
            return stops, traps, False, unseen
        if not in_sight(focus) and focus not in unseen:
            unseen.append(focus)
        if focus is stops[-1]:                       # a date's next part: the same stop
            if keeps_tab(focus) and focus not in traps:
                traps.append(focus)
            continue
        if focus is start:
            return stops, traps, True, unseen
        if focus in stops:
            return stops, traps, False, unseen
        stops.append(focus)
    return stops, traps, False, unseen


def in_sight(widget: QWidget) -> bool:
    """Some of it shows in the viewport of every scroll area it is in."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QScrollArea):
            view = parent.viewport()
            if not QRect(widget.mapTo(view, QPoint(0, 0)), widget.size()).intersects(view.rect()):
                return False
        parent = parent.parentWidget()
    return True


def each_page(window: QWidget):
    """The window as it opens, then with each other page of each of its tab widgets shown."""
    yield "", window.focusWidget()
    for tabs in window.findChildren(QTabWidget):
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != shown and tabs.isVisible():
                tabs.setCurrentIndex(index)
                tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
                yield f" (page {tabs.tabText(index)})", tabs.tabBar()
        tabs.setCurrentIndex(shown)


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
    """At each window's own size and short (its fields scrolled), on every page of its tabs."""
    keys = Keyboard(qtbot)
    problems = []
    with clock.frozen(at(2026, 1, 10, 9)):
        for name, make in dialogs(billed_estate, counter_settings).items():
            window = shown_active(qtbot, make())
            if hasattr(window, "jobs"):                      # a report: its tables built, not rebuilt midway
                qtbot.waitUntil(lambda: window.report is not None and not window.jobs.pending)
            qtbot.waitUntil(settled)
            for size in ("", " short"):
                if size:
                    window.resize(window.width(), SHORT)
                    qtbot.waitUntil(settled)
                for page, start in each_page(window):
                    places = layout_places(window)
                    waiver = window.findChild(QWidget, "waiverRow")
                    if waiver is not None and waiver.isVisible() and not page and not size:
                        keys.press("Alt+J")                  # the waiver's reason joins the chain
                        keys.focus_is("waiveReason")
                    problems += [f"{name}{size}{page}: {p}" for p in chain_problems(keys, window, places)]
            window.close()
    assert not problems, "\n".join(problems)


def chain_problems(keys: Keyboard, window: QWidget, places) -> list[str]:
    stops, traps, round_, unseen = tab_cycle(keys, window)
    problems = []
    if gone := [w for w in stops if sip.isdeleted(w)]:
        return [f"{len(gone)} of the stops were deleted while Tab went round (the window rebuilt itself)"]
    if not round_:
        problems.append(f"Tab never comes back to {type(stops[0]).__name__}#{stops[0].objectName()}"
                        f" (it went {[w.objectName() for w in stops]})")
    if quiet := [f"{type(w).__name__}#{w.objectName()}" for w in stops if silent(w)]:
        problems.append(f"Tab stops on {quiet}, which shows no focus")
    if traps:
        problems.append(f"Tab moves between the cells of {[w.objectName() for w in traps]} instead of on "
                        "(arrows do that)")
    if unseen:
        problems.append(f"Tab reaches {[w.objectName() for w in unseen]} scrolled out of sight")
    if breaks := reading_order_breaks(stops, places):
        problems.append(f"Tab goes up the window: {breaks}")
    return problems


def test_the_payment_window_is_checked_with_its_waiver_ticked(qtbot, billed_estate, counter_settings):
    """The window list's payment owes late fees, so the test above walks the waiver's reason too."""
    with clock.frozen(at(2026, 1, 10, 9)):
        window = shown_active(qtbot, dialogs(billed_estate, counter_settings)["payment"]())
        assert window.quote.late_fee_fen > 0 and window.findChild(QWidget, "waiverRow").isVisible()
