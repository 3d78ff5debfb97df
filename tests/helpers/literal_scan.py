"""Reading the literal text out of source code, for the tests that fail on a text a user
reads without it going through the translation catalog (``tests/i18n/*untranslated*``)."""

from __future__ import annotations

import ast


def literal_texts(node: ast.expr | None) -> list[str]:
    """The literal text in ``node`` that would reach the user as is: a string, an
    f-string (its formatted parts as ``{}``), and those inside a list, a tuple, a
    conditional, an ``or`` or a concatenation. Anything else (a call, a name) gives none."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
        return ["".join(str(p) for p in parts)]
    if isinstance(node, ast.List | ast.Tuple):
        return [t for elt in node.elts for t in literal_texts(elt)]
    if isinstance(node, ast.IfExp):
        return literal_texts(node.body) + literal_texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for value in node.values for t in literal_texts(value)]
    if isinstance(node, ast.BinOp):
        return literal_texts(node.left) + literal_texts(node.right)
    return []


def call_name(call: ast.Call) -> str:
    """``f`` of ``f(...)`` and of ``x.f(...)``; empty for other callables."""
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
