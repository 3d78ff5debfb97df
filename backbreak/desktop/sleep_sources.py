"""The sources of suspend, resume and screen-lock news, as backends (no Qt objects).

- ``logind``: logind's ``PrepareForSleep`` on the system bus;
- ``screensaver``: ``ActiveChanged`` from ``org.gnome.ScreenSaver`` or
  ``org.freedesktop.ScreenSaver`` on the session bus;
- ``clock-gap``: the wall-clock gap check, which always works (the backstop).

Every available one is used (:func:`choose_sleep_sources`). Whether a bus service is
there is asked once, blocking for at most a short timeout, through ``has_owner``: the
watcher passes its own connection's, the status command a fresh ``BusClient``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from backbreak.desktop.backend import Choices, choose_all
from backbreak.desktop.reason import Reason
from backbreak.i18n import QT_TRANSLATE_NOOP

LOGIND = "org.freedesktop.login1"
SCREENSAVER_INTERFACES = ("org.gnome.ScreenSaver", "org.freedesktop.ScreenSaver")

HasOwner = Callable[[str], bool]
"""Whether a well-known name is owned on some bus (False when the bus is unreachable)."""


def unreachable(_name: str) -> bool:
    """The ``has_owner`` of a bus that could not be reached."""
    return False


class BusSleepSource:
    """A source that needs one of ``services`` on a bus."""

    name = ""
    services: tuple[str, ...] = ()
    missing: str = ""

    def __init__(self, has_owner: HasOwner) -> None:
        """``has_owner``: asks the bus; :func:`unreachable` when it could not be reached."""
        self._has_owner = has_owner
        self.reason = ""
        self.install_hint = ""

    def available(self) -> bool:
        if self._has_owner is unreachable:
            self.reason = Reason(QT_TRANSLATE_NOOP("backend", "its bus is not reachable"))
            return False
        if any(self._has_owner(name) for name in self.services):
            self.reason = ""
            return True
        self.reason = self.missing
        return False


class LogindSource(BusSleepSource):
    """logind announces suspend and resume."""

    name = "logind"
    services = (LOGIND,)
    missing = Reason(QT_TRANSLATE_NOOP("backend", "no {name} on the system bus"), name=LOGIND)


class ScreensaverSource(BusSleepSource):
    """The screen saver says when the screen locks and unlocks."""

    name = "screensaver"
    services = SCREENSAVER_INTERFACES
    missing = Reason(QT_TRANSLATE_NOOP("backend", "no screen saver on the session bus"))


ENGINE_RUNS_IT = Reason(QT_TRANSLATE_NOOP("backend", "run by the engine's timer"))


class ClockGapSource:
    """The wall-clock gap check: works everywhere, notices a resume within a minute."""

    name = "clock-gap"
    reason = ""
    install_hint = ""

    def __init__(self, engine_runs_it: bool = False) -> None:
        self.reason = ENGINE_RUNS_IT if engine_runs_it else ""

    def available(self) -> bool:
        return True


SleepSource = BusSleepSource | ClockGapSource


def choose_sleep_sources(
    system: HasOwner | None,
    session: HasOwner | None,
    *,
    engine_gap_check: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Choices[SleepSource]:
    """Every source that works here; the gap check always does.

    ``system`` / ``session``: how to ask that bus for a name; ``None`` leaves that bus's
    source out (the watcher was built without it).
    """
    candidates: list[SleepSource] = []
    if system is not None:
        candidates.append(LogindSource(system))
    if session is not None:
        candidates.append(ScreensaverSource(session))
    candidates.append(ClockGapSource(engine_gap_check))
    return choose_all("sleep", candidates, environ=environ)


def probe_sleep_sources() -> Choices[SleepSource]:
    """:func:`choose_sleep_sources` on fresh connections, for the status command."""
    from backbreak.desktop.dbus_util import BusClient

    system, session = BusClient("SYSTEM"), BusClient("SESSION")
    try:
        return choose_sleep_sources(system.has_owner, session.has_owner)
    finally:
        system.close()
        session.close()
