"""The shipped catalogs: built from their sources, complete, and faithful to the code."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from backbreak.i18n import SUPPORTED, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(language: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS_DIR / f"backbreak_{language}.ts").iter("message"))


def _lrelease(ts: Path, qm: Path) -> bytes:
    tool = _script().tool("pyside6-lrelease")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm.read_bytes()


@pytest.mark.parametrize("language", SUPPORTED)
def test_each_qm_is_built_from_its_ts(language: str, tmp_path: Path) -> None:
    built = _lrelease(TRANSLATIONS_DIR / f"backbreak_{language}.ts", tmp_path / "x.qm")
    assert built == (TRANSLATIONS_DIR / f"backbreak_{language}.qm").read_bytes(), (
        "run packaging/update_translations.py"
    )


def test_the_pseudo_locale_is_built_from_the_german_sources(tmp_path: Path) -> None:
    script = _script()
    script.pseudo_ts(TRANSLATIONS_DIR / "backbreak_de.ts", tmp_path / "p.ts")
    built = _lrelease(tmp_path / "p.ts", tmp_path / "p.qm")
    assert built == (TRANSLATIONS_DIR / "backbreak_pseudo.qm").read_bytes()


@pytest.mark.parametrize("language", SUPPORTED)
def test_no_translation_is_unfinished(language: str) -> None:
    unfinished = [
        m.findtext("source")
        for m in _messages(language)
        if m.find("translation") is not None
        and m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_german_keeps_every_placeholder() -> None:
    for message in _messages("de"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) - {"%n"} == wanted, source
            assert form.strip(), source


def test_plural_messages_are_plural_in_the_catalog() -> None:
    for message in _messages("de"):
        source = message.findtext("source") or ""
        if "%n" in source or "(s)" in source:
            assert message.get("numerus") == "yes", source


def _marked_texts() -> set[str]:
    """Every literal the code passes to tr(), translate() or QT_TRANSLATE_NOOP()."""
    positions = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}
    found: set[str] = set()
    for path in (ROOT / "backbreak").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            index = positions.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.add(arg.value)
    return found


def test_every_marked_text_is_in_the_catalog() -> None:
    """lupdate's Python parser skips some call shapes; a text it missed would stay English."""
    catalog = {m.findtext("source") for m in _messages("de")}
    assert _marked_texts() - catalog == set(), "run packaging/update_translations.py"


def test_the_package_ships_the_catalogs() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"backbreak.i18n"' in text
    assert '"backbreak.i18n" = ["*.qm", "*.ts"]' in text
