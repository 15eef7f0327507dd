"""The one search box: unit number, owner name or pinyin initials, phone digits, plate, or a
scanned receipt barcode. Results as you type; Enter opens the (first or selected) unit."""
from __future__ import annotations

from PyQt6.QtCore import QAbstractListModel, QModelIndex, Qt, pyqtSignal
from PyQt6.QtGui import QBrush, QColor
from PyQt6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ...services.counter import ledger
from .. import keys
from ..figure_text import figure
from ..fit import WORD_JOINER, terms_kept_whole
from ..jobs import LatestOnly

# Overdue in red, owing (not yet due) in amber, paid up in green: seen before a unit is opened.
STATE_COLOURS = {"overdue": QBrush(QColor("#c0392b")), "owing": QBrush(QColor("#9a5b00")),
                 "paid": QBrush(QColor("#0a6e2d"))}


class HitsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[ledger.UnitHit] = []

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            owes = figure("total", hit.owing.total_fen) if hit.owing.principal_fen else self.tr("已缴清")
            # what it owes right after the number: the list is narrow, and that is what is read first
            # (each part held whole where the line wraps: between parts, not inside [房号])
            whole = WORD_JOINER.join
            return "  ".join((whole(hit.code), owes, whole(hit.owners), whole(hit.phone), whole(f"[{hit.matched}]")))
        if role == Qt.ItemDataRole.ForegroundRole:
            return STATE_COLOURS.get(hit.state)
        if role == Qt.ItemDataRole.UserRole:
            return hit.unit_id
        return None

    def set_hits(self, hits: list[ledger.UnitHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> ledger.UnitHit:
        return self._hits[row]


class SearchPanel(QWidget):
    unitChosen = pyqtSignal(int)

    def __init__(self, actor, parent=None):
        super().__init__(parent)
        self.actor = actor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(terms_kept_whole(self.tr("查找（F2）：房号 / 姓名 / 拼音 / 电话尾号 / 车牌 / 扫收据")))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.box = QLineEdit(objectName="searchBox")
        self.box.setPlaceholderText(self.tr("如 3-2-501、32501、张、zs、5678"))
        self.box.setClearButtonEnabled(True)
        keys.scratch(self.box)
        layout.addWidget(self.box)
        self.model = HitsModel(self)
        self.results = QListView(objectName="searchResults")
        self.results.setModel(self.model)
        # A hit longer than the panel (a long name, 应缴合计 and the phone) wraps onto a second line
        # rather than running out of sight behind a sideways scroll bar.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        layout.addWidget(self.results, 1)
        # Each keystroke searches in the background (on a server a read may take a while); a newer
        # keystroke supersedes an older search. Enter searches the box's text at once.
        self.searches = LatestOnly(self)
        self.searches.done.connect(self._show)
        self.box.textChanged.connect(self.refresh)
        self.box.returnPressed.connect(self.choose_current)
        self.results.activated.connect(lambda index: self.choose(index.row()))

    def refresh(self, text: str) -> None:
        actor = self.actor
        self.searches.submit(lambda: ledger.search_units(actor, text))

    def again(self) -> None:
        """The same search once more: the hits' amounts as they are now (after a payment)."""
        if self.box.text().strip():
            self.refresh(self.box.text())

    def _show(self, hits) -> None:
        self.model.set_hits(hits)
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))

    def choose_current(self) -> None:
        # Enter searches the text in the box now: a scanner types faster than the background
        # searches settle, and what the cashier chose must be what is in the box.
        self.searches.supersede()
        self._show(ledger.search_units(self.actor, self.box.text()))
        if self.model.rowCount():
            row = self.results.currentIndex().row()
            self.choose(row if row >= 0 else 0)

    def choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.unitChosen.emit(self.model.hit(row).unit_id)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.box.hasFocus():
            row = self.results.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self.results.setCurrentIndex(self.model.index(row))
            return
        super().keyPressEvent(event)

    def focus(self) -> None:
        self.box.setFocus()
        self.box.selectAll()
