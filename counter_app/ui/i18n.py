"""Languages: Simplified Chinese is the source text; English and Traditional Chinese come from
Qt translation files (resources/translations/*.qm, built from the .ts files by lrelease)."""
from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import paths

_installed: list[QTranslator] = []


def translations_dir():
    return paths.resources_dir() / "translations"


def _load(app, path: str) -> bool:
    translator = QTranslator(app)
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


def install(app, language: str) -> bool:
    """Install the translators for `language`: Qt's own (standard buttons such as Cancel) and the
    application's (zh_CN is the source text and needs none). Returns whether the app's loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, f"{qt_dir}/qtbase_{language}.qm")
    if language == "zh_CN":
        return True
    return _load(app, str(translations_dir() / f"counter_app_{language}.qm"))


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
