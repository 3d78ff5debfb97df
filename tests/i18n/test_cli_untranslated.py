"""Every text the command line prints goes through the catalog.

The scan looks at ``backbreak/cli/`` for the calls that put text in front of the user
(``print``, ``warn``, ``CliError``, ``ArgumentTypeError``, ``parser.error``, a stream's
``write``) and the parser's ``help=``, ``description=`` and ``metavar=``, and fails on a
string literal or f-string with words in it handed to them directly. Punctuation,
whitespace, the "backbreak: " prefix and literal ids (``KIND=NAME``, ``{on,off}``) pass.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers.literal_scan import literal_texts

ROOT = Path(__file__).resolve().parents[2]
SCANNED = sorted((ROOT / "backbreak" / "cli").glob("*.py"))
SHOWN_BY = {"print", "warn", "CliError", "ArgumentTypeError", "error", "write", "exit"}
"""Calls whose string arguments reach the user."""
SHOWN_AS = {"help", "description", "metavar", "epilog", "usage"}
"""Keywords of the parser's calls whose strings reach the user."""
ALLOWED = {"backbreak: ", "backbreak: {}", "KIND=NAME", "ID", "{on,off}"}
"""Literals that need no translation: the program's prefix, ids typed as they are."""


def _shown(node: ast.Call) -> list[ast.expr]:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    shown = list(node.args) if name in SHOWN_BY else []
    return shown + [k.value for k in node.keywords if k.arg in SHOWN_AS]


def untranslated(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        for arg in _shown(node):
            for text in literal_texts(arg):
                if text not in ALLOWED and any(c.isalpha() for c in text):
                    found.append(f"{path.name}:{node.lineno}: {text!r}")
    return found


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: p.name)
def test_printed_texts_are_translatable(path: Path) -> None:
    assert untranslated(path) == []


def test_the_scan_finds_an_untranslated_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f(p, n, err):\n"
        '    print("Hello")\n'
        '    raise CliError(f"{n} is bad")\n'
        '    p.add_argument("n", metavar="COUNT", help="how many")\n'
        '    p.error("no " + n)\n'
        '    warn(f"backbreak: {err}")\n'
        '    print(f"backbreak: {err}", translate("cli", "Fine"), "\\n", f"{n} = {err}")\n'
        '    p.add_argument("--backend", metavar="KIND=NAME", help=translate("cli", "x"))\n'
    )
    assert untranslated(bad) == [
        "bad.py:2: 'Hello'",
        "bad.py:3: '{} is bad'",
        "bad.py:4: 'COUNT'",
        "bad.py:4: 'how many'",
        "bad.py:5: 'no '",
    ]
