"""Refresh the translation catalogs in ``backbreak/i18n/``.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` string
   from the package into ``backbreak_<lang>.ts`` (keeping existing translations, dropping
   obsolete ones, without line numbers so the file changes only when texts do).
2. ``pyside6-lrelease`` builds each ``.ts`` into the ``.qm`` the app loads.
3. The pseudo-locale ``backbreak_pseudo.qm`` is generated from the same sources: every
   text about 40% longer, with accents, placeholders and markup kept.

Run with the project's Python: ``python packaging/update_translations.py``
(``--no-lupdate`` only rebuilds the ``.qm`` files).
"""

from __future__ import annotations

import argparse
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
SOURCES = ("backbreak",)

_ACCENTS = str.maketrans(
    "AaCcEeIiOoUuNnYySsZz",
    "ÅåÇçÉéÎîÖöÛüÑñÝÿŠšŽž",
)
_KEEP = re.compile(r"(\{[a-z_]+\}|%n|%\d|<[^>]+>|&[a-z]+;|&&|&(?=\w)|\n)")


def tool(name: str) -> str:
    """A PySide6 tool from beside this Python, else from the PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts: Path) -> None:
    files = [str(p) for src in SOURCES for p in sorted((ROOT / src).rglob("*.py"))]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(files))
    cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
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


def pseudo_ts(source: Path, target: Path) -> None:
    """A .ts whose every message is translated into the pseudo-locale."""
    tree = ET.parse(source)
    for message in tree.iter("message"):
        src = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo_text(src)
        else:
            translation.text = pseudo_text(src)
    tree.getroot().set("language", "en_US")
    tree.write(target, encoding="utf-8", xml_declaration=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-lupdate", action="store_true", help="only rebuild the .qm files")
    args = parser.parse_args(argv)
    for lang in LANGUAGES:
        ts = I18N / f"backbreak_{lang}.ts"
        if not args.no_lupdate:
            lupdate(ts)
        lrelease(ts, I18N / f"backbreak_{lang}.qm")
    with tempfile.TemporaryDirectory() as tmp:
        pseudo = Path(tmp) / "backbreak_pseudo.ts"
        pseudo_ts(I18N / f"backbreak_{LANGUAGES[0]}.ts", pseudo)
        lrelease(pseudo, I18N / "backbreak_pseudo.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
