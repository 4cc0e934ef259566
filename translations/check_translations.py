#!/usr/bin/env python3
"""Lists what is missing or wrong in translations/logscope_<lang>.ts.

    translations/check_translations.py [TS...]

For every entry: unfinished or empty translations, placeholders (%1..%99, %n, %L1) that
differ between source and translation, a source with an &-accelerator whose translation has
none (or several), and a trailing newline that one side has and the other lacks. Prints one
line per problem and a summary per language; exits 1 when there is any problem. Run it after
`cmake --build <dir> --target update_translations` to find the strings still to translate.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)(?!(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);)\S")


def placeholders(text):
    return sorted(m.group(1) for m in PLACEHOLDER.finditer(text))


def forms_of(translation):
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms if forms else [translation.text or ""]


def check(path):
    problems = []
    entries = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            entries += 1
            source = message.findtext("source") or ""
            where = f"{path.name}: [{name}] {source!r}"
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                problems.append(f"{where}: unfinished")
                continue
            numerus = message.get("numerus") == "yes"
            for form in forms_of(translation):
                if not form.strip() and source.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                expected = placeholders(source)
                got = placeholders(form)
                if numerus:  # a plural form may leave %n out (e.g. "one line")
                    expected = [p for p in expected if p != "n"]
                    got = [p for p in got if p != "n"]
                if expected != got:
                    problems.append(f"{where}: placeholders {expected} but {form!r} has {got}")
                if ACCELERATOR.search(source.replace("&&", "")) and \
                        len(ACCELERATOR.findall(form.replace("&&", ""))) != 1:
                    problems.append(f"{where}: needs exactly one &-accelerator in {form!r}")
                if source.endswith("\n") != form.endswith("\n"):
                    problems.append(f"{where}: trailing newline differs in {form!r}")
    return entries, problems


def main():
    paths = [Path(p) for p in sys.argv[1:]] or sorted(
        Path(__file__).resolve().parent.glob("logscope_*.ts"))
    failed = False
    for path in paths:
        entries, problems = check(path)
        for problem in problems:
            print(problem)
        print(f"{path.name}: {entries} entries, {len(problems)} problems")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
