"""Refresh the translation catalogs in ``backbreak/i18n/``.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` string
   from the package into ``backbreak_<lang>.ts`` (keeping existing translations, dropping
   obsolete ones, without line numbers so the file changes only when texts do). English
   is the source language, so ``backbreak_en.ts`` holds only the plural messages; their
   forms are filled in here from the "(s)" convention ("%n day(s)": "%n day", "%n days").
   lupdate marks plurals only for ``self.tr(text, "", n)``, not for
   ``QCoreApplication.translate(context, text, "", n)``: every message whose source holds
   "%n" or "(s)" is made a plural message here, keeping the forms already translated.
2. ``pyside6-lrelease`` builds each ``.ts`` into the ``.qm`` the app loads.
3. The pseudo-locale ``backbreak_pseudo.qm`` is generated from the same sources: every
   text about 40% longer, with accents, placeholders and markup kept.

Run with the project's Python: ``python packaging/update_translations.py``
(``--no-lupdate`` only rebuilds the ``.qm`` files). ``--fill de=texts.json`` first
fills unfinished messages of a language from ``{context: {source: text or [forms]}}``
(a way to hand over translations written outside Qt Linguist); sources it names that
the catalog lacks are listed and make the run fail.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "backbreak" / "i18n"
LANGUAGES = ("de",)
TARGETS = {"en": "en", "de": "de_DE"}
"""Translated languages; the first is the base of the pseudo-locale."""
SOURCES = ("backbreak",)

_ACCENTS = str.maketrans(
    "AaCcEeIiOoUuNnYySsZz",
    "ÅåÇçÉéÎîÖöÛüÑñÝÿŠšŽž",
)
_KEEP = re.compile(r"(\{[a-z_]+\}|%n|%\d|%\([a-z_]+\)[sr]|%[sr]|<[^>]+>|&[a-z]+;|&&|&(?=\w)|\n)")


def tool(name: str) -> str:
    """A PySide6 tool from beside this Python, else from the PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts: Path, *extra: str) -> None:
    files = [str(p) for src in SOURCES for p in sorted((ROOT / src).rglob("*.py"))]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(files))
    cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *extra]
    subprocess.run([*cmd, f"@{listing.name}", "-ts", str(ts)], check=True, cwd=ROOT)
    Path(listing.name).unlink()


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


def pseudo_text(text: str) -> str:
    """``text`` accented and about 40% longer; placeholders, markup and mnemonics kept."""
    parts = _KEEP.split(text)
    out = [p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts]
    letters = sum(len(p) for p in parts if not _KEEP.fullmatch(p))
    pad = "·" * max(1, round(letters * 0.4))
    return f"[{''.join(out)}{pad}]"


Plurals = dict[tuple[str, str], list[str | None]]


def is_plural(source: str) -> bool:
    return "%n" in source or "(s)" in source


def read_plurals(ts: Path) -> Plurals:
    """The plural forms already in ``ts``, by (context, source)."""
    if not ts.exists():
        return {}
    found: Plurals = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = message.findall("translation/numerusform")
            if forms and all(f.text for f in forms):
                found[(name, message.findtext("source") or "")] = [f.text for f in forms]
    return found


def restore_plurals(ts: Path, before: Plurals, *, plurals_only: bool = False) -> None:
    """Make every "%n"/"(s)" message a plural one with its earlier forms (two empty,
    unfinished ones when new); ``plurals_only`` drops the other messages."""
    tree = ET.parse(ts)
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            if not is_plural(source):
                if plurals_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            assert translation is not None
            forms = before.get((name, source))
            if translation.findall("numerusform") and forms is None:
                continue
            for old in translation.findall("numerusform"):
                translation.remove(old)
            translation.text = None
            translation.attrib.pop("type", None)
            if forms is None:
                translation.set("type", "unfinished")
            for text in forms or [None, None]:
                ET.SubElement(translation, "numerusform").text = text
        if not context.findall("message"):
            tree.getroot().remove(context)
    tree.getroot().set("sourcelanguage", "en")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def english_plurals(ts: Path) -> None:
    """Fill the unfinished plural forms of the English catalog from "(s)" in the source."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        src = message.findtext("source") or ""
        forms = translation.findall("numerusform")
        if len(forms) == 2:
            forms[0].text = src.replace("(s)", "")
            forms[1].text = src.replace("(s)", "s")
            translation.attrib.pop("type")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def pseudo_ts(source: Path, target: Path) -> None:
    """A .ts whose every message is translated into the pseudo-locale."""
    tree = ET.parse(source)
    for message in tree.iter("message"):
        src = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:  # English plural forms, as in backbreak_en.ts: "day(s)" as "day", "days"
            for form, ending in zip(forms, ("", "s"), strict=False):
                form.text = pseudo_text(src.replace("(s)", ending))
        else:
            translation.text = pseudo_text(src)
    tree.getroot().set("language", "en_US")
    tree.write(target, encoding="utf-8", xml_declaration=True)


def fill(ts: Path, texts: dict[str, dict[str, str | list[str]]]) -> list[str]:
    """Fill the unfinished messages of ``ts`` from ``texts``; returns the
    ``context: source`` pairs of ``texts`` that ``ts`` has no message for."""
    tree = ET.parse(ts)
    wanted = {
        (ctx, src): text for ctx, by_source in texts.items() for src, text in by_source.items()
    }
    seen: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            if key not in wanted or translation is None:
                continue
            seen.add(key)
            if translation.get("type") != "unfinished":
                continue
            text = wanted[key]
            forms = translation.findall("numerusform")
            if forms:
                for form, form_text in zip(
                    forms, [text] * len(forms) if isinstance(text, str) else text, strict=True
                ):
                    form.text = form_text
            else:
                translation.text = text if isinstance(text, str) else text[0]
            translation.attrib.pop("type")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return [f"{ctx}: {src}" for ctx, src in wanted if (ctx, src) not in seen]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lupdate", action="store_true", help="only rebuild the .qm files")
    parser.add_argument(
        "--fill",
        action="append",
        default=[],
        metavar="LANG=FILE",
        help="fill unfinished messages of LANG from a JSON {context: {source: text}} file",
    )
    args = parser.parse_args(argv)
    fills: dict[str, list[Path]] = {}
    for item in args.fill:
        lang, _, file = item.partition("=")
        fills.setdefault(lang, []).append(Path(file))
    missing: list[str] = []
    for lang in ("en", *LANGUAGES):
        ts = I18N / f"backbreak_{lang}.ts"
        if not args.no_lupdate:
            before = read_plurals(ts)
            lupdate(ts, "-source-language", "en", "-target-language", TARGETS[lang])
            restore_plurals(ts, before, plurals_only=lang == "en")
            if lang == "en":
                english_plurals(ts)
        for file in fills.get(lang, []):
            missing += fill(ts, json.loads(file.read_text(encoding="utf-8")))
        lrelease(ts, I18N / f"backbreak_{lang}.qm")
    with tempfile.TemporaryDirectory() as tmp:
        pseudo = Path(tmp) / "backbreak_pseudo.ts"
        pseudo_ts(I18N / f"backbreak_{LANGUAGES[0]}.ts", pseudo)
        lrelease(pseudo, I18N / "backbreak_pseudo.qm")
    for line in missing:
        print(f"not in the catalog: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
