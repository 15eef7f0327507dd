"""Languages: Simplified Chinese is the source text; English and Traditional Chinese come from
Qt translation files (resources/translations/*.qm, built from the .ts files by lrelease)."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, QLocale, QTranslator

from .. import paths

_installed: list[QTranslator] = []


def translations_dir():
    return paths.resources_dir() / "translations"


def install(app, language: str) -> bool:
    """Install the translator for `language` (zh_CN needs none). Returns whether one loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "zh_CN":
        return True
    translator = QTranslator(app)
    if translator.load(str(translations_dir() / f"counter_app_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
