"""A backend's reason or install hint must be translatable: no bare English in desktop/.

``backbreak status`` shows every backend's ``reason`` and ``install_hint``; they are
made at import, in ``available()`` or in a worker thread, so they must be
:class:`~backbreak.desktop.reason.Reason` objects (or ``tr()``/``translate()`` at the
moment they are shown), never a plain literal or f-string. The scan looks at what
becomes a reason in ``backbreak/desktop/``: assignments to ``reason``,
``install_hint``, ``missing``, ``hint`` and a Wayland client's ``error``; the
``reason=``/``install_hint=`` keywords; the arguments of the calls that take a reason;
and what the functions that return a reason or a status line return.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from helpers.literal_scan import call_name, literal_texts

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "backbreak" / "desktop"
SCANNED = sorted(DESKTOP.rglob("*.py"))

REASON_NAMES = {"reason", "install_hint", "missing", "hint", "error"}
"""Attributes and variables that hold a reason (``self.reason = ...``)."""
NOT_SHOWN = {("calls/snapshot.py", "error")}
"""(file, name) pairs whose text is never shown to the user (kept for tests and logs)."""
REASON_CALLS = {"NoSound", "NullIdleMonitor", "WaylandError", "Refusal", "_complain"}
"""Calls whose positional arguments are reasons (a Refusal's name is never a literal)."""
REASON_RETURNS = {
    "_probe",
    "_subscribe",
    "server_missing",
    "connect_x11",
    "x11_hint",
    "hold_reason",
    "hold_text",
    "what",
    "text",
}
"""Functions whose return value is a reason or a text the user reads."""


def _words(texts: list[str]) -> list[str]:
    return [t for t in texts if any(c.isalpha() for c in t)]


def _target_names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Tuple):
        return [n for elt in target.elts for n in _target_names(elt)]
    if isinstance(target, ast.Attribute):
        return [target.attr]
    if isinstance(target, ast.Name):
        return [target.id]
    return []


def _assigned(node: ast.Assign | ast.AnnAssign) -> list[tuple[str, ast.expr | None]]:
    """(name, value) for each reason-named target; tuples are paired element by element."""
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    pairs: list[tuple[str, ast.expr | None]] = []
    for target in targets:
        if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
            for elt, value in zip(target.elts, node.value.elts, strict=False):
                pairs += [(name, value) for name in _target_names(elt)]
        else:
            pairs += [(name, node.value) for name in _target_names(target)]
    return [(name, value) for name, value in pairs if name in REASON_NAMES]


def _returns(function: ast.FunctionDef) -> list[ast.expr | None]:
    return [n.value for n in ast.walk(function) if isinstance(n, ast.Return)]


def untranslated_reasons(path: Path, relative: str = "") -> list[str]:
    """``file:line: 'text'`` for each literal that would be shown as a reason untranslated."""
    relative = relative or path.name
    found: list[tuple[int, str]] = []

    def flag(line: int, texts: list[str]) -> None:
        found.extend((line, text) for text in _words(texts))

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign | ast.AnnAssign):
            for name, value in _assigned(node):
                if (relative, name) not in NOT_SHOWN:
                    flag(node.lineno, literal_texts(value))
        elif isinstance(node, ast.Call):
            keywords = [k.value for k in node.keywords if k.arg in ("reason", "install_hint")]
            args = node.args if call_name(node) in REASON_CALLS else []
            for value in [*args, *keywords]:
                flag(node.lineno, literal_texts(value))
        elif isinstance(node, ast.FunctionDef):
            wanted = node.name in REASON_RETURNS or node.name.startswith("describe")
            for value in _returns(node) if wanted else []:
                flag(getattr(value, "lineno", node.lineno), literal_texts(value))
    return [f"{relative}:{line}: {text!r}" for line, text in sorted(set(found))]


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(DESKTOP)))
def test_reasons_are_translatable(path: Path) -> None:
    assert untranslated_reasons(path, str(path.relative_to(DESKTOP))) == []


def test_the_scan_finds_a_planted_literal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "class B:\n"
        '    install_hint = "install foo"\n'
        "    def available(self):\n"
        '        self.reason, self.install_hint = "foo is missing", ""\n'
        '        self.reason = f"no {self.x} here" if self.x else ""\n'
        '        self.reason = Reason(QT_TRANSLATE_NOOP("backend", "fine"))\n'
        '        return Refusal(self.name, "gone", install_hint=f"get {self.x}")\n'
        "    def _probe(self):\n"
        '        return "" if self.ok else "not here"\n'
        "    def describe(self):\n"
        '        return f"{self.name}: {self.what}"\n'
    )
    assert untranslated_reasons(bad) == [
        "bad.py:2: 'install foo'",
        "bad.py:4: 'foo is missing'",
        "bad.py:5: 'no {} here'",
        "bad.py:7: 'get {}'",
        "bad.py:7: 'gone'",
        "bad.py:9: 'not here'",
    ]
