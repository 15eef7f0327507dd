"""Menu entries, made in one place: chosen with the mouse or by keys, an entry calls its slot
with no arguments. (A menu's triggered(bool) passed on to a slot with an optional parameter once
became OpenShift's `then` = False, and 班次 → 开班 chosen by keyboard raised a TypeError.)"""
from __future__ import annotations

from PyQt6.QtGui import QAction
from PyQt6.QtWidgets import QMenu, QWidget


def add_action(menu: QMenu, owner: QWidget, name: str, text: str, slot) -> QAction:
    action = QAction(text, owner, objectName=name)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action
