"""The call-source contract: a backend that says whether one source is in use, and by what."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from backbreak.i18n import QT_TRANSLATE_NOOP
from backbreak.i18n.tables import Translated

MICROPHONE = "microphone"
CAMERA = "camera"
SCREEN = "screen"
SOURCES = (MICROPHONE, CAMERA, SCREEN)
"""The sources, in the order a status line names them; the names settings switch off."""

SOURCE_NAMES = Translated(
    "calls",
    {
        MICROPHONE: QT_TRANSLATE_NOOP("calls", "microphone"),
        CAMERA: QT_TRANSLATE_NOOP("calls", "camera"),
        SCREEN: QT_TRANSLATE_NOOP("calls", "screen"),
    },
)
"""The sources as ``backbreak status`` names them, in the installed language."""

_IN_USE = {
    MICROPHONE: (
        QT_TRANSLATE_NOOP("calls", "microphone in use"),
        #: {app} is the program's name ("zoom"), or several, separated by commas.
        QT_TRANSLATE_NOOP("calls", "microphone in use by {app}"),
    ),
    CAMERA: (
        QT_TRANSLATE_NOOP("calls", "camera in use"),
        QT_TRANSLATE_NOOP("calls", "camera in use by {app}"),
    ),
    SCREEN: (
        QT_TRANSLATE_NOOP("calls", "screen shared"),
        QT_TRANSLATE_NOOP("calls", "screen shared by {app}"),
    ),
}
_OTHER = (
    #: {source} is a call source's name that has no text of its own.
    QT_TRANSLATE_NOOP("calls", "{source} in use"),
    QT_TRANSLATE_NOOP("calls", "{source} in use by {app}"),
)


@dataclass(frozen=True)
class Activity:
    """One source in use, and the app using it when known (empty when not)."""

    source: str
    app: str = ""

    def text(self) -> str:
        """``microphone in use by zoom``; without an app, just ``microphone in use``
        (in the installed language)."""
        alone, by_app = _IN_USE.get(self.source, _OTHER)
        text = QCoreApplication.translate("calls", by_app if self.app else alone)
        return text.format(source=self.source, app=self.app)


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
