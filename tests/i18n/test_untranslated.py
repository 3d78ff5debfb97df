"""A user-visible text in the windows or the app must go through tr()/translate().

The scan looks at the calls that put text on screen (labels, buttons, menus, titles,
tooltips, accessible names, message boxes, tabs, group boxes, the settings form) and
fails on a string literal or f-string handed to them directly.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers.literal_scan import literal_texts

ROOT = Path(__file__).resolve().parents[2]
SCANNED = sorted(
    [*(ROOT / "backbreak" / "ui").glob("*.py"), *(ROOT / "backbreak" / "app").glob("*.py")]
)
SHOWN_BY = {
    "setText",
    "setTitle",
    "setToolTip",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setSpecialValueText",
    "setSuffix",
    "addAction",
    "addMenu",
    "addTab",
    "addItem",
    "showMessage",
    "message",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QGroupBox",
    "QMenu",
    "QAction",
    "information",
    "warning",
    "critical",
    "question",
    "setHorizontalHeaderLabels",
    "check",
    "field",
    "big_button",
    "ElidedLabel",
}
"""Calls whose string arguments reach the screen."""
ALLOWED = {"", "×", "backbreak", "\n", ", "}
"""Literals that need no translation: empty, a close glyph, the product's name."""


def _is_setting_name(call: ast.Call, index: int) -> bool:
    """``kit.field(form, label, widget, "field_name", note)``: the 4th is a model field."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    return name == "field" and index == 3


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SHOWN_BY:
            continue
        for index, arg in enumerate(node.args):
            if _is_setting_name(node, index):
                continue
            for text in literal_texts(arg):
                if text not in ALLOWED and any(c.isalpha() for c in text):
                    found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shown_texts_are_translatable(path: Path) -> None:
    assert untranslated(path) == []


def test_the_scan_finds_an_untranslated_label(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        'def f(self, n):\n    QLabel("Hello")\n    self.b.setText(f"{n} left")\n'
        '    self.c.setText(self.tr("Fine"))\n'
    )
    assert untranslated(bad) == ["bad.py:2: 'Hello'", "bad.py:3: '{} left'"]
