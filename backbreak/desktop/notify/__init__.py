"""Desktop notifications behind one interface, and the choice among the backends.

Backends, best first: freedesktop D-Bus notifications with buttons (Linux; reports
clicks), Qt tray messages (Windows, macOS), plyer (anywhere, fire and forget). The
app's own reminder card (``backbreak.ui.reminder_card``) is added whenever the chosen
backend can't report clicks (a freedesktop server without the "actions" capability
included), when there is no backend at all, or when the user's ``notification_style``
asks for it. The choice is :func:`backbreak.desktop.backend.choose`'s:
``notifications=NAME`` in ``BACKBREAK_BACKENDS`` forces one (``card``: none at all),
and the refused backends' reasons reach ``backbreak status``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from backbreak.desktop.backend import Choice, Refusal, choose
from backbreak.desktop.notify.base import Notifier, NullNotifier, Reminder, ReminderAction
from backbreak.domain.settings import NotificationStyle

__all__ = [
    "NotificationPlan",
    "Notifier",
    "NullNotifier",
    "Reminder",
    "ReminderAction",
    "choose_notifier",
    "default_candidates",
    "notifier_choice",
    "plan_for",
]


def default_candidates(
    platform: str = sys.platform, tray: Callable[[], object] | None = None
) -> list[Callable[[], Notifier]]:
    """Factories for the backends worth trying on ``platform``, best first."""
    candidates: list[Callable[[], Notifier]] = []
    if platform.startswith("linux") or "bsd" in platform:

        def freedesktop() -> Notifier:
            from backbreak.desktop.notify.freedesktop import FreedesktopNotifier

            return FreedesktopNotifier()

        candidates.append(freedesktop)
    elif tray is not None:

        def tray_message() -> Notifier:
            from backbreak.desktop.notify.tray_message import TrayMessageNotifier

            return TrayMessageNotifier(tray)  # type: ignore[arg-type]

        candidates.append(tray_message)

    def plyer() -> Notifier:
        from backbreak.desktop.notify.plyer_backend import PlyerNotifier

        return PlyerNotifier()

    candidates.append(plyer)
    return candidates


def choose_notifier(
    candidates: Sequence[Callable[[], Notifier]],
    *,
    environ: Mapping[str, str] | None = None,
) -> Notifier:
    """The chosen backend of :func:`notifier_choice` (which keeps the refusals too)."""
    return notifier_choice(candidates, environ=environ).backend


def notifier_choice(
    candidates: Sequence[Callable[[], Notifier]],
    *,
    environ: Mapping[str, str] | None = None,
) -> Choice[Notifier]:
    """The first backend that is available, else a :class:`NullNotifier` (the card).

    The backends passed over are shut down (they may have opened a bus connection).
    """
    made = [make() for make in candidates]

    def null(_refused: tuple[Refusal, ...]) -> Notifier:
        return NullNotifier()

    choice = choose("notifications", made, null, environ=environ)
    for notifier in made:
        if notifier is not choice.backend:
            notifier.shutdown()
    return choice


@dataclass(frozen=True)
class NotificationPlan:
    """How one reminder is shown: through the backend, the card, or both."""

    desktop: bool
    card: bool


def plan_for(notifier: Notifier, style: NotificationStyle) -> NotificationPlan:
    """Decide where a reminder goes, so that a click always has somewhere to land."""
    has_backend = not notifier.is_null
    if style is NotificationStyle.CARD or not has_backend:
        return NotificationPlan(desktop=False, card=True)
    if style is NotificationStyle.BOTH:
        return NotificationPlan(desktop=True, card=True)
    return NotificationPlan(desktop=True, card=not notifier.reports_clicks)
