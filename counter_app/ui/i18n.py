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


def date_text(day) -> str:
    """A day as every screen shows it, whatever the machine's locale: 2026-12-02, as on the
    receipts and reports (one format, never the system's short format, which reads 2/12/2026 in
    one country and 12/2/2026 in another)."""
    return day.isoformat()[:10]


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
