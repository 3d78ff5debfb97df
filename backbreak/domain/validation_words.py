"""pydantic's refusals in our own words, in the user's language.

pydantic has no translations: its messages are English only and speak its own terms
("Input should be a valid dictionary or instance of IntRange"). A person editing their
own catalog file (or a catalog translation) reads them, so :func:`problem_text` words
the error types such a file can produce here, through the Qt catalog (context
``validation``), filling in the limits pydantic reports in the error's ``ctx``.

- Our validators raise ``ValueError`` or ``PydanticCustomError`` with text already
  translated when raised: that text is used as it is (without pydantic's
  "Value error, " prefix).
- A type not worded here (rare: a frozen instance, a union tag) keeps pydantic's
  English message: better an English sentence than none.

The settings have their own, richer words per setting in
:mod:`backbreak.domain.settings_messages`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.i18n.tables import Translated

OURS = {"value_error", "not_clock_time", "bool_not_number", "weekday_range"}
"""Types whose message is our own text, translated when it was raised."""

BLANK_PATTERN = r"\S"
"""The pattern of a text that must not be blank (catalog translations)."""

_PLAIN = Translated(
    "validation",
    {
        "missing": QT_TRANSLATE_NOOP("validation", "is required"),
        "extra_forbidden": QT_TRANSLATE_NOOP("validation", "is not a field backbreak knows"),
        "int_type": QT_TRANSLATE_NOOP("validation", "must be a whole number"),
        "int_parsing": QT_TRANSLATE_NOOP("validation", "must be a whole number"),
        "int_from_float": QT_TRANSLATE_NOOP("validation", "must be a whole number"),
        "float_type": QT_TRANSLATE_NOOP("validation", "must be a number"),
        "float_parsing": QT_TRANSLATE_NOOP("validation", "must be a number"),
        "bool_type": QT_TRANSLATE_NOOP("validation", "must be true or false"),
        "bool_parsing": QT_TRANSLATE_NOOP("validation", "must be true or false"),
        "string_type": QT_TRANSLATE_NOOP("validation", "must be text"),
        "list_type": QT_TRANSLATE_NOOP("validation", "must be a list"),
        "tuple_type": QT_TRANSLATE_NOOP("validation", "must be a list"),
        "dict_type": QT_TRANSLATE_NOOP("validation", "must be a JSON object"),
        "model_type": QT_TRANSLATE_NOOP("validation", "must be a JSON object"),
        "model_attributes_type": QT_TRANSLATE_NOOP("validation", "must be a JSON object"),
    },
)
"""Types whose words need nothing from the error's ``ctx``."""


def _bound(text: str, key: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda ctx: QCoreApplication.translate("validation", text).format(limit=ctx[key])


_BOUNDS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "greater_than_equal": _bound(QT_TRANSLATE_NOOP("validation", "must be at least {limit}"), "ge"),
    "greater_than": _bound(QT_TRANSLATE_NOOP("validation", "must be more than {limit}"), "gt"),
    "less_than_equal": _bound(QT_TRANSLATE_NOOP("validation", "must be at most {limit}"), "le"),
    "less_than": _bound(QT_TRANSLATE_NOOP("validation", "must be less than {limit}"), "lt"),
}
"""Number limits: the ``ctx`` key holding the limit."""


def problem_text(problem: Mapping[str, Any]) -> str:
    """What is wrong with one value, from one entry of ``ValidationError.errors()``."""
    kind = str(problem.get("type", ""))
    message = str(problem.get("msg", "")).removeprefix("Value error, ")
    ctx: Mapping[str, Any] = problem.get("ctx") or {}
    if kind in OURS:
        return message
    if kind == "model_type" and ctx.get("class_name") == "IntRange":
        #: {example} is a JSON example such as {"min": 8, "max": 12}; keep it as it is.
        text = QCoreApplication.translate(
            "validation", "must be a whole number or a range such as {example}"
        )
        return text.format(example='{"min": 8, "max": 12}')
    if kind in _PLAIN:
        return _PLAIN[kind]
    try:
        if kind in _BOUNDS:
            return _BOUNDS[kind](ctx)
        return _with_context(kind, ctx) or message
    except (KeyError, TypeError, ValueError):  # a ctx unlike the documented one
        return message


def _with_context(kind: str, ctx: Mapping[str, Any]) -> str | None:
    """Lengths, patterns and choices; None for a type not worded here."""
    if kind in ("enum", "literal_error"):
        choices = str(ctx["expected"]).replace(" or ", ", ")
        return QCoreApplication.translate("validation", "must be one of: {choices}").format(
            choices=choices
        )
    if kind == "string_pattern_mismatch":
        if ctx["pattern"] == BLANK_PATTERN:
            return QCoreApplication.translate("validation", "must not be blank")
        return QCoreApplication.translate("validation", "must match the pattern {pattern}").format(
            pattern=ctx["pattern"]
        )
    return _length(kind, ctx)


def _length(kind: str, ctx: Mapping[str, Any]) -> str | None:
    """Too short or too long: text counts characters, lists count items."""
    if kind == "string_too_short":
        least = int(ctx["min_length"])
        if least == 1:
            return QCoreApplication.translate("validation", "must not be empty")
        return QCoreApplication.translate(
            "validation", "must have at least %n character(s)", "", least
        )
    if kind == "string_too_long":
        most = int(ctx["max_length"])
        return QCoreApplication.translate(
            "validation", "may have at most %n character(s)", "", most
        )
    if kind == "too_short":
        least = int(ctx["min_length"])
        return QCoreApplication.translate("validation", "must hold at least %n item(s)", "", least)
    if kind == "too_long":
        most = int(ctx["max_length"])
        return QCoreApplication.translate("validation", "may hold at most %n item(s)", "", most)
    return None
