"""Error words without Qt, for the command line (start-up time matters: no PyQt import).

The catalogue of error templates per language is resources/translations/errors_<lang>.json,
written by `scripts/translations.py release` from the .ts files' "errors" context (the same words
the window shows). Simplified Chinese is the source text: its translator is the identity.

    from counter_app.catalogue import error_text
    print(error_text(exc), file=sys.stderr)      # COUNTER_APP_LANG, else the counter's setting
"""
from __future__ import annotations

import configparser
import json
import os
from collections.abc import Callable
from functools import lru_cache

from . import paths
from .core.errors import words

SOURCE = "zh_CN"
LANGUAGES = ("zh_CN", "zh_TW", "en")
ENV = "COUNTER_APP_LANG"


def language() -> str:
    """The command line's language: COUNTER_APP_LANG, else the window's setting on this machine
    (counter.ini, ui/language), else Simplified Chinese."""
    chosen = os.environ.get(ENV, "").strip()
    if not chosen:
        chosen = _setting()
    chosen = chosen.replace("-", "_")
    if chosen in LANGUAGES:
        return chosen
    if chosen.lower().startswith("en"):
        return "en"
    return SOURCE


def translator(lang: str | None = None) -> Callable[[str], str]:
    """text -> the same text in `lang` (default: language()); unknown text stays as it is."""
    table = _table(lang or language())
    return lambda text: table.get(text, text)


def error_text(error: BaseException, lang: str | None = None) -> str:
    """What a person is told about `error` in `lang` (default: language())."""
    return words(error, translator(lang))


def catalogue_path(lang: str):
    return paths.resources_dir() / "translations" / f"errors_{lang}.json"


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, str]:
    if lang == SOURCE:
        return {}
    try:
        return json.loads(catalogue_path(lang).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _setting() -> str:
    try:
        ini = paths.data_dir() / "counter.ini"
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(ini, encoding="utf-8")
        return parser.get("ui", "language", fallback="")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return ""
