"""The words for a refused setting, the same in ``config set``, the settings file and the dialog.

pydantic's own messages ("Input should be greater than or equal to 15", "input is too
short") name neither the setting nor what it takes. :func:`setting_problems` turns a
``ValidationError`` of :class:`~backbreak.domain.settings.Settings` into one sentence per
setting that names it, says what it accepts in words (read from the model's own bounds,
so a new field is described without an entry here), and shows what was given::

    block_interval_minutes must be a whole number of minutes from 15 to 240; got 'true'

Rules that tie two settings together (``work_end`` vs ``work_start``) are raised by the
model with a message that starts with the setting they are shown beside.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from enum import Enum
from typing import Any, get_args, get_origin

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from backbreak.domain.exercise import Group
from backbreak.domain.settings import Settings


def _special_words(name: str) -> str | None:
    """The words for a setting whose type alone says too little (None for the others)."""
    if name == "work_days":
        return QCoreApplication.translate(
            "settings_messages",
            "a list of weekday numbers from 0 (Monday) to 6 (Sunday), e.g. [0,1,2,3,4]",
        )
    if name == "block_groups":
        groups = ", ".join(g.value for g in Group if g is not Group.LOW_BACK)
        return QCoreApplication.translate(
            "settings_messages", "a list of one or more of: {choices}"
        ).format(choices=groups)
    return None


@dataclass(frozen=True)
class SettingProblem:
    """One refused setting: which one ('' for none in particular) and the sentence to show."""

    field: str
    message: str
    detail: str
    """The message without the leading setting name, for lists already keyed by it."""


def allowed_values(name: str) -> str:
    """What setting ``name`` accepts, in words (from the model's type and bounds)."""
    special = _special_words(name)
    if special is not None:
        return special
    info = Settings.model_fields.get(name)
    if info is None:
        return QCoreApplication.translate("settings_messages", "a known setting")
    annotation = info.annotation
    if annotation is int:
        lo, hi = int_bounds(name)
        if name.endswith("_minutes"):
            return QCoreApplication.translate(
                "settings_messages", "a whole number of minutes from {low} to {high}"
            ).format(low=lo, high=hi)
        return QCoreApplication.translate(
            "settings_messages", "a whole number from {low} to {high}"
        ).format(low=lo, high=hi)
    if annotation is bool:
        return QCoreApplication.translate("settings_messages", "true or false")
    if annotation is time:
        return QCoreApplication.translate(
            "settings_messages", "a time of day such as 08:30, 8:30 or 0830"
        )
    fallback = QCoreApplication.translate("settings_messages", "a valid value")
    return _words_for_choices(annotation) or info.description or fallback


def _words_for_choices(annotation: Any) -> str | None:
    """The words for an enum, a list of enum members or a mapping to enum members."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        choices = ", ".join(str(m.value) for m in annotation)
        return QCoreApplication.translate("settings_messages", "one of: {choices}").format(
            choices=choices
        )
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is list and args and isinstance(args[0], type) and issubclass(args[0], Enum):
        choices = ", ".join(str(m.value) for m in args[0])
        return QCoreApplication.translate(
            "settings_messages", "a list of any of: {choices}"
        ).format(choices=choices)
    if origin is dict and len(args) == 2 and issubclass(args[1], Enum):
        reasons = ", ".join(str(m.value) for m in args[1])
        #: {example} is a JSON example such as {"cat-camel": "pain"}; keep it as it is.
        return QCoreApplication.translate(
            "settings_messages",
            "exercise ids with a reason each, e.g. {example}; reasons: {reasons}",
        ).format(example='{"cat-camel": "pain"}', reasons=reasons)
    return None


def int_bounds(name: str) -> tuple[int, int]:
    """The ``ge`` / ``le`` bounds the model puts on an integer setting."""
    lo, hi = 0, 10_000
    for meta in Settings.model_fields[name].metadata:
        lo = int(getattr(meta, "ge", lo))
        hi = int(getattr(meta, "le", hi))
    return lo, hi


def shown(value: Any) -> str:
    """A given value as the user would recognise it: text quoted, the rest as JSON."""
    if isinstance(value, str):
        return repr(value)
    try:
        return json.dumps(value, default=str, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def setting_problems(
    err: ValidationError, given: Mapping[str, Any] | None = None
) -> list[SettingProblem]:
    """One problem per refused setting, in the order pydantic found them.

    ``given`` maps settings to what the user gave (the text typed after ``config set``,
    the value in the file, the dialog's value), so the message can show it as given.
    """
    out: list[SettingProblem] = []
    seen: set[str] = set()
    for problem in err.errors():
        loc = problem["loc"]
        raw_msg = str(problem["msg"]).removeprefix("Value error, ")
        if not loc:
            first = raw_msg.split(" ", 1)[0]
            name = first if first in Settings.model_fields else ""
            if name in seen:
                continue
            seen.add(name)
            out.append(SettingProblem(name, raw_msg, raw_msg))
            continue
        name = str(loc[0])
        if name in seen:
            continue
        seen.add(name)
        if problem["type"] == "extra_forbidden":
            text = QCoreApplication.translate(
                "settings_messages", "is not a setting backbreak knows"
            )
            out.append(SettingProblem(name, _named(name, text), text))
            continue
        value = given[name] if given is not None and name in given else problem["input"]
        detail = QCoreApplication.translate(
            "settings_messages", "must be {allowed}; got {value}"
        ).format(allowed=allowed_values(name), value=shown(value))
        if problem["type"] == "value_error":  # a validator's own reason adds to the words
            detail = QCoreApplication.translate("settings_messages", "{detail} ({reason})").format(
                detail=detail, reason=raw_msg
            )
        out.append(SettingProblem(name, _named(name, detail), detail))
    return out


def _named(name: str, detail: str) -> str:
    """The sentence for one setting: its name, then what is wrong with it."""
    #: {setting} is the setting's name as in the settings file (work_days); {detail} says
    #: what is wrong, e.g. "must be true or false; got 'yes'".
    return QCoreApplication.translate("settings_messages", "{setting} {detail}").format(
        setting=name, detail=detail
    )


def describe_settings_error(err: ValidationError, given: Mapping[str, Any] | None = None) -> str:
    """All problems as one line each, for the command line."""
    return "\n".join(p.message for p in setting_problems(err, given))
