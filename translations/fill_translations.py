#!/usr/bin/env python3
"""Fills the translations of logscope_<lang>.ts from a JSON dictionary.

    translations/fill_translations.py DICT.json [--force]

DICT.json maps language -> context -> source text -> translation:

    {"de": {"logscope::ui::MainWindow": {"&File": "&Datei"},
            "*": {"No lines to show": "Keine Zeilen vorhanden"}}}

The context "*" applies to every context that has no entry of its own. A message with a
disambiguation comment is keyed "source\\u0004comment". Plural (numerus) messages take a list
of forms. Only unfinished or empty entries are filled unless --force is given; entries the
dictionary does not know are left as they are (translations/check_translations.py lists
them). The .ts files are then normalised with lconvert, so a later lupdate run changes
nothing but new strings.
"""
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lconvert():
    for candidate in ("lconvert6", "/usr/lib/qt6/bin/lconvert", "lconvert"):
        if shutil.which(candidate) or Path(candidate).is_file():
            return candidate
    return None


def fill(ts_path, table, force):
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            key = source + ("\u0004" + comment if comment else "")
            value = table.get(name, {}).get(key, table.get("*", {}).get(key))
            if value is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            empty = not (translation.text or list(translation))
            if not (force or unfinished or empty):
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    tool = lconvert()
    if tool:
        subprocess.run([tool, "-i", str(ts_path), "-o", str(ts_path)], check=True)
    return filled


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    dictionary = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    force = "--force" in sys.argv[2:]
    for ts_path in sorted(HERE.glob("logscope_*.ts")):
        language = ET.parse(ts_path).getroot().get("language")
        table = dictionary.get(language)
        if table is None:
            print(f"{ts_path.name}: no dictionary for {language}")
            continue
        print(f"{ts_path.name}: {fill(ts_path, table, force)} entries filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
