"""Qt translations: extract the UI's text, fill English from resources/translations/en.tsv and
Traditional Chinese by OpenCC (s2twp), and compile .qm files with lrelease.

    .venv/bin/python scripts/translations.py update    # after changing UI text (needs opencc)
    .venv/bin/python scripts/translations.py release   # .ts -> .qm (setup.sh runs this)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "zh_TW")
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


def update() -> int:
    status = 0
    for lang in LANGUAGES:
        subprocess.run([sys.executable, "-m", "PyQt6.lupdate.pylupdate", str(ROOT / "counter_app" / "ui"),
                        "--no-obsolete", "--no-summary", "--ts", str(ts_path(lang))], check=True)
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
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    sys.exit({"update": update, "release": release}[command]())
