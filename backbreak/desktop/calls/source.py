"""The call-source contract: a backend that says whether one source is in use, and by what."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

MICROPHONE = "microphone"
CAMERA = "camera"
SCREEN = "screen"
SOURCES = (MICROPHONE, CAMERA, SCREEN)
"""The sources, in the order a status line names them; the names settings switch off."""

_VERBS = {MICROPHONE: "microphone in use", CAMERA: "camera in use", SCREEN: "screen shared"}


@dataclass(frozen=True)
class Activity:
    """One source in use, and the app using it when known (empty when not)."""

    source: str
    app: str = ""

    def text(self) -> str:
        """``microphone in use by zoom``; without an app, just ``microphone in use``."""
        verb = _VERBS.get(self.source, f"{self.source} in use")
        return f"{verb} by {self.app}" if self.app else verb


def describe(activities: list[Activity]) -> str:
    """What the first activities say, apps merged: ``microphone in use by zoom, firefox``."""
    if not activities:
        return ""
    apps = sorted({a.app for a in activities if a.app})
    return Activity(activities[0].source, ", ".join(apps)).text()


class CallBackend(Protocol):
    """A backend for one source (:data:`SOURCES`), keeping the shared backend contract.

    ``in_call`` is True when the source is in use now, False when it isn't, None when
    this backend can't tell right now (no answer yet, the query failed). ``what`` says
    what the last True answer saw ("microphone in use by zoom"), empty otherwise.
    """

    name: str
    source: str
    reason: str
    install_hint: str

    def available(self) -> bool: ...

    def in_call(self) -> bool | None: ...

    def what(self) -> str: ...


def truthy(value: object) -> bool:
    """A property flag as pw-dump (JSON true) or pactl (the string "true", "1") writes it."""
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")
