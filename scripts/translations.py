"""Qt translations: extract the UI's text and the error templates the program raises (context
"errors", found by scripts/error_catalogue.py), fill English from resources/translations/en.tsv and
Traditional Chinese by OpenCC (s2twp), and compile .qm files with lrelease; release also writes
errors_<lang>.json, the error words the command line reads without Qt (counter_app/catalogue.py).

    .venv/bin/python scripts/translations.py update    # after changing UI text (needs opencc)
    .venv/bin/python scripts/translations.py release   # .ts -> .qm (setup.sh runs this)
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "zh_TW")
ERRORS = "errors"                  # the context of error templates (counter_app/ui/errors.py)
LRELEASE = ("lrelease", "/usr/lib/qt6/bin/lrelease", "lrelease-qt6", "pyside6-lrelease")


def ts_path(lang: str) -> Path:
    return FOLDER / f"counter_app_{lang}.ts"


def glossary() -> dict[str, str]:
    out = {}
    for line in (FOLDER / "en.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        source, _, english = line.partition("\t")
        out[source.replace("\\n", "\n")] = english.replace("\\n", "\n")
    return out


def messages(lang: str):
    tree = ET.parse(ts_path(lang))
    for message in tree.getroot().iter("message"):
        yield tree, message


def fill(lang: str) -> list[str]:
    """Fill every translation of `lang`; return the sources left without one."""
    if lang == "en":
        table = glossary()
        translate = table.get
    else:
        import opencc
        converter = opencc.OpenCC("s2twp")
        translate = converter.convert
    tree = ET.parse(ts_path(lang))
    tree.getroot().set("language", lang)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        target = message.find("translation")
        text = translate(source)
        if text is None:
            missing.append(source)
            continue
        target.text = text
        target.attrib.pop("type", None)
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)
    return missing


def add_errors(lang: str) -> None:
    """Put every error template raised (and every Word) in the "errors" context, replacing it."""
    sys.path.insert(0, str(ROOT))
    from scripts import error_catalogue
    tree = ET.parse(ts_path(lang))
    root = tree.getroot()
    for context in root.findall("context"):
        if context.findtext("name") == ERRORS:
            root.remove(context)
    context = ET.SubElement(root, "context")
    context.text, context.tail = "\n    ", "\n"
    name = ET.SubElement(context, "name")
    name.text, name.tail = ERRORS, "\n    "
    message = None
    for template in error_catalogue.templates():
        message = ET.SubElement(context, "message")
        message.text, message.tail = "\n        ", "\n    "
        source = ET.SubElement(message, "source")
        source.text, source.tail = template, "\n        "
        translation = ET.SubElement(message, "translation", type="unfinished")
        translation.tail = "\n    "
    (message if message is not None else name).tail = "\n"
    tree.write(ts_path(lang), encoding="utf-8", xml_declaration=True)


def error_words(lang: str) -> dict[str, str]:
    """The "errors" context of `lang`'s .ts file: template -> translation."""
    out = {}
    for context in ET.parse(ts_path(lang)).getroot().iter("context"):
        if context.findtext("name") == ERRORS:
            for message in context.iter("message"):
                if message.findtext("translation"):
                    out[message.findtext("source")] = message.findtext("translation")
    return out


def update() -> int:
    status = 0
    for lang in LANGUAGES:
        subprocess.run([sys.executable, "-m", "PyQt6.lupdate.pylupdate", str(ROOT / "counter_app" / "ui"),
                        "--no-obsolete", "--no-summary", "--ts", str(ts_path(lang))], check=True)
        add_errors(lang)
        missing = fill(lang)
        for source in missing:
            print(f"{lang}: no translation for {source!r}", file=sys.stderr)
        status |= bool(missing)
    return status


def lrelease() -> str:
    for name in LRELEASE:
        found = shutil.which(name) or (name if Path(name).exists() else None)
        if found:
            return found
    raise SystemExit("lrelease not found (Debian: apt-get install qt6-l10n-tools)")


def release() -> int:
    tool = lrelease()
    for lang in LANGUAGES:
        qm = ts_path(lang).with_suffix(".qm")
        subprocess.run([tool, "-silent", str(ts_path(lang)), "-qm", str(qm)], check=True)
        catalogue = FOLDER / f"errors_{lang}.json"
        catalogue.write_text(json.dumps(error_words(lang), ensure_ascii=False, indent=0, sort_keys=True),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    sys.exit({"update": update, "release": release}[command]())
