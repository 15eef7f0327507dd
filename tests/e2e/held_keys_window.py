"""A window for tests/e2e/test_held_keys.py, run as a program: a field with the focus, a button
with its key (F4) and a checkbox with its letter (Alt+J), under the program's key rules
(ui/keys.py). It prints how often each acted, and where the focus was, when told to stop."""
import sys

from PyQt6.QtCore import QTimer
from PyQt6.QtWidgets import QApplication, QCheckBox, QDialog, QLineEdit, QPushButton, QVBoxLayout

from counter_app.ui import keys


def main(seconds: float) -> None:
    app = QApplication(sys.argv[:1])
    keys.install(app)
    window = QDialog(objectName="heldKeys")
    column = QVBoxLayout(window)
    field = QLineEdit(objectName="field")
    button = QPushButton("打印 [F4]", objectName="print")
    button.setShortcut("F4")
    box = QCheckBox("减免滞纳金(&J)", objectName="waive")
    for widget in (field, button, box):
        column.addWidget(widget)
    acted = {"print": 0, "waive": 0}
    button.clicked.connect(lambda: acted.__setitem__("print", acted["print"] + 1))
    box.toggled.connect(lambda _on: acted.__setitem__("waive", acted["waive"] + 1))
    window.show()
    window.activateWindow()
    field.setFocus()
    print("ready", flush=True)

    def report() -> None:
        print(f"print={acted['print']} waive={acted['waive']} focus={QApplication.focusWidget().objectName()}",
              flush=True)
        app.quit()
    QTimer.singleShot(int(seconds * 1000), report)
    app.exec()


if __name__ == "__main__":
    main(float(sys.argv[1]))
