"""The shape a new maintainer can find their way in: small classes and functions, and
every package saying what lives in it.

A class over :data:`MAX_CLASS_LINES` or a function over :data:`MAX_FUNCTION_LINES`
fails unless its first line carries ``# shape: <reason>``, a one-line reason a reviewer
accepted (a generated table, a Qt paint routine that reads best in one piece).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "backbreak"
MAX_CLASS_LINES = 250
MAX_FUNCTION_LINES = 50


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _oversized(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            limit = MAX_CLASS_LINES
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            limit = MAX_FUNCTION_LINES
        else:
            continue
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        first = node.decorator_list[0].lineno if node.decorator_list else node.lineno
        header = " ".join(lines[first - 1 : node.lineno])
        if length > limit and "# shape:" not in header:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}: {length}")
    return found


def test_no_class_or_function_is_over_the_limit_without_a_reason() -> None:
    found = [problem for path in _modules() for problem in _oversized(path)]
    assert not found, "over the size limit (split it, or add '# shape: <reason>'):\n" + "\n".join(
        found
    )


@pytest.mark.parametrize(
    "init", sorted(PACKAGE.rglob("__init__.py")), ids=lambda p: str(p.parent.name)
)
def test_every_package_says_what_lives_in_it(init: Path) -> None:
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    assert docstring and len(docstring) > 20, f"{init}: say what lives in this package"
