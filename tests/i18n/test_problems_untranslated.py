"""A problem the settings, catalog or history report must go through the translator.

The scan looks at ``backbreak/domain`` and ``backbreak/store``: a string literal or
f-string handed to a raised exception, to ``PydanticCustomError`` as its message, or
appended to a list of ``warnings``/``notes``/``problems`` fails, since such text reaches
the user (a start-up notification, ``backbreak config``, a catalog warning).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers.literal_scan import call_name, literal_texts

ROOT = Path(__file__).resolve().parents[2]
SCANNED = sorted(
    [*(ROOT / "backbreak" / "domain").glob("*.py"), *(ROOT / "backbreak" / "store").glob("*.py")]
)
LISTS = {"warnings", "notes", "problems"}
"""Lists whose entries are shown to the user."""
ALLOWED = {"KeyError"}
"""A lookup by id that failed: a programming error, caught by the callers that show ids."""
INTERNAL = {("history_queue.py", "unknown record type {}")}
"""Texts that only reach the log: a journal line that can't be read is skipped."""


def _shown_arguments(node: ast.AST) -> list[ast.expr]:
    """The arguments of ``node`` whose text a user reads."""
    raised = node.exc if isinstance(node, ast.Raise) else None
    if isinstance(raised, ast.Call) and call_name(raised) not in {*ALLOWED, "PydanticCustomError"}:
        return list(raised.args)
    if isinstance(node, ast.Call) and call_name(node) == "PydanticCustomError":
        return list(node.args[1:2])
    if isinstance(node, ast.Call) and call_name(node) == "append":
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in LISTS:
            return list(node.args)
    return []


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        for arg in _shown_arguments(node):
            for text in literal_texts(arg):
                if any(c.isalpha() for c in text) and (path.name, text) not in INTERNAL:
                    found.append((arg.lineno, f"{path.name}:{arg.lineno}: {text!r}"))
    return [text for _line, text in sorted(found)]


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_reported_problems_are_translatable(path: Path) -> None:
    assert untranslated(path) == []


def test_the_scan_finds_an_untranslated_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f(path, notes, n):\n"
        '    notes.append(f"{n} unknown")\n'
        '    raise PydanticCustomError("kind", "not a time")\n'
        '    raise CatalogError(f"{path}: broken")\n'
        '    raise CatalogError(QCoreApplication.translate("catalog", "fine"))\n'
        '    raise KeyError(f"no exercise {n}")\n'
    )
    assert untranslated(bad) == [
        "bad.py:2: '{} unknown'",
        "bad.py:3: 'not a time'",
        "bad.py:4: '{}: broken'",
    ]
