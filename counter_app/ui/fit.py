"""Every window fits the screen it opens on: a 1366×768 laptop, also with Windows scaling at
125 % or 150 % (then the screen is 1093×614 or 910×512 logical pixels). An application-wide
event filter clamps each top-level window to its screen's available area the moment it is shown
(a dialog asking for 900 px on a 768 px screen had its buttons off the bottom), and centres it on
its parent; the dialogs' own layouts are kept small enough to allow it (tests/ui/test_fit.py)."""
from __future__ import annotations

from PyQt6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PyQt6.QtWidgets import QApplication, QComboBox, QDialog, QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

MARGIN = 8          # px kept free around a window (its frame, the taskbar's edge)


def budget(available: QSize) -> QSize:
    """The largest window size for a screen area."""
    return QSize(max(available.width() - 2 * MARGIN, 200), max(available.height() - 2 * MARGIN - 30, 200))


def clamp(window: QWidget, available: QRect) -> None:
    """Shrink `window` to fit `available` (never below its layout's minimum), and move it inside."""
    room = budget(available.size())
    size = window.size().boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.x() + MARGIN), available.right() - frame.width() - MARGIN)
    y = min(max(frame.y(), available.y() + MARGIN), available.bottom() - frame.height() - MARGIN - 30)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, available.x()), max(y, available.y()))


def widen_for(window: QWidget, tables: list) -> None:
    """Widen `window` until every column of `tables` (QTableViews) is in sight, as far as its
    screen allows (then clamp()): a report's last column (账龄) was cut off behind a sideways
    scroll on a screen with room for it. It grows about its centre, as a window opened centred
    stays so."""
    missing = max((table.horizontalHeader().length() + table.verticalHeader().width() + 2 * table.frameWidth()
                   + table.verticalScrollBar().sizeHint().width() - table.width() for table in tables), default=0)
    if missing <= 0:
        return
    at = window.pos()
    window.resize(window.width() + missing, window.height())
    window.move(at.x() - missing // 2, at.y())
    room = screen_room(window)
    if room is not None:
        clamp(window, room)


def screen_room(window: QWidget) -> QRect | None:
    """The available area of the screen `window` is on (None: no screen)."""
    screen = window.screen() or QApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def scrolling(content: QWidget, name: str = "", least: int = 0) -> QScrollArea:
    """`content` in a frameless scroll area: the part of a window that scrolls on a short screen,
    so that what stays above and below it (totals, buttons) is always in view. least: the
    smallest height it may shrink to (default: half its own)."""
    area = QScrollArea(objectName=name)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumHeight(least or content.sizeHint().height() // 2)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    # Not a Tab stop of its own: it has no frame to show the focus, so a Tab there would seem to do
    # nothing. It still scrolls to whichever of its fields the focus reaches.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


BREAK = "\u200b"      # zero-width space: a place a line may break, invisible on screen
SEPARATORS = ("/", "\\", "_")     # not "." or "-": an amount or a receipt number never breaks
VALUE_CHARS = 28        # the width, in characters, a combo of long values (printer names) asks for


WORD_JOINER = "\u2060"


def terms_kept_whole(text: str, sep: str = " / ") -> str:
    """`text`, a list of terms joined by `sep`, with a word joiner (U+2060) between the letters of
    each term, so that a word-wrapped label breaks only between the terms: Chinese may otherwise
    break inside a word (电话尾 | 号). Qt's rich text <nobr> does not hold Chinese together."""
    return sep.join(WORD_JOINER.join(term) for term in text.split(sep))


def breakable(text: str) -> str:
    """`text` with a line-break chance after every path separator, so that a word-wrapped label
    shows a long path (or URL, or file name) on several lines instead of widening its window
    past the screen: a word wraps only at a space, and a path has none."""
    for sep in SEPARATORS:
        text = text.replace(sep, sep + BREAK)
    return text


class MessageLabel(QLabel):
    """A label that says what was done: it wraps, and any path or long value in its text breaks
    where it must. Every status line and every label naming a file is one."""

    def __init__(self, text: str = "", parent=None, **kwargs):
        super().__init__(breakable(text), parent, **kwargs)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:         # noqa: N802 (Qt's name)
        super().setText(breakable(text))

    def text(self) -> str:                        # what was said, without the break chances
        return super().text().replace(BREAK, "")


def bounded(combo: QComboBox) -> QComboBox:
    """A combo whose items are values of any length (a printer's name, a PDF path): it asks
    for a fixed width and elides, rather than growing its window to the longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(VALUE_CHARS)
    return combo


class FitToScreen(QObject):
    """Installed once on the application (ui/app.py)."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow():
            room = screen_room(obj)
            if room is not None:
                clamp(obj, room)
        return False


def install(app) -> FitToScreen:
    fitter = FitToScreen(app)
    app.installEventFilter(fitter)
    return fitter
