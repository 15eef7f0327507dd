"""Report sections on screen: a Qt table model over the very rows the PDF, Excel and CSV are
written from (core.tables.Section), so the screen can never say other figures than the paper.
Money and numbers are right-aligned and sort as numbers; a section whose last row is its 合计
keeps that row at the foot whatever the sort. Titles, headers and text cells are shown through the
catalogue (the reports' fixed words are in it: scripts/error_catalogue.REPORT_MODULES); a text it
does not hold (a name, a code) is shown as it is."""
from __future__ import annotations

from PyQt6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PyQt6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget

from ..core.tables import TOTAL, Section, numeric_value, text_of
from ..core.errors import Word
from .errors import said, translate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1       # the section's row itself, for filters and actions


def shown(text: str) -> str:
    """A report's text on screen: a Finding or Word worded whole, a fixed word through the
    catalogue, anything else (a name, a code) as it is."""
    return said(text) if isinstance(text, Word) else translate(text)


def sort_key(cell):
    """Numbers (money, counts, percentages) as numbers, the rest as text; numbers first."""
    value = numeric_value(cell)
    return (1, text_of(cell)) if value is None else (0, value)


class SectionModel(QAbstractTableModel):
    def __init__(self, section: Section | None = None, parent=None):
        super().__init__(parent)
        self.section = section or Section("", (), ())

    def set_section(self, section: Section) -> None:
        self.beginResetModel()
        self.section = section
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.section.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.section.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.section.headers):
            return shown(self.section.headers[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.section.rows):
            return None
        row = self.section.rows[index.row()]
        if not 0 <= index.column() < len(row):
            return None
        cell = row[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):   # the tip: a cut text whole
            return shown(cell) if isinstance(cell, str) else text_of(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole and sort_key(cell)[0] == 0:
            return RIGHT
        if role == SORT_ROLE:
            return sort_key(cell)
        if role == ROW_ROLE:
            return row
        return None

    def is_total(self, row: int) -> bool:
        rows = self.section.rows
        return row == len(rows) - 1 and bool(rows) and rows[-1][0] == TOTAL


class SectionProxy(QSortFilterProxyModel):
    """Sorting by number or text, the 合计 row kept last; `accept` (row -> bool) filters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.accept = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, accept) -> None:
        self.accept = accept
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent):
        model = self.sourceModel()
        if model.is_total(source_row):
            return self.accept is None         # a filtered list's total is said beside it, not here
        return self.accept is None or self.accept(model.section.rows[source_row])

    def lessThan(self, left, right):
        model = self.sourceModel()
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        if model.is_total(left.row()):
            return not ascending
        if model.is_total(right.row()):
            return ascending
        return model.data(left, SORT_ROLE) < model.data(right, SORT_ROLE)


def section_table(section: Section, name: str, parent=None, *, sortable: bool = True) -> QTableView:
    """A read-only table of one section, sized to its content, sortable by clicking a header."""
    model = SectionModel(section, parent)
    proxy = SectionProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent, objectName=name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    # The report's own order until a header is clicked (sorting on would otherwise sort at once).
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(sortable)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(False)   # numbers stay beside their labels
    table.section_model, table.proxy = model, proxy
    return table


def last_column_takes_the_room(table: QTableView) -> None:
    """A table whose last column is free text (a policy's basis, a note): that column takes the
    width left and cuts its text with … (whole in the tooltip): no sideways scroll bar where the
    other columns fit."""
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(max(table.model().columnCount() - 1, 0), QHeaderView.ResizeMode.Stretch)


def stacked_sections(sections) -> QScrollArea:
    """Every section as a table under its title, one under the other (a report's summary); each
    table as tall as its rows, so the page scrolls, not each table."""
    page = QWidget()
    column = QVBoxLayout(page)
    for n, section in enumerate(sections):
        column.addWidget(QLabel(f"<b>{shown(section.title)}</b>"))
        table = section_table(section, f"section{n}", page)
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                             + table.verticalHeader().defaultSectionSize() * max(1, len(section.rows)))
        column.addWidget(table)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # Tab goes to its tables; it scrolls to them
    return scroll
