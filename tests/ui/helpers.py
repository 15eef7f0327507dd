"""What the screen tests of the 管理 windows share."""


def cells(table) -> list[list[str]]:
    """A table view's text as shown, row by row (through its sorting proxy)."""
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def read(text: str) -> str:
    """A label's text as a person reads it: without the invisible marks that hold a figure on one
    line (ui/figure_text.py: word joiners, a no-break space)."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


def shown_active(qtbot, dialog):
    """The dialog shown and made the active window: its shortcuts act there, as for a user."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def counter_window(qtbot, actor, settings):
    """The counter window of `actor`, as a 1366×768 screen shows it, active."""
    from counter_app.ui.main_window import MainWindow
    window = MainWindow(actor, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window
